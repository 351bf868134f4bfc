"""Light queries have a lane that runaway queries cannot block: the query runner's reserved worker
(`api/query_cost.py` judges what is light, on rdflib's algebra)."""
from __future__ import annotations

import threading
import time

import pytest

from newsgraph.api.query_cost import is_light
from newsgraph.api.query_runner import QueryJob, QueryRunner, QueryTimeout
from newsgraph.graph.store import OxigraphStore
from tests.api.live import synthetic_store

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PREFIXES = {"schema": "https://schema.org/"}


@pytest.mark.parametrize("query", [
    "ASK {}",
    "SELECT (1 AS ?x) {}",
    "SELECT ?n WHERE { <https://w3id.org/newsgraph/id/person/p1> schema:name ?n }",
    "SELECT ?p WHERE { ?p schema:name 'Ada Quist' }",
    "SELECT ?n WHERE { GRAPH ?g { <http://example.org/a> ?p ?n } }",
    "ASK { FILTER EXISTS { <http://example.org/a> ?p ?o } }",
])
def test_lookups_and_empty_patterns_are_light(query):
    assert is_light(query, PREFIXES)


@pytest.mark.parametrize("query", [
    RUNAWAY,
    "SELECT ?p ?n WHERE { ?p schema:name ?n }",  # every name: a scan
    "SELECT ?o WHERE { <http://example.org/a> <http://example.org/knows>+ ?o }",  # a path of any length
    "ASK { FILTER NOT EXISTS { ?a ?b ?c } }",  # a scan hidden in an expression
    "SELECT * WHERE { { SELECT ?x WHERE { ?x ?y ?z } } }",  # and in a sub-query
    "SELECT * WHERE { " + " ".join(f"<http://example.org/s{i}> ?p{i} ?o{i} ." for i in range(9)) + " }",  # many
    "ASK { " + "#" * 2000 + "\n}",  # too long to parse in the server
    "not SPARQL at all",
])
def test_scans_paths_and_unparseable_text_are_not_light(query):
    assert not is_light(query, PREFIXES)


@pytest.fixture()
def runner(tmp_path):
    path = tmp_path / "store"
    synthetic_store(path, people=300)
    store = OxigraphStore(path)
    runner = QueryRunner(store, timeout=20, workers=1, max_workers=1, per_client=4)
    runner.start()
    yield runner
    runner.close()


def _wait_running(runner, n: int) -> None:
    deadline = time.monotonic() + 30
    while runner.figures()["running"] < n:
        assert time.monotonic() < deadline, "the runaway never started"
        time.sleep(0.05)


def test_a_light_query_is_answered_while_a_runaway_holds_every_ordinary_worker(runner):
    outcome: list = []
    runaway = threading.Thread(target=_run, args=(runner, QueryJob(RUNAWAY, client="a"), outcome), daemon=True)
    runaway.start()
    _wait_running(runner, 1)  # the runaway holds the only ordinary worker
    answer = runner.run(QueryJob("ASK {}", accept="application/sparql-results+json", client="a"))
    assert b"true" in answer.body
    assert runner.figures()["light_lane"] == 1
    runner.timeout = 1.0  # a query that is not light waits for an ordinary worker, here in vain
    with pytest.raises(QueryTimeout):
        runner.run(QueryJob("SELECT ?p ?n WHERE { ?p <https://schema.org/name> ?n }", client="b"))
    assert runner.figures()["light_lane"] == 1
    assert not outcome  # the runaway was still running all along


def _run(runner, job, outcome: list) -> None:
    try:
        outcome.append(runner.run(job))
    except Exception as exc:  # noqa: BLE001 - the runaway ends at close, with an error
        outcome.append(exc)


def test_an_ordinary_worker_that_is_ready_is_used_first(runner):
    runner.run(QueryJob("ASK {}"))
    assert runner.figures()["light_lane"] == 0  # the lane is for when ordinary workers are busy or starting


def test_lightness_is_judged_when_a_worker_is_taken_not_when_the_query_arrives(runner):
    """The first queries after a start found an ordinary worker ready, waited for a snapshot while
    runaway queries took the ready workers, and were then handed a worker still starting (`ASK {}`
    took 1.2-5 s beside two runaways). Judged when a worker is taken, the light lane serves it."""
    answers: list = []
    with runner._snapshots._making:  # the snapshot is still being made when the ASK arrives
        asking = threading.Thread(target=lambda: answers.append(runner.run(QueryJob("ASK {}", client="b"))), daemon=True)
        asking.start()
        time.sleep(0.3)  # the ASK waits for the snapshot; meanwhile a runaway takes the only ordinary worker
        held = runner._acquire("a", time.monotonic() + 10)
    try:
        asking.join(15)
        assert answers and b"true" in answers[0].body
        assert runner.light_lane == 1
    finally:
        runner._release(held, "a")


def test_a_query_that_finds_an_ordinary_worker_ready_is_not_parsed(runner):
    judged = []
    worker = runner._acquire("a", time.monotonic() + 10, light=lambda: judged.append(True) or True)
    runner._release(worker, "a")
    assert worker is not runner._reserve and judged == []
