"""The OWL ontology (ontology/frontline.ttl) and its Python terms (frontline.ontology.terms)."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV

from frontline.extract.records import ENTITY_KINDS, PREDICATES
from frontline.ontology import ontology_turtle
from frontline.ontology.terms import KG, ONTOLOGY_IRI, SEM

NS = str(KG._NS)
# Not rdflib's SDO: pytest probes module globals, and rdflib's SDO warns on unknown names.
SDO = Namespace("https://schema.org/")
CLASSES = (*ENTITY_KINDS, "Article", "Assertion")
RELATIONS = ("backs", "fights", "controls", "leads", "memberOf", "spokespersonFor", "partOf", "locatedIn", "opposes")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(data=ontology_turtle(), format="turtle")


def superclasses(onto: Graph, term: URIRef) -> set:
    return set(onto.transitive_objects(term, RDFS.subClassOf)) - {term}


def superproperties(onto: Graph, term: URIRef) -> set:
    return set(onto.transitive_objects(term, RDFS.subPropertyOf)) - {term}


def test_ontology_header(onto):
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in onto
    assert onto.value(URIRef(ONTOLOGY_IRI), RDFS.label) is not None


@pytest.mark.parametrize("name", CLASSES)
def test_classes_are_declared_with_label_and_comment(onto, name):
    term = URIRef(NS + name)
    assert (term, RDF.type, OWL.Class) in onto
    assert onto.value(term, RDFS.label) is not None
    assert onto.value(term, RDFS.comment) is not None


def test_the_nine_relations_are_the_records_predicates():
    assert set(RELATIONS) == set(PREDICATES) and len(PREDICATES) == 9


@pytest.mark.parametrize("name", RELATIONS)
def test_relations_have_domain_range_label_comment(onto, name):
    term = URIRef(NS + name)
    assert (term, RDF.type, OWL.ObjectProperty) in onto
    for prop in (RDFS.domain, RDFS.range, RDFS.label, RDFS.comment):
        assert onto.value(term, prop) is not None, (name, prop)
    for prop in (RDFS.domain, RDFS.range):
        assert (onto.value(term, prop), RDF.type, OWL.Class) in onto  # ranges are our own classes


def test_fights_is_symmetric_and_backs_is_not(onto):
    assert (KG.fights, RDF.type, OWL.SymmetricProperty) in onto
    assert (KG.backs, RDF.type, OWL.SymmetricProperty) not in onto


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (KG.Person, {SDO.Person, FOAF.Person}),
        (KG.Organization, {SDO.Organization, ORG.Organization}),
        (KG.ArmedGroup, {SDO.Organization, ORG.Organization}),  # through Organization
        (KG.Country, {SDO.Place}),
        (KG.Place, {SDO.Place}),
        (KG.Assertion, {PROV.Entity}),
        (KG.Article, {PROV.Entity}),
    ],
)
def test_class_alignment(onto, term, expected):
    assert expected <= superclasses(onto, term)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (KG.memberOf, {SDO.memberOf, ORG.memberOf}),
        (KG.spokespersonFor, {SDO.memberOf, ORG.memberOf}),  # through memberOf
        (KG.locatedIn, {SDO.containedInPlace}),
    ],
)
def test_property_alignment(onto, term, expected):
    assert expected <= superproperties(onto, term)


def test_something_is_aligned_with_the_simple_event_model(onto):
    sem_terms = {o for _s, o in onto.subject_objects(RDFS.subClassOf) if str(o).startswith(str(SEM))}
    assert sem_terms


def test_alignment_uses_sub_relations_not_equivalence(onto):
    external = [(s, o) for s, p, o in onto if p in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs)]
    assert external == []


def test_python_terms_and_turtle_declare_the_same_set(onto):
    in_python = {str(KG[name]) for name in KG.__annotations__}
    in_turtle = {str(s) for s in onto.subjects(RDF.type, None) if str(s).startswith(NS)}
    used_in_turtle = {str(t) for triple in onto for t in triple if isinstance(t, URIRef) and str(t).startswith(NS)}
    assert in_python == in_turtle
    assert used_in_turtle <= in_turtle  # nothing referenced that is not declared


def test_every_term_is_labelled(onto):
    for name in KG.__annotations__:
        assert onto.value(KG[name], RDFS.label) is not None, name


def test_misspelt_term_fails_at_access():
    with pytest.raises(AttributeError):
        KG.backz  # noqa: B018
    assert KG.backs == URIRef(NS + "backs")


def test_ontology_is_in_the_schema_org_https_namespace(onto):
    # schema.org terms must use one namespace everywhere (the data uses https://schema.org/).
    http_schema = Namespace("http://schema.org/")
    assert not [t for triple in onto for t in triple if str(t).startswith(str(http_schema))]
