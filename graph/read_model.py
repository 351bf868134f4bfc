"""In-memory read models kept in step with the store: one full build at start, then each article
write applies that article's own change, so the cost of a write does not grow with the store.

Shared by the who-met model (`met_index.py`) and the people search model (`people_index.py`):

- **Generations.** The store bumps `generation` on every write, under its write lock. A model is
  *fresh* when it reflects the store's current generation.
- **Article writes by the service** (`ReadModels.writing`): under the store's write lock, the people
  the article mentions are read from the name index before and after the write, and every model
  applies the `ArticleChange` (remove what the old article contributed, add the new) before the
  lock is released, so the model is fresh again when the write returns: who-met reflects a write
  at once, not after a rebuild.
- **Full builds** (at start, or after a write the models cannot follow: raw SPARQL Update, a load)
  run in a background thread. A model's build queries are all *started* while the build holds the
  store's write lock, then read after it is released: each pyoxigraph query reads the snapshot
  taken when it starts, so the build is one consistent state (that generation) however long
  reading takes, and writes wait only for the queries to start. Article changes that land while
  the build reads are queued and applied after it, in order; a gap in the chain (a raw write)
  leaves the model stale, which starts another build.
- **Snapshots** (`read_model_snapshot.py`): after a full build, every so often while the model
  changes (`SnapshotSaver`) and when a server stops, the state is saved next to an embedded store
  by a forked child; a model that starts with nothing installed first tries its snapshot, which is
  installed only if it was taken of this store in its current state (`store_state.py`), else it
  builds. A snapshot is never served stale: any write since changed the store's state token.
- **Locks.** Writers take the store's write lock, then the model's lock; readers and installs take
  only the model's lock (never the store's while holding it), so there is one lock order. A reader
  that finds the store one write ahead while a followed write is in flight waits for that write's
  change (on the model's condition, which releases the lock) instead of starting a full build:
  otherwise every write seen mid-way by a reader cost a rebuild of the whole model.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import threading
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

from newsgraph.graph import read_model_snapshot as snapshots
from newsgraph.graph.name_index import IDX, PEOPLE_GRAPH

State = TypeVar("State")
Rows = Callable[[str], Iterable[dict[str, Any]]]


@dataclass(frozen=True)
class ArticleChange:
    """One article written or removed: the people the index says it mentions before and after
    (empty after a removal), and the store generations around the write."""

    article: str
    people_before: frozenset[str]
    people_after: frozenset[str]
    generation_before: int
    generation_after: int

    @property
    def people(self) -> frozenset[str]:
        return self.people_before | self.people_after


class _GcPause:
    """How many threads want the cycle collector off, and whether it was on before the first."""

    def __init__(self) -> None:
        self.count = 0
        self.was_enabled = True
        self.lock = threading.Lock()


_gc_pause = _GcPause()


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cycle collector off while a model's state is made (a build, a snapshot read or write):
    those allocate millions of long-lived objects, and the collector rescanning them as they pile
    up took 60% of a build at 10k articles (assembling 8.6 s against 3.4 s, unpickling 4.8 s against
    0.9 s). Counted, so overlapping builds in two threads turn it back on when the last one ends."""
    with _gc_pause.lock:
        if _gc_pause.count == 0:
            _gc_pause.was_enabled = gc.isenabled()
            gc.disable()
        _gc_pause.count += 1
    try:
        yield
    finally:
        with _gc_pause.lock:
            _gc_pause.count -= 1
            if _gc_pause.count == 0 and _gc_pause.was_enabled:
                gc.enable()


def write_lock(store):
    """The store's write lock (a remote store of ours has one too; anything else: none)."""
    return getattr(store, "write_lock", None) or nullcontext()


def people_of(store, article: str) -> frozenset[str]:
    """The people the name index says an article mentions (one range of the index graph)."""
    rows = store.select(f"SELECT ?p WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{ ?p <{IDX.mentionedIn}> <{article}> }} }}")
    return frozenset(str(r["p"]) for r in rows)


def streamed(store, sparql: str) -> Callable[[], Iterator[dict[str, Any]]]:
    """Start a SELECT now (its snapshot is taken now) and return a reader of its rows as dicts of
    plain values, to be called later (in the same thread: pyoxigraph results stay in their thread)."""
    from newsgraph.graph.store import python_value
    results = store.query(sparql)
    names = [v.value for v in results.variables]

    def rows() -> Iterator[dict[str, Any]]:
        for row in results:
            yield {n: python_value(row[n]) for n in names}
    return rows


