"""Small graphs for the export tests, built with the graph model's own helpers.

The names and sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import networkx as nx

from frontline.graph.model import Entity, Evidence, add_entity, add_relation

# Strings that try to break out of every format we write.
HOSTILE = (
    '<script>document.title="pwned"</script>',
    '"><img src=x onerror="document.body.appendChild(Object.assign(document.createElement(\'b\'),{id:\'pwned\'}))">',
    "</script><script>document.title='pwned'</script>",
    "javascript:document.title='pwned'",
    "O'Brien \\ \"the quote\" ; {braces} [brackets] // not a comment /* nor this */",
    "line one\nline two\r\nline three\ttab",
    "Ḩaftar — القوات ; 数据 \U0001f600 \u2028\u2029",
    "MATCH (n) DETACH DELETE n; //",
)


def evidence(sentence: str, day: int, *, doc: str = "doc-1", title: str = "Daily Wire Report",
             url: str | None = "https://news.example.org/a/1", **flags: object) -> Evidence:
    return Evidence(
        doc_id=doc,
        sentence=sentence,
        char_start=10 * day,
        char_end=10 * day + len(sentence),
        doc_title=title,
        doc_url=url,
        published=dt.date(2021, 3, day),
        triggers=("backed",),
        confidence=0.7,
        **flags,  # type: ignore[arg-type]
    )


def small_graph() -> nx.MultiDiGraph:
    """Five entities, six relations, one of them only denied."""
    g = nx.MultiDiGraph()
    add_entity(g, Entity("northern-alliance", "Northern Alliance", "ArmedGroup",
                         aliases=("NA", "the Alliance"), mentions=12, documents=("doc-1", "doc-2"),
                         wikidata="Q1234"))
    add_entity(g, Entity("republic-of-vell", "Republic of Vell", "Country", aliases=("Vell",), mentions=30,
                         latitude=12.5, longitude=41.25, geonames=123456))
    add_entity(g, Entity("coastal-front", "Coastal Front", "ArmedGroup", mentions=7))
    add_entity(g, Entity("mira-osk", "Mira Osk", "Person", aliases=("General Osk",), mentions=4))
    add_entity(g, Entity("port-lenn", "Port Lenn", "Place", mentions=3))
    add_relation(g, "republic-of-vell", "backs", "northern-alliance",
                 [evidence("Vell has armed the Northern Alliance since spring.", 2),
                  evidence("Vell kept sending drones to the Alliance.", 9, doc="doc-2",
                           title="Weekly Brief", url="http://brief.example.com/x?y=1&z=2")],
                 holds=True)
    add_relation(g, "northern-alliance", "fights", "coastal-front",
                 [evidence("The Alliance clashed with the Coastal Front near the port.", 4)], holds=True)
    add_relation(g, "coastal-front", "fights", "northern-alliance",
                 [evidence("Coastal Front fighters shelled Alliance positions.", 5)], holds=True)
    add_relation(g, "mira-osk", "leads", "northern-alliance",
                 [evidence("General Osk commands the Alliance.", 3, url=None)], holds=True)
    add_relation(g, "coastal-front", "controls", "port-lenn",
                 [evidence("The Coastal Front seized Port Lenn on Tuesday.", 6, control_change="gain")],
                 holds=True)
    add_relation(g, "republic-of-vell", "backs", "coastal-front",
                 [evidence("Vell denied backing the Coastal Front.", 7, negated=True, attributed_to="Vell")],
                 holds=False)
    return g


def hostile_graph() -> nx.MultiDiGraph:
    """Every label, alias, sentence, title and URL is an attack string."""
    g = nx.MultiDiGraph()
    ids = [f"hostile-{i}" for i in range(len(HOSTILE))]
    for i, (node, text) in enumerate(zip(ids, HOSTILE)):
        add_entity(g, Entity(node, text, "Organization" if i % 2 else "Person",
                             aliases=(HOSTILE[(i + 1) % len(HOSTILE)], "a;b", "x\x1fy" if i == 0 else "plain"),
                             mentions=i + 1))
    for i, node in enumerate(ids[:-1]):
        add_relation(g, node, "opposes", ids[i + 1],
                     [evidence(HOSTILE[i], i + 1, doc=HOSTILE[-1 - i], title=HOSTILE[(i + 2) % len(HOSTILE)],
                               url=HOSTILE[3] if i % 2 else "https://x.example/?q=</script>")],
                     holds=i % 3 != 0)
    return g


def random_graph(nodes: int, edges: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A random graph in our schema: for benchmarks and the physics measurement."""
    import random

    from frontline.extract.records import ENTITY_KINDS, PREDICATES

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(nodes):
        add_entity(g, Entity(f"n{i}", f"Entity {i}", rng.choice(ENTITY_KINDS), aliases=(f"E{i}",),
                             mentions=rng.randint(1, 50)))
    added = 0
    while added < edges:
        u, v = rng.randrange(nodes), rng.randrange(nodes)
        predicate = rng.choice(PREDICATES)
        if u == v or g.has_edge(f"n{u}", f"n{v}", key=predicate):
            continue
        sentences = [evidence(f"Entity {u} and Entity {v} were reported together, report {k}.",
                              1 + (u + k) % 28, doc=f"doc-{(u * 7 + k) % 997}")
                     for k in range(rng.randint(1, 3))]
        add_relation(g, f"n{u}", predicate, f"n{v}", sentences, holds=True)
        added += 1
    return g


