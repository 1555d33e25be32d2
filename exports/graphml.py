"""The graph as GraphML, for yEd, Cytoscape, igraph, graph-tool and networkx.

networkx's lxml writer does the XML; it rejects None, tuples and dates, so every
attribute is converted first:

- ``None`` -> the attribute is left out (GraphML has no null);
- tuples (``aliases``, ``documents``) -> a JSON array string;
- dates -> ``YYYY-MM-DD`` strings;
- ``evidence`` -> a JSON array of objects with every field of
  :class:`frontline.graph.model.Evidence`, so nothing is lost.

Edge ids are ``e0``, ``e1``, ... (unique, as GraphML wants; our MultiDiGraph keys
``backs`` / ``backs?`` repeat across edges and ``?`` is not a valid NMTOKEN); the
model's key is kept in the ``edge_key`` attribute. Characters XML 1.0 cannot hold are
removed from every string (see :func:`frontline.exports.common.xml_safe`).

Reading it back::

    g = networkx.read_graphml(path, edge_key_type=str, force_multigraph=True)
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import networkx as nx

from frontline.exports.common import indexed_edges, iso_date, json_text, sorted_nodes, strings, xml_safe
from frontline.exports.files import write_text_atomic

_LIST_ATTRIBUTES = frozenset({"aliases", "documents"})


def generate_graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML text for ``graph`` (UTF-8 XML declaration, key ids named after attributes).

    >>> "<graphml" in generate_graphml(nx.MultiDiGraph())
    True
    """
    plain = nx.MultiDiGraph()
    for node, attrs in sorted_nodes(graph):
        plain.add_node(xml_safe(str(node)), **_node_attributes(attrs))
    for edge in indexed_edges(graph):
        plain.add_edge(
            xml_safe(str(edge.source)), xml_safe(str(edge.target)), key=edge.id,
            **_edge_attributes(edge.key, edge.data), id=edge.id,
        )
    buffer = io.BytesIO()
    nx.write_graphml_lxml(plain, buffer, encoding="utf-8", prettyprint=True, named_key_ids=True,
                          edge_id_from_attribute="id")
    return buffer.getvalue().decode("utf-8")


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write :func:`generate_graphml` to ``path`` (atomically); returns ``path``."""
    write_text_atomic(Path(path), generate_graphml(graph))
    return Path(path)


def _plain(value: Any) -> Any:
    """A value GraphML can carry: str, int, float or bool (None means leave out)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    date = iso_date(value)
    if date is not None:
        return date
    return xml_safe(str(value))


def _node_attributes(attrs: dict[str, Any]) -> dict[str, Any]:
    converted = {}
    for name, value in sorted(attrs.items()):
        if name in _LIST_ATTRIBUTES:
            converted[name] = json_text([xml_safe(v) for v in strings(value)])
        elif (plain := _plain(value)) is not None:
            converted[name] = plain
    return converted


def _edge_attributes(key: str, data: dict[str, Any]) -> dict[str, Any]:
    converted: dict[str, Any] = {"edge_key": xml_safe(str(key))}
    for name, value in sorted(data.items()):
        if name == "evidence":
            converted[name] = json_text([_evidence_record(ev) for ev in value])
        elif (plain := _plain(value)) is not None:
            converted[name] = plain
    return converted


def _evidence_record(evidence: Any) -> dict[str, Any]:
    # Strings are made XML-safe before JSON encoding, like every other string here
    # (JSON would otherwise keep a control character as a \u001f escape).
    record = dataclasses.asdict(evidence)
    record["published"] = iso_date(record["published"])
    record["triggers"] = [xml_safe(t) for t in record["triggers"]]
    return {k: xml_safe(v) if isinstance(v, str) else v for k, v in record.items()}
