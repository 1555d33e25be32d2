"""The shape of frontline's knowledge graph: a networkx MultiDiGraph.

Nodes are entities keyed by their id (a stable slug such as ``"northern-liberation-front"``);
edges are relations aggregated over all the sentences that state them, keyed by
``"<predicate>"`` for relations that hold and ``"<predicate>?"`` for relations that
were only stated as negated, hypothetical or disputed (kept, never asserted as fact).

Node attributes (see :class:`Entity`): ``label``, ``kind``, ``aliases``, ``mentions``,
``documents``, ``wikidata``, ``geonames``, ``latitude``, ``longitude``.

Edge attributes: ``predicate`` (one of the nine), ``holds`` (bool: asserted as a plain
fact), ``evidence`` (tuple of :class:`Evidence`, in publication/text order), ``count``
(number of evidence sentences), ``confidence`` (aggregated, in [0, 1]), ``first_date``
and ``last_date`` (publication dates, ``datetime.date`` or ``None``).

This module is pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Iterable

import networkx as nx


@dataclass(frozen=True)
class Entity:
    """One real-world actor or place after resolution."""

    id: str
    label: str
    kind: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    documents: tuple[str, ...] = ()
    wikidata: str | None = None
    geonames: int | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Evidence:
    """One sentence that states (or denies, or imagines) a relation."""

    doc_id: str
    sentence: str
    char_start: int
    char_end: int
    doc_title: str = ""
    doc_url: str | None = None
    published: dt.date | None = None
    triggers: tuple[str, ...] = ()
    confidence: float = 0.5
    negated: bool = False
    hypothetical: bool = False
    contested: bool = False
    attributed_to: str | None = None
    control_change: str | None = None

    @property
    def is_fact(self) -> bool:
        return not (self.negated or self.hypothetical or self.contested)


def edge_key(predicate: str, holds: bool) -> str:
    """The MultiDiGraph key of an edge: one edge per predicate and status."""
    return predicate if holds else predicate + "?"


def aggregate_confidence(confidences: Iterable[float]) -> float:
    """Noisy-OR of independent pieces of evidence: 1 - prod(1 - c).

    >>> round(aggregate_confidence([0.5, 0.5]), 3)
    0.75
    """
    remaining = 1.0
    for c in confidences:
        remaining *= 1.0 - min(max(c, 0.0), 1.0)
    return round(1.0 - remaining, 4)


def add_entity(graph: nx.MultiDiGraph, entity: Entity) -> None:
    """Add (or replace) a node carrying all of the entity's fields."""
    attrs = asdict(entity)
    node_id = attrs.pop("id")
    graph.add_node(node_id, **attrs)


def add_relation(
    graph: nx.MultiDiGraph,
    subject_id: str,
    predicate: str,
    object_id: str,
    evidence: Iterable[Evidence],
    *,
    holds: bool,
) -> None:
    """Add one aggregated edge; its count, confidence and dates derive from evidence."""
    items = tuple(evidence)
    dates = sorted(e.published for e in items if e.published is not None)
    graph.add_edge(
        subject_id,
        object_id,
        key=edge_key(predicate, holds),
        predicate=predicate,
        holds=holds,
        evidence=items,
        count=len(items),
        confidence=aggregate_confidence(e.confidence for e in items),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def entity_of(graph: nx.MultiDiGraph, node_id: str) -> Entity:
    """The node's attributes as an :class:`Entity`."""
    return Entity(id=node_id, **graph.nodes[node_id])


def relation_edges(
    graph: nx.MultiDiGraph, *, holds: bool | None = None
) -> list[tuple[str, str, dict[str, Any]]]:
    """All edges as (subject, object, attributes), sorted for determinism."""
    edges = [
        (u, v, data)
        for u, v, data in graph.edges(data=True)
        if holds is None or data["holds"] == holds
    ]
    return sorted(edges, key=lambda e: (e[0], e[2]["predicate"], e[1], e[2]["holds"]))
