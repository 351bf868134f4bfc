"""Run user SPARQL with a hard time limit, isolated from the server, on a consistent view of the store.

Why processes: pyoxigraph cannot cancel a query, so a runaway query must run where it can be
killed. A worker process is killed at the deadline and the client told 503 before any byte is
sent. A parser or evaluator that crashes (stack overflow on deep nesting) also only takes a worker.

Why snapshots: opening the live RocksDB store read-only while the server writes to it is
undefined (pyoxigraph's `Store.read_only` docs); it failed with "Corruption: IO error" after
writes. Workers therefore read *backups*: `Store.backup` makes a RocksDB checkpoint (hard links
to the immutable files, about 0.1 s), which nobody ever writes. A new snapshot is made when a
query arrives and the store has changed since the last one (writes bump `store.generation` before
they are acknowledged, so a query always sees every write acknowledged before it arrived). Old
snapshots are deleted when no worker holds them any more.

Following writes: a query that finds the store changed waits for the new snapshot (a checkpoint,
40-180 ms measured at 10k articles) and for its worker to open it (10-30 ms). So while queries come
(within `FOLLOW_WINDOW`), a thread watches the store's write count and, once writes settle (no new
write for `FOLLOW_POLL`), makes the snapshot itself and has the idle workers open it: the next
query finds it ready. The promise is unchanged (a query still checks that its snapshot holds every
acknowledged write, and makes one if not); a store written without readers pays for no snapshots.

Scheduling: one more worker is reserved for light queries (`query_cost`: no triple pattern, or a
few index lookups), used when no ordinary worker is ready: `ASK {}` beside runaway queries is answered
by it at once, without waiting for its turn or for a new worker to start (the measured cause of
2-4 s answers under load: the query was handed a worker still importing its modules). Otherwise
between `workers` and `max_workers` processes (two idle spares are kept started, and a
query running past a second is lowered in priority, so short queries get the CPU first); each client (IP) runs at most `per_client` queries at once, and when
workers are scarce the waiting client with the fewest running queries goes first; at most
`queue_limit` requests wait (503 with Retry-After beyond). Waiting counts toward the deadline.

Errors: a syntax or evaluation error is the client's (400); a refused feature 403; a result over
the cap 422 (serialisation stops at the cap, the body is never built whole); a store error is
retried once on a fresh snapshot, then 503 with Retry-After; a worker that died while idle is
replaced before it is given a query; a worker that dies during a query is replaced and the query
retried once on a fresh worker (a query that kills two workers is refused, 422).

SPARQL Update runs in the server (it holds the only writable handle), but first in a worker on a
private writable backup of the store as it is at that moment: killed at the deadline (503) without
touching the real store, and a crash there costs a worker. The real update then runs on nearly the
same data (only writes landing meanwhile differ), so its cost is the one just measured.

An in-memory store (tests, notebooks) cannot be shared with another process; its queries run in a
thread with the time limit applied to the wait only.
"""
from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable

import pyoxigraph as ox

from newsgraph.api.conneg import NotAcceptable, negotiate_result_format
from newsgraph.api.query_cost import is_light, warm_up
from newsgraph.api.sparql_safety import Refused, check_query, check_update
from newsgraph.graph import cancel

RETRY_AFTER = 2  # seconds, in the Retry-After header of every 503
FOLLOW_POLL = 0.02  # seconds between looks at the store's write count (an int read, nothing more)
FOLLOW_WINDOW = 60.0  # writes are followed with fresh snapshots only while queries came within this time
LONG_QUERY = 1.0  # seconds after which a query's worker is lowered in priority
SPARES = 2  # idle workers kept started (up to max_workers), so a short query never waits for a start


class QueryTimeout(RuntimeError):
    """The query did not finish (or could not start) within the deadline: 503."""


class Overloaded(RuntimeError):
    """Too many queries are waiting: 503 with Retry-After."""


class StoreUnavailable(RuntimeError):
    """The store could not be read, even on a fresh snapshot: 503, never the client's fault."""


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
    allow_service: bool = False
    prefixes: dict[str, str] | None = None
    client: str = "-"


@dataclass(frozen=True)
class QueryAnswer:
    media_type: str
    body: bytes
    seconds: float


def _query_kwargs(job: QueryJob) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"base_iri": job.base_iri}
    if job.prefixes:
        kwargs["prefixes"] = job.prefixes
    if job.default_graphs or job.named_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs] or ox.DefaultGraph()
        if job.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    return kwargs


class _StoreReadError(RuntimeError):
    """Reading the store failed (I/O): not the query's fault."""


