"""Map domain errors to HTTP responses once, so routes stay short. Every error body is JSON
`{"detail": "..."}`, as FastAPI's own are."""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from newsgraph.api.conneg import NotAcceptable
from newsgraph.api.query_runner import QueryFailed, QueryTimeout, ResultTooLarge
from newsgraph.extract.sources import ArticleTooLong, InvalidArticle
from newsgraph.graph.service import ArticleConflict
from newsgraph.graph.queries import EntityNotFound, InvalidParameter
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
]


def install_error_handlers(app: FastAPI) -> None:
    for exc_type, code in _STATUS:
        def handler(request: Request, exc: Exception, code: int = code) -> JSONResponse:
            return JSONResponse({"detail": str(exc)}, status_code=code)
        app.add_exception_handler(exc_type, handler)

    @app.exception_handler(ProtocolError)
    def protocol_error(request: Request, exc: ProtocolError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)
