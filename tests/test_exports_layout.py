"""The precomputed layout: deterministic, spread out, fast enough for 5,000 nodes."""

from __future__ import annotations

import math
import time

import networkx as nx
from exports_fixtures import random_graph, small_graph

from frontline.exports.layout import EDGE_LENGTH, layout_positions


def test_deterministic_and_independent_of_insertion_order() -> None:
    graph = small_graph()
    reordered = nx.MultiDiGraph()
    reordered.add_nodes_from(reversed(list(graph.nodes(data=True))))
    reordered.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    assert layout_positions(graph) == layout_positions(small_graph()) == layout_positions(reordered)


def test_trivial_graphs() -> None:
    assert layout_positions(nx.MultiDiGraph()) == {}
    assert layout_positions(nx.MultiDiGraph([("a", "a")])) == {"a": (0.0, 0.0)}


def test_nodes_spread_out_and_edges_stay_short() -> None:
    graph = random_graph(300, 300)
    pos = layout_positions(graph)
    assert all(math.isfinite(c) for xy in pos.values() for c in xy)
    distinct = {xy for xy in pos.values()}
    assert len(distinct) == 300
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in graph.edges())
    assert lengths[len(lengths) // 2] < 6 * EDGE_LENGTH  # neighbours end up near each other
    xs = [x for x, _ in pos.values()]
    assert max(xs) - min(xs) < 40 * EDGE_LENGTH  # and nothing flies off


def test_five_thousand_nodes_in_seconds() -> None:
    graph = random_graph(5000, 10000)
    started = time.perf_counter()
    layout_positions(graph)
    assert time.perf_counter() - started < 30  # ~5 s on 2 cores
