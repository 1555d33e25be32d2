"""Neo4j: the bulk-import CSVs and the Cypher script give back the same graph.

No Neo4j server runs here, so both are parsed back: the CSVs with the csv module
honouring the typed header, the Cypher with a tiny literal tokenizer
(exports_fixtures.parse_cypher_literal).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import networkx as nx
import pytest
from exports_fixtures import (
    HOSTILE,
    CypherSyntaxError,
    cypher_batches,
    hostile_graph,
    parse_cypher_literal,
    read_neo4j_csv,
    small_graph,
)

from frontline.exports.neo4j import (
    NODES_HEADER,
    RELATIONSHIP_TYPES,
    RELATIONSHIPS_HEADER,
    cypher_string,
    generate_neo4j,
    write_neo4j,
)
from frontline.extract.records import ENTITY_KINDS

D = "\x1f"


def expected_nodes(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """What Neo4j should hold for each node, derived from the graph independently."""
    nodes = {}
    for node, a in graph.nodes(data=True):
        props = {
            "labels": ["Entity"] + ([a["kind"]] if a["kind"] in ENTITY_KINDS else []),
            "name": a["label"], "kind": a["kind"],
            "aliases": [x.replace(D, "") for x in a["aliases"] if x.replace(D, "")], "mentions": a["mentions"],
            "documents": list(a["documents"]), "wikidata": a["wikidata"], "geonames": a["geonames"],
            "latitude": a["latitude"], "longitude": a["longitude"],
        }
        nodes[node] = {k: v for k, v in props.items() if v not in (None, "", [])}
    return nodes


def expected_relationships(graph: nx.MultiDiGraph) -> dict[tuple, dict[str, Any]]:
    rels = {}
    for u, v, d in graph.edges(data=True):
        ev = d["evidence"]
        rels[(u, v, RELATIONSHIP_TYPES[d["predicate"]], d["holds"])] = {
            "predicate": d["predicate"], "holds": d["holds"], "confidence": d["confidence"], "count": d["count"],
            "first_date": d["first_date"], "last_date": d["last_date"],
            "sentences": [e.sentence.replace(D, "") for e in ev],
            "doc_ids": [e.doc_id.replace(D, "") for e in ev],
            "doc_titles": [e.doc_title.replace(D, "") for e in ev],
            "doc_urls": [(e.doc_url or "").replace(D, "") for e in ev],
            "published": [e.published.isoformat() for e in ev],
            "negated": [e.negated for e in ev],
            "char_starts": [e.char_start for e in ev],
        }
    return rels


def read_relationships(text: str) -> dict[tuple, dict[str, Any]]:
    # The three special columns get plain names, the typed ones are read as they are.
    first, rest = text.split("\n", 1)
    assert first.split(",")[:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    rows = read_neo4j_csv("start,end,type," + first.split(",", 3)[3] + "\n" + rest)
    return {(r.pop("start"), r.pop("end"), r.pop("type"), r["holds"]): r for r in rows}


def read_nodes(text: str) -> dict[str, dict[str, Any]]:
    first, rest = text.split("\n", 1)
    assert first.split(",")[:2] == ["id:ID(Entity)", ":LABEL"]
    rows = read_neo4j_csv("id,labels:LABEL," + first.split(",", 2)[2] + "\n" + rest)
    return {r.pop("id"): r for r in rows}


@pytest.mark.parametrize("make", [small_graph, hostile_graph])
def test_csv_round_trip(make) -> None:
    graph = make()
    files = generate_neo4j(graph)
    assert files["nodes.csv"].split("\n", 1)[0] == ",".join(NODES_HEADER)
    assert files["relationships.csv"].split("\n", 1)[0] == ",".join(RELATIONSHIPS_HEADER)
    assert read_nodes(files["nodes.csv"]) == expected_nodes(graph)
    got = read_relationships(files["relationships.csv"])
    expected = expected_relationships(graph)
    assert got.keys() == expected.keys()
    for key, want in expected.items():
        have = got[key]
        for name, value in want.items():
            if name in ("doc_urls", "published", "doc_titles") and not any(value):
                assert name not in have
            else:
                assert have[name] == value, (key, name)


def test_hostile_names_survive_the_csv() -> None:
    nodes = read_nodes(generate_neo4j(hostile_graph())["nodes.csv"])
    assert {n["name"] for n in nodes.values()} == set(HOSTILE)
    assert nodes["hostile-0"]["aliases"] == [HOSTILE[1], "a;b", "xy"]  # ';' is data, U+001F the delimiter
    assert nodes["hostile-1"]["labels"] == ["Entity", "Organization"]


def test_labels_and_types_only_from_the_vocabulary() -> None:
    graph = small_graph()
    graph.nodes["port-lenn"]["kind"] = "Robot`) DETACH DELETE n //"
    graph.add_edge("port-lenn", "mira-osk", key="eats", predicate="eats", holds=True, evidence=(), count=0,
                   confidence=0.5, first_date=None, last_date=None)
    files = generate_neo4j(graph)
    nodes = read_nodes(files["nodes.csv"])
    assert nodes["port-lenn"]["labels"] == ["Entity"]
    types = {key[2] for key in read_relationships(files["relationships.csv"])}
    assert types <= set(RELATIONSHIP_TYPES.values()) | {"RELATED"} and "RELATED" in types
    script = files["import.cypher"]
    for statement, _ in cypher_batches(script):
        assert "Robot" not in statement and "eats" not in statement


def test_relationship_types() -> None:
    assert RELATIONSHIP_TYPES == {
        "backs": "BACKS", "fights": "FIGHTS", "controls": "CONTROLS", "leads": "LEADS", "memberOf": "MEMBER_OF",
        "spokespersonFor": "SPOKESPERSON_FOR", "partOf": "PART_OF", "locatedIn": "LOCATED_IN", "opposes": "OPPOSES",
    }


@pytest.mark.parametrize("make", [small_graph, hostile_graph])
def test_cypher_literals_round_trip(make) -> None:
    graph = make()
    script = generate_neo4j(graph)["import.cypher"]
    statements = [s for s in script.split(";") if s.strip()]
    # cypher-shell splits on ';': no semicolon may sit inside a literal.
    assert len(statements) == 1 + len(cypher_batches(script))
    assert statements[0].strip().endswith("REQUIRE n.id IS UNIQUE")
    nodes, rels = {}, {}
    for tail, rows in cypher_batches(script):
        for row in rows:
            if "start" in row:
                rel_type = tail.split("[x:")[1].split(" ")[0]
                props = dict(row["props"])
                for date in ("first_date", "last_date"):
                    if row[date] is not None:
                        props[date] = dt.date.fromisoformat(row[date])
                rels[(row["start"], row["end"], rel_type, row["holds"])] = props
            else:
                labels = ["Entity"] + [part.strip() for part in tail.split(" SET n:")[1:]]
                nodes[row["id"]] = {"labels": labels, **row["props"]}
    want_nodes = expected_nodes(graph)
    assert nodes == want_nodes
    want_rels = expected_relationships(graph)
    assert rels.keys() == want_rels.keys()
    for key, want in want_rels.items():
        for name, value in want.items():
            if name in ("doc_urls", "published", "doc_titles") and not any(value):
                assert name not in rels[key]
            else:
                assert rels[key][name] == value, (key, name)


def test_cypher_string_escapes() -> None:
    for text in HOSTILE + ("", "\\'", "a\\", "\x00\x1f\x7f", "\ud83d", ";;"):
        literal = cypher_string(text)
        assert "\n" not in literal and "\r" not in literal and ";" not in literal
        assert parse_cypher_literal(literal) == (text, len(literal))


def test_tokenizer_rejects_what_cypher_rejects() -> None:
    with pytest.raises(CypherSyntaxError):
        parse_cypher_literal("'line\nbreak'")
    with pytest.raises(CypherSyntaxError):
        parse_cypher_literal("'bad \\q escape'")


def test_batches_of_500() -> None:
    from exports_fixtures import random_graph

    script = generate_neo4j(random_graph(1200, 100))["import.cypher"]
    sizes = [len(rows) for _, rows in cypher_batches(script) if rows and "id" in rows[0]]
    assert max(sizes) <= 500 and sum(sizes) == 1200


def test_write_neo4j(tmp_path) -> None:
    folder = write_neo4j(small_graph(), tmp_path / "neo4j")
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "import.cypher", "nodes.csv",
                                                         "relationships.csv"]
    assert "--array-delimiter=U+001F" in (folder / "README.txt").read_text()
