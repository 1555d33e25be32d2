"""The graph as GEXF 1.3 for Gephi: colours, sizes, positions and a timeline.

Our own writer (lxml) because networkx's ``write_gexf(version="1.3")`` does not
validate against the official schema (it puts the xsi namespace wrong and a
``name`` on ``<graph>``) and rejects None, tuples and dates. The output validates
against ``gexf.rng`` of GEXF 1.3 (the tests run ``xmllint --relaxng``); no
``xsi:schemaLocation`` is written because the RelaxNG grammar allows no foreign
attributes.

What Gephi gets:

- node attributes ``kind``, ``aliases`` and ``documents`` (``liststring``),
  ``mentions``, ``wikidata``, ``geonames``, ``latitude``, ``longitude``;
- edge attributes ``relation`` (the predicate), ``holds``, ``confidence``,
  ``count``, ``sentences`` and ``sources`` (``liststring``); ``weight`` is the
  number of evidence sentences and the edge label is the relation;
- ``viz`` colour and shape by kind / relation (see :mod:`frontline.exports.style`),
  size by mentions, thickness by evidence, dashed edges for statements that do
  not hold, positions from :func:`frontline.exports.layout.layout_positions`;
- time: ``timeformat="date"``; an edge lives from the first to the last publication
  date of its sentences, a node from the first to the last date of its edges, so
  Gephi's timeline shows the graph growing. Undated edges and nodes are always there.

List values are written as JSON arrays (``["a", "b"]``), the bracketed, quoted
form Gephi 0.9+ reads for ``liststring``; it keeps commas and ``|`` inside an
alias unambiguous.

Characters XML 1.0 cannot hold (C0 controls other than tab/newline/CR, U+FFFE/FFFF,
lone surrogates) are removed from every string; everything else survives.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import networkx as nx
from lxml import etree

from frontline.exports.common import (
    finite_number,
    indexed_edges,
    iso_date,
    node_time_span,
    sorted_nodes,
    strings,
    xml_safe,
)
from frontline.exports.files import write_text_atomic
from frontline.exports.layout import layout_positions
from frontline.exports.style import hex_to_rgb, kind_style, node_size, predicate_style

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_G = "{%s}" % GEXF_NS
_VIZ = "{%s}" % VIZ_NS

# (id, GEXF type) of the attribute columns; the id doubles as the title Gephi shows.
NODE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("kind", "string"),
    ("aliases", "liststring"),
    ("mentions", "integer"),
    ("documents", "liststring"),
    ("wikidata", "string"),
    ("geonames", "long"),
    ("latitude", "double"),
    ("longitude", "double"),
)
EDGE_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("relation", "string"),
    ("holds", "boolean"),
    ("confidence", "double"),
    ("count", "integer"),
    ("sentences", "liststring"),
    ("sources", "liststring"),
)


def generate_gexf(graph: nx.MultiDiGraph, *, positions: bool = True) -> str:
    """GEXF 1.3 text for ``graph``; ``positions=False`` skips the layout (Gephi has its own).

    >>> text = generate_gexf(nx.MultiDiGraph(), positions=False)
    >>> text.splitlines()[1]
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">'
    """
    edges = indexed_edges(graph)
    dated = any(e.data.get("first_date") is not None for e in edges)
    root = etree.Element(_G + "gexf", nsmap={None: GEXF_NS, "viz": VIZ_NS}, version="1.3")
    meta = etree.SubElement(root, _G + "meta")
    etree.SubElement(meta, _G + "creator").text = "frontline"
    etree.SubElement(meta, _G + "description").text = (
        "Who backs, fights and controls whom, from news articles; every edge carries its sentences."
    )
    graph_element = etree.SubElement(
        root, _G + "graph", defaultedgetype="directed", idtype="string",
        mode="dynamic" if dated else "static", timeformat="date",
    )
    _declare(graph_element, "node", NODE_ATTRIBUTES)
    _declare(graph_element, "edge", EDGE_ATTRIBUTES)

    where = layout_positions(graph) if positions else {}
    nodes_element = etree.SubElement(graph_element, _G + "nodes", count=str(graph.number_of_nodes()))
    for node, attrs in sorted_nodes(graph):
        _add_node(nodes_element, graph, node, attrs, where.get(node))
    edges_element = etree.SubElement(graph_element, _G + "edges", count=str(len(edges)))
    for edge in edges:
        _add_edge(edges_element, edge)
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode("utf-8")


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write :func:`generate_gexf` to ``path`` (atomically); returns ``path``."""
    write_text_atomic(Path(path), generate_gexf(graph))
    return Path(path)


