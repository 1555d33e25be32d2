"""The whole path on real articles: build with the bundled pipeline, then check facts.

Runs `frontline build` over the user's sample (../shared/corpus/seeds, five articles
on the 2019-2020 battle for Tripoli) and over our example articles (Sudan, eastern
Congo, Yemen), and scores both graphs against the gold files in examples/gold/.
The floors below are the scores measured when they were set, minus a small margin:
a change that loses facts fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph

from frontline.cli import main
from frontline.evaluation import evaluate, read_gold
from frontline.graph.rdf import rdf_to_graph
from frontline.ontology.terms import KG
from helpers import REPO

SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
GOLD = REPO / "examples" / "gold"
CORE = {"backs", "fights", "controls"}

pytestmark = pytest.mark.slow


def build(tmp_path_factory, source: Path) -> Graph:
    out = tmp_path_factory.mktemp("graph")
    assert main(["build", str(source), "--out", str(out), "--formats", "ttl", "--quiet"]) == 0
    return Graph().parse(out / "graph.ttl")


@pytest.fixture(scope="module")
def seeds_rdf(tmp_path_factory) -> Graph:
    assert SEEDS.is_dir(), f"the sample articles are missing: {SEEDS}"
    return build(tmp_path_factory, SEEDS)


@pytest.fixture(scope="module")
def examples_rdf(tmp_path_factory) -> Graph:
    return build(tmp_path_factory, REPO / "examples" / "articles")


def holds(rdf: Graph, subject_label: str, predicate: str, object_label: str) -> bool:
    """A plain triple between the nodes so labelled (or aliased)."""
    graph = rdf_to_graph(rdf)
    names = {n: {d["label"], *d["aliases"]} for n, d in graph.nodes(data=True)}
    for u, v, data in graph.edges(data=True):
        if data["predicate"] == predicate and data["holds"] and subject_label in names[u] and object_label in names[v]:
            return True
    return False


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        ("United Arab Emirates", "backs", "Haftar’s forces"),
        ("Russia", "backs", "Haftar’s forces"),
        ("Egypt", "backs", "Haftar’s forces"),
        ("United Nations", "backs", "Government of National Accord"),
        ("Government of National Accord", "fights", "Haftar’s forces"),
        ("Burkan Al-Ghadab Operation", "controls", "Gharyan"),
        ("Burkan Al-Ghadab Operation", "controls", "Al-Tughar district"),
        ("Khalifa Haftar", "leads", "Libyan National Army"),
        ("Ahmed al-Mesmari", "spokespersonFor", "Haftar’s forces"),
        ("Fathi Bashagha", "memberOf", "Government of National Accord"),
        ("Burkan Al-Ghadab Operation", "partOf", "Government of National Accord"),
        ("Omar Askar Hospital", "locatedIn", "Esbea district"),
        ("United States", "opposes", "Haftar’s forces"),
    ],
)
def test_core_fact_is_a_plain_triple_with_evidence(seeds_rdf, subject, predicate, obj) -> None:
    assert holds(seeds_rdf, subject, predicate, obj), f"{subject} {predicate} {obj} is not asserted"
    graph = rdf_to_graph(seeds_rdf)
    for u, v, data in graph.edges(data=True):
        if data["predicate"] == predicate and data["holds"] and subject in {graph.nodes[u]["label"], *graph.nodes[u]["aliases"]}:
            assert any(e.sentence and e.is_fact for e in data["evidence"])


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        ("Haftar’s forces", "controls", "Gharyan"),  # they lost it
        ("Haftar’s forces", "controls", "Tripoli"),  # they only meant to take it
    ],
)
def test_contradicted_fact_is_not_asserted(seeds_rdf, subject, predicate, obj) -> None:
    assert not holds(seeds_rdf, subject, predicate, obj)


def test_lost_control_is_kept_as_dated_history(seeds_rdf) -> None:
    graph = rdf_to_graph(seeds_rdf)
    gharyan = [n for n, d in graph.nodes(data=True) if d["label"] == "Gharyan"]
    assert len(gharyan) == 1
    controllers = {graph.nodes[u]["label"]: d["holds"] for u, v, d in graph.in_edges(gharyan[0], data=True) if d["predicate"] == "controls"}
    assert sum(controllers.values()) == 1  # exactly one current controller


def test_every_assertion_has_its_sentence(seeds_rdf) -> None:
    from rdflib.namespace import PROV

    assertions = list(seeds_rdf.subjects(RDF.type, KG.Assertion))
    assert assertions
    for node in assertions:
        sentence = seeds_rdf.value(node, PROV.wasDerivedFrom)
        assert seeds_rdf.value(sentence, PROV.value) is not None
        assert seeds_rdf.value(sentence, PROV.wasQuotedFrom) is not None


# Floors: measured micro-F1 minus a margin (README, "How good is it").
@pytest.mark.parametrize(
    ("gold_file", "fixture", "core_floor", "all_floor"),
    # seeds measured 1.000 / 1.000, examples 1.000 / 0.963 (2026-11-21); the bar on
    # the sample is 0.85 core, but a lost fact there is a regression worth a failure
    [("seeds.yaml", "seeds_rdf", 0.95, 0.95), ("examples.yaml", "examples_rdf", 0.90, 0.85)],
)
def test_gold_scores_stay_above_their_floor(request, gold_file, fixture, core_floor, all_floor) -> None:
    report = evaluate(read_gold(GOLD / gold_file), rdf_to_graph(request.getfixturevalue(fixture)))
    assert report.violations == (), f"facts the text contradicts: {report.violations}"
    assert report.micro_for(CORE).f1 >= core_floor
    assert report.micro.f1 >= all_floor
    others = {s.predicate for s in report.scores} - CORE
    if gold_file == "seeds.yaml":  # the bar for the six other relations on the sample
        assert report.micro_for(others).f1 >= 0.70


def test_no_duplicate_nodes_for_annotated_actors_in_examples(examples_rdf) -> None:
    report = evaluate(read_gold(GOLD / "examples.yaml"), rdf_to_graph(examples_rdf))
    assert report.duplicates == {}


def test_two_processes_give_the_same_graph(tmp_path) -> None:
    """spaCy ships Docs between processes with msgpack: results must survive it."""
    source = REPO / "examples" / "articles"
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["build", str(source), "--out", str(one), "--formats", "ttl", "--quiet"]) == 0
    assert main(["build", str(source), "--out", str(two), "--formats", "ttl", "--quiet", "--processes", "2"]) == 0
    assert (one / "graph.ttl").read_bytes() == (two / "graph.ttl").read_bytes()
