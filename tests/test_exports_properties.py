"""Property tests: any unicode text survives every export and parses back.

Decisions the assertions encode:
- GEXF and GraphML are XML 1.0, which cannot hold C0 controls (except tab, LF, CR),
  U+FFFE/U+FFFF or lone surrogates: those characters are removed
  (``xml_safe``); everything else comes back exactly.
- Neo4j CSV arrays are split on U+001F, which is therefore removed from array
  elements (aliases, sentences); plain string properties keep it. Sentences made
  only of U+001F are not generated: they would become empty.
- HTML and Cypher literals are lossless.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
from exports_fixtures import cypher_batches, embedded_json, read_neo4j_csv
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from frontline.exports.common import xml_safe
from frontline.exports.gexf import GEXF_NS, generate_gexf
from frontline.exports.graphml import generate_graphml
from frontline.exports.html import generate_html
from frontline.exports.neo4j import generate_neo4j
from frontline.extract.records import ENTITY_KINDS, PREDICATES
from frontline.graph.model import Entity, Evidence, add_entity, add_relation

D = "\x1f"
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RNG = etree.RelaxNG(etree.parse(str(Path(__file__).resolve().parents[2] / "shared" / "schemas" / "gexf-1.3" / "gexf.rng")))

texts = st.text(min_size=1, max_size=25)
sentences = texts.filter(lambda s: s.replace(D, ""))


@st.composite
def graphs(draw) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    ids = [f"n{i}" for i in range(draw(st.integers(1, 4)))]
    for node in ids:
        add_entity(graph, Entity(node, draw(texts), draw(st.sampled_from(ENTITY_KINDS)),
                                 aliases=tuple(draw(st.lists(texts, max_size=3))), mentions=draw(st.integers(0, 99))))
    for _ in range(draw(st.integers(0, 3))):
        evidence = [
            Evidence(doc_id=draw(texts), sentence=draw(sentences), char_start=0, char_end=5,
                     doc_title=draw(texts), doc_url=draw(st.none() | texts))
            for _ in range(draw(st.integers(1, 2)))
        ]
        add_relation(graph, draw(st.sampled_from(ids)), draw(st.sampled_from(PREDICATES)), draw(st.sampled_from(ids)),
                     evidence, holds=draw(st.booleans()))
    return graph


def nodes_of(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return {node: attrs for node, attrs in graph.nodes(data=True)}


def sentences_of(graph: nx.MultiDiGraph) -> dict[tuple, list[str]]:
    return {(u, v, d["predicate"], d["holds"]): [e.sentence for e in d["evidence"]] for u, v, d in graph.edges(data=True)}


@SETTINGS
@given(graphs())
def test_html(graph: nx.MultiDiGraph) -> None:
    page = generate_html(graph)
    data = embedded_json(page)
    for row in data["nodes"]:
        attrs = graph.nodes[row["id"]]
        assert row["label"] == attrs["label"] and row["aliases"] == list(attrs["aliases"])
    got = {(e["from"], e["to"], e["predicate"], e["holds"]): e["evidence"] for e in data["edges"]}
    for key, edge_sentences in sentences_of(graph).items():
        assert [ev["sentence"] for ev in got[key]] == edge_sentences
    for (u, v, p, h), evidence in got.items():
        model = next(d["evidence"] for _, _, d in graph.edges(u, data=True) if d["predicate"] == p and _ == v
                     and d["holds"] == h)
        assert [ev["title"] for ev in evidence] == [e.doc_title for e in model]
        assert [ev.get("url", ev.get("url_text")) for ev in evidence] == [e.doc_url for e in model]
    # Three script elements, whatever the text: the data cannot close its own.
    assert page.count("</script>") == 3


@SETTINGS
@given(graphs())
def test_gexf(graph: nx.MultiDiGraph) -> None:
    root = etree.fromstring(generate_gexf(graph, positions=False).encode("utf-8"))
    assert RNG.validate(root), RNG.error_log
    ns = {"g": GEXF_NS}
    for node in root.iterfind(".//g:node", ns):
        attrs = graph.nodes[node.get("id")]
        values = {v.get("for"): v.get("value") for v in node.iterfind(".//g:attvalue", ns)}
        assert node.get("label") == xml_safe(attrs["label"])
        assert json.loads(values["aliases"]) == [xml_safe(a) for a in attrs["aliases"]]
    expected = {k: [xml_safe(s) for s in v] for k, v in sentences_of(graph).items()}
    for edge in root.iterfind(".//g:edge", ns):
        values = {v.get("for"): v.get("value") for v in edge.iterfind(".//g:attvalue", ns)}
        key = (edge.get("source"), edge.get("target"), values["relation"], values["holds"] == "true")
        assert json.loads(values["sentences"]) == expected[key]


@SETTINGS
@given(graphs())
def test_graphml(graph: nx.MultiDiGraph) -> None:
    back = nx.read_graphml(io.BytesIO(generate_graphml(graph).encode("utf-8")), edge_key_type=str,
                           force_multigraph=True)
    for node, attrs in graph.nodes(data=True):
        assert back.nodes[node]["label"] == xml_safe(attrs["label"])
        assert json.loads(back.nodes[node]["aliases"]) == [xml_safe(a) for a in attrs["aliases"]]
    expected = {k: [xml_safe(s) for s in v] for k, v in sentences_of(graph).items()}
    for u, v, d in back.edges(data=True):
        assert [e["sentence"] for e in json.loads(d["evidence"])] == expected[(u, v, d["predicate"], d["holds"])]


def _array(values) -> list[str]:
    return [v.replace(D, "") for v in values if v.replace(D, "")]


@SETTINGS
@given(graphs())
def test_neo4j_csv_and_cypher(graph: nx.MultiDiGraph) -> None:
    files = generate_neo4j(graph)
    header, rest = files["nodes.csv"].split("\n", 1)
    csv_nodes = {r.pop("id"): r for r in read_neo4j_csv("id,labels:LABEL," + header.split(",", 2)[2] + "\n" + rest)}
    cypher_nodes = {row["id"]: row["props"] for _, rows in cypher_batches(files["import.cypher"]) for row in rows
                    if "id" in row}
    for node, attrs in graph.nodes(data=True):
        for found in (csv_nodes[node], cypher_nodes[node]):
            assert found["name"] == attrs["label"]
            assert found.get("aliases", []) == _array(attrs["aliases"])
    header, rest = files["relationships.csv"].split("\n", 1)
    rows = read_neo4j_csv("start,end,type," + header.split(",", 3)[3] + "\n" + rest)
    csv_edges = {(r["start"], r["end"], r["predicate"], r["holds"]): r["sentences"] for r in rows}
    cypher_edges = {(row["start"], row["end"], row["props"]["predicate"], row["holds"]): row["props"]["sentences"]
                    for _, rows in cypher_batches(files["import.cypher"]) for row in rows if "start" in row}
    expected = {k: [s.replace(D, "") for s in v] for k, v in sentences_of(graph).items()}
    assert csv_edges == expected
    assert cypher_edges == expected
