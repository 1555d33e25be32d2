"""Exports of the knowledge graph: browser view, Gephi, GraphML, Neo4j, JSON-LD, N-Triples.

:data:`FORMATS` is the registry the command line uses (``frontline export --to NAME``,
``frontline build --formats``). Each :class:`ExportFormat` says where its output goes
inside the output folder, whether it takes the networkx graph
(:mod:`frontline.graph.model`) or the rdflib graph, and how to write it.

Importing this package is cheap: each format's module (lxml, jinja2, rdflib, numpy)
is imported only when that format is written.

Every module here pairs a pure ``generate_*`` function (graph in, text out) with a
thin ``write_*`` that writes through :mod:`frontline.exports.files` (atomically).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ExportFormat", "FORMATS", "export"]


@dataclass(frozen=True)
class ExportFormat:
    """One export: ``write(graph_or_rdf, out_dir)`` writes ``out_dir / output`` and returns that path.

    ``takes_rdf`` is True when the source is the ``rdflib.Graph`` (JSON-LD,
    N-Triples), False for the networkx ``MultiDiGraph``. ``is_folder`` is True when
    the output is a folder of files (Neo4j).
    """

    name: str
    output: str
    takes_rdf: bool
    description: str
    module: str
    function: str
    is_folder: bool = False

    def write(self, source: Any, out_dir: Path) -> Path:
        writer = getattr(importlib.import_module(f"{__name__}.{self.module}"), self.function)
        return writer(source, Path(out_dir) / self.output)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("html", "graph.html", False, "self-contained web page (open from disk, no network)",
                     "html", "write_html"),
        ExportFormat("gexf", "graph.gexf", False, "GEXF 1.3 for Gephi, with colours, positions and a timeline",
                     "gexf", "write_gexf"),
        ExportFormat("graphml", "graph.graphml", False, "GraphML for yEd, Cytoscape, igraph, networkx",
                     "graphml", "write_graphml"),
        ExportFormat("neo4j", "neo4j", False, "Neo4j bulk-import CSVs and a Cypher script",
                     "neo4j", "write_neo4j", is_folder=True),
        ExportFormat("jsonld", "graph.jsonld", True, "JSON-LD with frontline's prefixes",
                     "rdf_formats", "write_jsonld"),
        ExportFormat("nt", "graph.nt", True, "N-Triples, sorted", "rdf_formats", "write_ntriples"),
    )
}


def export(name: str, source: Any, out_dir: Path) -> Path:
    """Write the export ``name`` of ``source`` into ``out_dir``; returns the path written.

    Raises ``KeyError`` for an unknown name (the CLI checks names against
    :data:`FORMATS` first).
    """
    return FORMATS[name].write(source, out_dir)
