"""Scoring a graph against a gold file: ``frontline eval GOLD GRAPH``.

Gold file (YAML, or TOML with the same keys)::

    entities:                       # the actors and places the gold talks about
      - name: Northern Front
        type: ArmedGroup            # optional
        aliases: [NF, the Front]
    triples:                        # facts the articles state
      - [Kalden Republic, backs, Northern Front]
    must_not:                       # statements the graph must not assert as facts
      - [Northern Front, controls, Kalden]

Graph nodes are matched to gold entities by label or alias (case, punctuation and
leading "the" ignored). Precision counts only predicted facts whose two ends are gold
entities, so a gold that annotates a dozen facts can score a graph that has more.
``fights`` is compared without direction. A gold entity matched by more than one
node is a duplicate.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import yaml

from frontline.extract.records import PREDICATES, SYMMETRIC_PREDICATES
from frontline.graph.resolve import name_key

Triple = tuple[str, str, str]


class GoldError(Exception):
    """The gold file is missing or malformed."""


@dataclass(frozen=True)
class Gold:
    entities: dict[str, tuple[str, ...]]  # name -> aliases
    triples: frozenset[Triple]
    must_not: frozenset[Triple]


@dataclass(frozen=True)
class PredicateScore:
    predicate: str
    true_positives: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    scores: tuple[PredicateScore, ...]
    missing: tuple[Triple, ...]
    unexpected: tuple[Triple, ...]
    violations: tuple[Triple, ...]
    duplicates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gold_entities: int = 0  # how many entities the gold names
    missing_entities: tuple[str, ...] = ()  # gold entities no graph node matches

    @property
    def entities_found(self) -> int:
        return self.gold_entities - len(self.missing_entities)

    @property
    def micro(self) -> PredicateScore:
        return PredicateScore(
            "all", sum(s.true_positives for s in self.scores),
            sum(s.predicted for s in self.scores), sum(s.expected for s in self.scores),
        )

    @property
    def micro_f1(self) -> float:
        return self.micro.f1

    def micro_for(self, predicates: set[str]) -> PredicateScore:
        chosen = [s for s in self.scores if s.predicate in predicates]
        return PredicateScore(
            "+".join(sorted(predicates)), sum(s.true_positives for s in chosen),
            sum(s.predicted for s in chosen), sum(s.expected for s in chosen),
        )


def _triple(row: object, source: str) -> Triple:
    if not (isinstance(row, (list, tuple)) and len(row) == 3 and all(isinstance(x, str) for x in row)):
        raise GoldError(f"{source}: each triple must be [subject, predicate, object], got {row!r}")
    if row[1] not in PREDICATES:
        raise GoldError(f"{source}: unknown predicate {row[1]!r}; use one of {', '.join(PREDICATES)}")
    return (row[0], row[1], row[2])


def parse_gold(data: object, *, source: str) -> Gold:
    if not isinstance(data, dict):
        raise GoldError(f"{source}: expected a mapping with entities, triples, must_not")
    entities: dict[str, tuple[str, ...]] = {}
    for item in data.get("entities") or []:
        if not isinstance(item, dict) or not item.get("name"):
            raise GoldError(f"{source}: each entity needs a name")
        entities[str(item["name"])] = tuple(str(a) for a in item.get("aliases") or [])
    triples = frozenset(_triple(r, source) for r in data.get("triples") or [])
    must_not = frozenset(_triple(r, source) for r in data.get("must_not") or [])
    for s, _p, o in triples | must_not:
        for name in (s, o):
            if name not in entities:
                entities[name] = ()
    return Gold(entities, triples, must_not)


def read_gold(path: Path) -> Gold:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise GoldError(f"cannot read gold file {path}: {error.strerror or error}") from None
    try:
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as error:
        raise GoldError(f"{path}: cannot parse ({' '.join(str(error).split())[:160]})") from None
    return parse_gold(data, source=str(path))


def match_nodes(gold: Gold, graph: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Gold entity name -> graph node ids whose label or an alias names it."""
    by_key: dict[str, str] = {}
    for name, aliases in gold.entities.items():
        for variant in (name, *aliases):
            by_key.setdefault(name_key(variant), name)
    matched: dict[str, set[str]] = defaultdict(set)
    for node, data in graph.nodes(data=True):
        names = {name_key(data.get("label", node)), *(name_key(a) for a in data.get("aliases", ()))}
        hits = {by_key[n] for n in names if n in by_key}
        label_hit = by_key.get(name_key(data.get("label", node)))
        if label_hit is not None:
            hits = {label_hit}  # the label decides when aliases point elsewhere too
        for hit in hits:
            matched[hit].add(node)
    return matched


def _normal(triple: Triple) -> Triple:
    s, p, o = triple
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC_PREDICATES else triple


def predicted_triples(gold: Gold, graph: nx.MultiDiGraph, matched: dict[str, set[str]]) -> set[Triple]:
    # A node whose names point at several gold entities stands for the first of them
    # in name order: the same answer on every run (set order changes with the hash seed).
    node_to_gold: dict[str, str] = {}
    for name, nodes in sorted(matched.items()):
        for node in nodes:
            node_to_gold.setdefault(node, name)
    found = set()
    for u, v, data in graph.edges(data=True):
        if data["holds"] and u in node_to_gold and v in node_to_gold:
            found.add(_normal((node_to_gold[u], data["predicate"], node_to_gold[v])))
    return found


def evaluate(gold: Gold, graph: nx.MultiDiGraph) -> Report:
    matched = match_nodes(gold, graph)
    predicted = predicted_triples(gold, graph, matched)
    expected = {_normal(t) for t in gold.triples}
    scores = []
    for predicate in PREDICATES:
        exp = {t for t in expected if t[1] == predicate}
        pred = {t for t in predicted if t[1] == predicate}
        if exp or pred:
            scores.append(PredicateScore(predicate, len(exp & pred), len(pred), len(exp)))
    violations = tuple(sorted(t for t in (_normal(x) for x in gold.must_not) if t in predicted))
    duplicates = {name: tuple(sorted(nodes)) for name, nodes in matched.items() if len(nodes) > 1}
    # entity recall: a gold entity counts as found when any node matches it
    missing_entities = tuple(sorted(name for name in gold.entities if not matched.get(name)))
    return Report(
        tuple(scores), tuple(sorted(expected - predicted)), tuple(sorted(predicted - expected)),
        violations, duplicates, len(gold.entities), missing_entities,
    )


def format_report(report: Report) -> str:
    lines = [f"{'relation':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>5}{'pred':>6}{'gold':>6}"]
    rows = list(report.scores) + [report.micro_for({"backs", "fights", "controls"}), report.micro]
    for s in rows:
        lines.append(
            f"{s.predicate:<16}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.true_positives:>5}{s.predicted:>6}{s.expected:>6}"
        )
    lines.append(f"must-not facts asserted: {len(report.violations)}")
    lines += [f"  VIOLATION {s} {p} {o}" for s, p, o in report.violations]
    lines.append(f"duplicate entities: {len(report.duplicates)}")
    lines += [f"  {name}: {', '.join(nodes)}" for name, nodes in sorted(report.duplicates.items())]
    lines.append(f"gold entities found: {report.entities_found} of {report.gold_entities}")
    lines += [f"  not found {name}" for name in report.missing_entities]
    lines += [f"  missed   {s} {p} {o}" for s, p, o in report.missing]
    lines += [f"  extra    {s} {p} {o}" for s, p, o in report.unexpected]
    return "\n".join(lines)
