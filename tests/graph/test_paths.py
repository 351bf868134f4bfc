"""`/paths` reads the lines near the two people, not the whole met-graph (issue 9).

The answers are checked against networkx's `shortest_simple_paths` on random graphs; the work
(lines read, counted by the search) is checked to stay the same when a hub gains thousands of
other lines, which is what made the route slow at 100k real-shaped articles.
"""
from __future__ import annotations

import random

import networkx as nx
import pytest

from newsgraph.graph import views
from newsgraph.graph.line_memo import LineMemo
from newsgraph.graph.paths import shortest_paths


def _graph(people: int, lines: int, seed: int) -> nx.Graph:
    rng = random.Random(seed)
    G = nx.Graph()
    G.add_nodes_from(f"p{i:03}" for i in range(people))
    while G.number_of_edges() < lines:
        a, b = rng.sample(sorted(G), 2)
        G.add_edge(a, b, weight=rng.randint(1, 4))
    return G


@pytest.mark.parametrize("seed", range(6))
def test_every_path_up_to_max_hops_as_networkx_finds_them(seed):
    G = _graph(30, 60, seed)
    rng = random.Random(seed)
    for _ in range(15):
        a, b = rng.sample(sorted(G), 2)
        found = shortest_paths(G._adj, a, b, max_hops=4, limit=10_000)
        expected = set()
        if nx.has_path(G, a, b):
            for path in nx.shortest_simple_paths(G, a, b):
                if len(path) > 5:
                    break
                expected.add(tuple(path))
        assert found.complete
        assert len(found.paths) == len(set(map(tuple, found.paths)))
        assert set(map(tuple, found.paths)) == expected
        lengths = [len(p) for p in found.paths]
        assert lengths == sorted(lengths)  # shortest first


@pytest.mark.parametrize("seed", range(4))
def test_the_shortest_ones_first_within_the_limit(seed):
    G = _graph(40, 90, seed)
    rng = random.Random(seed)
    memo = LineMemo(G._adj)
    for _ in range(15):
        a, b = rng.sample(sorted(G), 2)
        found = shortest_paths(G._adj, a, b, max_hops=5, limit=4, ranked=memo.heaviest_first)
        expected = []
        if nx.has_path(G, a, b):
            for path in nx.shortest_simple_paths(G, a, b):
                if len(path) > 6 or len(expected) == 4:
                    break
                expected.append(len(path))
        assert [len(p) for p in found.paths] == expected
        for path in found.paths:
            assert path[0] == a and path[-1] == b and len(set(path)) == len(path)
            assert all(G.has_edge(u, v) for u, v in zip(path, path[1:]))


def _hub_world(others: int) -> nx.Graph:
    """A hub who met `others` people besides a small circle: ann and bob met the hub and each other
    through carl; dora and emil met only the hub (their one path goes through it)."""
    G = nx.Graph()
    for a, b, w in [("hub", "ann", 3), ("hub", "bob", 2), ("ann", "carl", 1), ("carl", "bob", 1),
                    ("hub", "dora", 1), ("hub", "emil", 1)]:
        G.add_edge(a, b, weight=w)
    for i in range(others):
        G.add_edge("hub", f"x{i:05}", weight=1)
        if i % 2:
            G.add_edge(f"x{i:05}", f"x{i - 1:05}", weight=1)  # the hub's circle meet among themselves
    return G


@pytest.mark.parametrize("pair", [("hub", "ann"), ("ann", "bob"), ("dora", "emil"), ("ann", "dora")])
def test_the_work_does_not_grow_with_the_hubs_other_lines(pair):
    small, large = _hub_world(100), _hub_world(5_000)
    found = [shortest_paths(G._adj, *pair, max_hops=4, limit=10, ranked=LineMemo(G._adj).heaviest_first)
             for G in (small, large)]
    assert found[0].paths == found[1].paths and found[0].complete and found[1].complete
    assert found[0].paths  # every pair here is connected
    assert found[1].work.lines == found[0].work.lines  # the hub's 5,000 other lines are never read


def test_a_search_past_its_budget_says_it_is_incomplete():
    G = _hub_world(2_000)
    G.add_edge("far", "x00001", weight=1)  # far: four lines from dora, through the hub's circle
    assert shortest_paths(G._adj, "dora", "far", max_hops=6, limit=10).complete
    cut = shortest_paths(G._adj, "dora", "far", max_hops=6, limit=10, budget=50)
    assert not cut.complete and cut.work.lines > 50


def test_each_hop_lists_at_most_evidence_meetings_and_counts_them_all():
    G = nx.Graph()
    G.add_node("a", name="A")
    G.add_node("b", name="B")
    meetings = [{"meeting": f"m{i}", "status": "Occurred"} for i in range(7)]
    G.add_edge("a", "b", weight=7, meetings=meetings)
    paths, complete = views.connection_paths(G, "a", "b", evidence=2)
    assert complete and paths == [[{"from": "a", "from_name": "A", "to": "b", "to_name": "B",
                                    "meetings": meetings[:2], "meetings_total": 7}]]
    assert views.connection_paths(G, "b", "a")[0][0][0]["meetings"] == meetings  # None: all of them
