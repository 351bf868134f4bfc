"""Writes made while queries come are followed by a fresh snapshot, opened in the idle workers
before the next query asks (issue 10: the first query after a write waited 75-1,300 ms for it)."""
from __future__ import annotations

import time

import pytest

from newsgraph.api.query_runner import QueryJob, QueryRunner
from newsgraph.graph.store import OxigraphStore
from tests.api.live import synthetic_store

ASK_WRITTEN = "ASK {{ GRAPH <urn:test:followed> {{ <urn:test:s> <urn:test:p> {n} }} }}"


@pytest.fixture()
def runner(tmp_path):
    path = tmp_path / "store"
    synthetic_store(path, people=50)
    runner = QueryRunner(OxigraphStore(path), timeout=20, workers=1, max_workers=2)
    runner.start()
    yield runner
    runner.close()


def _write(runner: QueryRunner, n: int) -> None:
    runner.store.update(f"INSERT DATA {{ GRAPH <urn:test:followed> {{ <urn:test:s> <urn:test:p> {n} }} }}")


def _wait_for(condition, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the follower never made the snapshot"
        time.sleep(0.02)


def _ask(runner: QueryRunner, n: int) -> bool:
    answer = runner.run(QueryJob(ASK_WRITTEN.format(n=n), accept="application/sparql-results+json"))
    return b"true" in answer.body


def test_a_write_is_followed_by_a_snapshot_the_idle_workers_already_opened(runner):
    assert not _ask(runner, 1)  # a reader is around
    with runner._cond:  # an idle worker that has read the snapshot before the write (a slow query's
        idle = next(w for w in runner._idle if w.alive() and w.wait_ready(10))  # worker is retired)
        runner._snapshots.hand_to(idle, runner._snapshots.acquire())
    made = runner.figures()["snapshots"]
    _write(runner, 1)
    _wait_for(lambda: runner._snapshots.is_current() and runner.figures()["snapshots_after_writes"] >= 1)
    current = runner._snapshots._current
    _wait_for(lambda: idle.snapshot is current)  # opened in the worker, back among the idle ones
    _wait_for(lambda: idle in runner._idle)
    assert runner.figures()["snapshots"] == made + 1
    assert _ask(runner, 1)  # the next query sees the write ...
    assert runner.figures()["snapshots"] == made + 1  # ... on the snapshot made for it, not a new one


def test_every_acknowledged_write_is_seen_even_before_the_follower_acts(runner):
    _ask(runner, 0)
    for n in range(5):  # query at once after each write: the query makes the snapshot itself if need be
        _write(runner, n)
        assert _ask(runner, n)


def test_a_store_written_with_no_reader_around_pays_for_no_snapshots(runner):
    _ask(runner, 0)
    runner.follow_window = 0.0  # the last query is older than the window
    made = runner.figures()["snapshots"]
    for n in range(3):
        _write(runner, n)
    time.sleep(0.5)  # many follower polls
    assert runner.figures()["snapshots"] == made
    assert runner.figures()["snapshots_after_writes"] == 0
    assert _ask(runner, 2)  # a query that then comes still sees every write