# ----------------------------------------------------------------- headless Chromium

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def chromium_path() -> str | None:
    """Debian's ``chromium`` binary, or ``None`` when it is not installed."""
    import shutil

    return shutil.which("chromium") or shutil.which("chromium-browser")


def run_chromium(url: str, *extra: str, budget_ms: int = 10_000, window: str = "1400,900",
                 timeout: float = 300) -> str:
    """Open ``url`` headless with a fresh profile; returns stdout (the DOM with --dump-dom).

    ``--virtual-time-budget`` lets the page's timers and animation frames run to the
    budget as fast as the CPU allows, then the DOM is dumped or the screenshot taken.
    """
    import subprocess
    import tempfile

    binary = chromium_path()
    if binary is None:
        raise FileNotFoundError("chromium")
    with tempfile.TemporaryDirectory(prefix="frontline-chromium-") as profile:
        result = subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={window}",
             f"--virtual-time-budget={budget_ms}", *extra, url],
            capture_output=True, text=True, timeout=timeout, check=False,
        )
    if result.returncode != 0:
        raise RuntimeError(f"chromium exited with {result.returncode}: {result.stderr[-2000:]}")
    return result.stdout


def demo_graph() -> nx.MultiDiGraph:
    """A fictional conflict with a dozen actors: the README screenshot."""
    g = small_graph()
    more = [
        ("eastern-league", "Eastern League", "InternationalOrganization", ("EL",), 18),
        ("vell-government", "Government of Vell", "Government", ("Vell cabinet",), 14),
        ("tarsk", "Tarsk", "Country", (), 11),
        ("red-dunes-brigade", "Red Dunes Brigade", "ArmedGroup", ("RDB",), 9),
        ("ana-ferro", "Ana Ferro", "Person", ("Colonel Ferro",), 6),
        ("lenn-refinery", "Lenn Refinery", "Facility", (), 5),
        ("harbour-union", "Harbour Workers Union", "Organization", (), 4),
        ("jos-amar", "Jos Amar", "Person", (), 3),
        ("south-coast", "South Coast", "Place", (), 4),
    ]
    for node, label, kind, aliases, mentions in more:
        add_entity(g, Entity(node, label, kind, aliases=aliases, mentions=mentions))
    relations = [
        ("tarsk", "backs", "coastal-front", "Tarsk supplied the Coastal Front with rockets.", 8, True),
        ("tarsk", "opposes", "eastern-league", "Tarsk rejected the Eastern League plan.", 10, True),
        ("red-dunes-brigade", "partOf", "coastal-front", "The Red Dunes Brigade fights under the Coastal Front.", 11, True),
        ("ana-ferro", "leads", "red-dunes-brigade", "Colonel Ferro leads the Red Dunes Brigade.", 12, True),
        ("coastal-front", "controls", "lenn-refinery", "The Coastal Front holds the Lenn Refinery.", 13, True),
        ("lenn-refinery", "locatedIn", "port-lenn", "The refinery lies just north of Port Lenn.", 13, True),
        ("port-lenn", "locatedIn", "south-coast", "Port Lenn is the largest town on the South Coast.", 14, True),
        ("jos-amar", "spokespersonFor", "vell-government", "Jos Amar, speaking for the cabinet, said talks continue.", 15, True),
        ("vell-government", "memberOf", "eastern-league", "Vell joined the Eastern League in 2019.", 16, True),
        ("harbour-union", "opposes", "coastal-front", "The dock workers' union condemned the Coastal Front.", 17, True),
        ("eastern-league", "backs", "northern-alliance", "The League may send advisers to the Alliance.", 18, False),
        ("red-dunes-brigade", "fights", "northern-alliance", "Brigade units clashed with the Alliance at dawn.", 19, True),
    ]
    for subject, predicate, obj, sentence, day, holds in relations:
        flags = {} if holds else {"hypothetical": True}
        add_relation(g, subject, predicate, obj, [evidence(sentence, day, doc=f"doc-{day}", **flags)], holds=holds)
    return g


# ----------------------------------------------------------------- reading exports back


def embedded_json(html: str) -> dict:
    """The graph data a page built by generate_html carries, parsed with json.loads."""
    import json
    import re

    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert match, "no graph-data script element"
    return json.loads(match.group(1))


