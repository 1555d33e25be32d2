"""`frontline eval`: matching nodes to gold entities, scores, violations, duplicates."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from frontline.cli import main
from frontline.evaluation import GoldError, evaluate, parse_gold, read_gold
from frontline.graph.model import Entity, Evidence, add_entity, add_relation

GOLD = {
    "entities": [
        {"name": "Northern Front", "aliases": ["NF"]},
        {"name": "Union Army"},
        {"name": "Kalden Republic"},
        {"name": "Kalden"},
    ],
    "triples": [
        ["Kalden Republic", "backs", "Northern Front"],
        ["Union Army", "fights", "Northern Front"],
        ["Northern Front", "controls", "Kalden"],
    ],
    "must_not": [["Union Army", "controls", "Kalden"]],
}


def evidence() -> Evidence:
    return Evidence(doc_id="d1", sentence="A sentence.", char_start=0, char_end=11)


def graph_with(*edges: tuple[str, str, str, bool], extra_nodes: tuple[Entity, ...] = ()) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for entity in (
        Entity("nf", "NF", "ArmedGroup"), Entity("ua", "Union Army", "ArmedGroup"),
        Entity("kr", "Kalden Republic", "Country"), Entity("k", "Kalden", "Place"), *extra_nodes,
    ):
        add_entity(graph, entity)
    for s, p, o, holds in edges:
        add_relation(graph, s, p, o, [evidence()], holds=holds)
    return graph


def test_perfect_graph_scores_one_and_fights_ignores_direction() -> None:
    graph = graph_with(("kr", "backs", "nf", True), ("nf", "fights", "ua", True), ("nf", "controls", "k", True))
    report = evaluate(parse_gold(GOLD, source="t"), graph)
    assert report.micro.f1 == 1.0 and report.violations == () and report.duplicates == {}


def test_missing_extra_violation_and_duplicate_are_reported() -> None:
    graph = graph_with(
        ("kr", "backs", "nf", True), ("ua", "controls", "k", True), ("kr", "fights", "nf", False),
        extra_nodes=(Entity("nf2", "Northern Front", "ArmedGroup"),),
    )
    report = evaluate(parse_gold(GOLD, source="t"), graph)
    assert report.violations == (("Union Army", "controls", "Kalden"),)
    assert report.duplicates == {"Northern Front": ("nf", "nf2")}
    backs = next(s for s in report.scores if s.predicate == "backs")
    assert (backs.precision, backs.recall) == (1.0, 1.0)
    assert report.micro.recall == pytest.approx(1 / 3)
    # edges that do not hold are not predictions
    assert ("Kalden Republic", "fights", "Northern Front") not in report.unexpected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"triples": [["A", "likes", "B"]]}, "unknown predicate"),
        ({"triples": [["A", "backs"]]}, "[subject, predicate, object]"),
        ({"entities": [{"aliases": ["x"]}]}, "needs a name"),
        (["not", "a", "mapping"], "expected a mapping"),
    ],
)
def test_bad_gold_is_a_clear_error(data, message) -> None:
    with pytest.raises(GoldError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_gold(data, source="gold.yaml")


def test_toml_gold_reads_like_yaml(tmp_path: Path) -> None:
    path = tmp_path / "gold.toml"
    path.write_text('triples = [["Kalden Republic", "backs", "Northern Front"]]\n', encoding="utf-8")
    gold = read_gold(path)
    assert gold.triples == frozenset({("Kalden Republic", "backs", "Northern Front")})


def test_eval_command_prints_scores_and_honours_min_f1(tmp_path: Path, capsys) -> None:
    gold = Path(__file__).resolve().parents[1] / "examples" / "gold" / "examples.yaml"
    empty = tmp_path / "graph.ttl"
    empty.write_text("", encoding="utf-8")
    assert main(["eval", str(gold), str(empty)]) == 0
    out = capsys.readouterr().out
    assert "backs+controls+fights" in out and "missed   M23 controls Goma" in out
    assert main(["eval", str(gold), str(empty), "--min-f1", "0.5"]) == 1
