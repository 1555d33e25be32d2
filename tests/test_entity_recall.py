"""`frontline eval` reports entity recall: gold entities matched by at least one node."""

from __future__ import annotations

import networkx as nx

from frontline.evaluation import evaluate, format_report, parse_gold
from frontline.graph.model import Entity, add_entity


def test_report_counts_and_lists_gold_entities_no_node_matches() -> None:
    gold = parse_gold(
        {"entities": [{"name": "Kessan Guard", "aliases": ["KG"]}, {"name": "Ilo Varda"}, {"name": "Port Amel"}]},
        source="gold.yaml",
    )
    graph = nx.MultiDiGraph()
    add_entity(graph, Entity("kg", "KG", "ArmedGroup"))  # matched through an alias
    add_entity(graph, Entity("pa", "Port Amel", "Place"))
    report = evaluate(gold, graph)
    assert (report.entities_found, report.gold_entities, report.missing_entities) == (2, 3, ("Ilo Varda",))
    out = format_report(report)
    assert "gold entities found: 2 of 3" in out
    assert "  not found Ilo Varda" in out and "not found Port Amel" not in out
