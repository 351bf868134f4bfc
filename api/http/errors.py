"""Map domain errors to HTTP responses once, so routes stay short. Every error body is JSON
`{"detail": "..."}`, as FastAPI's own are."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from newsgraph.api.conneg import NotAcceptable
from newsgraph.api.http.index_build import IndexBuilding
from newsgraph.api.query_runner import (RETRY_AFTER, Overloaded, QueryFailed, QueryTimeout, ResultTooLarge,
                                        StoreUnavailable)
from newsgraph.api.sparql_safety import Refused
from newsgraph.extract.sources import ArticleTooLong, InvalidArticle
from newsgraph.graph.service import ArticleConflict
from newsgraph.graph.queries import EntityNotFound, InvalidParameter
from newsgraph.graph.cancel import Cancelled
from newsgraph.graph.store import QueryError, StoreError


class ProtocolError(Exception):
    """A request the SPARQL protocol forbids: wrong method, media type, encoding, repeated parameter."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


_STATUS = [
    (EntityNotFound, 404),
    (QueryError, 400),
    (InvalidParameter, 400),
    (QueryFailed, 400),
    (NotAcceptable, 406),
    (ResultTooLarge, 422),
    (ArticleTooLong, 413),
    (InvalidArticle, 422),
    (ArticleConflict, 409),
    (QueryTimeout, 503),
    (StoreError, 503),
    (StoreUnavailable, 503),
    (Overloaded, 503),
    (Cancelled, 503),
    (IndexBuilding, 503),
]


_CODES = dict(_STATUS)


def error_response(exc: Exception) -> JSONResponse | None:
    """The answer for a domain error, None for any other exception (a bug: 500). Used by the
    handlers below and by `sparql_lane`, which answers `/sparql` queries outside FastAPI's stack."""
    for exc_type in type(exc).__mro__:  # the nearest class decides, as Starlette picks a handler
        if exc_type in (Refused, ProtocolError):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status)
        code = _CODES.get(exc_type)
        if code is not None:
            # a 503 is never the client's fault: it says when to come back
            headers = {"Retry-After": str(RETRY_AFTER)} if code == 503 else None
            return JSONResponse({"detail": str(exc)}, status_code=code, headers=headers)
    return None


def install_error_handlers(app: FastAPI) -> None:
    for exc_type in [t for t, _ in _STATUS] + [Refused, ProtocolError]:
        app.add_exception_handler(exc_type, lambda request, exc: error_response(exc))
