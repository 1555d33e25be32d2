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
