"""The browser front end: the explorer at `/`, Swagger UI at `/docs` from vendored files (so both
work offline), and the JSON the explorer needs beyond the domain API: a meeting's evidence and an
article's evidence sentences in reading order (to show one highlighted in its context)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from newsgraph.api.http.deps import ServiceDep

STATIC = Path(__file__).resolve().parent.parent / "static"
SWAGGER = "/static/vendor/swagger-ui"

router = APIRouter(tags=["explorer"])


@router.get("/", include_in_schema=False)
def explorer() -> FileResponse:
    return FileResponse(STATIC / "explorer" / "index.html", media_type="text/html")


@router.get("/docs", include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(openapi_url=request.app.openapi_url, title="newsgraph API",
                               swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js", swagger_css_url=f"{SWAGGER}/swagger-ui.css",
                               swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png")


def _article_id(iri: str | None, base: str) -> str | None:
    prefix = f"{base}article/"
    return iri[len(prefix):] if iri and iri.startswith(prefix) else None


def _source_link(url: str | None, sentence: str | None) -> str | None:
    """The article's own URL with a text fragment, so a browser scrolls to and highlights the sentence."""
    if not url:
        return None
    if not sentence:
        return url
    words = sentence.split()
    fragment = quote(" ".join(words[:6]), safe="") + (("," + quote(" ".join(words[-4:]), safe="")) if len(words) > 10 else "")
    return f"{url}#:~:text={fragment}"


@router.get("/meetings/{meeting_id}/evidence", summary="A meeting with who attended and the sentences it was read from")
def meeting_evidence(meeting_id: str, service: ServiceDep) -> dict:
    """Status, date, place, attendees (people and delegations) and each evidence sentence with its
    character offsets, its article (id, title, URL) and a link that opens the article at the sentence."""
    found = service.meeting_evidence(meeting_id)
    for row in found["evidence"]:
        row["article_id"] = _article_id(row["article"], service.minter.base)
        row["source_link"] = _source_link(row["url"], row["sentence"])
    return {"meeting": found["meeting"], "id": meeting_id, **{k: v for k, v in found.items() if k != "meeting"}}


@router.get("/articles/{article_id}/evidence", summary="An article's evidence sentences in reading order")
def article_evidence(article_id: str, service: ServiceDep) -> dict:
    """Every sentence a fact of this article was read from, once, ordered by position, with the
    facts (meetings, statements, offices) that cite it. The explorer shows the article this way,
    with one sentence highlighted."""
    found = service.article_evidence(article_id)
    return {"article": found["article"], "id": article_id, **{k: v for k, v in found.items() if k != "article"}}
