"""The people name index, brought up to date in the background so that `newsgraph serve` answers
at once: a store written by an older version, filled by bulk load, or left by a killed rebuild
needs its index (re)built, which takes minutes on a store of a million quads.

While it builds, routes that read names (people, meetings, statements, delegations, paths,
networks) and article writes (which would race the rebuild's writes to the index) answer 503 with
`Retry-After`; `/health` says `name_index: building` and how many articles are done. Everything
else (the explorer's files, `/docs`, `/sparql`, `/graphs`, `/export`, article reads, `/id/...`)
answers from the store as usual: none of it reads the index."""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from fastapi import Request

from newsgraph.graph import name_index

log = logging.getLogger(__name__)

__all__ = ["NameIndexBuild", "IndexBuilding", "require_name_index"]


class IndexBuilding(Exception):
    """A request that needs the name index while it is being built: 503 with Retry-After."""


class NameIndexBuild:
    """Whether a store's name index is ready, and the thread that makes it so.

    What is needed is decided when this is made (a few lookups, no rebuild): a store whose index is
    current is ready from the start and no thread is started. `start` runs the build, then `then`
    (the read models, which read the index)."""

    def __init__(self, store) -> None:
        self.store = store
        self.need = name_index.pending(store) if store.supports_update and not getattr(store, "read_only", False) else None
        self.total = len(store.articles()) if self.need == "build" else None
        self.done = 0
        self.error: str | None = None
        self._ready = threading.Event()
        if self.need is None:
            self._ready.set()
        self._thread: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def start(self, then: Callable[[], None] | None = None) -> None:
        """Build (or migrate) the index in a daemon thread, then call `then` (before the index is
        said to be ready); just `then` when it is ready already."""
        if self.ready:
            if then:
                then()
            return
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, args=(then,), daemon=True, name="name-index-build")
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        return self._ready.wait(timeout)

    def _run(self, then: Callable[[], None] | None) -> None:
        try:
            outcome = name_index.ensure(self.store, progress=self._progress)
            log.info("people name index %s", outcome or "current")
        except Exception as exc:  # noqa: BLE001 - reported by /health; the routes stay on 503
            self.error = f"{type(exc).__name__}: {exc}"
            log.exception("people name index build failed")
            return
        try:
            if then:
                then()  # before "ready": what follows the build (a fresh query snapshot) is in place
        except Exception:  # noqa: BLE001 - the index is built; what follows it is best effort
            log.exception("after the name index build")
        self._ready.set()

    def _progress(self, count: int) -> None:
        self.done = count

    def state(self) -> dict[str, Any] | str:
        """For /health: "ready", or what is being done and how far, or the failure."""
        if self.ready:
            return "ready"
        if self.error:
            return {"state": "failed", "error": self.error}
        out: dict[str, Any] = {"state": "building" if self.need == "build" else "migrating"}
        if self.total is not None:
            out.update(articles_done=self.done, articles=self.total)
        return out

    def check(self) -> None:
        """IndexBuilding unless the index is ready."""
        if self.ready:
            return
        if self.error:
            raise IndexBuilding(f"the people name index could not be built ({self.error}); run `newsgraph reindex`")
        how_far = f" ({self.done} of {self.total} articles)" if self.total else ""
        raise IndexBuilding(f"the people name index is being built{how_far}: names, people and meetings "
                            f"answer when it is done; /health says how far it is")


def require_name_index(request: Request) -> None:
    """A route dependency: 503 with Retry-After while the name index is being built."""
    build: NameIndexBuild | None = getattr(request.app.state, "name_index_build", None)
    if build is not None:
        build.check()