def list_value(values: list[str]) -> str:
    """A ``liststring`` value: a JSON array of the (XML-safe) strings.

    >>> list_value(["a, b", 'say "x"'])
    '["a, b", "say \\\\"x\\\\""]'
    """
    return json.dumps([xml_safe(v) for v in values], ensure_ascii=False)


def _declare(graph_element: etree._Element, cls: str, columns: tuple[tuple[str, str], ...]) -> None:
    attributes = etree.SubElement(graph_element, _G + "attributes", {"class": cls, "mode": "static"})
    for name, kind in columns:
        etree.SubElement(attributes, _G + "attribute", id=name, title=name, type=kind)


def _attvalues(parent: etree._Element, values: dict[str, str | None]) -> None:
    present = {k: v for k, v in values.items() if v is not None}
    if present:
        container = etree.SubElement(parent, _G + "attvalues")
        for name, value in present.items():
            etree.SubElement(container, _G + "attvalue", {"for": name, "value": xml_safe(value)})


def _number(value: object) -> str | None:
    number = finite_number(value)
    return None if number is None else repr(number)


def _add_node(
    parent: etree._Element, graph: nx.MultiDiGraph, node: str, attrs: dict[str, Any],
    position: tuple[float, float] | None,
) -> None:
    element = etree.SubElement(parent, _G + "node", id=xml_safe(str(node)),
                               label=xml_safe(str(attrs.get("label") or node)))
    start, end = node_time_span(graph, node)
    if start is not None:
        element.set("start", start.isoformat())
        element.set("end", end.isoformat())  # type: ignore[union-attr]
    _attvalues(element, {
        "kind": str(attrs["kind"]) if attrs.get("kind") else None,
        "aliases": list_value(strings(attrs.get("aliases"))),
        "mentions": _number(attrs.get("mentions")),
        "documents": list_value(strings(attrs.get("documents"))),
        "wikidata": str(attrs["wikidata"]) if attrs.get("wikidata") else None,
        "geonames": _number(attrs.get("geonames")),
        "latitude": _number(attrs.get("latitude")),
        "longitude": _number(attrs.get("longitude")),
    })
    style = kind_style(attrs.get("kind"))
    r, g, b = hex_to_rgb(style.color)
    etree.SubElement(element, _VIZ + "color", r=str(r), g=str(g), b=str(b))
    if position is not None:
        # Gephi's y axis points up, the browser's down: flip so both look alike.
        etree.SubElement(element, _VIZ + "position", x=repr(position[0]), y=repr(-position[1] + 0.0), z="0.0")
    etree.SubElement(element, _VIZ + "size", value=repr(node_size(attrs.get("mentions"))))
    etree.SubElement(element, _VIZ + "shape", value=style.gexf_shape)


def _add_edge(parent: etree._Element, edge: Any) -> None:
    data = edge.data
    evidence = data.get("evidence", ())
    count = data.get("count", len(evidence))
    element = etree.SubElement(
        parent, _G + "edge", id=edge.id, source=xml_safe(str(edge.source)), target=xml_safe(str(edge.target)),
        label=data["predicate"], weight=repr(float(count or 0)),
    )
    first, last = iso_date(data.get("first_date")), iso_date(data.get("last_date"))
    if first is not None:
        element.set("start", first)
        element.set("end", last or first)
    _attvalues(element, {
        "relation": data["predicate"],
        "holds": "true" if data["holds"] else "false",
        "confidence": _number(data.get("confidence")),
        "count": _number(count),
        "sentences": list_value([ev.sentence for ev in evidence]),
        "sources": list_value([ev.doc_url or ev.doc_title or ev.doc_id for ev in evidence]),
    })
    r, g, b = hex_to_rgb(predicate_style(data["predicate"]).color)
    etree.SubElement(element, _VIZ + "color", r=str(r), g=str(g), b=str(b))
    etree.SubElement(element, _VIZ + "thickness", value=repr(round(1.0 + math.log2(max(count or 1, 1)), 3)))
    etree.SubElement(element, _VIZ + "shape", value="solid" if data["holds"] else "dashed")
