"""GraphML: networkx reads it back with every attribute, lists and evidence included."""

from __future__ import annotations

import datetime as dt
import io
import json

import networkx as nx
import pytest
from exports_fixtures import hostile_graph, small_graph

from frontline.exports.common import xml_safe
from frontline.exports.graphml import generate_graphml, write_graphml


def read_back(text: str) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")), edge_key_type=str, force_multigraph=True)


@pytest.mark.parametrize("make", [small_graph, hostile_graph])
def test_round_trip(make) -> None:
    graph = make()
    back = read_back(generate_graphml(graph))
    assert sorted(back.nodes) == sorted(graph.nodes)
    for node, attrs in graph.nodes(data=True):
        got = back.nodes[node]
        assert got["label"] == xml_safe(attrs["label"]) and got["kind"] == attrs["kind"]
        assert json.loads(got["aliases"]) == [xml_safe(a) for a in attrs["aliases"]]
        assert json.loads(got["documents"]) == list(attrs["documents"])
        assert got["mentions"] == attrs["mentions"]
        for optional in ("wikidata", "geonames", "latitude", "longitude"):
            assert got.get(optional) == attrs[optional]
    expected = {(u, v, d["predicate"], d["holds"]): d for u, v, d in graph.edges(data=True)}
    got_edges = {(u, v, d["predicate"], d["holds"]): (k, d) for u, v, k, d in back.edges(keys=True, data=True)}
    assert got_edges.keys() == expected.keys()
    for key, data in expected.items():
        edge_id, got = got_edges[key]
        assert edge_id.startswith("e") and got["id"] == edge_id
        assert got["edge_key"] == data["predicate"] + ("" if data["holds"] else "?")
        assert got["count"] == data["count"] and got["confidence"] == data["confidence"]
        assert got["first_date"] == data["first_date"].isoformat()
        evidence = json.loads(got["evidence"])
        assert [e["sentence"] for e in evidence] == [xml_safe(e.sentence) for e in data["evidence"]]
        assert [e["doc_url"] for e in evidence] == [e.doc_url and xml_safe(e.doc_url) for e in data["evidence"]]
        assert [dt.date.fromisoformat(e["published"]) for e in evidence] == [e.published for e in data["evidence"]]


def test_edge_ids_are_unique_and_deterministic() -> None:
    text = generate_graphml(small_graph())
    ids = [k for _, _, k in read_back(text).edges(keys=True)]
    assert sorted(ids) == [f"e{i}" for i in range(6)]
    assert text == generate_graphml(small_graph())


def test_write_graphml(tmp_path) -> None:
    path = write_graphml(small_graph(), tmp_path / "graph.graphml")
    assert path.read_text(encoding="utf-8") == generate_graphml(small_graph())