class _CappedBuffer:
    """A binary sink that refuses to grow past `limit`: serialisation stops at the cap."""

    def __init__(self, limit: int):
        self.limit = limit
        self.size = 0
        self.over = False
        self.chunks: list[bytes] = []

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.over = True
            raise OSError("result size cap reached")
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def execute(store: ox.Store, job: QueryJob) -> tuple[str, bytes]:
    """Check, evaluate and serialise one query: (media type, body).

    Raises Refused, QueryFailed, ResultTooLarge, NotAcceptable or _StoreReadError."""
    check_query(job.query, allow_service=job.allow_service, prefixes=job.prefixes)
    sink = _CappedBuffer(job.max_bytes)
    results = None
    try:
        results = store.query(job.query, **_query_kwargs(job))
        if isinstance(results, ox.QueryBoolean):
            kind = "boolean"
        elif isinstance(results, ox.QuerySolutions):
            kind = "solutions"
        else:
            kind = "graph"
        media_type, fmt = negotiate_result_format(job.accept, kind)  # NotAcceptable propagates
        if kind == "graph":
            ox.serialize(results, sink, fmt)
        else:
            results.serialize(sink, fmt)
    except NotAcceptable:
        raise
    except SyntaxError as exc:
        raise QueryFailed(f"SPARQL syntax error: {exc}") from exc
    except OSError as exc:
        if sink.over:
            raise ResultTooLarge(f"the result is over the {job.max_bytes}-byte limit; add a LIMIT") from None
        if job.allow_service:
            raise QueryFailed(f"query failed: {exc}") from exc  # a remote SERVICE failing is reported as such
        raise _StoreReadError(str(exc)) from exc
    except (ValueError, RuntimeError) as exc:
        raise QueryFailed(f"query failed: {exc}") from exc
    finally:
        # pyoxigraph results may only be dropped on the thread that made them; an exception raised
        # here keeps this frame alive and may be let go on another thread (the event loop's)
        del results
    return media_type, b"".join(sink.chunks)


def _answer(fn, *args) -> tuple:
    """Run one job in the worker and turn its outcome into a message for the parent."""
    try:
        return ("ok",) + tuple(fn(*args))
    except Refused as exc:
        return ("refused", exc.status, exc.detail)
    except QueryFailed as exc:
        return ("failed", str(exc))
    except ResultTooLarge as exc:
        return ("too_large", str(exc))
    except NotAcceptable as exc:
        return ("not_acceptable", str(exc))
    except (_StoreReadError, OSError) as exc:
        return ("store_error", str(exc))
    except Exception as exc:  # noqa: BLE001 - report anything to the parent rather than die silently
        return ("failed", f"query failed: {exc}")


def _dry_run_update(path: str, text: str, base_iri: str | None, prefixes: dict | None) -> tuple:
    """Apply an update to a private writable backup, to learn that it finishes and does not crash."""
    store = ox.Store(path)
    try:
        store.update(text, base_iri=base_iri, **({"prefixes": prefixes} if prefixes else {}))
    except SyntaxError as exc:
        raise QueryFailed(f"SPARQL syntax error: {exc}") from exc
    except (ValueError, RuntimeError) as exc:
        raise QueryFailed(f"update failed: {exc}") from exc
    finally:
        del store
    return ()


def _worker_main(conn: Connection) -> None:  # pragma: no cover - runs in a child process
    import rdflib.plugins.sparql.algebra  # noqa: F401 - warm up: the safety check needs the parser
    import rdflib.plugins.sparql.parser  # noqa: F401
    conn.send(("ready",))
    store, opened = None, None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        kind, *args = message
        if kind in ("query", "open"):
            path = args[0]
            if path != opened:
                store, opened = None, None
                try:
                    store, opened = ox.Store.read_only(path), path
                except OSError as exc:
                    conn.send(("store_error", str(exc)))
                    continue
            conn.send(_answer(execute, store, args[1]) if kind == "query" else ("ok",))
        elif kind == "check_update":
            text, allow_service, prefixes = args
            conn.send(_answer(lambda: check_update(text, allow_service=allow_service, prefixes=prefixes) or ()))
        elif kind == "dry_run":
            path, text, base_iri, prefixes = args
            conn.send(_answer(_dry_run_update, path, text, base_iri, prefixes))


class _Snapshot:
    def __init__(self, path: Path, generation: int):
        self.path = path
        self.generation = generation
        self.holders = 0


