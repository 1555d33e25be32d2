"""The knowledge graph as RDF with provenance (frontline.graph.rdf), and back."""

from __future__ import annotations

import datetime as dt
import re

import networkx as nx
import pyoxigraph
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from frontline.extract.records import SYMMETRIC_PREDICATES
from frontline.graph.model import Entity, add_entity, add_relation
from frontline.graph.rdf import entity_iri, graph_to_rdf, rdf_to_graph, serialize_turtle
from frontline.ontology.terms import DATA, KG, SCHEMA, class_iri, predicate_iri
from helpers import ARTICLES, D1, ENTITIES, RELATIONS, evidence, sample_graph

# Not rdflib's XSD: pytest probes module globals, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


@pytest.fixture(scope="module")
def rdf() -> Graph:
    return graph_to_rdf(sample_graph(), articles=ARTICLES)


def edges_as_dict(graph: nx.MultiDiGraph) -> dict:
    return {(u, v, k): data for u, v, k, data in graph.edges(keys=True, data=True)}


def plain(s: str, p: str, o: str) -> tuple[URIRef, URIRef, URIRef]:
    return entity_iri(s), predicate_iri(p), entity_iri(o)


# ----------------------------------------------------------------- plain triples


@pytest.mark.parametrize(("s", "p", "o", "holds"), [(s, p, o, h) for s, p, o, h, _ in RELATIONS])
def test_only_holding_relations_are_plain_triples(rdf, s, p, o, holds):
    assert (plain(s, p, o) in rdf) is holds
    if p in SYMMETRIC_PREDICATES:
        assert (plain(o, p, s) in rdf) is holds  # fights: both directions, or neither
    else:
        assert plain(o, p, s) not in rdf


def test_non_holding_statements_are_assertions_only(rdf):
    for s, p, o, holds, items in RELATIONS:
        if holds:
            continue
        found = set(rdf.subjects(RDF.subject, entity_iri(s))) & set(rdf.subjects(RDF.object, entity_iri(o)))
        found &= set(rdf.subjects(RDF.predicate, predicate_iri(p)))
        assert len(found) == len(items)
        assert all(rdf.value(a, KG.holds).toPython() is False for a in found)


# ----------------------------------------------------------------- provenance


def test_every_statement_is_an_assertion_with_its_sentence_and_article(rdf):
    assertions = set(rdf.subjects(RDF.type, KG.Assertion))
    assert len(assertions) == sum(len(items) for *_, items in RELATIONS)
    for a in assertions:
        for prop in (RDF.subject, RDF.predicate, RDF.object, KG.confidence, KG.negated,
                     KG.hypothetical, KG.contested, KG.holds, PROV.wasDerivedFrom):
            assert len(list(rdf.objects(a, prop))) == 1, (a, prop)
        assert 0.0 <= rdf.value(a, KG.confidence).toPython() <= 1.0
        sentence = rdf.value(a, PROV.wasDerivedFrom)
        assert (sentence, RDF.type, KG.Sentence) in rdf
        for prop in (PROV.value, KG.charStart, KG.charEnd, PROV.wasQuotedFrom):
            assert rdf.value(sentence, prop) is not None, (sentence, prop)
        assert (rdf.value(sentence, PROV.wasQuotedFrom), RDF.type, KG.Article) in rdf


def test_assertion_carries_the_evidence_exactly(rdf):
    s, p, o, _holds, items = RELATIONS[0]
    sent = items[1]  # the attributed one, with a newline and French quotes
    (a,) = [
        a for a in rdf.subjects(RDF.subject, entity_iri(s))
        if rdf.value(rdf.value(a, PROV.wasDerivedFrom), KG.charStart).toPython() == sent.char_start
    ]
    sentence = rdf.value(a, PROV.wasDerivedFrom)
    assert str(rdf.value(sentence, PROV.value)) == sent.sentence
    assert rdf.value(sentence, KG.charEnd).toPython() == sent.char_end
    assert str(rdf.value(a, KG.attributedTo)) == "Amara Touré"
    assert sorted(str(t) for t in rdf.objects(a, KG.trigger)) == ["support", "thanked"]
    assert rdf.value(a, KG.confidence) == Literal("0.6", datatype=XSD.decimal)


def test_article_metadata(rdf):
    article = rdf.value(rdf.value(predicate=SCHEMA.identifier, object=Literal(D1["doc_id"])), RDF.type)
    assert article == KG.Article
    node = next(n for n in rdf.subjects(SCHEMA.identifier, Literal(D1["doc_id"])))
    assert str(rdf.value(node, SCHEMA.headline)) == D1["doc_title"]
    assert str(rdf.value(node, SCHEMA.url)) == D1["doc_url"]
    assert rdf.value(node, SCHEMA.datePublished) == Literal("2021-03-14", datatype=XSD.date)


