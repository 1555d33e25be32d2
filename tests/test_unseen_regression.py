"""Regression floors on the unseen-war dev articles (benchmarks/unseen/dev).

The twelve articles were written with their gold by team members who had not read
the extractor (benchmarks/unseen/README.md); the rules were tuned against these
eight. The floors are the scores measured when they were set, minus a margin: a
change that loses facts on other wars fails here. The held-out four are not tested
(they are for measuring only: `python benchmarks/unseen_quality.py heldout`).
"""

from __future__ import annotations

import pytest

from frontline.articles import read_articles
from frontline.evaluation import PredicateScore, evaluate, read_gold
from frontline.extract.document import extract_articles
from frontline.extract.pipeline import load_pipeline
from frontline.extract.records import Article
from frontline.graph.build import build_graph
from frontline.graph.rdf import graph_to_rdf, rdf_to_graph
from frontline.graph.resolve import resolve
from helpers import REPO

DEV = REPO / "benchmarks" / "unseen" / "dev"
CORE = {"backs", "fights", "controls"}
FLOOR_CORE_F1 = 0.70  # measured 0.748 when set (0.662 before)
FLOOR_ALL_F1 = 0.58  # measured 0.624 (0.574 before)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def totals() -> dict[str, object]:
    nlp = load_pipeline().nlp
    core = [0, 0, 0]
    every = [0, 0, 0]
    violations = []
    texts = sorted(DEV.glob("*.txt"))
    assert len(texts) == 8, f"expected the 8 dev articles in {DEV}"
    for path in texts:
        articles = [a for a in read_articles([path]) if isinstance(a, Article)]
        extractions = list(extract_articles(nlp, articles))
        graph = build_graph(extractions, resolve(extractions))
        report = evaluate(read_gold(path.with_suffix(".yaml")), rdf_to_graph(graph_to_rdf(graph, articles=articles)))
        for sums, score in ((core, report.micro_for(CORE)), (every, report.micro)):
            sums[0] += score.true_positives
            sums[1] += score.predicted
            sums[2] += score.expected
        violations += [(path.stem, v) for v in report.violations]
    return {
        "core": PredicateScore("core", *core), "all": PredicateScore("all", *every), "violations": violations,
    }


def test_core_relations_stay_above_floor(totals) -> None:
    assert totals["core"].f1 >= FLOOR_CORE_F1, totals["core"]


def test_all_relations_stay_above_floor(totals) -> None:
    assert totals["all"].f1 >= FLOOR_ALL_F1, totals["all"]


def test_nothing_the_text_contradicts_is_asserted(totals) -> None:
    assert totals["violations"] == []