class Snapshots:
    """Read-only checkpoints of the store for the workers, made on demand and deleted when unused."""

    def __init__(self, store, root: Path):
        self.store = store
        self.root = root
        shutil.rmtree(root, ignore_errors=True)  # leftovers of a killed server: only ours live here
        root.mkdir(parents=True)
        self._lock = threading.Lock()
        self._making = threading.Lock()  # one snapshot made at a time
        self._current: _Snapshot | None = None
        self._counter = itertools.count()
        self.made = 0
        self.failed = 0  # backups that failed and were made again

    def _make(self, prefix: str = "s") -> tuple[Path, int]:
        """A checkpoint of the store (made under the store's write lock, see `OxigraphStore.backup`);
        one that fails anyway is made again."""
        for attempt in (1, 2, 3):
            path = self.root / f"{prefix}{next(self._counter)}"
            generation = self.store.generation  # read first: a write during the backup only makes us conservative
            try:
                self.store.backup(path)
            except (OSError, RuntimeError) as exc:  # the store's trouble, not the client's
                shutil.rmtree(path, ignore_errors=True)
                self.failed += 1
                if attempt == 3:
                    raise StoreUnavailable(f"could not snapshot the store for reading: {exc}") from exc
                continue
            self.made += 1
            return path, generation
        raise AssertionError("unreachable")

    def acquire(self, *, fresh: bool = False) -> _Snapshot:
        """A snapshot with every write acknowledged so far (a new one if `fresh`), held for the
        caller: pass it to `hand_to` or `release` it.

        Lock order: `_making` before the store's write lock; `_lock` is never held while waiting for
        another lock. Called before a worker is taken, so a snapshot waiting for a write never
        holds a worker that the write may need."""
        with self._making:
            with self._lock:
                current = self._current
                needed = fresh or current is None or current.generation != self.store.generation
            if needed:
                path, generation = self._make()
                with self._lock:
                    old, self._current = self._current, _Snapshot(path, generation)
                    if old is not None and old.holders <= 0:
                        shutil.rmtree(old.path, ignore_errors=True)
        with self._lock:
            self._current.holders += 1
            return self._current

    def hold_current(self) -> _Snapshot | None:
        """The newest snapshot, held for the caller, without making one (None before the first)."""
        with self._lock:
            if self._current is not None:
                self._current.holders += 1
            return self._current

    def hold_if_current(self) -> _Snapshot | None:
        """The newest snapshot, held for the caller, if it holds every write acknowledged so far."""
        with self._lock:
            current = self._current
            if current is None or current.generation != self.store.generation:
                return None
            current.holders += 1
            return current

    def is_current(self) -> bool:
        """Whether the newest snapshot holds every write acknowledged so far."""
        with self._lock:
            return self._current is not None and self._current.generation == self.store.generation

    def hand_to(self, worker: "_Worker", snapshot: _Snapshot) -> None:
        """The worker reads `snapshot` from now on (the caller's hold passes to the worker)."""
        with self._lock:
            if worker.snapshot is snapshot:
                self._release_locked(snapshot)
            else:
                self._release_locked(worker.snapshot)
                worker.snapshot = snapshot

    def private_copy(self) -> Path:
        """A writable backup for one update's dry run (the caller holds the write lock and deletes it)."""
        return self._make("u")[0]

    def release(self, snapshot: _Snapshot | None) -> None:
        with self._lock:
            self._release_locked(snapshot)

    def _release_locked(self, snapshot: _Snapshot | None) -> None:
        if snapshot is None:
            return
        snapshot.holders -= 1
        if snapshot.holders <= 0 and snapshot is not self._current:
            shutil.rmtree(snapshot.path, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class _Worker:
    """A query process started with `python -m newsgraph.api.query_runner` (not multiprocessing's
    spawn, which would re-run the caller's main script), talking over a socket pair."""

    def __init__(self):
        parent, child = socket.socketpair()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsgraph.api.query_runner", str(child.fileno())],
            pass_fds=[child.fileno()], stdin=subprocess.DEVNULL)
        child.close()
        self.conn = Connection(parent.detach())
        self.snapshot: _Snapshot | None = None
        self.niced = False  # lowered in priority while running a long query; retired afterwards
        self.ready = False  # the worker says ("ready",) once its imports are done

    def wait_ready(self, timeout: float) -> bool:
        """Whether the worker said it is ready (within `timeout`); a dead one never is."""
        try:
            if not self.ready and self.conn.poll(timeout):
                self.ready = self.conn.recv() == ("ready",)
        except (EOFError, OSError):  # it died (killed while idle): its socket reads as closed
            return False
        return self.ready

    def alive(self) -> bool:
        return self.process.poll() is None

    def deprioritise(self) -> None:
        """A query running past LONG_QUERY gives way to short ones (nice 10), so that `ASK {}` is
        answered at once even while runaway queries use every core."""
        if not self.niced:
            try:
                os.setpriority(os.PRIO_PROCESS, self.process.pid, 10)
            except (OSError, AttributeError):
                pass
            self.niced = True

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        try:
            self.conn.close()
        except OSError:  # closed meanwhile by another thread stopping it (seen once at shutdown: EBADF)
            pass

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired, ValueError):
            self.kill()
            return
        self.conn.close()


class _WorkerDied(RuntimeError):
    pass