def read_neo4j_csv(text: str) -> list[dict[str, object]]:
    """Rows of a neo4j-admin CSV as dicts, values converted as the header's types say.

    An empty cell is "no property" (left out); arrays split on U+001F.
    """
    import csv
    import io

    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    columns = []
    for field in header:
        name, _, kind = field.rpartition(":") if ":" in field else (field, "", "string")
        columns.append((name or field, kind or "string"))
    rows = []
    for cells in reader:
        row: dict[str, object] = {}
        for (name, kind), cell in zip(columns, cells, strict=True):
            if cell == "":
                continue
            if kind.endswith("[]"):
                row[name] = [_typed(part, kind[:-2]) for part in cell.split("\x1f")]
            elif kind == "LABEL":
                row[name] = cell.split("\x1f")
            else:
                row[name] = _typed(cell, kind)
        rows.append(row)
    return rows


def _typed(text: str, kind: str) -> object:
    if kind in ("int", "long"):
        return int(text)
    if kind in ("float", "double"):
        return float(text)
    if kind == "boolean":
        assert text in ("true", "false"), text
        return text == "true"
    if kind == "date":
        return dt.date.fromisoformat(text)
    return text


class CypherSyntaxError(ValueError):
    pass


def parse_cypher_literal(text: str, pos: int = 0) -> tuple[object, int]:
    """Parse one Cypher literal (string, number, boolean, null, list, map) at ``pos``.

    A tiny tokenizer for what import.cypher writes, following the Cypher manual's
    string escapes: \\\\ \\' \\" \\n \\r \\t \\b \\f \\uXXXX \\UXXXXXXXX.
    """
    import re

    pos = _skip_space(text, pos)
    ch = text[pos]
    if ch in "'\"":
        out, pos = [], pos + 1
        simple = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
        while text[pos] != ch:
            c = text[pos]
            if c in "\n\r":
                raise CypherSyntaxError(f"raw line break inside a string literal at {pos}")
            if c == "\\":
                e = text[pos + 1]
                if e in simple:
                    out.append(simple[e])
                    pos += 2
                elif e in "uU":
                    width = 4 if e == "u" else 8
                    digits = text[pos + 2:pos + 2 + width]
                    if not re.fullmatch(r"[0-9A-Fa-f]{%d}" % width, digits):
                        raise CypherSyntaxError(f"bad unicode escape at {pos}")
                    out.append(chr(int(digits, 16)))
                    pos += 2 + width
                else:
                    raise CypherSyntaxError(f"unknown escape \\{e} at {pos}")
            else:
                out.append(c)
                pos += 1
        return "".join(out), pos + 1
    if ch == "[":
        return _sequence(text, pos + 1, "]", parse_cypher_literal)
    if ch == "{":
        entries, pos = _sequence(text, pos + 1, "}", _map_entry)
        return dict(entries), pos
    number = re.compile(r"-?(?:\d+\.\d+|\d+)(?:[eE][-+]?\d+)?").match(text, pos)
    if number:
        token = number.group()
        value = float(token) if any(c in token for c in ".eE") else int(token)
        return value, number.end()
    for word, value in (("true", True), ("false", False), ("null", None)):
        if text.startswith(word, pos):
            return value, pos + len(word)
    raise CypherSyntaxError(f"unexpected {text[pos:pos + 20]!r} at {pos}")


def _skip_space(text: str, pos: int) -> int:
    while text[pos] in " \n":
        pos += 1
    return pos


def _sequence(text: str, pos: int, close: str, parse_item) -> tuple[list, int]:
    """Comma-separated items up to ``close``: the inside of a list or a map."""
    items: list = []
    while True:
        pos = _skip_space(text, pos)
        if text[pos] == close:
            return items, pos + 1
        if items:
            if text[pos] != ",":
                raise CypherSyntaxError(f"expected , at {pos}")
            pos = _skip_space(text, pos + 1)
        item, pos = parse_item(text, pos)
        items.append(item)


def _map_entry(text: str, pos: int) -> tuple[tuple[str, object], int]:
    import re

    key_match = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)*`").match(text, pos)
    if not key_match:
        raise CypherSyntaxError(f"expected a key at {pos}")
    key = key_match.group()
    key = key[1:-1].replace("``", "`") if key.startswith("`") else key
    pos = key_match.end()
    if text[pos] != ":":
        raise CypherSyntaxError(f"expected : at {pos}")
    value, pos = parse_cypher_literal(text, pos + 1)
    return (key, value), pos


def cypher_batches(script: str) -> list[tuple[str, list]]:
    """(statement text after the literal, rows) for every ``UNWIND <literal> AS r`` statement."""
    batches = []
    pos = script.find("UNWIND ")
    while pos != -1:
        rows, end = parse_cypher_literal(script, pos + len("UNWIND "))
        assert script.startswith(" AS r\n", end), script[end:end + 20]
        stop = script.index(";", end)
        batches.append((script[end:stop], rows))
        pos = script.find("UNWIND ", stop)
    return batches
