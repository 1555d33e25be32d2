"""Small helpers every exporter shares: stable ordering, edge ids, text clean-up.

Determinism is a feature of every export: the same graph gives byte-identical
files, whatever order its nodes and edges were added in, so exports can be diffed
and cached. Everything here sorts.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from typing import Any, Iterable

import networkx as nx

from frontline.graph.model import relation_edges

# Characters XML 1.0 cannot hold at all, not even as character references:
# C0 controls except tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. GEXF and
# GraphML are XML 1.0, so these are dropped from every string they carry (they
# never occur in real article text; they arrive only from broken extraction).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot represent.

    >>> xml_safe("a\\x00b\\tc")
    'ab\\tc'
    """
    return _XML_ILLEGAL.sub("", text)


@dataclass(frozen=True)
class IndexedEdge:
    """One edge of the MultiDiGraph with the id every export gives it."""

    id: str
    source: str
    target: str
    key: str
    data: dict[str, Any]


def indexed_edges(graph: nx.MultiDiGraph) -> list[IndexedEdge]:
    """All edges in a stable order, with ids ``e0``, ``e1``, ...

    The order is :func:`frontline.graph.model.relation_edges`' (subject, predicate,
    object, holds), which is unique per edge, so the ids are deterministic for the
    same graph. They are positions, not names: they change when edges are added.
    """
    edges = relation_edges(graph)
    keys = {(u, v, data["predicate"], data["holds"]): k for u, v, k, data in graph.edges(keys=True, data=True)}
    return [
        IndexedEdge(f"e{i}", u, v, keys[(u, v, data["predicate"], data["holds"])], data)
        for i, (u, v, data) in enumerate(edges)
    ]


def sorted_nodes(graph: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    """All nodes with their attributes, sorted by id."""
    return sorted(graph.nodes(data=True), key=lambda item: str(item[0]))


def finite_number(value: object) -> int | float | None:
    """``value`` if it is a finite int or float (not a bool); else ``None``.

    JSON, CSV and XML consumers all choke on NaN and infinity, so they become "no value".
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if math.isfinite(value) else None


def edge_summary(data: dict[str, Any]) -> dict[str, Any]:
    """The aggregate fields of an edge, as JSON-friendly values (dates as ISO text)."""
    return {
        "predicate": data["predicate"],
        "holds": bool(data["holds"]),
        "confidence": finite_number(data.get("confidence")),
        "count": finite_number(data.get("count")),
        "first_date": iso_date(data.get("first_date")),
        "last_date": iso_date(data.get("last_date")),
    }


def iso_date(value: object) -> str | None:
    """A ``date`` (or ``datetime``) as ``YYYY-MM-DD``; anything else as ``None``."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


def strings(values: object) -> list[str]:
    """A tuple/list attribute (aliases, documents) as a list of strings; else empty."""
    if isinstance(values, (list, tuple)):
        return [str(v) for v in values]
    return []


def json_text(value: object) -> str:
    """Compact, key-sorted JSON that keeps non-ASCII characters readable."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def node_time_span(graph: nx.MultiDiGraph, node: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last publication date of any edge touching ``node``."""
    dates: list[dt.date] = []
    for edges in (graph.out_edges(node, data=True), graph.in_edges(node, data=True)):
        for _, _, data in edges:
            dates.extend(d for d in (data.get("first_date"), data.get("last_date")) if d is not None)
    return (min(dates), max(dates)) if dates else (None, None)


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without repeats."""
    return list(dict.fromkeys(items))
