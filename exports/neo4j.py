"""The graph for Neo4j 5: bulk-import CSVs and an equivalent Cypher script.

Two ways in, same graph:

1. ``nodes.csv`` + ``relationships.csv`` for ``neo4j-admin database import full``
   (offline, fast, empty database)::

       neo4j-admin database import full neo4j \\
           --nodes=nodes.csv --relationships=relationships.csv \\
           --array-delimiter=U+001F --multiline-fields=true \\
           --legacy-style-quoting=false --id-type=string

2. ``import.cypher`` for a running database: ``cypher-shell -f import.cypher``.

Decisions, and the traps behind them:

- **Array delimiter U+001F** (the ASCII unit separator), not the default ``;``:
  aliases, titles and sentences contain semicolons; U+001F never occurs in text
  (it is removed from array elements if it ever does). neo4j-admin takes it as
  ``--array-delimiter=U+001F``. The ``:LABEL`` column uses the array delimiter too,
  so ``Entity`` and the kind are joined with U+001F, not ``;``.
- **Quoting**: every string field is double-quoted with ``""`` for a quote, the
  RFC 4180 way; ``--legacy-style-quoting=false`` makes sure a backslash before a
  quote stays a backslash. Sentences may hold newlines: ``--multiline-fields=true``.
  An empty cell means "no property"; so empty strings and empty lists are left out.
- **Types**: ``confidence``, coordinates: ``double`` (neo4j-admin's ``float`` is
  32-bit and would turn 0.7 into 0.699999988); counts ``int``; ``geonames``
  ``long``; dates of edges ``date``; per-sentence values are parallel arrays
  (``sentences``, ``doc_ids``, ``doc_titles``, ``doc_urls``, ``published``, ...),
  with ``""`` for a missing URL or date (arrays cannot hold null).
- **Labels and relationship types** come only from our fixed vocabulary
  (:data:`RELATIONSHIP_TYPES`, ``ENTITY_KINDS``), never from article text: an
  unknown kind gets just ``Entity``, an unknown predicate ``RELATED``. Statements
  that do not hold keep their type with ``holds: false``.
- **Cypher**: data are inlined as Cypher literals, batched ``UNWIND [...] AS r``
  per label / relationship type (labels and types cannot be parameters). Strings
  are single-quoted with backslash escapes for ``\\``, ``'``, every control
  character, U+2028/2029 and ``;`` (``\\u003B``: cypher-shell splits statements on
  semicolons, so none appears inside a literal). No data ever lands in a comment,
  an identifier or a label. Inline literals were chosen over ``:param`` because
  cypher-shell parses both the same way and literals keep each batch one statement.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from frontline.exports.common import (
    IndexedEdge,
    edge_summary,
    finite_number,
    indexed_edges,
    iso_date,
    sorted_nodes,
    strings,
)
from frontline.exports.files import write_folder_atomic
from frontline.extract.records import ENTITY_KINDS, PREDICATES

ARRAY_DELIMITER = "\x1f"
ENTITY_LABEL = "Entity"
UNKNOWN_RELATIONSHIP = "RELATED"
BATCH_SIZE = 500


def relationship_type(predicate: str) -> str:
    """``memberOf`` -> ``MEMBER_OF``; anything outside the vocabulary -> ``RELATED``."""
    if predicate not in PREDICATES:
        return UNKNOWN_RELATIONSHIP
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", predicate).upper()


RELATIONSHIP_TYPES: dict[str, str] = {p: relationship_type(p) for p in PREDICATES}

# (property, neo4j-admin type); type "" is a plain string.
NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", ""),
    ("kind", ""),
    ("aliases", "string[]"),
    ("mentions", "int"),
    ("documents", "string[]"),
    ("wikidata", ""),
    ("geonames", "long"),
    ("latitude", "double"),
    ("longitude", "double"),
)
RELATIONSHIP_COLUMNS: tuple[tuple[str, str], ...] = (
    ("predicate", ""),
    ("holds", "boolean"),
    ("confidence", "double"),
    ("count", "int"),
    ("first_date", "date"),
    ("last_date", "date"),
    ("sentences", "string[]"),
    ("doc_ids", "string[]"),
    ("doc_titles", "string[]"),
    ("doc_urls", "string[]"),
    ("published", "string[]"),
    ("char_starts", "long[]"),
    ("char_ends", "long[]"),
    ("confidences", "double[]"),
    ("negated", "boolean[]"),
    ("hypothetical", "boolean[]"),
    ("contested", "boolean[]"),
    ("attributed_to", "string[]"),
    ("control_change", "string[]"),
)
NODES_HEADER = ("id:ID(Entity)", ":LABEL") + tuple(f"{n}:{t}" if t else n for n, t in NODE_COLUMNS)
RELATIONSHIPS_HEADER = (":START_ID(Entity)", ":END_ID(Entity)", ":TYPE") + tuple(
    f"{n}:{t}" if t else n for n, t in RELATIONSHIP_COLUMNS
)

IMPORT_COMMAND = (
    "neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv "
    "--array-delimiter=U+001F --multiline-fields=true --legacy-style-quoting=false --id-type=string"
)
CYPHER_COMMAND = "cypher-shell -u neo4j -p PASSWORD -f import.cypher"


def generate_neo4j(graph: nx.MultiDiGraph) -> dict[str, str]:
    """``nodes.csv``, ``relationships.csv``, ``import.cypher`` and a ``README.txt``.

    >>> sorted(generate_neo4j(nx.MultiDiGraph()))
    ['README.txt', 'import.cypher', 'nodes.csv', 'relationships.csv']
    """
    nodes = [(str(node), _labels(attrs.get("kind")), node_properties(attrs)) for node, attrs in sorted_nodes(graph)]
    edges = [(edge, relationship_properties(edge.data)) for edge in indexed_edges(graph)]
    return {
        "nodes.csv": _csv(
            NODES_HEADER,
            ([_quote(node_id), _quote(ARRAY_DELIMITER.join(labels))] + _cells(props, NODE_COLUMNS)
             for node_id, labels, props in nodes),
        ),
        "relationships.csv": _csv(
            RELATIONSHIPS_HEADER,
            ([_quote(str(e.source)), _quote(str(e.target)), _quote(relationship_type(e.data["predicate"]))]
             + _cells(props, RELATIONSHIP_COLUMNS) for e, props in edges),
        ),
        "import.cypher": _cypher(nodes, edges),
        "README.txt": _readme(),
    }


def write_neo4j(graph: nx.MultiDiGraph, folder: Path) -> Path:
    """Write :func:`generate_neo4j` into ``folder`` (replaced atomically); returns it."""
    write_folder_atomic(Path(folder), generate_neo4j(graph))
    return Path(folder)


# ----------------------------------------------------------------------- properties


def _text_list(values: Iterable[object]) -> list[str]:
    # The array delimiter cannot be escaped in neo4j-admin CSV: drop it.
    return [str(v).replace(ARRAY_DELIMITER, "") if v is not None else "" for v in values]


def _optional_list(values: Iterable[object]) -> list[str] | None:
    """Per-sentence optional strings ("" where missing); None when all are missing."""
    items = _text_list(values)
    return items if any(items) else None


def node_properties(attrs: dict[str, Any]) -> dict[str, Any]:
    """Node properties as Neo4j stores them (None = no property)."""
    return {
        "name": str(attrs["label"]) if attrs.get("label") is not None else None,
        "kind": str(attrs["kind"]) if attrs.get("kind") else None,
        "aliases": [a for a in _text_list(strings(attrs.get("aliases"))) if a],
        "mentions": finite_number(attrs.get("mentions")),
        "documents": [d for d in _text_list(strings(attrs.get("documents"))) if d],
        "wikidata": str(attrs["wikidata"]) if attrs.get("wikidata") else None,
        "geonames": finite_number(attrs.get("geonames")),
        "latitude": finite_number(attrs.get("latitude")),
        "longitude": finite_number(attrs.get("longitude")),
    }


def relationship_properties(data: dict[str, Any]) -> dict[str, Any]:
    """Relationship properties: the aggregate plus one array entry per sentence."""
    evidence = tuple(data.get("evidence", ()))
    return {
        **edge_summary(data),
        "sentences": _text_list(ev.sentence for ev in evidence),
        "doc_ids": _text_list(ev.doc_id for ev in evidence),
        "doc_titles": _optional_list(ev.doc_title for ev in evidence),
        "doc_urls": _optional_list(ev.doc_url for ev in evidence),
        "published": _optional_list(iso_date(ev.published) for ev in evidence),
        "char_starts": [int(ev.char_start) for ev in evidence],
        "char_ends": [int(ev.char_end) for ev in evidence],
        "confidences": [float(ev.confidence) for ev in evidence],
        "negated": [bool(ev.negated) for ev in evidence],
        "hypothetical": [bool(ev.hypothetical) for ev in evidence],
        "contested": [bool(ev.contested) for ev in evidence],
        "attributed_to": _optional_list(ev.attributed_to for ev in evidence),
        "control_change": _optional_list(ev.control_change for ev in evidence),
    }


def _labels(kind: object) -> list[str]:
    return [ENTITY_LABEL, kind] if isinstance(kind, str) and kind in ENTITY_KINDS else [ENTITY_LABEL]


def _absent(value: object) -> bool:
    # Neo4j has no null property and neo4j-admin reads an empty cell as "no
    # property", so None, "" and [] are all left out, in the CSV and in Cypher.
    return value is None or value == "" or value == []


# ----------------------------------------------------------------------- CSV


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _cell(value: object, kind: str) -> str:
    if _absent(value):
        return ""
    if kind.endswith("[]"):
        items = value if isinstance(value, list) else [value]
        return _quote(ARRAY_DELIMITER.join(_scalar_text(v) for v in items))
    if kind in ("", "string"):
        return _quote(str(value))
    return _scalar_text(value)


def _scalar_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _cells(props: dict[str, Any], columns: tuple[tuple[str, str], ...]) -> list[str]:
    return [_cell(props[name], kind) for name, kind in columns]


def _csv(header: tuple[str, ...], rows: Iterable[list[str]]) -> str:
    # Written by hand, not with the csv module: its QUOTE_ALL would turn a missing
    # value (None) into "" which neo4j-admin reads as an empty string.
    lines = [",".join(header)]
    lines.extend(",".join(row) for row in rows)
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------- Cypher

_CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_CYPHER_UNSAFE = re.compile("[\\\\'\x00-\x1f\x7f\u2028\u2029;\ud800-\udfff]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal holding exactly ``text``.

    >>> print(cypher_string("it's a\\\\b; c"))
    'it\\'s a\\\\b\\u003B c'
    """
    return "'" + _CYPHER_UNSAFE.sub(
        lambda m: _CYPHER_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text
    ) + "'"


