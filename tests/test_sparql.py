"""SPARQL over a graph.ttl: presets, read-only guard, result formats (frontline.graph.sparql)."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph
import pytest

from frontline.graph.sparql import (
    QueryError,
    QueryResult,
    format_csv,
    format_json,
    format_table,
    load_store,
    preset_query,
    presets,
    run_query,
    sparql_string,
)

KG = "https://w3id.org/frontline/ontology#"
ENTITY = "https://w3id.org/frontline/id/entity/"


def rows(store, name: str, *, entity: str | None = None) -> list[tuple]:
    result = run_query(store, preset_query(name, entity=entity))
    assert result.kind == "select"
    return list(result.rows)


def as_dicts(result: QueryResult) -> list[dict]:
    return [dict(zip(result.columns, row)) for row in result.rows]


# ----------------------------------------------------------------- presets


def test_bundled_presets():
    table = presets()
    assert set(table) == {"backs", "fights", "controls", "entity", "claims"}
    for preset in table.values():
        assert preset.description and not preset.description.startswith("#")
        assert preset.needs_entity == (preset.name == "entity")


def test_backs_lists_the_pair_with_its_sentence_count(sample_store):
    assert rows(sample_store, "backs") == [("Veldra", "Northern Liberation Front", "2", "0.8")]


def test_fights_lists_each_pair_once(sample_store):
    assert rows(sample_store, "fights") == [("Northern Liberation Front", "Republic Guard", "1")]


def test_controls_gives_the_current_controller_and_the_history(sample_store):
    result = run_query(sample_store, preset_query("controls"))
    found = {(r["place"], r["actor"], r["current"], r["change"]) for r in as_dicts(result)}
    assert found == {
        ("Salt Bridge", "Republic Guard", "true", "gain"),
        ("Salt Bridge", "Northern Liberation Front", "false", "gain"),
    }  # the negated "did not take Karvel" is not history


def test_claims_lists_statements_that_are_not_facts(sample_store):
    result = run_query(sample_store, preset_query("claims"))
    found = {(r["subject"], r["predicate"], r["object"]): r for r in as_dicts(result)}
    assert set(found) == {
        ("Northern Liberation Front", "controls", "Karvel"),
        ("Veldra", "opposes", "Ostmark Union"),
        ("Ostmark Union", "backs", "Republic Guard"),
        ("Brigade No. 1", "fights", "Südarmee"),
    }
    assert found[("Ostmark Union", "backs", "Republic Guard")]["speaker"] == "a Union envoy"
    assert found[("Veldra", "opposes", "Ostmark Union")]["hypothetical"] == "true"


@pytest.mark.parametrize("name", ["NLF", "nlf", "Northern Liberation Front", 'the "Iron" Front'])
def test_entity_preset_finds_the_entity_by_label_or_alias(sample_store, name):
    found = {(r[0], r[1], r[2]) for r in rows(sample_store, "entity", entity=name)}
    assert found == {
        ("Veldra", "backs", "Northern Liberation Front"),
        ("Northern Liberation Front", "fights", "Republic Guard"),
        ("Amara Touré", "leads", "Northern Liberation Front"),
        ("Northern Liberation Front", "controls", "Karvel"),
        ("Northern Liberation Front", "controls", "Salt Bridge"),
    }


@pytest.mark.parametrize(
    ("alias", "label"), [('x" ) } DROP ALL #', "Ostmark Union"), ("Brigade \\ East", "Republic Guard")]
)
def test_entity_text_is_escaped_not_pasted(sample_store, alias, label):
    """Both names are real aliases in the sample graph: found exactly, nothing breaks out."""
    found = rows(sample_store, "entity", entity=alias)
    assert found and all(label in (r[0], r[2]) for r in found)


@pytest.mark.parametrize(
    "attack",
    ['x" ) } DROP ALL #', 'x")) } INSERT DATA { <a:b> <a:c> <a:d> } #', "x\\\" ) } #", 'x"\n) }', "'''"],
)
def test_injection_attempts_match_nothing(sample_store, attack):
    before = len(sample_store)
    assert rows(sample_store, "entity", entity=attack + "-unknown") == []
    assert len(sample_store) == before


def test_sparql_string_round_trips_through_the_engine(sample_store):
    value = 'quote " backslash \\ newline \n tab \t end'
    result = run_query(sample_store, f"SELECT ?v WHERE {{ BIND({sparql_string(value)} AS ?v) }}")
    assert result.rows == ((value,),)


def test_preset_errors():
    with pytest.raises(QueryError, match="no preset named 'nope'"):
        preset_query("nope")
    with pytest.raises(QueryError, match="--entity"):
        preset_query("entity")


# ----------------------------------------------------------------- read-only guard


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://a.example/s> <http://a.example/p> <http://a.example/o> }",
        "insert data { <http://a.example/s> <http://a.example/p> 1 }",
        "DELETE WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "PREFIX kg: <https://w3id.org/frontline/ontology#>\nDELETE DATA { kg:a kg:b kg:c }",
        "DROP ALL",
        "drop graph <http://a.example/g>",
        "CLEAR DEFAULT",
        "CREATE GRAPH <http://a.example/g>",
        "LOAD SILENT <http://a.example/data.ttl>",
        "LOAD <http://a.example/data.ttl>",
        "ADD <http://a.example/g> TO <http://a.example/h>",
        "MOVE DEFAULT TO <http://a.example/h>",
    ],
)
def test_updates_are_refused(sample_store, update):
    before = len(sample_store)
    with pytest.raises(QueryError, match="update queries are refused"):
        run_query(sample_store, update)
    assert len(sample_store) == before


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s ?p "DROP ALL" }',
        "SELECT ?s WHERE { ?s ?p ?o } # INSERT DATA { }",
        "SELECT ?s WHERE { ?s <http://a.example/DELETE/DATA> ?o }",
        "SELECT ?add WHERE { ?add ?p ?o } LIMIT 1",
        "SELECT ?insert { ?insert ?p ?o } LIMIT 1",
    ],
)
def test_read_queries_that_mention_update_words_run(sample_store, query):
    assert run_query(sample_store, query).kind == "select"


def test_malformed_query_names_the_position(sample_store):
    with pytest.raises(QueryError, match=r"malformed SPARQL: .*\b1:\d+"):
        run_query(sample_store, "SELECT ?x WHERE { ?x ?y }")


def test_load_store_rejects_broken_turtle():
    with pytest.raises(QueryError, match="not valid Turtle"):
        load_store(b"<http://a.example/s> <http://a.example/p> .")


# ----------------------------------------------------------------- ASK, CONSTRUCT


def test_ask(sample_store):
    yes = run_query(sample_store, f"ASK {{ <{ENTITY}veldra> <{KG}backs> <{ENTITY}northern-liberation-front> }}")
    no = run_query(sample_store, f"ASK {{ <{ENTITY}northern-liberation-front> <{KG}backs> <{ENTITY}veldra> }}")
    assert (yes.kind, yes.boolean, no.kind, no.boolean) == ("ask", True, "ask", False)
    assert (format_table(yes), format_table(no)) == ("true", "false")
    assert json.loads(format_json(no)) == {"boolean": False}


def test_construct_returns_n_triples(sample_store):
    result = run_query(
        sample_store,
        f"CONSTRUCT {{ ?a <{KG}fights> ?b }} WHERE {{ ?a <{KG}fights> ?b }}",
    )
    assert result.kind == "graph"
    triples = list(pyoxigraph.parse(result.ntriples.encode(), format=pyoxigraph.RdfFormat.N_TRIPLES))
    pairs = {(t.subject.value.rsplit("/", 1)[-1], t.object.value.rsplit("/", 1)[-1]) for t in triples}
    assert pairs == {("northern-liberation-front", "republic-guard"), ("republic-guard", "northern-liberation-front")}
    assert json.loads(format_json(result))["ntriples"] == result.ntriples


# ----------------------------------------------------------------- output formats

RESULT = QueryResult(
    "select", ("who", "said"),
    (("Amara Touré", 'He said "no",\nthen left.'), ("Veldra", None)),
)


def test_format_table():
    lines = format_table(RESULT).splitlines()
    assert lines[0].split() == ["who", "said"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].startswith("Amara Touré") and 'He said "no", then left.' in lines[2]  # one line per row
    assert lines[3].rstrip() == "Veldra"
    assert lines[-1] == "(2 rows)"


def test_format_table_clips_long_values():
    long = QueryResult("select", ("v",), (("word " * 40,),))
    line = format_table(long, max_width=20).splitlines()[2]
    assert len(line) == 20 and line.endswith("…")


def test_format_csv_round_trips():
    parsed = list(csv.reader(io.StringIO(format_csv(RESULT))))
    assert parsed == [["who", "said"], ["Amara Touré", 'He said "no",\nthen left.'], ["Veldra", ""]]


def test_format_json_keeps_unicode_and_nulls():
    text = format_json(RESULT)
    assert "Touré" in text
    assert json.loads(text) == [
        {"who": "Amara Touré", "said": 'He said "no",\nthen left.'},
        {"who": "Veldra", "said": None},
    ]
