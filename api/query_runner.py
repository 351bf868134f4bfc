"""Run user SPARQL with a hard time limit, without blocking other requests.

pyoxigraph's `Store.query` cannot be cancelled, and its results are lazy: the work happens while
they are serialised. So queries from the SPARQL endpoint run in worker processes, each holding a
read-only view of the on-disk store, reopened when the store has changed since (a write bumps the
store's generation; reopening costs about 6 ms). The parent waits for the answer up to the deadline;
past it, it kills the worker (the query really stops), starts a fresh one and tells the client 503.
Nothing has been sent by then, so the client never gets a 200 with a truncated body. Other requests
keep being served by the other workers and by the event loop.

An in-memory store (tests, notebooks) cannot be shared with another process; its queries run in a
thread with the time limit applied to the wait only.
"""
from __future__ import annotations

import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from newsgraph.api.conneg import NotAcceptable, negotiate_result_format

class QueryTimeout(RuntimeError):
    pass


class QueryFailed(ValueError):
    """The query is wrong (syntax or evaluation); the message says why."""


class ResultTooLarge(RuntimeError):
    pass


@dataclass(frozen=True)
class QueryJob:
    query: str
    accept: str = "*/*"
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    base_iri: str | None = None
    max_bytes: int = 50_000_000


@dataclass(frozen=True)
class QueryAnswer:
    media_type: str
    body: bytes
    seconds: float


def _query_kwargs(job: QueryJob) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"base_iri": job.base_iri}
    if job.default_graphs or job.named_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs] or ox.DefaultGraph()
        if job.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    return kwargs


def execute(store: ox.Store, job: QueryJob) -> tuple[str, bytes]:
    """Evaluate and serialise one query: (media type, body). Raises QueryFailed or ResultTooLarge."""
    try:
        results = store.query(job.query, **_query_kwargs(job))
        if isinstance(results, ox.QueryBoolean):
            kind = "boolean"
        elif isinstance(results, ox.QuerySolutions):
            kind = "solutions"
        else:
            kind = "graph"
        media_type, fmt = negotiate_result_format(job.accept, kind)  # NotAcceptable propagates
        body = ox.serialize(results, None, fmt) if kind == "graph" else results.serialize(None, fmt)
    except NotAcceptable:
        raise
    except SyntaxError as exc:
        raise QueryFailed(f"SPARQL syntax error: {exc}") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryFailed(f"query failed: {exc}") from exc
    body = body or b""
    if len(body) > job.max_bytes:
        raise ResultTooLarge(f"the result is {len(body)} bytes, over the {job.max_bytes}-byte limit; add a LIMIT")
    return media_type, body


def _worker_main(conn, path: str) -> None:  # pragma: no cover - runs in a child process
    store = None
    generation = None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        wanted_generation, job = message
        try:
            if store is None or wanted_generation != generation:
                store = ox.Store.read_only(path)
                generation = wanted_generation
            conn.send(("ok",) + execute(store, job))
        except QueryFailed as exc:
            conn.send(("failed", str(exc)))
        except ResultTooLarge as exc:
            conn.send(("too_large", str(exc)))
        except NotAcceptable as exc:
            conn.send(("not_acceptable", str(exc)))
        except Exception as exc:  # noqa: BLE001 - report anything to the parent rather than die silently
            conn.send(("failed", f"query failed: {exc}"))


class _Worker:
    """A query process started with `python -m api.query_runner` (not multiprocessing's spawn, which
    would re-run the caller's main script), talking over a socket pair."""

    def __init__(self, path: str):
        parent, child = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsgraph.api.query_runner", str(child.fileno()), path],
            pass_fds=[child.fileno()], stdin=subprocess.DEVNULL)
        child.close()
        self.conn = Connection(parent.detach())

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            self.kill()
            return
        self.conn.close()


def forward_to_server(store, job: QueryJob, timeout: float) -> tuple[str, bytes]:
    """Send a job to the store's SPARQL server with the same promises: time limit, result cap, 406."""
    from newsgraph.graph.remote_store import NotAcceptableHere, QueryTimedOut, ResultTooBig
    from newsgraph.graph.store import QueryError

    try:
        return store.forward(job.query, accept=job.accept, timeout=timeout, max_bytes=job.max_bytes,
                             default_graphs=job.default_graphs, named_graphs=job.named_graphs)
    except QueryTimedOut as exc:
        raise QueryTimeout(str(exc)) from exc
    except ResultTooBig as exc:
        raise ResultTooLarge(str(exc)) from exc
    except NotAcceptableHere as exc:
        raise NotAcceptable(str(exc)) from exc
    except QueryError as exc:
        raise QueryFailed(str(exc)) from exc


class QueryRunner:
    """Runs SPARQL jobs against a store with a deadline; see the module docstring."""

    def __init__(self, store, *, timeout: float = 10.0, workers: int = 2):
        self.store = store
        self.timeout = timeout
        self._path = str(store.path) if getattr(store, "path", None) is not None else None
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        self._size = workers
        self._started = False
        self.killed = 0  # how many workers were killed at the deadline (for tests and metrics)

    def start(self) -> None:
        if self._path is None or self._started:
            return
        for _ in range(self._size):
            self._add_worker()
        self._started = True

    def _add_worker(self) -> None:
        worker = _Worker(self._path)
        with self._lock:
            self._workers.append(worker)
        self._idle.put(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._workers = self._workers, []
        for worker in workers:
            worker.stop()
        self._started = False

    def run(self, job: QueryJob) -> QueryAnswer:
        started = time.perf_counter()
        if hasattr(self.store, "forward"):  # a SPARQL server: it runs the query, we bound time and size
            media_type, body = forward_to_server(self.store, job, self.timeout)
        elif self._path is None:
            media_type, body = self._run_in_thread(job)
        else:
            self.start()
            media_type, body = self._run_in_worker(job)
        return QueryAnswer(media_type, body, time.perf_counter() - started)

    def _run_in_worker(self, job: QueryJob) -> tuple[str, bytes]:
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeout(f"all query workers stayed busy for {self.timeout:g} s; try again later") from None
        self.store.flush()
        worker.conn.send((self.store.generation, job))
        remaining = max(0.0, deadline - time.monotonic())
        if not worker.conn.poll(remaining):
            worker.kill()
            self.killed += 1
            with self._lock:
                if worker in self._workers:
                    self._workers.remove(worker)
            self._add_worker()
            raise QueryTimeout(f"the query ran longer than the {self.timeout:g} s limit and was stopped")
        try:
            status, *payload = worker.conn.recv()
        except (EOFError, OSError):
            worker.kill()
            self._add_worker()
            raise QueryFailed("the query worker died; the query may use too much memory") from None
        self._idle.put(worker)
        if status == "ok":
            return payload[0], payload[1]
        if status == "too_large":
            raise ResultTooLarge(payload[0])
        if status == "not_acceptable":
            raise NotAcceptable(payload[0])
        raise QueryFailed(payload[0])

    def _run_in_thread(self, job: QueryJob) -> tuple[str, bytes]:
        box: dict[str, Any] = {}

        def target():
            try:
                box["answer"] = execute(self.store.raw, job)
            except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
                box["error"] = exc

        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        thread.join(self.timeout)
        if thread.is_alive():
            raise QueryTimeout(f"the query ran longer than the {self.timeout:g} s limit")
        if "error" in box:
            raise box["error"]
        return box["answer"]


if __name__ == "__main__":  # pragma: no cover - the worker process
    _worker_main(Connection(int(sys.argv[1])), sys.argv[2])
