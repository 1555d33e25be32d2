"""The RDF graph as JSON-LD and as N-Triples, both byte-for-byte deterministic.

rdflib's own JSON-LD serializer emits subjects in store order (which depends on how
the graph was built) and needs a context object at call time anyway, so JSON-LD is
written here directly: one node object per subject, subjects, properties and
values sorted, IRIs shortened with the prefixes of :data:`CONTEXT` (only where the
result expands back to the same IRI). Literals keep their exact lexical form
(``{"@value": "0.70", "@type": "xsd:double"}``), so parsing gives the very same
terms back; plain strings stay plain JSON strings.

N-Triples is rdflib's serializer with its lines sorted.

Blank nodes, if any, are first relabelled with ``rdflib.compare.to_canonical_graph``
so their labels do not change from run to run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from frontline.exports.files import write_text_atomic
from frontline.ontology.terms import DATA_BASE, KG, ORG, SCHEMA, SEM

# Prefix names as graph/rdf.py binds them for Turtle ("id" for our instances).
CONTEXT: dict[str, str] = {
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "id": DATA_BASE,
    "kg": str(KG._NS),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "skos": str(SKOS),
    "xsd": str(XSD),
}
# Longest namespace first, so the most specific prefix wins.
_PREFIXES = sorted(CONTEXT.items(), key=lambda item: (-len(item[1]), item[0]))


def generate_jsonld(rdf_graph: Graph) -> str:
    """JSON-LD (compacted with :data:`CONTEXT`, a flat ``@graph``) for ``rdf_graph``.

    >>> from rdflib import Graph, URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef(DATA_BASE + "entity/a"), KG.backs, URIRef(DATA_BASE + "entity/b")))
    >>> '"kg:backs": [' in generate_jsonld(g)
    True
    """
    graph = _stable(rdf_graph)
    subjects: dict[str, dict[str, Any]] = {}
    for s, p, o in graph:
        node = subjects.setdefault(_node_id(s), {})
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(compact_iri(o))
        else:
            node.setdefault(compact_iri(p), []).append(_object(o))
    nodes = []
    for subject in sorted(subjects):
        properties = subjects[subject]
        node: dict[str, Any] = {"@id": subject}
        for key in sorted(properties, key=lambda k: (k != "@type", k)):
            node[key] = sorted(properties[key], key=_sort_key)
        nodes.append(node)
    document = {"@context": CONTEXT, "@graph": nodes}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def generate_ntriples(rdf_graph: Graph) -> str:
    """N-Triples, one triple per line, lines sorted."""
    text = _stable(rdf_graph).serialize(format="nt", encoding="utf-8").decode("utf-8")
    # split("\n"), not splitlines(): literals may hold U+2028, U+0085, form feeds...
    # raw, and splitlines() would cut a triple there.
    lines = sorted(line for line in text.split("\n") if line.strip())
    return "\n".join(lines) + ("\n" if lines else "")


def write_jsonld(rdf_graph: Graph, path: Path) -> Path:
    """Write :func:`generate_jsonld` to ``path`` (atomically); returns ``path``."""
    write_text_atomic(Path(path), generate_jsonld(rdf_graph))
    return Path(path)


def write_ntriples(rdf_graph: Graph, path: Path) -> Path:
    """Write :func:`generate_ntriples` to ``path`` (atomically); returns ``path``."""
    write_text_atomic(Path(path), generate_ntriples(rdf_graph))
    return Path(path)


def compact_iri(iri: URIRef) -> str:
    """``kg:backs`` for ``https://w3id.org/frontline/ontology#backs``; else the IRI.

    A suffix starting with ``//`` would read back as an absolute IRI, so such IRIs
    stay whole.
    """
    text = str(iri)
    for prefix, namespace in _PREFIXES:
        if text.startswith(namespace) and len(text) > len(namespace):
            suffix = text[len(namespace):]
            if not suffix.startswith("//"):
                return f"{prefix}:{suffix}"
    return text


def _stable(graph: Graph) -> Graph:
    has_bnodes = any(isinstance(term, BNode) for triple in graph for term in triple)
    return to_canonical_graph(graph) if has_bnodes else graph


def _node_id(term: Any) -> str:
    return f"_:{term}" if isinstance(term, BNode) else compact_iri(term)


def _object(term: Any) -> Any:
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype is not None:
            return {"@value": str(term), "@type": compact_iri(term.datatype)}
        return str(term)
    return {"@id": _node_id(term)}


def _sort_key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
