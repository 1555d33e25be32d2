"""The ontology's terms as Python names: a misspelt term fails at import time.

Modelled on rdflib's own vocabularies (``rdflib/namespace/_ORG.py``): a
``DefinedNamespace`` with ``_fail = True`` raises ``AttributeError`` for any name
not declared here, so ``KG.backz`` is an error, not a silent new IRI.
A test checks that these names and the Turtle file declare the same terms.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/frontline/ontology"
DATA_BASE = "https://w3id.org/frontline/id/"

SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
ORG = Namespace("http://www.w3.org/ns/org#")
DATA = Namespace(DATA_BASE)


class KG(DefinedNamespace):
    """frontline's own classes and properties."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    ArmedGroup: URIRef
    Government: URIRef
    InternationalOrganization: URIRef
    Place: URIRef
    Country: URIRef
    Facility: URIRef
    Article: URIRef
    Sentence: URIRef
    Assertion: URIRef
    Extraction: URIRef

    # the nine relations
    backs: URIRef
    fights: URIRef
    controls: URIRef
    leads: URIRef
    memberOf: URIRef
    spokespersonFor: URIRef
    partOf: URIRef
    locatedIn: URIRef
    opposes: URIRef

    # assertion, evidence and entity properties
    confidence: URIRef
    negated: URIRef
    hypothetical: URIRef
    contested: URIRef
    holds: URIRef
    attributedTo: URIRef
    controlChange: URIRef
    trigger: URIRef
    charStart: URIRef
    charEnd: URIRef
    mentionCount: URIRef
    mentionedIn: URIRef
    geonamesId: URIRef


def predicate_iri(predicate: str) -> URIRef:
    """The IRI of one of the nine relation names, e.g. ``"backs"``."""
    return KG[predicate]


def class_iri(kind: str) -> URIRef:
    """The IRI of an entity class name, e.g. ``"ArmedGroup"``."""
    return KG[kind]
