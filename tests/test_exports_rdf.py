"""JSON-LD and N-Triples: parsed back, isomorphic to the graph they came from."""

from __future__ import annotations

import json

import pytest
from exports_fixtures import hostile_graph, small_graph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from frontline.exports.rdf_formats import CONTEXT, compact_iri, generate_jsonld, generate_ntriples, write_jsonld
from frontline.graph.rdf import graph_to_rdf
from frontline.ontology.terms import DATA_BASE, KG

# rdflib's own JSON-LD parser uses its deprecated ConjunctiveGraph internally.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

EX = "http://example.org/"


def odd_graph() -> Graph:
    """Blank nodes and every kind of literal."""
    g = Graph()
    s, b = URIRef(EX + "s"), BNode()
    g.add((s, URIRef(EX + "p"), b))
    g.add((b, URIRef(EX + "q"), Literal("chat", lang="fr")))
    g.add((s, URIRef(EX + "p"), Literal("typed", datatype=XSD.string)))
    g.add((s, URIRef(EX + "p"), Literal("plain \"quoted\"\n\u2028 line")))
    g.add((s, URIRef(EX + "p"), Literal("2021-03-02", datatype=XSD.date)))
    g.add((s, URIRef(EX + "p"), Literal(True)))
    g.add((s, URIRef(EX + "p"), Literal(0.25)))
    g.add((s, URIRef(EX + "p"), URIRef(DATA_BASE + "entity/x%2Fy")))
    g.add((s, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KG.ArmedGroup))
    return g


SOURCES = {
    "small": lambda: graph_to_rdf(small_graph()),
    "hostile": lambda: graph_to_rdf(hostile_graph()),
    "odd": odd_graph,
}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_jsonld_round_trip(name: str) -> None:
    rdf = SOURCES[name]()
    back = Graph().parse(data=generate_jsonld(rdf), format="json-ld")
    assert isomorphic(back, rdf)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_ntriples_round_trip(name: str) -> None:
    rdf = SOURCES[name]()
    back = Graph().parse(data=generate_ntriples(rdf), format="nt")
    assert isomorphic(back, rdf)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_deterministic(name: str) -> None:
    assert generate_jsonld(SOURCES[name]()) == generate_jsonld(SOURCES[name]())
    assert generate_ntriples(SOURCES[name]()) == generate_ntriples(SOURCES[name]())


def test_jsonld_uses_our_prefixes() -> None:
    document = json.loads(generate_jsonld(graph_to_rdf(small_graph())))
    assert {"kg", "schema", "prov", "skos", "rdfs", "xsd"} <= set(document["@context"])
    keys = {key for node in document["@graph"] for key in node}
    assert "kg:backs" in keys
    assert compact_iri(KG.backs) == "kg:backs"
    assert compact_iri(URIRef(CONTEXT["schema"] + "//odd")) == CONTEXT["schema"] + "//odd"


def test_ntriples_sorted() -> None:
    lines = generate_ntriples(graph_to_rdf(small_graph())).splitlines()
    assert lines == sorted(lines)


def test_write_jsonld(tmp_path) -> None:
    rdf = graph_to_rdf(small_graph())
    path = write_jsonld(rdf, tmp_path / "graph.jsonld")
    assert isomorphic(Graph().parse(path, format="json-ld"), rdf)
