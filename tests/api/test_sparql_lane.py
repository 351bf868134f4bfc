"""`/sparql` queries are answered ahead of the middleware stack, awaited on the event loop, with
the route's checks and the app's errors; everything else on `/sparql` still goes through the app."""
from __future__ import annotations

import pytest

from newsgraph.api.http import limits
from tests.api.conftest import AUTH, make_client

WHO = ("PREFIX schema: <https://schema.org/> SELECT DISTINCT ?o WHERE { ?m schema:attendee ?p , ?o "
       "FILTER(?o != ?p) } LIMIT 5")
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture()
def gate_calls(monkeypatch):
    """Counts requests that reach RequestLimits (the stack the lane skips)."""
    calls = []
    real = limits.RequestLimits.__call__

    async def counted(self, scope, receive, send):
        if scope["type"] == "http":
            calls.append(scope["path"])
        return await real(self, scope, receive, send)
    monkeypatch.setattr(limits.RequestLimits, "__call__", counted)
    return calls


def test_a_query_skips_the_stack_and_waits_on_the_event_loop(tmp_path, sample_facts, gate_calls):
    with make_client(tmp_path, [sample_facts]) as client:
        runner = client.app.state.runner
        for _ in range(3):
            answer = client.get("/sparql", params={"query": WHO}, headers=JSON)
            assert answer.status_code == 200, answer.text
            assert answer.headers["content-type"] == "application/sparql-results+json"
            assert answer.headers["vary"] == "Accept" and float(answer.headers["x-query-seconds"]) >= 0
            assert answer.json()["results"]["bindings"]
        posted = client.post("/sparql", content=WHO, headers={"Content-Type": "application/sparql-query", **JSON})
        assert posted.json() == answer.json()
        form = client.post("/sparql", data={"query": WHO}, headers=JSON)
        assert form.json() == answer.json()
        assert gate_calls == []
        # the first may wait for a starting worker (in a thread); the rest are taken at once
        assert runner.on_loop >= 4


def test_the_lane_reads_its_own_writes(tmp_path, sample_facts):
    """A write acknowledged before a query is in its answer: the lane only takes a snapshot that
    holds every acknowledged write; otherwise the query goes the thread's way, which makes one."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:g> { ?s ?p ?o } }"
    with make_client(tmp_path, [sample_facts]) as client:
        for i in range(1, 4):
            done = client.post("/sparql", data={"update": f"INSERT DATA {{ GRAPH <urn:x:g> {{ <urn:x:s> <urn:x:p> {i} }} }}"},
                               headers=AUTH)
            assert done.status_code == 204, done.text
            n = client.get("/sparql", params={"query": count}, headers=JSON).json()["results"]["bindings"][0]["n"]["value"]
            assert int(n) == i


@pytest.mark.parametrize("request_kwargs, status", [
    ({"params": {"query": "SELECT * WHERE { ?s ?p"}}, 400),  # syntax: the worker's error, mapped as the app maps it
    ({"params": {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"}}, 403),
    ({"params": {"query": "SELECT * WHERE " + "{" * 100 + "}" * 100}}, 400),  # nesting, before any parser
    ({"params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),  # one query parameter
    ({"params": {"query": "SELECT * WHERE { ?s nope:x ?o }"}}, 400),  # unknown prefix
    ({"params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}, 406),
])
def test_errors_are_the_apps(tmp_path, sample_facts, request_kwargs, status):
    with make_client(tmp_path, [sample_facts]) as client:
        answer = client.get("/sparql", **request_kwargs)
        assert answer.status_code == status, answer.text
        assert answer.json()["detail"]


def test_a_body_over_the_limit_is_refused(tmp_path, sample_facts):
    with make_client(tmp_path, [sample_facts], max_body_bytes=1000) as client:
        answer = client.post("/sparql", content="ASK {} #" + "x" * 2000,
                             headers={"Content-Type": "application/sparql-query"})
        assert answer.status_code == 413


def test_updates_and_the_description_go_through_the_app(tmp_path, sample_facts, gate_calls):
    with make_client(tmp_path, [sample_facts]) as client:
        assert client.post("/sparql", data={"update": "INSERT DATA { <urn:x:a> <urn:x:b> 1 }"}).status_code == 401
        assert client.post("/sparql", data={"update": "INSERT DATA { <urn:x:a> <urn:x:b> 1 }"},
                           headers=AUTH).status_code == 204
        described = client.get("/sparql")
        assert described.status_code == 200 and "sd:Service" in described.text
        assert gate_calls == ["/sparql", "/sparql", "/sparql"]


def test_with_cors_every_request_takes_the_stack(tmp_path, sample_facts, gate_calls):
    with make_client(tmp_path, [sample_facts], cors_origins=["https://example.org"]) as client:
        answer = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org", **JSON})
        assert answer.status_code == 200
        assert answer.headers["access-control-allow-origin"] == "https://example.org"
        assert gate_calls == ["/sparql"]


def test_a_client_that_goes_away_stops_its_query(tmp_path, sample_facts):
    """The lane watches the connection while it waits: a disconnect kills the query's worker."""
    import asyncio
    from urllib.parse import quote

    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with make_client(tmp_path, [sample_facts]) as client:
        runner = client.app.state.runner
        before = set(runner._all)
        sent: list[dict] = []

        async def call() -> None:
            messages = [{"type": "http.request", "body": b"", "more_body": False}]

            async def receive():
                if messages:
                    return messages.pop()
                await asyncio.sleep(0.5)
                return {"type": "http.disconnect"}

            async def send(message):
                sent.append(message)
            scope = {"type": "http", "method": "GET", "path": "/sparql", "raw_path": b"/sparql", "root_path": "",
                     "query_string": f"query={quote(slow)}".encode(), "headers": [(b"host", b"testserver")],
                     "scheme": "http", "server": ("testserver", 80), "client": ("127.0.0.1", 1), "http_version": "1.1",
                     "app": client.app}
            await asyncio.wait_for(client.app(scope, receive, send), 10)
        asyncio.run(call())
        assert sent[0]["status"] == 503  # told, though nobody listens
        gone = [w for w in before if w not in runner._all]
        assert gone and all(not w.alive() for w in gone)  # the worker that ran it was killed and replaced


def test_workers_killed_while_idle_are_replaced_not_taken(tmp_path, sample_facts):
    """A killed worker's socket reads as closed: the lane must not take it (nor fail reading its
    'ready'); the thread's way replaces it and the query is answered."""
    import os
    import signal
    with make_client(tmp_path, [sample_facts]) as client:
        runner = client.app.state.runner
        assert client.get("/sparql", params={"query": WHO}, headers=JSON).status_code == 200
        idle = list(runner._idle)
        for worker in idle:
            worker.ready = False  # as a spare whose 'ready' was never read
            os.kill(worker.process.pid, signal.SIGKILL)
            worker.process.wait(5)
        for _ in range(3):
            answer = client.get("/sparql", params={"query": WHO}, headers=JSON)
            assert answer.status_code == 200, answer.text
        assert not set(idle) & set(runner._all)