def cypher_literal(value: Any) -> str:
    """A Cypher literal for None, bool, int, float, str, list or dict (identifier keys)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_cypher_key(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def _cypher_key(key: str) -> str:
    # Keys are our own property names; backtick-quote anything else all the same.
    return key if _IDENTIFIER.fullmatch(key) else "`" + key.replace("`", "``") + "`"


def _batches(rows: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start:start + BATCH_SIZE]


def _present(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if not _absent(v)}


def _cypher(nodes: list[tuple[str, list[str], dict[str, Any]]], edges: list[tuple[IndexedEdge, dict[str, Any]]]) -> str:
    statements = [
        "// frontline knowledge graph for Neo4j 5. Run: " + CYPHER_COMMAND,
        "// Labels and relationship types come from frontline's fixed vocabulary, all data are literals.",
        f"CREATE CONSTRAINT frontline_entity_id IF NOT EXISTS FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE;",
    ]
    by_label: defaultdict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for node_id, labels, props in nodes:
        by_label[tuple(labels)].append({"id": node_id, "props": _present(props)})
    for labels in sorted(by_label):
        extra = "".join(f" SET n:{label}" for label in labels[1:])
        for batch in _batches(by_label[labels]):
            statements.append(
                f"UNWIND {cypher_literal(batch)} AS r\n"
                f"MERGE (n:{ENTITY_LABEL} {{id: r.id}}) SET n += r.props{extra};"
            )
    by_type: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for edge, props in edges:
        dates = {"first_date": props["first_date"], "last_date": props["last_date"]}
        rest = _present({k: v for k, v in props.items() if k not in dates})
        by_type[relationship_type(edge.data["predicate"])].append(
            {"start": str(edge.source), "end": str(edge.target), "holds": props["holds"], "props": rest, **dates}
        )
    for rel_type in sorted(by_type):
        for batch in _batches(by_type[rel_type]):
            statements.append(
                f"UNWIND {cypher_literal(batch)} AS r\n"
                f"MATCH (a:{ENTITY_LABEL} {{id: r.start}}) MATCH (b:{ENTITY_LABEL} {{id: r.end}})\n"
                f"MERGE (a)-[x:{rel_type} {{holds: r.holds}}]->(b)\n"
                "SET x += r.props, x.first_date = date(r.first_date), x.last_date = date(r.last_date);"
            )
    return "\n".join(statements) + "\n"


def _readme() -> str:
    return f"""frontline knowledge graph for Neo4j 5
=====================================

Bulk import into a new, empty database (offline, fastest):

    {IMPORT_COMMAND}

  --array-delimiter=U+001F   arrays (and the two labels) are separated by U+001F, because
                             names and sentences contain ';'
  --multiline-fields=true    sentences may contain line breaks
  --legacy-style-quoting=false  a backslash is an ordinary character

Or into a running database (idempotent MERGE, constraint first):

    {CYPHER_COMMAND}

Nodes: label Entity plus the kind (Person, ArmedGroup, ...), key property id.
Relationships: {", ".join(RELATIONSHIP_TYPES.values())};
holds=false marks statements that were denied, hypothetical or disputed.
Per-sentence evidence is kept in parallel arrays: sentences, doc_ids, doc_titles,
doc_urls, published, char_starts, char_ends, confidences, negated, hypothetical,
contested, attributed_to, control_change.
"""