def forward_to_server(store, job: QueryJob, timeout: float) -> tuple[str, bytes]:
    """Send a job to the store's SPARQL server with the same promises: time limit, result cap, 406,
    and no SERVICE (checked here, on the parsed query, before anything is sent)."""
    from newsgraph.graph.remote_store import NotAcceptableHere, QueryTimedOut, ResultTooBig
    from newsgraph.graph.store import QueryError

    check_query(job.query, allow_service=job.allow_service, prefixes=job.prefixes)
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

    def __init__(self, store, *, timeout: float = 10.0, workers: int = 2, max_workers: int = 8,
                 per_client: int = 4, queue_limit: int = 64):
        self.store = store
        self.timeout = timeout
        self._path = Path(store.path) if getattr(store, "path", None) is not None else None
        self._min = max(1, workers)
        self._max = max(self._min, max_workers)
        self._per_client = max(1, per_client)
        self._queue_limit = queue_limit
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._running: dict[str, int] = {}
        self._waiting: list[tuple[int, str]] = []
        self._tickets = itertools.count()
        self._started = False
        self._closed = False
        self._snapshots: Snapshots | None = None
        self._reserve: _Worker | None = None  # the light-query lane's worker (not in `_idle`)
        self._reserve_busy = False
        self._last_query = float("-inf")  # monotonic time of the last query: writes are followed while readers are around
        self._follower: threading.Thread | None = None
        self._opening = 0  # idle workers the follower is having open a new snapshot (back in ~10-30 ms)
        self.follow_window = FOLLOW_WINDOW
        # figures, for tests and the soak report
        self.followed = 0  # snapshots made by the follower after writes, before any query asked
        self.killed = 0  # workers killed at the deadline
        self.replaced = 0  # workers found dead and replaced
        self.retried = 0  # queries retried after a store error or a worker death
        self.light_lane = 0  # queries answered by the reserved worker
        self.on_loop = 0  # queries sent and awaited on the event loop (`run_async`)

    # -- pool ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._path is None or self._started:
            return
        root = self._path.parent / f".{self._path.name}.snapshots"
        self._snapshots = Snapshots(self.store, root)
        with self._cond:
            self._closed = False
            for _ in range(self._min):
                self._spawn_locked()
            self._spawn_reserve_locked()
            self._started = True
            warming = list(self._all)
        threading.Thread(target=warm_up, daemon=True, name="query-cost-warm-up").start()
        self._follower = threading.Thread(target=self._follow_writes, daemon=True, name="snapshot-follower")
        self._follower.start()
        # the first snapshot flushes what start-up wrote (an index built, ~2 s measured): here, not in a query
        self._snapshots.release(self._snapshots.acquire())
        for worker in warming:  # the first queries should not pay for the workers' start (~0.5 s each)
            worker.wait_ready(10)

    def refresh_snapshot(self) -> None:
        """Make the workers' snapshot now, after writes made at start (a name index built in the
        background): else the first queries wait for it (0.6-1.7 s measured under load)."""
        if self._snapshots is not None:
            self._snapshots.release(self._snapshots.acquire())

    # -- following writes ------------------------------------------------------------------------
    def _follow_writes(self) -> None:
        """Make the snapshot of settled writes, and open it in the idle workers, before a query asks."""
        snapshots = self._snapshots
        seen = self.store.generation
        while not self._closed and snapshots is self._snapshots:
            time.sleep(FOLLOW_POLL)
            generation = self.store.generation
            if generation != seen:  # still being written: wait until it settles
                seen = generation
                continue
            if time.monotonic() - self._last_query > self.follow_window:
                continue
            try:
                if not snapshots.is_current():
                    before = snapshots.made
                    snapshots.release(snapshots.acquire())
                    self.followed += snapshots.made - before
                if self._idle_workers_behind():
                    self._open_in_idle_workers()
            except Exception:  # noqa: BLE001 - a query will make its own snapshot and report the error
                continue

    def _behind_locked(self, worker: _Worker, current: _Snapshot | None) -> bool:
        """Whether an idle worker holds an older snapshot than `current` and is ready to open it. A
        spare that never opened one is left alone: it opens on its first query, as before."""
        return (current is not None and worker.snapshot is not None and worker.snapshot is not current
                and worker.alive() and (worker.ready or worker.wait_ready(0)))

    def _idle_workers_behind(self) -> bool:
        current = self._snapshots._current if self._snapshots else None
        with self._cond:
            lane = [self._reserve] if self._reserve is not None and not self._reserve_busy else []
            return any(self._behind_locked(w, current) for w in self._idle + lane)

    def _open_in_idle_workers(self) -> None:
        """Hand the current snapshot to the ready idle workers (the reserved one too), each opened
        there now; skipped when queries are waiting, which then take the workers as they are."""
        with self._cond:
            if self._waiting or self._closed:
                return
            current = self._snapshots._current
            workers = [w for w in self._idle if self._behind_locked(w, current)]
            for worker in workers:
                self._idle.remove(worker)
            reserve = self._reserve
            if reserve is not None and not self._reserve_busy and self._behind_locked(reserve, current):
                self._reserve_busy = True
                workers.append(reserve)
            self._opening += len(workers)  # a query meanwhile waits for these rather than start a worker
        dead = []
        for worker in workers:
            snapshot = self._snapshots.hold_current()  # never makes one: that may wait, with workers held
            if snapshot is None or worker.snapshot is snapshot:
                self._snapshots.release(snapshot)
                continue
            self._snapshots.hand_to(worker, snapshot)
            try:
                worker.conn.send(("open", str(snapshot.path)))
                reply = ("ready",)
                while reply == ("ready",):
                    if not worker.conn.poll(5):
                        raise OSError("the worker did not open the snapshot within 5 s")
                    reply = worker.conn.recv()
                if reply != ("ok",):  # it could not open it: the next query retries on a fresh one
                    self._snapshots.release(worker.snapshot)
                    worker.snapshot = None
            except (EOFError, OSError):
                dead.append(worker)
        with self._cond:
            self._opening -= len(workers)
            for worker in workers:
                if worker is self._reserve:
                    self._reserve_busy = False
                if worker in dead:
                    self._discard_locked(worker)  # killed below, outside the lock
                    self.replaced += 1
                    if worker is self._reserve and not self._closed:
                        self._spawn_reserve_locked()
                elif worker is not self._reserve:
                    if self._closed:
                        self._idle_kill(worker)
                    else:
                        self._idle.append(worker)
            while not self._closed and self._ordinary() < self._min:
                self._spawn_locked()
            self._cond.notify_all()
        for worker in dead:
            worker.kill()

    def _spawn_locked(self) -> None:
        worker = _Worker()
        self._all.add(worker)
        self._idle.append(worker)

    def _ordinary(self) -> int:
        """Workers besides the reserved one (`workers` and `max_workers` count these)."""
        return len(self._all) - (self._reserve in self._all)

    def _spawn_reserve_locked(self) -> None:
        self._reserve = _Worker()
        self._reserve_busy = False
        self._all.add(self._reserve)

    def _reserve_ready_locked(self) -> bool:
        """Whether the reserved worker is free and ready; a dead one is replaced (and not ready yet)."""
        reserve = self._reserve
        if reserve is None or self._reserve_busy or self._closed:
            return False
        if not reserve.alive():
            self._discard_locked(reserve)
            reserve.kill()  # reaped, its socket closed
            self.replaced += 1
            self._spawn_reserve_locked()
            return False
        return reserve.wait_ready(0)

    def _discard_locked(self, worker: _Worker) -> None:
        self._all.discard(worker)
        if worker in self._idle:
            self._idle.remove(worker)
        if self._snapshots is not None:
            self._snapshots.release(worker.snapshot)
        worker.snapshot = None

    def close(self) -> None:
        """Stop every worker now (busy ones are killed: shutting down must not wait for a query)."""
        with self._cond:
            self._closed = True
            idle = set(self._idle) | ({self._reserve} if self._reserve and not self._reserve_busy else set())
            workers, self._all, self._idle = list(self._all), set(), []
            self._reserve = None
            self._cond.notify_all()
        for worker in workers:
            worker.stop() if worker in idle else worker.kill()
        if self._snapshots is not None:
            self._snapshots.close()
        self._started = False

    @property
    def size(self) -> int:
        return len(self._all)

    def figures(self) -> dict[str, int]:
        """Counters for /health and the soak report."""
        return {"workers": len(self._all), "waiting": len(self._waiting), "running": sum(self._running.values()),
                "killed_at_deadline": self.killed,
                "replaced_dead": self.replaced, "retried": self.retried, "light_lane": self.light_lane, "on_loop": self.on_loop,
                "snapshots": self._snapshots.made if self._snapshots else 0,
                "snapshots_after_writes": self.followed,
                "snapshot_retries": self._snapshots.failed if self._snapshots else 0}

    def _my_turn(self, ticket: int) -> bool:
        eligible = [(self._running.get(c, 0), t) for t, c in self._waiting if self._running.get(c, 0) < self._per_client]
        return bool(eligible) and min(eligible)[1] == ticket

    def _acquire(self, client: str, deadline: float, light: Callable[[], bool] | bool = False) -> _Worker:
        """A worker for `client`: the reserved one at once for a light query when no ordinary worker
        is ready and the reserved one is, else an ordinary one in turn (fair share per client,
        bounded queue). `light` says whether the query is light; a callable is asked only then,
        outside the lock (it parses the query), and once.

        Judged here, when a worker is taken, not when the query arrived: a query that found an
        ordinary worker ready, then waited for a snapshot while runaway queries took the ready
        workers, was handed one still starting (2.6 s measured for `ASK {}` beside two runaways,
        the first queries after a start)."""
        with self._cond:
            if self._closed:
                raise Overloaded("the server is shutting down")
            self._reserve_ready_locked()  # a lane worker that died is replaced here, light query or not
            if len(self._waiting) >= self._queue_limit:
                raise Overloaded(f"{len(self._waiting)} queries are already waiting; try again later")
            ticket = next(self._tickets)
            self._waiting.append((ticket, client))
            try:
                while True:
                    if self._closed:
                        raise Overloaded("the server is shutting down")
                    if light and not self._ready_idle_locked() and self._reserve_ready_locked():
                        if callable(light):
                            self._cond.release()  # parse the query without holding up the pool
                            try:
                                light = bool(light())
                            finally:
                                self._cond.acquire()
                            continue  # the pool may have changed meanwhile
                        self._reserve_busy = True
                        self._running[client] = self._running.get(client, 0) + 1
                        self.light_lane += 1
                        return self._reserve
                    if self._my_turn(ticket):
                        worker = self._take_idle_locked()
                        if worker is not None:
                            self._running[client] = self._running.get(client, 0) + 1
                            while len(self._idle) < SPARES and self._ordinary() < self._max:
                                self._spawn_locked()  # warm spares: a new worker takes ~0.5-4 s to start
                            return worker
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise QueryTimeout(f"no query worker became free within the {self.timeout:g} s limit; "
                                           "try again later")
                    self._cond.wait(min(remaining, 0.25))
                    _check_request()
            finally:
                self._waiting = [(t, c) for t, c in self._waiting if t != ticket]
                self._cond.notify_all()

    def _ready_idle_locked(self) -> bool:
        """Whether an idle ordinary worker is ready now (a query taking it would not wait for a start)."""
        return any(w.alive() and (w.ready or w.wait_ready(0)) for w in self._idle)

    def _take_idle_locked(self) -> _Worker | None:
        # a ready worker first (one still starting makes the query wait), the one used last first:
        # its store's caches are warm; taken in turn, each of 3-4 workers read a 100k-article
        # store from its own cold block cache
        for worker in [w for w in reversed(self._idle) if w.alive() and (w.ready or w.wait_ready(0))]:
            self._idle.remove(worker)
            return worker
        while self._idle:
            worker = self._idle.pop()
            if worker.alive():
                return worker
            self._discard_locked(worker)  # died while idle: replace it
            self.replaced += 1
        if self._ordinary() < self._max and not self._opening:
            self._spawn_locked()
            return self._idle.pop()
        return None

    def _release(self, worker: _Worker, client: str, *, dead: bool = False) -> None:
        with self._cond:
            self._running[client] = self._running.get(client, 1) - 1
            if self._running[client] <= 0:
                del self._running[client]
            if worker is self._reserve:
                self._reserve_busy = False
                if dead or worker.niced or self._closed:  # a slow or dead lane worker: a fresh one takes its place
                    self._discard_locked(worker)
                    if not dead:
                        self._idle_kill(worker)
                    if not self._closed:
                        self._spawn_reserve_locked()
            elif worker.niced and not dead:  # its priority cannot be raised again: a fresh one replaces it
                self._discard_locked(worker)
                self._idle_kill(worker)
                if not self._closed and self._ordinary() < self._min:
                    self._spawn_locked()
            elif dead or self._closed:
                self._discard_locked(worker)
                if not self._closed and self._ordinary() < self._min:
                    self._spawn_locked()
            else:
                self._idle.append(worker)
            self._cond.notify_all()
        if dead:
            worker.kill()

    @staticmethod
    def _idle_kill(worker: _Worker) -> None:
        threading.Thread(target=worker.stop, daemon=True).start()

    def _exchange(self, worker: _Worker, message: tuple, deadline: float) -> tuple:
        """Send one job and wait for its answer until the deadline (or until the request is cancelled)."""
        try:
            worker.conn.send(message)
            sent = time.monotonic()
            while True:
                while not worker.conn.poll(min(0.25, max(0.0, deadline - time.monotonic()))):
                    if time.monotonic() >= deadline:
                        raise QueryTimeout(f"the query ran longer than the {self.timeout:g} s limit and was stopped")
                    if time.monotonic() - sent > LONG_QUERY:
                        worker.deprioritise()
                    _check_request()
                reply = worker.conn.recv()
                if reply != ("ready",):
                    return reply
                worker.ready = True
        except (EOFError, OSError, BrokenPipeError) as exc:
            raise _WorkerDied(str(exc)) from None

    def _with_worker(self, client: str, deadline: float, message_for, light: Callable[[], bool] | bool = False) -> tuple:
        """Run one message on a worker: replaces dead workers, kills at the deadline."""
        worker = self._acquire(client, deadline, light)
        try:
            reply = self._exchange(worker, message_for(worker), deadline)
        except QueryTimeout:
            self.killed += 1
            self._release(worker, client, dead=True)
            raise
        except _WorkerDied:
            self._release(worker, client, dead=True)
            raise
        except BaseException:
            self._release(worker, client, dead=True)  # cancelled mid-query: the worker is still busy
            raise
        self._release(worker, client)
        return reply

    # -- queries ---------------------------------------------------------------------------------
    def run(self, job: QueryJob) -> QueryAnswer:
        started = time.perf_counter()
        self._last_query = time.monotonic()
        if hasattr(self.store, "forward"):  # a SPARQL server: it runs the query, we bound time and size
            media_type, body = forward_to_server(self.store, job, self.timeout)
        elif self._path is None:
            media_type, body = self._run_in_thread(job)
        else:
            self.start()
            media_type, body = self._run_in_worker(job)
        return QueryAnswer(media_type, body, time.perf_counter() - started)

    async def run_async(self, job: QueryJob) -> QueryAnswer:
        """`run` for the event loop: when the snapshot holds every acknowledged write and a ready
        worker is free for this client with nobody waiting, the job is sent from the loop and its
        answer awaited there (the worker's socket as a reader); otherwise, and for a retry, `run`
        in a thread, which waits in turn and makes snapshots. Same deadline, fair share, errors.

        Why: the hop to a worker thread and back cost ~0.1-0.2 ms of a 0.4 ms query (issue 9)."""
        from starlette.concurrency import run_in_threadpool

        if self._path is None or hasattr(self.store, "forward"):
            return await run_in_threadpool(self.run, job)
        started = time.perf_counter()
        self._last_query = time.monotonic()
        self.start()
        taken = self._take_now(job.client)
        if taken is None:
            return await run_in_threadpool(self.run, job)
        worker, snapshot = taken
        self.on_loop += 1
        deadline = time.monotonic() + self.timeout
        try:
            status, *payload = await self._exchange_on_loop(worker, job, snapshot, deadline)
        except _WorkerDied:
            self.retried += 1  # the second attempt, in a thread, as `run` would have made it
            media_type, body = await run_in_threadpool(self._run_in_worker, job, 2)
        else:
            if status == "store_error":
                self.retried += 1
                media_type, body = await run_in_threadpool(self._run_in_worker, job, 2, True)
            else:
                media_type, body = _raise_or_return(status, payload)
        return QueryAnswer(media_type, body, time.perf_counter() - started)

    def _take_now(self, client: str) -> tuple[_Worker, _Snapshot] | None:
        """A ready ordinary worker for `client` now, without waiting, with the current snapshot
        handed to it; None when anything would have to wait (a snapshot to make, a worker
        to start or free, other queries waiting, the client's share used)."""
        snapshot = self._snapshots.hold_if_current()
        if snapshot is None:
            return None
        with self._cond:
            worker = None
            if not self._closed and not self._waiting and self._running.get(client, 0) < self._per_client:
                # the one used last first (warm caches), as `_take_idle_locked` takes them
                for w in reversed(self._idle):
                    if not w.alive():
                        continue  # died while idle: the thread's way below replaces it
                    if w.ready or w.wait_ready(0):
                        worker = w
                        break
            if worker is None:
                self._snapshots.release(snapshot)
                return None
            self._idle.remove(worker)
            self._running[client] = self._running.get(client, 0) + 1
            while len(self._idle) < SPARES and self._ordinary() < self._max:
                self._spawn_locked()  # warm spares, as `_acquire` keeps them
        self._snapshots.hand_to(worker, snapshot)
        return worker, snapshot

    async def _exchange_on_loop(self, worker: _Worker, job: QueryJob, snapshot: _Snapshot, deadline: float) -> tuple:
        """`_with_worker` and `_exchange` on the event loop: send, await the answer until the deadline
        (or the request's cancellation), release the worker (killed unless it answered)."""
        import asyncio

        loop = asyncio.get_running_loop()
        fd = worker.conn.fileno()
        try:
            worker.conn.send(("query", str(snapshot.path), job))
            sent = time.monotonic()
            while True:
                readable = loop.create_future()
                loop.add_reader(fd, lambda: readable.done() or readable.set_result(None))
                try:
                    while not readable.done():
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            raise QueryTimeout(f"the query ran longer than the {self.timeout:g} s limit and was stopped")
                        await asyncio.wait([readable], timeout=min(0.25, remaining))
                        if readable.done():
                            break
                        if time.monotonic() - sent > LONG_QUERY:
                            worker.deprioritise()
                        _check_request()
                finally:
                    loop.remove_reader(fd)
                    # uvloop's add_reader leaves the socket non-blocking: a `recv` of an answer still
                    # arriving (off the loop below, or later on the thread path) would then fail with
                    # EAGAIN, read as a dead worker: killed, and the query run again
                    os.set_blocking(fd, True)
                if _whole_message_waiting(fd):
                    reply = worker.conn.recv()
                else:  # a large answer still arriving: read it off the loop
                    from starlette.concurrency import run_in_threadpool
                    reply = await run_in_threadpool(worker.conn.recv)
                if reply != ("ready",):
                    break
                worker.ready = True
        except QueryTimeout:
            self.killed += 1
            self._release(worker, job.client, dead=True)
            raise
        except (EOFError, OSError) as exc:
            self._release(worker, job.client, dead=True)
            raise _WorkerDied(str(exc)) from None
        except BaseException:
            self._release(worker, job.client, dead=True)  # cancelled mid-query: the worker is still busy
            raise
        self._release(worker, job.client)
        return reply

    def _run_in_worker(self, job: QueryJob, first_attempt: int = 1, fresh: bool = False) -> tuple[str, bytes]:
        deadline = time.monotonic() + self.timeout
        # judged only if no ordinary worker is ready when one is taken: parsing costs the server's CPU
        judged: list[bool] = []

        def light() -> bool:
            if not judged:
                judged.append(is_light(job.query, job.prefixes))
            return judged[0]
        for attempt in (1, 2)[first_attempt - 1:]:
            snapshot = self._snapshots.acquire(fresh=fresh)
            handed = []

            def message(worker: _Worker, snapshot=snapshot) -> tuple:
                self._snapshots.hand_to(worker, snapshot)
                handed.append(True)
                return ("query", str(snapshot.path), job)
            try:
                status, *payload = self._with_worker(job.client, deadline, message, light)
            except _WorkerDied:
                if attempt == 2:
                    raise ResultTooLarge("the query crashed two query workers (too much memory or too deeply "
                                         "nested); simplify it or add a LIMIT") from None
                self.retried += 1
                continue
            finally:
                if not handed:  # no worker came: our hold on the snapshot goes
                    self._snapshots.release(snapshot)
            if status == "store_error":
                if attempt == 2:
                    raise StoreUnavailable(f"the store could not be read ({payload[0]}); try again")
                self.retried += 1
                fresh = True
                continue
            return _raise_or_return(status, payload)
        raise AssertionError("unreachable")

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
            error = box["error"]
            if isinstance(error, _StoreReadError):
                raise StoreUnavailable(f"the store could not be read ({error}); try again")
            raise error
        return box["answer"]

    # -- updates ---------------------------------------------------------------------------------
    def update(self, text: str, *, base_iri: str | None = None, allow_service: bool = False,
               prefixes: dict[str, str] | None = None, client: str = "-") -> None:
        """Check an update (LOAD, SERVICE, nesting), try it on a private copy under the deadline, then
        apply it to the store. Raises Refused, QueryFailed, QueryTimeout or StoreUnavailable."""
        if self._path is None:
            check_update(text, allow_service=allow_service, prefixes=prefixes)
            self.store.update(text, base_iri=base_iri)
            return
        self.start()
        deadline = time.monotonic() + self.timeout
        status, *payload = self._with_worker(client, deadline, lambda w: ("check_update", text, allow_service, prefixes))
        _raise_or_return(status, payload)
        copy = self._snapshots.private_copy()  # the store as it is now (writes wait ~0.1 s for it)
        try:
            status, *payload = self._with_worker(client, deadline,
                                                 lambda w: ("dry_run", str(copy), text, base_iri, prefixes))
        except _WorkerDied:
            raise QueryFailed("the update crashed the process that tried it; it was not applied") from None
        finally:
            shutil.rmtree(copy, ignore_errors=True)
        if status == "store_error":
            raise StoreUnavailable(f"the update could not be tried ({payload[0]}); it was not applied")
        _raise_or_return(status, payload)
        self.store.update(text, base_iri=base_iri)