class ReadModel(Generic[State]):
    """A state built from the store, stamped with the generation it reflects. Subclasses give the
    build (`_start_build`: start queries, return the function that reads them into a state) and the
    change (`_change_data`: read what changed, `_apply`: change the state in place)."""

    name = "read-model"
    version = 1  # of the state's layout: snapshots of another version are not loaded
    #: The server sets this on every model: after a build, or after a snapshot is read, the objects
    #: alive are moved out of the cyclic garbage collector's reach (`gc.freeze`). The models are
    #: millions of dicts, lists and tuples; a full collection walked every one not frozen (350 ms
    #: for two million tuples), the p99 of answers that allocate (networks, paths, `/met` pages).
    #: It was set on the who-met model only, which froze whatever other model was loaded by then;
    #: one finishing later (the meeting index, built in minutes at 100k) stayed in reach.
    #: Off by default: a test process would keep its garbage cycles frozen.
    freeze_after_build = False
    _ATTEMPTS = 3  # builds spoiled by untracked writes before one build holds the write lock throughout
    _WRITE_WAIT = 10.0  # seconds a reader waits for a followed write to apply its change

    def __init__(self, store):
        self.store = store
        self._state: State | None = None
        self._generation: int | None = None
        self._lock = threading.RLock()
        self._building = False
        self._pending: list[ArticleChange] = []
        self._built = threading.Condition(self._lock)
        self._writes: list[int] = []  # threads of followed article writes in flight (the store's generation moves first)
        self.snapshot_path = snapshots.path_for(store, self.name)  # None: never saved nor loaded
        self.saved_generation: int | None = None  # the generation of the last snapshot saved or loaded
        self.loaded_from_snapshot = False
        self._saving = False  # a child process is writing a snapshot

    # -- what a model is -------------------------------------------------------------------------
    def _start_build(self) -> Callable[[], State]:
        raise NotImplementedError

    def _change_data(self, change: ArticleChange) -> Any:
        raise NotImplementedError

    def _apply(self, state: State, change: ArticleChange, data: Any) -> None:
        raise NotImplementedError

    def _settled(self, state: State) -> State:
        """A whole state just made (built, or read from a snapshot), before it is installed: with
        `freeze_after_build`, everything alive is moved out of the cycle collector's reach."""
        if self.freeze_after_build:
            gc.collect()  # garbage first: what is frozen is never collected as a cycle
            gc.freeze()
        return state

    # -- reading ---------------------------------------------------------------------------------
    def is_fresh(self) -> bool:
        return self._state is not None and self._generation == self.store.generation

    @contextmanager
    def reading(self, *, stale_ok: bool = False, wait: bool = False) -> Iterator[State | None]:
        """The state under the model's lock (writers wait until the block ends): None when stale
        (a build starts), unless `stale_ok`; with `wait`, a model never built is built first."""
        if wait and self._state is None:
            self.wait_built()
        with self._lock:  # an install or a change cannot land between the check and the answer
            if self._writes and threading.get_ident() not in self._writes and not self.is_fresh():
                # a followed write has moved the store's generation and applies its change next: wait
                # for it (the wait releases the lock) instead of starting a full build for nothing
                self._built.wait_for(lambda: self.is_fresh() or not self._writes, self._WRITE_WAIT)
            fresh = self.is_fresh()
            if not fresh:
                self.refresh_in_background()
            yield self._state if (stale_ok or fresh) else None

    def wait_built(self, timeout: float | None = None) -> bool:
        """Wait until a first state is installed (building here when no build runs)."""
        with self._lock:
            if self._state is None and not self._building:
                self._building = True
                building_here = True
            else:
                building_here = False
        if building_here:
            self._rebuild()
        with self._built:
            return self._built.wait_for(lambda: self._state is not None or not self._building, timeout)

    def wait_fresh(self, timeout: float | None = None) -> bool:
        """Wait (at most `timeout` s) until the model reflects the store, starting a build if needed."""
        self.refresh_in_background()
        with self._built:
            return self._built.wait_for(lambda: self.is_fresh() or not self._building, timeout) and self.is_fresh()

    def build_now(self) -> State:
        """A full build in this thread, installed; the state (stale callers that cannot fall back)."""
        generation, state = self._consistent_build()
        with self._lock:
            self._install(generation, state)
            return self._state

    # -- building --------------------------------------------------------------------------------
    def _consistent_build(self) -> tuple[int, State]:
        """(generation, state built from exactly that generation's store)."""
        with write_lock(self.store):
            generation = self.store.generation
            read = self._start_build()
        with gc_paused():
            return generation, self._settled(read())

    def _install(self, generation: int, state: State) -> None:
        """Put a built state in place and replay the article changes queued since its generation."""
        if self._generation is not None and generation < self._generation and self._state is not None:
            return
        pending, self._pending = sorted(self._pending, key=lambda c: c.generation_before), []
        for change in pending:
            if change.generation_before == generation:
                self._apply(state, change, self._change_data(change))
                generation = change.generation_after
        self._state, self._generation = state, generation
        self._built.notify_all()

    def refresh_in_background(self) -> None:
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self._rebuild, daemon=True, name=self.name).start()

    def _rebuild(self) -> None:
        """Build until the model is fresh (from a snapshot that matches the store, when there is
        one and nothing is installed yet); `_building` is set by the caller."""
        try:
            if self._state is None and self.load_snapshot():
                return
            for attempt in range(self._ATTEMPTS + 1):
                if attempt == self._ATTEMPTS:  # untracked writes keep coming: build with writers waiting
                    with write_lock(self.store), gc_paused():
                        generation, state = self.store.generation, self._settled(self._start_build()())
                else:
                    generation, state = self._consistent_build()
                with self._lock:
                    self._install(generation, state)
                    fresh = self.is_fresh()
                if fresh:
                    if self.snapshot_path is not None:  # the next start loads this instead of building
                        self.save_snapshot(wait=False)
                    return
        except Exception:  # noqa: BLE001 - a failed build leaves the model as it was; callers fall back
            pass
        finally:
            with self._lock:
                self._building = False
                self._pending = []
                self._built.notify_all()

    # -- snapshots (`read_model_snapshot.py`) --------------------------------------------------------
    def _snapshot_header(self) -> dict[str, Any] | None:
        """What a snapshot taken now reflects (call under the store's write lock); None if unstamped."""
        stamp = self.store.stamp()
        if stamp is None:
            return None
        return {"format": snapshots.FORMAT, "model": self.name, "version": self.version,
                "store": stamp.store, "token": stamp.token, "articles": self.store.article_count()}

    def save_snapshot(self, *, wait: bool = True) -> bool:
        """Save the state next to the store if it is fresh and changed since the last save or load;
        True when a save was made (or, without `wait`, started).

        The header must match the state exactly, so both are taken with writers and readers held
        off; pickling a large state takes seconds (27 MB at 10k articles), so where the system can
        fork the process is forked under the locks (copy-on-write: a few milliseconds) and the child
        pickles and writes while this process goes on. Without `wait` the child is reaped by a
        thread, and a server that stops meanwhile leaves the child to finish the file."""
        if self.snapshot_path is None:
            return False
        try:
            with write_lock(self.store), self._lock:
                if not self.is_fresh() or self.saved_generation == self._generation or self._saving:
                    return False
                header = self._snapshot_header()
                if header is None:
                    return False
                generation = self._generation
                if hasattr(os, "fork"):
                    pid = _fork()
                    if pid == 0:
                        _save_in_child(self._state, self.snapshot_path, header)  # never returns
                    self._saving = True
                else:
                    with gc_paused():
                        data = pickle.dumps(self._state, protocol=5)
            if not hasattr(os, "fork"):
                snapshots.write(self.snapshot_path, header, data)
                return self._saved(generation, True)
        except Exception:  # noqa: BLE001 - no snapshot only means the next start builds
            return False
        if wait:
            return self._saved(generation, _exited_cleanly(pid))
        threading.Thread(target=lambda: self._saved(generation, _exited_cleanly(pid)), daemon=True,
                         name=f"{self.name}-save").start()
        return True

    def _saved(self, generation: int, ok: bool) -> bool:
        with self._lock:
            self._saving = False
            if ok:
                self.saved_generation = generation
        return ok

    def load_snapshot(self) -> bool:
        """Install the saved state if its header matches the store now (same store, no write since,
        same article count, same layout); False, and nothing installed, otherwise."""
        expected = {"format": snapshots.FORMAT, "model": self.name, "version": self.version}
        header = snapshots.read_header(self.snapshot_path)
        if header is None or any(header.get(k) != v for k, v in expected.items()):
            return False
        try:
            with write_lock(self.store):
                if self._snapshot_header() != header:  # cheap check before reading the state
                    return False
            with gc_paused():
                state = snapshots.read_state(self.snapshot_path, header)
            if state is None:
                return False
            state = self._settled(state)  # as after a build: a loaded state lives as long
            with write_lock(self.store):
                if self._snapshot_header() != header:  # a write landed while the state was read
                    return False
                with self._lock:
                    self._install(self.store.generation, state)
                    self.saved_generation, self.loaded_from_snapshot = self._generation, True
                    return True
        except Exception:  # noqa: BLE001 - an unreadable snapshot counts as none
            return False

    # -- following writes ------------------------------------------------------------------------
    def write_started(self) -> None:
        """A followed write begins (under the store's write lock): readers that see the store ahead
        of the model wait for its change rather than start a build."""
        with self._lock:
            self._writes.append(threading.get_ident())

    def write_ended(self) -> None:
        with self._lock:
            self._writes.remove(threading.get_ident())
            self._built.notify_all()

    def article_changed(self, change: ArticleChange) -> None:
        """Follow one article write (called under the store's write lock, right after the write)."""
        with self._lock:
            if self._building:
                self._pending.append(change)
                return
            if self._state is None or self._generation != change.generation_before:
                return  # stale anyway: the next reader starts a build
        data = self._change_data(change)  # store reads under the write lock: the state just written
        with self._lock:
            if self._state is not None and self._generation == change.generation_before:
                self._apply(self._state, change, data)
                self._generation = change.generation_after


