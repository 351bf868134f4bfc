"""Chains of meetings between two people (`/paths`), found by reading only the lines near them.

networkx's `shortest_simple_paths` (Yen's algorithm) runs a shortest-path search over the met-graph
for every path it yields; at 100k real-shaped articles (18,000 people, 430,000 lines, a hub with
15,000 of them) ten paths from a hub took 40-120 ms of CPU and up to 500 ms under load.

Here the paths are enumerated length by length (1, 2, ... `max_hops`), each length by a
depth-first walk from the end with fewer lines, and stop as soon as `limit` are found, so the
answer costs the lines around its own paths:

- the last two steps of a walk are one C-level intersection of two people's lines (`keys() &`),
  which a hub's thousands of lines do not slow down beyond the smaller side;
- every step follows each person's lines heaviest first (`LineMemo.heaviest_first`, ties by IRI),
  so paths of one length come in that order, strongest first lines first.

Every line read is counted (`Work`), and the search gives up after `budget` of them, saying so
(`complete` false): a far pair of weakly connected people could otherwise read the whole graph at
length 5 or 6. The same answer as networkx's (the shortest simple paths, shortest first, at most
`limit`) whenever it is complete; among paths of equal length the choice may differ.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

__all__ = ["BUDGET", "Found", "Work", "shortest_paths"]

#: Lines a search reads at most (about 30 ms of CPU at 100k): enough for every pair at distance
#: up to 4 in the real-shaped stores; beyond it the answer says it is incomplete.
BUDGET = 200_000

Ranked = Callable[[str], list[tuple]]


@dataclass
class Work:
    """Lines read by one search, against its budget."""

    budget: int = BUDGET
    lines: int = 0

    def read(self, n: int) -> bool:
        """Count `n` lines read; False once the budget is spent."""
        self.lines += n
        return self.lines <= self.budget

    @property
    def spent(self) -> bool:
        return self.lines > self.budget


@dataclass
class Found:
    """The paths (lists of people, `source` first), and whether the search was complete: false when
    the budget stopped it before `limit` paths or every length up to `max_hops` was searched."""

    paths: list[list[str]] = field(default_factory=list)
    complete: bool = True
    work: Work = field(default_factory=Work)


def shortest_paths(adj: dict[str, dict[str, dict]], source: str, target: str, *, max_hops: int = 4,
                   limit: int = 10, ranked: Ranked | None = None, budget: int = BUDGET) -> Found:
    """The shortest simple paths from `source` to `target` in a met-graph's adjacency (networkx's
    `G._adj`, lines with a `weight`), shortest first, at most `limit`, each at most `max_hops` long.

    `ranked(u)` gives u's lines as (-weight, other, ...) tuples heaviest first (the read model's
    `LineMemo.heaviest_first`); without it they are sorted here, once per person per search."""
    found = Found(work=Work(budget))
    if source == target:
        found.paths.append([source])
        return found
    if ranked is None:
        ranked = _sorter(adj)
    # walk from the end with fewer lines: its lines are read one by one, the other's only intersected
    start, end = (source, target) if len(adj[source]) <= len(adj[target]) else (target, source)
    for length in range(1, max_hops + 1):
        _of_length(adj, start, end, length, ranked, found, limit)
        if len(found.paths) >= limit:
            break
        if found.work.spent:
            found.complete = False
            break
    if start != source:
        found.paths = [path[::-1] for path in found.paths]
    return found


def _sorter(adj: dict[str, dict[str, dict]]) -> Ranked:
    cache: dict[str, list[tuple]] = {}

    def ranked(u: str) -> list[tuple]:
        if u not in cache:
            cache[u] = sorted((-data["weight"], v) for v, data in adj[u].items())
        return cache[u]
    return ranked


def _of_length(adj: dict[str, dict[str, dict]], start: str, end: str, length: int, ranked: Ranked,
               found: Found, limit: int) -> None:
    """Append to `found` the simple paths of exactly `length` lines from `start` to `end`, until
    `limit` paths are held or the work budget is spent."""
    paths, work = found.paths, found.work
    path, on_path = [start], {start}
    ends = adj[end]

    def extend(u: str, steps: int) -> None:
        near = adj[u]
        if steps == 1:
            work.read(1)
            if end in near:
                paths.append(path + [end])
            return
        if steps == 2:  # the middles: one C-level intersection, over the smaller side
            if not work.read(min(len(near), len(ends))):
                return
            middles = near.keys() & ends.keys()
            middles.difference_update(on_path)
            room = limit - len(paths)
            if len(middles) <= room or 8 * len(middles) < len(near):  # few: sort them
                chosen = sorted(middles, key=lambda m: (-near[m]["weight"], m))[:room]
            else:  # many (a hub and its circle): u's lines heaviest first hold them densely
                chosen = []
                for line in ranked(u):
                    work.read(1)
                    if line[1] in middles:
                        chosen.append(line[1])
                        if len(chosen) == room:
                            break
            paths.extend(path + [m, end] for m in chosen)
            return
        lines = ranked(u)
        if steps == 3:  # the people between u's lines and the end's, when the end's side is the smaller
            between = _second_ring(adj, ends, on_path, len(near), work)
            if between is not None:
                between.intersection_update(near.keys())
                between.discard(end)
                between.difference_update(on_path)
                lines = _in_order(near, between, lines, work)
        for line in lines:
            v = line[1]
            if not work.read(1):
                return
            if v in on_path or v == end:
                continue
            path.append(v)
            on_path.add(v)
            extend(v, steps - 1)
            path.pop()
            on_path.discard(v)
            if len(paths) >= limit or work.spent:
                return

    extend(start, length)


def _second_ring(adj: dict[str, dict[str, dict]], ends: dict[str, dict], on_path: set[str], size: int,
                 work: Work) -> set[str] | None:
    """Everyone one line from the end's people who are not on the path (so two lines from the end,
    avoiding the path), when that costs less than reading `size` lines; else None. Without it, a
    path that must go through a hub already on the path reads every line of that hub in vain."""
    if len(ends) >= size:
        return None
    free = [y for y in ends if y not in on_path]
    cost = sum(len(adj[y]) for y in free)
    if cost > 4 * size:
        return None
    work.read(len(ends) + cost)
    ring: set[str] = set()
    for y in free:
        ring.update(adj[y].keys())
    return ring


def _in_order(near: dict[str, dict], chosen: set[str], lines: list[tuple], work: Work) -> list[tuple]:
    """The lines of `lines` (u's, heaviest first) to the people of `chosen`, in the same order."""
    if 8 * len(chosen) < len(lines):
        return sorted((-near[v]["weight"], v) for v in chosen)
    work.read(len(lines))
    return [line for line in lines if line[1] in chosen]
