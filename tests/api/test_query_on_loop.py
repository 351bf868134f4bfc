"""Queries awaited on the event loop (`QueryRunner.run_async`) under uvloop, as `newsgraph serve`
runs them: an answer larger than the socket's buffer arrives in pieces and must be read whole,
not taken for a dead worker (uvloop's reader leaves the socket non-blocking)."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from newsgraph.api.query_runner import QueryJob, QueryRunner
from newsgraph.graph.store import OxigraphStore

uvloop = pytest.importorskip("uvloop")

EX = "https://example.org/x/"
ALL = "SELECT ?s ?o WHERE { ?s ?p ?o }"


def _store(path, rows: int) -> OxigraphStore:
    store = OxigraphStore(path)
    graph = ox.NamedNode(EX + "g")
    store.raw.extend(ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "label"),
                             ox.Literal(f"a label long enough to make the answer big, number {i}"), graph)
                     for i in range(rows))
    store.generation += 1
    return store


def test_a_large_answer_on_the_loop_is_read_whole_not_retried(tmp_path):
    store = _store(tmp_path / "store", 20_000)  # ~3 MB of JSON, far over a socket buffer
    runner = QueryRunner(store, timeout=60, workers=1, max_workers=2)
    try:
        runner.start()

        async def three():
            return [await runner.run_async(QueryJob(query=ALL, accept="application/sparql-results+json"))
                    for _ in range(3)]
        answers = uvloop.run(three())
        assert all(a.body == answers[0].body for a in answers)
        assert len(json.loads(answers[0].body)["results"]["bindings"]) == 20_000
        assert runner.on_loop >= 2  # the first may go the thread's way while spares start
        # nothing was taken for a dead worker: no retry, no worker killed or replaced
        assert (runner.retried, runner.killed, runner.replaced) == (0, 0, 0)
        # and the same workers still read a large answer on the thread's way
        assert runner.run(QueryJob(query=ALL, accept="application/sparql-results+json")).body == answers[0].body
        assert runner.retried == 0
    finally:
        runner.close()
