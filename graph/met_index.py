"""A read model of who met whom: the met-graph kept in memory, rebuilt in the background after writes.

"Who met X" is the question the service answers most. From the store it takes a few SPARQL
queries (about 5 ms at 1.2M triples); from this index it is a dictionary lookup. The index is
stamped with the store generation it was built from; while it is stale (a write happened and the
rebuild has not finished) callers fall back to the store, so answers are never out of date: who-met
reflects a write as soon as the write is acknowledged.

It is built once with meetings of every status (`every_status_graph`, for the explorer's
"proposed, declined, hypothetical" networks, which otherwise walk the store person by person);
the who-met graph is that graph's meetings that happened or are scheduled (other statuses are
about an eighth of the meetings in real-shaped stores, so one build costs little more).

Never a half graph: the graph is built with two queries, and a write landing between them would
mix two states of the store. So a build counts only if the store generation is the same before
and after it (writes bump the generation under the store's write lock); after `_ATTEMPTS` tries
spoiled by writes, the build holds the write lock (writes wait for one build).
"""
from __future__ import annotations

import threading
from contextlib import nullcontext
from typing import Any

import networkx as nx

from newsgraph.graph.queries import ALL_STATUSES, MET_STATUSES
from newsgraph.graph.store import OxigraphStore
from newsgraph.graph.views import met_graph


_ATTEMPTS = 3


def only_statuses(G: nx.Graph, statuses: tuple[str, ...]) -> nx.Graph:
    """The graph with only meetings of these statuses (edges left without one are dropped)."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for a, b, data in G.edges(data=True):
        meetings = [m for m in data["meetings"] if m["status"] in statuses]
        if meetings:
            H.add_edge(a, b, weight=len(meetings), meetings=meetings)
    return H


def _build(store: OxigraphStore) -> tuple[nx.Graph, nx.Graph]:
    """(who-met graph, graph of every status) from one pass over the store."""
    every = met_graph(store, ALL_STATUSES)
    return only_statuses(every, MET_STATUSES), every


class MetIndex:
    def __init__(self, store: OxigraphStore):
        self.store = store
        self._graph: nx.Graph | None = None
        self._every: nx.Graph | None = None
        self._generation: int | None = None
        self._lock = threading.Lock()
        self._building = False

    def is_fresh(self) -> bool:
        return self._graph is not None and self._generation == self.store.generation

    def fresh_graph(self) -> nx.Graph | None:
        """The met-graph if it reflects the store as it is now, else None (and a rebuild starts)."""
        if self.is_fresh():
            return self._graph
        self.refresh_in_background()
        return None

    def every_status_graph(self) -> nx.Graph | None:
        """Meetings of every status (calls left out), if fresh, else None (and a rebuild starts)."""
        with self._lock:
            every, fresh = self._every, self.is_fresh()
        if fresh:
            return every
        self.refresh_in_background()
        return None

    def graph(self) -> nx.Graph:
        """The met-graph of the store as it is now, built now if the index is stale."""
        fresh = self.fresh_graph()
        if fresh is not None:
            return fresh
        generation, graphs = self._consistent_build()
        self._install(generation, graphs)
        return graphs[0]

    def _consistent_build(self) -> tuple[int, tuple[nx.Graph, nx.Graph]]:
        """The graphs built from one state of the store, and that state's generation."""
        for _ in range(_ATTEMPTS):
            generation = self.store.generation
            graphs = _build(self.store)
            if self.store.generation == generation:
                return generation, graphs
        with getattr(self.store, "write_lock", nullcontext()):  # a remote store has none
            return self.store.generation, _build(self.store)

    def _install(self, generation: int, graphs: tuple[nx.Graph, nx.Graph]) -> None:
        with self._lock:
            if self._generation is None or generation >= self._generation:
                (self._graph, self._every), self._generation = graphs, generation

    def refresh_in_background(self) -> None:
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self._rebuild, daemon=True, name="met-index").start()

    def _rebuild(self) -> None:
        try:
            while True:
                generation, graphs = self._consistent_build()
                self._install(generation, graphs)
                with self._lock:
                    if generation == self.store.generation:
                        self._building = False
                        return
        except Exception:  # noqa: BLE001 - a failed rebuild leaves the index stale; callers use the store
            with self._lock:
                self._building = False

    def who_met(self, person: str) -> list[dict[str, Any]] | None:
        """Rows like `queries.who_met` for meetings that happened or are scheduled, or None when stale."""
        graph = self.fresh_graph()
        if graph is None:
            return None
        if person not in graph:
            return []
        rows = []
        for other in graph[person]:
            for meeting in graph[person][other]["meetings"]:
                rows.append({"other": other, "other_name": graph.nodes[other].get("name"), **meeting})
        return sorted(rows, key=lambda r: (r["other_name"] or "", str(r["date"] or ""), r["meeting"]))
