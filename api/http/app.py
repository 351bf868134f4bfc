"""The FastAPI application: SPARQL protocol, graph store reads, the domain API and ingestion."""
from __future__ import annotations

import threading
import time
from contextlib import asynccontextmanager

import anyio.to_thread

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from newsgraph.api.config import Settings, get_settings
from newsgraph.api.http.errors import install_error_handlers
from newsgraph.api.http.index_build import NameIndexBuild
from newsgraph.api.http.limits import RequestLimits
from newsgraph.api.http.sparql_lane import SparqlLane
from newsgraph.api.http.routes import articles, entities, explorer, graphs, resources, sparql
from newsgraph.api.query_runner import QueryRunner
from newsgraph.graph.meeting_index import MeetingIndex
from newsgraph.graph.met_index import MetIndex
from newsgraph.graph.people_index import PeopleIndex
from newsgraph.graph.read_model import SnapshotSaver
from newsgraph.graph.service import NewsService
from newsgraph.graph.backends import is_shared, open_backend
from newsgraph.graph.store import OxigraphStore


class BodyLimit:
    """Refuse request bodies over the limit with 413, before reading them whole (ASGI middleware)."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._too_large(send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            await self._too_large(send)

    async def _too_large(self, send):
        response = JSONResponse({"detail": f"request body over the {self.max_bytes}-byte limit"}, status_code=413)
        await response({"type": "http"}, None, send)


class _TooLarge(Exception):
    pass


def create_app(settings: Settings | None = None, store: OxigraphStore | None = None) -> FastAPI:
    """Build the app. Tests pass their own settings and store; `newsgraph serve` passes the store folder."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # SPARQL requests wait for a worker in a thread; REST work is bounded by RequestLimits' slots
        anyio.to_thread.current_default_thread_limiter().total_tokens = max(
            40, settings.query_queue + settings.query_workers_max + settings.rest_concurrency + 8)
        app.state.stopping.clear()
        app.state.runner.start()
        if not is_shared(app.state.store):
            def when_indexed() -> None:
                app.state.runner.refresh_snapshot()  # the build wrote: queries should not wait for this
                app.state.met_index.refresh_in_background()  # the read models read the name index
                app.state.people_index.refresh_in_background()
                app.state.meeting_index.refresh_in_background()
            app.state.name_index_build.start(then=when_indexed)
        models = [app.state.met_index, app.state.people_index, app.state.meeting_index]
        saver = SnapshotSaver(models if not is_shared(app.state.store) else [],
                              interval=settings.read_model_snapshot_s)
        saver.start()
        try:
            yield
        finally:
            saver.stop()  # forks a child that writes the snapshot: the stop does not wait for it
            app.state.stopping.set()  # every request still at work stops at its next check
            app.state.runner.close()
            try:
                app.state.store.flush()
            except OSError:
                pass

    app = FastAPI(
        title="newsgraph",
        summary="A knowledge graph of people, offices, delegations, meetings and statements from news articles.",
        description="A standard SPARQL 1.1 endpoint at `/sparql`, graph store reads at `/graphs`, and a REST API "
                    "for the questions SPARQL makes tedious: who met whom, how two people are connected, who said what.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served by routes/explorer.py from vendored Swagger UI files: no CDN, works offline
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store if store is not None else open_backend(settings)
    app.state.runner = QueryRunner(app.state.store, timeout=settings.query_timeout, workers=settings.query_workers,
                                   max_workers=settings.query_workers_max, per_client=settings.query_per_client,
                                   queue_limit=settings.query_queue)
    app.state.stopping = threading.Event()
    app.state.met_index = MetIndex(app.state.store)
    # /health must not wait for a server: there the count is a query, asked in the background
    app.state.article_count = (BackgroundCount(app.state.store.article_count) if is_shared(app.state.store)
                               else app.state.store.article_count)
    app.state.people_index = PeopleIndex(app.state.store)  # type-ahead search without scanning the store
    app.state.meeting_index = MeetingIndex(app.state.store)  # /meetings pages without sorting a person's every meeting
    # a shared server is written by other processes too: our in-memory read models would go stale unseen
    local = not is_shared(app.state.store)
    # the name index is brought up to date in the background (lifespan), so the server answers at once
    app.state.name_index_build = NameIndexBuild(app.state.store)
    app.state.service = NewsService.from_settings(settings, app.state.store, ensure_index=False,
                                                  met_index=app.state.met_index if local else None,
                                                  people_index=app.state.people_index if local else None,
                                                  meeting_index=app.state.meeting_index if local else None)
    install_error_handlers(app)
    for module in (explorer, sparql, graphs, entities, articles, resources):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=explorer.STATIC), name="static")
    if settings.cors_origins:
        # never with credentials: a wildcard origin must not be able to act for a logged-in user
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=False,
                           allow_methods=["GET", "POST", "PUT", "DELETE"], allow_headers=["Authorization", "Content-Type", "Accept"])
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestLimits, timeout=settings.request_timeout, query_timeout=settings.query_timeout,
                       concurrency=settings.rest_concurrency, per_client=settings.rest_per_client,
                       queue_limit=settings.rest_queue, stopping=app.state.stopping)
    # outermost: /sparql queries skip the stack above (with CORS set, they take the stack for its headers)
    app.add_middleware(SparqlLane, max_body_bytes=settings.max_body_bytes, query_timeout=settings.query_timeout,
                       stopping=app.state.stopping, enabled=not settings.cors_origins)

    @app.get("/health", include_in_schema=False)
    async def health(request: Request) -> dict:  # async: answers even when every worker thread is busy
        state = request.app.state
        return {"status": "ok", "articles": state.article_count(),
                "name_index": state.name_index_build.state(),
                "met_index": _index_state(state, state.met_index),
                "people_index": _index_state(state, state.people_index),
                "meeting_index": _index_state(state, state.meeting_index),
                "queries": state.runner.figures()}

    return app


class BackgroundCount:
    """A count that costs a query (the articles of a shared SPARQL server), for `/health`, which
    runs on the event loop and must answer at once: the last value (None before the first), asked
    again in a thread when older than `every` seconds. Asked inline, a store-wide query on a
    2.2M-quad Oxigraph server held `/health`, and every request behind it, for minutes."""

    def __init__(self, count, every: float = 5.0):
        self._count, self._every = count, every
        self._value: int | None = None
        self._asked = float("-inf")
        self._lock = threading.Lock()

    def __call__(self) -> int | None:
        with self._lock:
            if time.monotonic() - self._asked >= self._every:
                self._asked = float("inf")  # one question at a time
                threading.Thread(target=self._ask, daemon=True, name="article-count").start()
            return self._value

    def _ask(self) -> None:
        try:
            self._value = self._count()
        except Exception:  # noqa: BLE001 - the server is down or slow: /health keeps the last value
            pass
        finally:
            with self._lock:
                self._asked = time.monotonic()


def _index_state(state, index) -> str:
    """ready, building, or off (a shared SPARQL server: questions go to the server)."""
    if is_shared(state.store):
        return "off"
    return "ready" if index.is_fresh() else "building"
