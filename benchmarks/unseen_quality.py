"""Extraction quality on articles about wars the rules were not written against.

Run by hand (not in CI), from the repository root, with frontline installed:

    python benchmarks/unseen_quality.py [dev|dev2|...|dev143|heldout ...] [-v]

Each ``benchmarks/unseen/<set>/NAME.txt`` is one article and ``NAME.yaml`` its
hand-written gold (format: ``frontline eval --help``). They were written by team
members who did not read the extractor's code (see benchmarks/unseen/README.md).
Every article is built into a graph of its own, exactly as ``frontline build FILE``
would (through the RDF round trip ``frontline eval`` reads), and scored against its
gold; the totals are micro-averages over all articles of the set.

``dev`` to ``dev143`` are what the rules may be tuned against; ``heldout`` is kept for
measuring only. A set name that is no folder of benchmarks/unseen is refused with a
one-line error (a mistyped name would otherwise score nothing and look like a result).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from frontline.evaluation import Gold, Report

SETS = Path(__file__).resolve().parent / "unseen"
CORE = {"backs", "fights", "controls"}
OTHER = {"leads", "memberOf", "spokespersonFor", "partOf", "locatedIn", "opposes"}


def article_reports(set_names: list[str]) -> Iterator[tuple[str, Path, Gold, Report]]:
    """(set, article path, gold, report) for every article of the sets, each built into
    a graph of its own through the RDF round trip ``frontline eval`` reads."""
    from frontline.articles import read_articles
    from frontline.evaluation import evaluate, read_gold
    from frontline.extract.document import extract_articles
    from frontline.extract.pipeline import load_pipeline
    from frontline.extract.records import Article
    from frontline.graph.build import build_graph
    from frontline.graph.rdf import graph_to_rdf, rdf_to_graph
    from frontline.graph.resolve import resolve

    nlp = load_pipeline().nlp
    for set_name in set_names:
        for text_path in sorted((SETS / set_name).glob("*.txt")):
            gold = read_gold(text_path.with_suffix(".yaml"))
            articles = [a for a in read_articles([text_path]) if isinstance(a, Article)]
            extractions = list(extract_articles(nlp, articles))
            graph = build_graph(extractions, resolve(extractions))
            yield set_name, text_path, gold, evaluate(gold, rdf_to_graph(graph_to_rdf(graph, articles=articles)))


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="unseen_quality.py",
        description="Score frontline's extraction on the hand-written unseen-war sets (micro-averaged over their articles).",
    )
    parser.add_argument("sets", nargs="*", default=["dev"], metavar="SET", help="set folders of benchmarks/unseen (default: dev)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every article's full report too")
    arguments = parser.parse_args(argv)
    known = {path.name for path in SETS.iterdir() if path.is_dir()}
    unknown = [name for name in arguments.sets if name not in known]
    if unknown:
        parser.error(f"no such set: {', '.join(unknown)} (sets are the folders of {SETS})")
    return arguments


def main(argv: list[str]) -> int:
    from frontline.evaluation import PredicateScore, format_report

    arguments = parse_arguments(argv)
    chosen, verbose = arguments.sets, arguments.verbose
    totals: dict[str, list[int]] = {"core": [0, 0, 0], "other": [0, 0, 0], "all": [0, 0, 0]}
    violations = duplicates = 0
    for set_name, text_path, _gold, report in article_reports(chosen):
        rows: dict[str, PredicateScore] = {
            "core": report.micro_for(CORE), "other": report.micro_for(OTHER), "all": report.micro,
        }
        for key, score in rows.items():
            totals[key][0] += score.true_positives
            totals[key][1] += score.predicted
            totals[key][2] += score.expected
        violations += len(report.violations)
        duplicates += len(report.duplicates)
        print(
            f"{set_name}/{text_path.stem:<32} core F1 {rows['core'].f1:.3f}  other F1 {rows['other'].f1:.3f}"
            f"  all F1 {rows['all'].f1:.3f}  violations {len(report.violations)}  duplicates {len(report.duplicates)}"
        )
        if verbose:
            print(format_report(report), end="\n\n")
    print(f"{'':<10}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'pred':>6}{'gold':>6}")
    for key, (tp, predicted, expected) in totals.items():
        score = PredicateScore(key, tp, predicted, expected)
        print(f"{key:<10}{score.precision:>10.3f}{score.recall:>8.3f}{score.f1:>7.3f}{tp:>5}{predicted:>6}{expected:>6}")
    print(f"must-not facts asserted: {violations}; duplicate entities: {duplicates}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
