"""`/sparql` queries answered ahead of the middleware stack and FastAPI's routing (issue 9).

Why: a who-met query takes Oxigraph ~0.4 ms; the request around it cost ~0.9 ms more: the
request-limits middleware (a pump task, a queue, a deadline), the body limit, FastAPI's routing
and request handling, and a hop to a worker thread and back. This ASGI middleware, the outermost
one, answers a `/sparql` *query* itself with the same steps as the route: the body limit (413),
the protocol's parameters and errors (`routes.sparql.query_job`), the nesting check, the query
runner (deadline, fair share, SERVICE refused in the worker) awaited on the event loop
(`QueryRunner.run_async`), errors mapped as the app maps them (`errors.error_response`), and the
client's disconnect or the server's shutdown cancelling the wait. Updates, the service
description and other methods go on to the app with the body replayed; with CORS configured
every request does (its headers are the CORS middleware's job).
"""
from __future__ import annotations

import asyncio

from starlette.requests import Request

from newsgraph.api.http.errors import error_response
from newsgraph.graph import cancel

PATHS = ("/sparql", "/sparql/")


class _TooLarge(Exception):
    pass


class SparqlLane:
    """ASGI middleware: see the module docstring."""

    def __init__(self, app, *, max_body_bytes: int, query_timeout: float, stopping, enabled: bool = True):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.query_timeout = query_timeout
        self.stopping = stopping
        self.enabled = enabled

    async def __call__(self, scope, receive, send):
        if (not self.enabled or scope["type"] != "http" or scope["path"] not in PATHS
                or scope["method"] not in ("GET", "POST")):
            return await self.app(scope, receive, send)
        try:
            body, more = await self._body(scope, receive)
        except _TooLarge:
            return await self._answer(_too_large(self.max_body_bytes), scope, receive, send)
        if more is not None:  # the client went away while sending: the app's receive tells it
            return await self.app(scope, _replay(body, receive, more), send)
        # a deadline for the wait, as RequestLimits gives /sparql: disconnects and shutdown
        deadline = cancel.Deadline(self.query_timeout + 60, stopping=self.stopping)
        token = cancel.set_current(deadline)
        watcher = None
        try:
            from newsgraph.api.http.routes.sparql import answer_response, query_job
            request = Request(scope, receive)
            try:
                job = await query_job(request, body)
                if job is None:
                    return await self.app(scope, _replay(body, receive), send)
                watcher = asyncio.ensure_future(_watch(receive, deadline))
                response = answer_response(await scope["app"].state.runner.run_async(job))
            except Exception as exc:  # noqa: BLE001 - mapped as the app maps it, else re-raised (500)
                response = error_response(exc)
                if response is None:
                    raise
            await self._answer(response, scope, receive, send)
        finally:
            if watcher is not None:
                watcher.cancel()
            cancel._current.reset(token)

    async def _body(self, scope, receive) -> tuple[bytes, dict | None]:
        """The whole body under the limit (the declared length refused before reading), and the
        disconnect message if the client went away first."""
        declared = next((v for k, v in scope.get("headers") or [] if k == b"content-length"), None)
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            raise _TooLarge()
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b"".join(chunks), message
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise _TooLarge()
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), None

    @staticmethod
    async def _answer(response, scope, receive, send) -> None:
        try:
            await response(scope, receive, send)
        except OSError:  # the client is gone: nobody to answer
            pass


def _too_large(limit: int):
    from starlette.responses import JSONResponse
    return JSONResponse({"detail": f"request body over the {limit}-byte limit"}, status_code=413)


def _replay(body: bytes, receive, ended: dict | None = None):
    """A receive that gives the body already read, then the client's own messages."""
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        if ended is not None:
            return ended
        return await receive()
    return replayed


async def _watch(receive, deadline: cancel.Deadline) -> None:
    """Cancel the request's deadline when its client disconnects (the runner checks it while waiting)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            deadline.cancel()
            return
