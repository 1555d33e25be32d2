"""The knowledge graph as RDF with provenance, and back.

Every relation that holds is a plain triple (``ex:a kg:backs ex:b``) for simple
queries, AND every sentence that states a relation (whether it holds or not) is a
``kg:Assertion`` node (rdf:subject/predicate/object, confidence, flags) derived
from a ``kg:Sentence`` (text, offsets) quoted from a ``kg:Article`` (title, url,
publication date). Negated, hypothetical and contested statements are assertions
only. ``fights`` is symmetric: its plain triple is written in both directions.

IRIs are stable: entities by their id, articles by their document id, sentences by
their offsets, assertions by a hash of what they state and where.

:func:`graph_to_rdf` and :func:`rdf_to_graph` are inverse on everything the
networkx graph holds, so exports can start from a graph.ttl.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from typing import Iterable
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from frontline.extract.records import SYMMETRIC_PREDICATES, Article
from frontline.graph.model import Entity, Evidence, add_entity, add_relation
from frontline.ontology import ontology_turtle
from frontline.ontology.terms import DATA, KG, SCHEMA, SEM, class_iri, predicate_iri

WIKIDATA = "http://www.wikidata.org/entity/"
PREFIXES = {
    "kg": KG._NS, "id": DATA, "schema": SCHEMA, "prov": PROV, "skos": SKOS,
    "dcterms": DCTERMS, "sem": SEM, "xsd": XSD, "rdfs": RDFS,
}


def entity_iri(entity_id: str) -> URIRef:
    return DATA[f"entity/{quote(entity_id, safe='')}"]


def article_iri(doc_id: str) -> URIRef:
    return DATA[f"article/{quote(doc_id, safe='')}"]


def sentence_iri(doc_id: str, start: int, end: int) -> URIRef:
    return DATA[f"article/{quote(doc_id, safe='')}/sentence/{start}-{end}"]


def assertion_iri(subject: str, predicate: str, obj: str, evidence: Evidence) -> URIRef:
    key = "\x1f".join(
        (subject, predicate, obj, evidence.doc_id, str(evidence.char_start), str(evidence.char_end))
    )
    return DATA[f"assertion/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:20]}"]


def new_rdf_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def graph_to_rdf(
    graph: nx.MultiDiGraph, *, articles: Iterable[Article] = (), include_ontology: bool = True
) -> Graph:
    """RDF of the knowledge graph (see the module docstring)."""
    rdf = new_rdf_graph()
    if include_ontology:
        rdf.parse(data=ontology_turtle(), format="turtle")
    for article in articles:
        add_article(rdf, article.doc_id, article.title, article.url, article.published)
    for node_id, data in sorted(graph.nodes(data=True)):
        add_entity_triples(rdf, Entity(id=node_id, **data))
    for s, o, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"])):
        add_relation_triples(rdf, s, data["predicate"], o, data["evidence"], holds=data["holds"])
    return rdf


def add_article(rdf: Graph, doc_id: str, title: str, url: str | None, published: dt.date | None) -> None:
    iri = article_iri(doc_id)
    rdf.add((iri, RDF.type, KG.Article))
    rdf.add((iri, SCHEMA.identifier, Literal(doc_id)))
    if title:
        rdf.add((iri, SCHEMA.headline, Literal(title)))
    if url:
        rdf.add((iri, SCHEMA.url, Literal(url, datatype=XSD.anyURI)))
    if published:
        rdf.add((iri, SCHEMA.datePublished, Literal(published.isoformat(), datatype=XSD.date)))


def add_entity_triples(rdf: Graph, entity: Entity) -> None:
    iri = entity_iri(entity.id)
    rdf.add((iri, RDF.type, class_iri(entity.kind)))
    rdf.add((iri, RDFS.label, Literal(entity.label)))
    rdf.add((iri, SCHEMA.identifier, Literal(entity.id)))
    for alias in entity.aliases:
        rdf.add((iri, SKOS.altLabel, Literal(alias)))
    rdf.add((iri, KG.mentionCount, Literal(entity.mentions)))
    for doc_id in entity.documents:
        rdf.add((iri, KG.mentionedIn, article_iri(doc_id)))
    if entity.wikidata:
        rdf.add((iri, SKOS.exactMatch, URIRef(WIKIDATA + entity.wikidata)))
    if entity.geonames is not None:
        rdf.add((iri, KG.geonamesId, Literal(entity.geonames)))
    if entity.latitude is not None and entity.longitude is not None:
        rdf.add((iri, SCHEMA.latitude, Literal(entity.latitude)))
        rdf.add((iri, SCHEMA.longitude, Literal(entity.longitude)))


def add_relation_triples(
    rdf: Graph, subject: str, predicate: str, obj: str, evidence: Iterable[Evidence], *, holds: bool
) -> None:
    s, p, o = entity_iri(subject), predicate_iri(predicate), entity_iri(obj)
    if holds:
        rdf.add((s, p, o))
        if predicate in SYMMETRIC_PREDICATES:
            rdf.add((o, p, s))
    for item in evidence:
        add_assertion(rdf, subject, predicate, obj, item, holds=holds)


def add_assertion(rdf: Graph, subject: str, predicate: str, obj: str, e: Evidence, *, holds: bool) -> None:
    node = assertion_iri(subject, predicate, obj, e)
    sentence = sentence_iri(e.doc_id, e.char_start, e.char_end)
    article = article_iri(e.doc_id)
    rdf.add((node, RDF.type, KG.Assertion))
    rdf.add((node, RDF.subject, entity_iri(subject)))
    rdf.add((node, RDF.predicate, predicate_iri(predicate)))
    rdf.add((node, RDF.object, entity_iri(obj)))
    rdf.add((node, KG.confidence, Literal(round(e.confidence, 4), datatype=XSD.decimal)))
    rdf.add((node, KG.negated, Literal(e.negated)))
    rdf.add((node, KG.hypothetical, Literal(e.hypothetical)))
    rdf.add((node, KG.contested, Literal(e.contested)))
    rdf.add((node, KG.holds, Literal(holds and e.is_fact and e.control_change != "loss")))
    if e.attributed_to:
        rdf.add((node, KG.attributedTo, Literal(e.attributed_to)))
    if e.control_change:
        rdf.add((node, KG.controlChange, Literal(e.control_change)))
    for trigger in e.triggers:
        rdf.add((node, KG.trigger, Literal(trigger)))
    rdf.add((node, PROV.wasDerivedFrom, sentence))
    rdf.add((sentence, RDF.type, KG.Sentence))
    rdf.add((sentence, PROV.value, Literal(e.sentence)))
    rdf.add((sentence, KG.charStart, Literal(e.char_start)))
    rdf.add((sentence, KG.charEnd, Literal(e.char_end)))
    rdf.add((sentence, PROV.wasQuotedFrom, article))
    if (article, RDF.type, KG.Article) not in rdf:
        add_article(rdf, e.doc_id, e.doc_title, e.doc_url, e.published)


# ----------------------------------------------------------------- back to networkx

_KIND_BY_IRI = {class_iri(k): k for k in (
    "Person", "Organization", "ArmedGroup", "Government", "InternationalOrganization",
    "Country", "Place", "Facility",
)}


def _text(rdf: Graph, node: URIRef, prop: URIRef) -> str | None:
    value = rdf.value(node, prop)
    return None if value is None else str(value)


def _int(rdf: Graph, node: URIRef, prop: URIRef) -> int | None:
    value = rdf.value(node, prop)
    return None if value is None else int(value.toPython())


def _float(rdf: Graph, node: URIRef, prop: URIRef) -> float | None:
    value = rdf.value(node, prop)
    return None if value is None else float(value.toPython())


def _bool(rdf: Graph, node: URIRef, prop: URIRef) -> bool:
    value = rdf.value(node, prop)
    return bool(value.toPython()) if value is not None else False


def _date(rdf: Graph, node: URIRef, prop: URIRef) -> dt.date | None:
    value = rdf.value(node, prop)
    if value is None:
        return None
    python = value.toPython()
    return python if isinstance(python, dt.date) else None


def rdf_to_graph(rdf: Graph) -> nx.MultiDiGraph:
    """The networkx knowledge graph back from its RDF (the inverse of graph_to_rdf)."""
    graph = nx.MultiDiGraph()
    ids: dict[URIRef, str] = {}
    for kind_iri, kind in _KIND_BY_IRI.items():
        for node in rdf.subjects(RDF.type, kind_iri):
            if not isinstance(node, URIRef) or node in ids or not str(node).startswith(str(DATA)):
                continue
            entity_id = _text(rdf, node, SCHEMA.identifier) or str(node).rsplit("/", 1)[-1]
            ids[node] = entity_id
            wikidata = rdf.value(node, SKOS.exactMatch)
            add_entity(graph, Entity(
                id=entity_id, label=_text(rdf, node, RDFS.label) or entity_id, kind=kind,
                aliases=tuple(sorted(str(a) for a in rdf.objects(node, SKOS.altLabel))),
                mentions=_int(rdf, node, KG.mentionCount) or 0,
                documents=tuple(sorted(
                    _text(rdf, d, SCHEMA.identifier) or str(d).rsplit("/", 1)[-1]
                    for d in rdf.objects(node, KG.mentionedIn)
                )),
                wikidata=str(wikidata)[len(WIKIDATA):] if wikidata is not None else None,
                geonames=_int(rdf, node, KG.geonamesId),
                latitude=_float(rdf, node, SCHEMA.latitude),
                longitude=_float(rdf, node, SCHEMA.longitude),
            ))
    predicates = {predicate_iri(p): p for p in (
        "backs", "fights", "controls", "leads", "memberOf", "spokespersonFor", "partOf",
        "locatedIn", "opposes",
    )}
    grouped: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for node in rdf.subjects(RDF.type, KG.Assertion):
        s, p, o = rdf.value(node, RDF.subject), rdf.value(node, RDF.predicate), rdf.value(node, RDF.object)
        if s not in ids or o not in ids or p not in predicates:
            continue
        sentence = rdf.value(node, PROV.wasDerivedFrom)
        article = rdf.value(sentence, PROV.wasQuotedFrom)
        grouped[(ids[s], predicates[p], ids[o])].append(Evidence(
            doc_id=_text(rdf, article, SCHEMA.identifier) or "",
            sentence=_text(rdf, sentence, PROV.value) or "",
            char_start=_int(rdf, sentence, KG.charStart) or 0,
            char_end=_int(rdf, sentence, KG.charEnd) or 0,
            doc_title=_text(rdf, article, SCHEMA.headline) or "",
            doc_url=_text(rdf, article, SCHEMA.url),
            published=_date(rdf, article, SCHEMA.datePublished),
            triggers=tuple(sorted(str(t) for t in rdf.objects(node, KG.trigger))),
            confidence=_float(rdf, node, KG.confidence) or 0.0,
            negated=_bool(rdf, node, KG.negated),
            hypothetical=_bool(rdf, node, KG.hypothetical),
            contested=_bool(rdf, node, KG.contested),
            attributed_to=_text(rdf, node, KG.attributedTo),
            control_change=_text(rdf, node, KG.controlChange),
        ))
    inverse = {v: k for k, v in ids.items()}
    for (s, p, o), evidence in sorted(grouped.items()):
        holds = (inverse[s], predicate_iri(p), inverse[o]) in rdf
        evidence.sort(key=lambda e: (e.published or dt.date.min, e.doc_id, e.char_start))
        add_relation(graph, s, p, o, evidence, holds=holds)
    return graph


def serialize_turtle(rdf: Graph) -> str:
    """Turtle text; rdflib sorts subjects and predicates, so output is deterministic."""
    return rdf.serialize(format="turtle")