def _fork() -> int:
    """os.fork, without the warning Python 3.12+ gives in a threaded process: the child only
    pickles plain Python objects and writes one file (`_save_in_child`), touching no lock another
    thread could hold (no store, no logging, no import)."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def _save_in_child(state: Any, path, header: dict[str, Any]) -> None:
    code = 1
    try:
        # nothing of the parent's stays open here: its listening socket, pipes to query workers and
        # the store's files (a server restarted on the same port must not find it still bound)
        os.closerange(3, 1 << 16)
        gc.disable()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C to the server stops it, not its save
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        snapshots.write(path, header, pickle.dumps(state, protocol=5))
        code = 0
    finally:
        os._exit(code)  # no atexit, no store close: the parent owns all of that


def _exited_cleanly(pid: int) -> bool:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


class SnapshotSaver:
    """Saves the models' snapshots every `interval` seconds while they change (a forked child does
    the work, `ReadModel.save_snapshot`), and once more when stopped, so a restart, or a start after
    a crash, finds a snapshot at most `interval` seconds of writes old... and refuses it if any write
    came after it, building instead (a stale snapshot is never served)."""

    def __init__(self, models: Iterable[ReadModel], interval: float = 60.0):
        self.models = [m for m in models if m.snapshot_path is not None]
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.models and self._thread is None:
            self._thread = threading.Thread(target=self._run, daemon=True, name="read-model-snapshots")
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.save(wait=True)

    def save(self, *, wait: bool) -> None:
        for model in self.models:
            model.save_snapshot(wait=wait)

    def stop(self) -> None:
        """Stop saving; start a last save (not waited for: the child finishes it if we exit first)."""
        self._stop.set()
        self.save(wait=False)


class ReadModels:
    """The read models a service keeps in step with its article writes."""

    def __init__(self, store, models: Iterable[ReadModel | None]):
        self.store = store
        self.models = [m for m in models if m is not None]
        self._inside = threading.local()

    @contextmanager
    def writing(self, article: str) -> Iterator[None]:
        """Around one article write or removal (and what goes with it, such as its ledger entry):
        the models follow it before the lock is released. Nested blocks count as the outer one."""
        if not self.models or getattr(self._inside, "article", None) is not None:
            yield
            return
        with write_lock(self.store):
            for model in self.models:
                model.write_started()
            try:
                self._inside.article = article
                try:
                    generation = self.store.generation
                    before = people_of(self.store, article)
                    yield
                finally:
                    self._inside.article = None
                if self.store.generation == generation:
                    return  # nothing was written (unchanged, or refused)
                change = ArticleChange(article, before, people_of(self.store, article), generation, self.store.generation)
                for model in self.models:
                    model.article_changed(change)
            finally:
                for model in self.models:
                    model.write_ended()
