"""Dependencies shared by the routes: the service, store, settings, query runner and write access."""
from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from newsgraph.api.config import Settings
from newsgraph.api.query_runner import QueryRunner
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> OxigraphStore:
    return request.app.state.store


def get_runner(request: Request) -> QueryRunner:
    return request.app.state.runner


def get_service(request: Request) -> NewsService:
    """The service every domain route calls (its spaCy pipeline loads on the first ingest)."""
    return request.app.state.service


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[OxigraphStore, Depends(get_store)]
RunnerDep = Annotated[QueryRunner, Depends(get_runner)]
ServiceDep = Annotated[NewsService, Depends(get_service)]


def require_writer(request: Request) -> None:
    """Writes need `Authorization: Bearer $NEWSGRAPH_TOKEN`; with no token configured there are none."""
    token = request.app.state.settings.token
    if not token:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "this server is read-only: set NEWSGRAPH_TOKEN to allow writes")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is required for writes",
                            headers={"WWW-Authenticate": "Bearer"})


WriterDep = Depends(require_writer)
