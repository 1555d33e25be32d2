"""SPARQL 1.1 over a graph.ttl with pyoxigraph, and the bundled preset queries.

Only read queries run: SELECT, ASK, CONSTRUCT, DESCRIBE. Updates are refused before
they reach the engine. Results come back as plain Python rows so the CLI can print
them as a table, CSV or JSON.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib.resources import files

import pyoxigraph

# Prefixes a query may use without declaring them.
DEFAULT_PREFIXES = {
    "kg": "https://w3id.org/frontline/ontology#",
    "id": "https://w3id.org/frontline/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
}
UPDATE_KEYWORDS = re.compile(
    r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b\s*(DATA|WHERE|\{|GRAPH|SILENT|<|DEFAULT|ALL|NAMED|INTO)",
    re.IGNORECASE,
)


class QueryError(Exception):
    """A query that cannot run: malformed, an update, or an unknown preset."""


@dataclass(frozen=True)
class QueryResult:
    kind: str  # "select", "ask" or "graph"
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()
    boolean: bool | None = None
    ntriples: str = ""


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    query: str
    needs_entity: bool


def presets() -> dict[str, Preset]:
    """Bundled queries by name (graph/queries/*.rq; the first comment describes them)."""
    found = {}
    for item in sorted(files("frontline.graph").joinpath("queries").iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".rq"):
            continue
        text = item.read_text(encoding="utf-8")
        comment = " ".join(
            line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")
        )
        name = item.name[:-3]
        found[name] = Preset(name, comment, text, "$entity" in text)
    return found


def sparql_string(value: str) -> str:
    """A SPARQL string literal holding ``value`` exactly.

    >>> sparql_string('say "hi"\\\\')
    '"say \\\\"hi\\\\"\\\\\\\\"'
    """
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def preset_query(name: str, *, entity: str | None = None) -> str:
    table = presets()
    if name not in table:
        raise QueryError(f"no preset named {name!r}; --list shows: {', '.join(table)}")
    preset = table[name]
    if preset.needs_entity:
        if not entity:
            raise QueryError(f"preset {name!r} needs --entity NAME")
        return preset.query.replace("$entity", sparql_string(entity))
    return preset.query


def load_store(turtle: bytes) -> pyoxigraph.Store:
    """An in-memory store holding the Turtle data; raises QueryError if it does not parse."""
    store = pyoxigraph.Store()
    try:
        store.bulk_load(turtle, pyoxigraph.RdfFormat.TURTLE)
    except SyntaxError as error:
        raise QueryError(f"the graph file is not valid Turtle: {error}") from None
    return store


def term_text(term: object) -> str | None:
    if term is None:
        return None
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def run_query(store: pyoxigraph.Store, query: str) -> QueryResult:
    """Run a read-only SPARQL 1.1 query."""
    if UPDATE_KEYWORDS.search(_strip_comments_and_strings(query)):
        raise QueryError("update queries are refused: frontline query only reads the graph")
    try:
        result = store.query(query, prefixes=DEFAULT_PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {_one_line(error)[:160]}") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"query failed: {_one_line(error)}") from None
    if isinstance(result, (bool, getattr(pyoxigraph, "QueryBoolean", bool))):
        return QueryResult("ask", boolean=bool(result))
    if isinstance(result, pyoxigraph.QuerySolutions):
        columns = tuple(v.value for v in result.variables)
        rows = tuple(tuple(term_text(solution[c]) for c in columns) for solution in result)
        return QueryResult("select", columns, rows)
    triples = pyoxigraph.serialize(result, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return QueryResult("graph", ntriples=(triples or b"").decode("utf-8"))


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


def _strip_comments_and_strings(query: str) -> str:
    """The query's keywords only: strings, comments and variables blanked, IRIs as <>."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', query)
    text = re.sub(r"<[^<>\s]*>", "<>", text)
    text = re.sub(r"#[^\n]*", "", text)
    return re.sub(r"[?$]\w+", "?v", text)


def format_table(result: QueryResult, *, max_width: int = 60) -> str:
    """A readable fixed-width table (or the ASK answer, or N-Triples)."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        return result.ntriples.rstrip("\n")
    cells = [[_clip(v, max_width) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def _clip(value: str | None, width: int) -> str:
    text = "" if value is None else " ".join(value.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_csv(result: QueryResult) -> str:
    import csv
    import io

    if result.kind != "select":
        return format_table(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().rstrip("\n")


def format_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"boolean": result.boolean})
    if result.kind == "graph":
        return json.dumps({"ntriples": result.ntriples}, ensure_ascii=False)
    return json.dumps(
        [dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=2
    )
