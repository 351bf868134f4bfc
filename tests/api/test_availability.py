"""Availability under runaway queries, slow searches, dead workers, bombs and SIGTERM, on a real
`newsgraph serve` process. Bounds are generous (seconds) so the tests never depend on timing."""
from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.api.live import AUTH, live_server, start_server, stop_server, synthetic_store

pytestmark = pytest.mark.slow

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = tmp_path_factory.mktemp("availability") / "store"
    synthetic_store(store, people=6000)
    with live_server(store, query_timeout=8, request_timeout=5, max_result_bytes=100_000) as live:
        yield live


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _ask(local_address: str = "127.0.0.1", url: str = "") -> tuple[int, float]:
    transport = httpx.HTTPTransport(local_address=local_address)
    with httpx.Client(base_url=url, transport=transport, timeout=30) as c:
        started = time.monotonic()
        response = c.get("/sparql", params={"query": "ASK {}"}, headers=JSON)
        seconds = time.monotonic() - started
        health = c.get("/health").json()
        print(f"ASK from {local_address}: {response.status_code} in {seconds:.2f} s {response.text[:200]} {health}")
        return response.status_code, seconds


def _runaways(server, n: int) -> tuple[ThreadPoolExecutor, list]:
    pool = ThreadPoolExecutor(n)
    futures = [pool.submit(lambda: httpx.get(f"{server.url}/sparql", params={"query": RUNAWAY}, timeout=60))
               for _ in range(n)]
    time.sleep(1.0)  # let them reach the workers
    return pool, futures


@pytest.mark.parametrize("runaways", [2, 10])
def test_runaway_queries_leave_ask_answered(server, runaways):
    pool, futures = _runaways(server, runaways)
    # Waiting for a worker the runaways hold would take until their 8 s deadline, 7 s after they
    # started here: an answer within 6 s came from a free worker (3.03 s was seen on a loaded machine).
    try:
        # another client (127.0.0.2 is loopback too) gets its fair share of workers at once
        status, seconds = _ask("127.0.0.2", server.url)
        assert status == 200 and seconds < 6, seconds
        if runaways == 2:  # two runaways leave workers for the same client as well
            status, seconds = _ask("127.0.0.1", server.url)
            assert status == 200 and seconds < 6, seconds
        answers = [f.result(timeout=60) for f in futures]
        assert all(a.status_code == 503 and a.headers["retry-after"] for a in answers)
    finally:
        pool.shutdown(wait=True)
    assert _ask("127.0.0.1", server.url)[0] == 200


def test_result_cap_stops_while_serialising(server):
    """A result of about 10^9 rows gets its 422 at the 100 kB cap, long before the 8 s deadline:
    serialisation stops at the cap instead of building the body first."""
    response = httpx.get(f"{server.url}/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"}, timeout=60)
    assert response.status_code == 422 and "limit" in response.json()["detail"]


def test_a_worker_that_dies_while_idle_is_replaced(server):
    with server.client() as c:
        assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        workers = _children(server.process.pid)
        assert workers
        for pid in workers:
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
        for _ in range(3):
            response = c.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}, headers=JSON)
            assert response.status_code == 200, response.text
        assert set(_children(server.process.pid)).isdisjoint(workers)


def test_nested_update_bomb_gets_4xx_and_the_server_stays_up(server):
    bomb = "INSERT { <http://a> <http://b> <http://c> } WHERE " + "{" * 3000 + "}" * 3000
    with server.client() as c:
        response = c.post("/sparql", content=bomb, headers={**AUTH, "Content-Type": "application/sparql-update"})
        assert response.status_code == 400
        query_bomb = "SELECT * WHERE " + "{" * 3000 + "}" * 3000
        assert c.post("/sparql", data={"query": query_bomb}).status_code == 400
        assert server.process.poll() is None
        assert c.get("/health").status_code == 200


def test_forty_slow_searches_leave_health_answering(server):
    results: list[httpx.Response] = []
    with ThreadPoolExecutor(40) as pool:
        futures = [pool.submit(lambda i=i: httpx.get(f"{server.url}/people", params={"q": f"zz{i}"}, timeout=60))
                   for i in range(40)]
        time.sleep(0.3)
        with server.client(timeout=10) as c:
            for _ in range(5):
                started = time.monotonic()
                assert c.get("/health").status_code == 200
                assert time.monotonic() - started < 5
                assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        results = [f.result(timeout=60) for f in futures]
    assert all(r.status_code in (200, 503) for r in results), {r.status_code for r in results}
    assert all(r.headers.get("retry-after") for r in results if r.status_code == 503)


def test_sigterm_stops_the_server_under_load(tmp_path):
    store = tmp_path / "store"
    synthetic_store(store, people=6000)
    server = start_server(store, query_timeout=30, request_timeout=30)
    pool = ThreadPoolExecutor(24)
    try:
        for i in range(12):
            pool.submit(lambda: httpx.get(f"{server.url}/sparql", params={"query": RUNAWAY}, timeout=60))
            pool.submit(lambda i=i: httpx.get(f"{server.url}/people", params={"q": f"zz{i}"}, timeout=60))
        time.sleep(1.5)
        workers = _children(server.process.pid)
        assert workers
        seconds = stop_server(server.process, timeout=5)
        assert server.process.returncode is not None and server.process.returncode != -signal.SIGKILL
        assert seconds < 5
        time.sleep(0.5)
        assert not [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in
                    (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:1] or ["Z"])]
    finally:
        stop_server(server.process)
        pool.shutdown(wait=True, cancel_futures=True)