def _whole_message_waiting(fd: int) -> bool:
    """Whether a whole `Connection` message (a 4-byte length, then the bytes) is in the socket's
    buffer, so `recv` will not block the event loop."""
    import fcntl
    import struct
    import termios

    available = struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]
    if available < 4:
        return False
    peek = socket.socket(fileno=fd)
    try:
        size = struct.unpack("!i", peek.recv(4, socket.MSG_PEEK))[0]
    finally:
        peek.detach()  # the socket object must not close the connection's descriptor
    return 0 <= size <= available - 4


def _check_request() -> None:
    """Stop waiting when the request's client went away or the server is stopping."""
    deadline = cancel.current()
    if deadline is not None and (deadline.gone.is_set() or (deadline.stopping is not None and deadline.stopping.is_set())):
        raise cancel.Cancelled(deadline.reason() or "cancelled")


def _raise_or_return(status: str, payload: list) -> tuple:
    if status == "ok":
        return tuple(payload)
    if status == "refused":
        raise Refused(payload[0], payload[1])
    if status == "too_large":
        raise ResultTooLarge(payload[0])
    if status == "not_acceptable":
        raise NotAcceptable(payload[0])
    if status == "store_error":
        raise StoreUnavailable(payload[0])
    raise QueryFailed(payload[0])


if __name__ == "__main__":  # pragma: no cover - the worker process
    _worker_main(Connection(int(sys.argv[1])))
