"""The browser front end: the explorer at `/`, Swagger UI at `/docs` from vendored files (so both
work offline), and the JSON the explorer needs beyond the domain API: a meeting's evidence and an
article's evidence sentences in reading order (to show one highlighted in its context)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from newsgraph.api.http.deps import MinterDep, SettingsDep, StoreDep
from newsgraph.graph.queries import EntityNotFound, _iri

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
def meeting_evidence(meeting_id: str, store: StoreDep, settings: SettingsDep) -> dict:
    """Status, date, place, attendees (people and delegations) and each evidence sentence with its
    character offsets, its article (id, title, URL) and a link that opens the article at the sentence."""
    iri = f"{settings.base}meeting/{meeting_id}"
    m = _iri(iri)
    head = store.select(f"""SELECT ?status ?date ?place ?trigger WHERE {{ {m} ng:status ?st .
        BIND(STRAFTER(STR(?st), "#") AS ?status) OPTIONAL {{ {m} schema:startDate ?date }}
        OPTIONAL {{ {m} schema:location ?l . ?l schema:name ?place }} OPTIONAL {{ {m} ng:trigger ?trigger }} }} LIMIT 1""")
    if not head:
        raise EntityNotFound(f"no meeting {meeting_id}")
    attendees = store.select(f"""SELECT DISTINCT ?attendee ?name ?kind WHERE {{ {m} schema:attendee ?attendee .
        OPTIONAL {{ ?attendee schema:name ?name }}
        BIND(IF(EXISTS {{ ?attendee a schema:Person }}, "person", "delegation") AS ?kind) }} ORDER BY ?name""")
    evidence = store.select(f"""SELECT DISTINCT ?sentence ?start ?end ?article ?title ?url ?published WHERE {{
        {m} ng:evidence ?ev . ?ev ng:sentence ?sentence .
        OPTIONAL {{ ?ev ng:startOffset ?start }} OPTIONAL {{ ?ev ng:endOffset ?end }}
        OPTIONAL {{ {m} prov:wasDerivedFrom ?article .
                   OPTIONAL {{ ?article schema:headline ?title }} OPTIONAL {{ ?article schema:url ?url }}
                   OPTIONAL {{ ?article schema:datePublished ?published }} }} }} ORDER BY ?article ?start""")
    for row in evidence:
        row["article_id"] = _article_id(row["article"], settings.base)
        row["source_link"] = _source_link(row["url"], row["sentence"])
    return {"meeting": iri, "id": meeting_id, **head[0], "attendees": attendees, "evidence": evidence}


@router.get("/articles/{article_id}/evidence", summary="An article's evidence sentences in reading order")
def article_evidence(article_id: str, store: StoreDep, minter: MinterDep) -> dict:
    """Every sentence a fact of this article was read from, once, ordered by position, with the
    facts (meetings, statements, offices) that cite it. The explorer shows the article this way,
    with one sentence highlighted."""
    iri = str(minter.article(article_id))
    if not store.has_article(iri):
        raise EntityNotFound(f"no article {article_id}")
    a = _iri(iri)
    meta = store.select(f"""SELECT ?title ?url ?published WHERE {{ {a} a schema:NewsArticle .
        OPTIONAL {{ {a} schema:headline ?title }} OPTIONAL {{ {a} schema:url ?url }}
        OPTIONAL {{ {a} schema:datePublished ?published }} }} LIMIT 1""")
    rows = store.select(f"""SELECT ?start ?end ?sentence (GROUP_CONCAT(DISTINCT STR(?fact); separator=" ") AS ?facts) WHERE {{
        GRAPH {a} {{ ?fact ng:evidence ?ev . ?ev ng:sentence ?sentence ; ng:startOffset ?start ; ng:endOffset ?end }}
        }} GROUP BY ?start ?end ?sentence ORDER BY ?start ?end""")
    sentences = [{**r, "facts": (r["facts"] or "").split()} for r in rows]
    return {"article": iri, "id": article_id, **(meta[0] if meta else {}), "sentences": sentences}
