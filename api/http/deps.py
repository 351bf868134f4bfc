"""Dependencies shared by the routes: the store, settings, query runner, NLP and write access."""
from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from newsgraph.api.config import Settings
from newsgraph.api.query_runner import QueryRunner
from newsgraph.graph.iris import IriMinter
from newsgraph.graph.store import OxigraphStore


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> OxigraphStore:
    return request.app.state.store


def get_runner(request: Request) -> QueryRunner:
    return request.app.state.runner


def get_minter(request: Request) -> IriMinter:
    return IriMinter(request.app.state.settings.base)


def get_nlp(request: Request):
    """The spaCy pipeline, loaded on first use (ingestion only; reading never needs it)."""
    state = request.app.state
    if getattr(state, "nlp", None) is None:
        from newsgraph.extract.pipeline import build_nlp
        state.nlp = build_nlp(state.settings.model, indirect=state.settings.indirect)
    return state.nlp


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[OxigraphStore, Depends(get_store)]
RunnerDep = Annotated[QueryRunner, Depends(get_runner)]
MinterDep = Annotated[IriMinter, Depends(get_minter)]
NlpDep = Annotated[object, Depends(get_nlp)]


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