def test_articles_known_only_from_evidence_are_described_too():
    rdf = graph_to_rdf(sample_graph(), include_ontology=False)  # no Article records given
    node = next(n for n in rdf.subjects(SCHEMA.identifier, Literal(D1["doc_id"])))
    assert (node, RDF.type, KG.Article) in rdf
    assert str(rdf.value(node, SCHEMA.headline)) == D1["doc_title"]
    assert rdf.value(node, SCHEMA.datePublished).toPython() == dt.date(2021, 3, 14)


# ----------------------------------------------------------------- entities


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.id)
def test_entity_triples(rdf, entity):
    iri = entity_iri(entity.id)
    assert (iri, RDF.type, class_iri(entity.kind)) in rdf
    assert list(rdf.objects(iri, RDFS.label)) == [Literal(entity.label)]
    assert sorted(str(a) for a in rdf.objects(iri, SKOS.altLabel)) == sorted(entity.aliases)
    if entity.wikidata:
        assert (iri, SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/" + entity.wikidata)) in rdf


# ----------------------------------------------------------------- IRIs


def test_entity_iris_are_stable_valid_and_percent_encoded():
    assert entity_iri("karvel") == entity_iri("karvel") == URIRef(DATA["entity/karvel"])
    special = entity_iri("al-qasr/brigade #1?")
    assert str(special) == str(DATA) + "entity/al-qasr%2Fbrigade%20%231%3F"
    assert str(entity_iri("ärmee-süd")).endswith("entity/%C3%A4rmee-s%C3%BCd")
    for entity in ENTITIES:
        local = str(entity_iri(entity.id))[len(str(DATA) + "entity/"):]
        assert re.fullmatch(r"[A-Za-z0-9._~%-]+", local), local
        pyoxigraph.NamedNode(str(entity_iri(entity.id)))  # raises on an invalid IRI
    assert entity_iri("a b") != entity_iri("a%20b")  # encoding keeps distinct ids distinct


# ----------------------------------------------------------------- round trips and determinism


def test_round_trip_gives_the_same_graph(rdf):
    original = sample_graph()
    back = rdf_to_graph(rdf)
    assert dict(back.nodes(data=True)) == dict(original.nodes(data=True))
    assert edges_as_dict(back) == edges_as_dict(original)


def test_round_trip_through_turtle_text(rdf):
    parsed = Graph().parse(data=serialize_turtle(rdf), format="turtle")
    assert isomorphic(parsed, rdf)
    assert edges_as_dict(rdf_to_graph(parsed)) == edges_as_dict(sample_graph())


def test_insertion_order_does_not_matter():
    forward = graph_to_rdf(sample_graph(), articles=ARTICLES)
    backward = graph_to_rdf(sample_graph(reverse=True), articles=ARTICLES[::-1])
    assert isomorphic(forward, backward)
    assert serialize_turtle(forward) == serialize_turtle(backward)


def test_turtle_parses_in_rdflib_and_pyoxigraph(rdf):
    text = serialize_turtle(rdf)
    in_rdflib = Graph().parse(data=text, format="turtle")
    in_oxigraph = list(pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(in_rdflib) == len(in_oxigraph) == len(rdf)


def test_ontology_is_included_unless_turned_off():
    with_ontology = graph_to_rdf(sample_graph())
    without = graph_to_rdf(sample_graph(), include_ontology=False)
    assert (KG.backs, RDFS.label, None) in with_ontology
    assert (KG.backs, RDFS.label, None) not in without


# Text a news article may hold: any character but surrogates and NUL.
article_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(label=article_text, alias=article_text, sentence=article_text, entity_id=article_text)
def test_any_text_survives_the_turtle_round_trip(label, alias, sentence, entity_id):
    assume(entity_id != "other")
    graph = nx.MultiDiGraph()
    add_entity(graph, Entity(entity_id, label, "Person", aliases=(alias,), mentions=1))
    add_entity(graph, Entity("other", "Other", "Country", mentions=1))
    low, high = sorted((entity_id, "other"))  # a fights edge runs in id order
    add_relation(graph, low, "fights", high, [evidence(D1, sentence, 3)], holds=True)
    text = serialize_turtle(graph_to_rdf(graph, include_ontology=False))
    back = rdf_to_graph(Graph().parse(data=text, format="turtle"))
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert edges_as_dict(back) == edges_as_dict(graph)
