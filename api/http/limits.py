"""Every request under a deadline, cancelled when its client goes away, and REST work in fair turns.

Why: the routes read the store in threads. 40 slow searches used to take every thread of the pool,
so `/health`, `/met` and `/sparql` stopped answering, and SIGTERM waited for them. Now:

- each request gets a `cancel.Deadline` (in a context variable the route's thread inherits); the store
  checks it before each query and every few hundred rows, so work stops soon after the deadline,
  after the client disconnects, or at shutdown;
- REST requests take one of `concurrency` slots, at most `per_client` per client (IP); waiting
  requests are served fewest-running-client first; at most `queue_limit` wait (503 beyond);
- a REST read (GET/HEAD) that is not answered by its deadline gets 503 with Retry-After right away;
  its thread keeps its slot until it has really stopped, so slots always bound the threads at work;
- a write is never answered 503 while it may still commit: the store checks the deadline just
  before it writes (then 503 is the truth: nothing was written), and once it writes, the client
  gets the write's own answer, late or not;
- `/health`, the docs and `/sparql` (which has its own scheduler, `query_runner`) take no slot.
"""
from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass

from starlette.responses import JSONResponse

from newsgraph.api.query_runner import RETRY_AFTER, Overloaded
from newsgraph.graph import cancel

UNGATED = ("/health", "/sparql", "/docs", "/redoc", "/openapi.json", "/static", "/favicon.ico")


@dataclass
class _Waiter:
    ticket: int
    client: str
    future: asyncio.Future


class FairGate:
    """An asyncio semaphore with a per-client cap, a bounded queue and fewest-running-first order."""

    def __init__(self, concurrency: int, per_client: int, queue_limit: int):
        self.concurrency = concurrency
        self.per_client = per_client
        self.queue_limit = queue_limit
        self.running: dict[str, int] = {}
        self.total = 0
        self.waiting: list[_Waiter] = []
        self._tickets = itertools.count()

    def _can_run(self, client: str) -> bool:
        return self.total < self.concurrency and self.running.get(client, 0) < self.per_client

    def _take(self, client: str) -> None:
        self.total += 1
        self.running[client] = self.running.get(client, 0) + 1

    async def acquire(self, client: str, timeout: float) -> None:
        if not self.waiting and self._can_run(client):
            self._take(client)
            return
        if len(self.waiting) >= self.queue_limit:
            raise Overloaded(f"{len(self.waiting)} requests are already waiting; try again later")
        waiter = _Waiter(next(self._tickets), client, asyncio.get_running_loop().create_future())
        self.waiting.append(waiter)
        self._dispatch()
        try:
            await asyncio.wait_for(asyncio.shield(waiter.future), timeout)
        except BaseException:
            if waiter in self.waiting:
                self.waiting.remove(waiter)
            if waiter.future.done() and not waiter.future.cancelled():
                self.release(client)  # the slot came just as we gave up
            else:
                waiter.future.cancel()
            raise

    def release(self, client: str) -> None:
        self.total -= 1
        self.running[client] = self.running.get(client, 1) - 1
        if self.running[client] <= 0:
            del self.running[client]
        self._dispatch()

    def _dispatch(self) -> None:
        while self.total < self.concurrency:
            eligible = [w for w in self.waiting if self.running.get(w.client, 0) < self.per_client]
            if not eligible:
                return
            best = min(eligible, key=lambda w: (self.running.get(w.client, 0), w.ticket))
            self.waiting.remove(best)
            if best.future.done():
                continue
            self._take(best.client)
            best.future.set_result(True)


def _unavailable(detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=503, headers={"Retry-After": str(RETRY_AFTER)})


class RequestLimits:
    """ASGI middleware; see the module docstring. Outermost, so it sees the client's disconnect."""

    def __init__(self, app, *, timeout: float, query_timeout: float, concurrency: int, per_client: int,
                 queue_limit: int, stopping):
        self.app = app
        self.stopping = stopping
        self.timeout = timeout
        self.query_timeout = query_timeout
        self.gate = FairGate(concurrency, per_client, queue_limit)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] == "/health":
            return await self.app(scope, receive, send)
        path = scope["path"]
        gated = not path.startswith(UNGATED)
        # /sparql is timed by the query runner; its deadline here only carries disconnects and shutdown
        deadline = cancel.Deadline(self.timeout if gated else self.query_timeout + 60, stopping=self.stopping)
        token = cancel.set_current(deadline)
        inbox: asyncio.Queue = asyncio.Queue(maxsize=4)  # bounded: a huge upload is not read ahead
        gone = {"message": None}

        async def pump() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    gone["message"] = message
                    deadline.cancel()
                await inbox.put(message)
                if message["type"] == "http.disconnect":
                    return

        async def app_receive():
            if gone["message"] is not None and inbox.empty():
                return gone["message"]
            return await inbox.get()

        state = {"started": False, "answered": False}

        async def guarded_send(message):
            if state["answered"]:
                return  # we already answered 503 for it; the late route's answer is dropped
            if message["type"] == "http.response.start":
                state["started"] = True
            await send(message)

        pumping = asyncio.create_task(pump())
        client = (scope.get("client") or ("-", 0))[0]
        try:
            if not gated:
                return await self.app(scope, app_receive, guarded_send)
            try:
                await self.gate.acquire(client, deadline.remaining())
            except (asyncio.TimeoutError, TimeoutError):
                return await _unavailable(f"the server is busy: no turn within {self.timeout:g} s; try again")(
                    scope, app_receive, send)
            except Overloaded as exc:
                return await _unavailable(str(exc))(scope, app_receive, send)
            task = asyncio.ensure_future(self.app(scope, app_receive, guarded_send))
            task.add_done_callback(lambda t: (self.gate.release(client), t.cancelled() or t.exception()))
            while not task.done():
                await asyncio.wait({task}, timeout=min(0.25, max(0.01, deadline.remaining())))
                if task.done():
                    break
                if deadline.gone.is_set():
                    return  # nobody to answer; the route stops at its next check and frees its slot
                if deadline.reason() and not state["started"] and scope["method"] in ("GET", "HEAD"):
                    state["answered"] = True
                    await _unavailable(f"{deadline.reason()}; try again later or narrow the request")(
                        scope, app_receive, send)
                    return
                if deadline.reason():
                    await asyncio.shield(task)  # streaming already, or a write: its own answer
                    return
            task.result()
        finally:
            pumping.cancel()
            cancel._current.reset(token)
