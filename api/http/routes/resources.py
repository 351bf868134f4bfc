"""Dereferenceable IRIs: /id/{kind}/{slug} answers for the IRI `{base}{kind}/{slug}`, as HTML for a
browser and as Turtle, N-Triples or JSON-LD for machines. Also the landing page."""
from __future__ import annotations

import html

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse

from newsgraph.api.conneg import GRAPH_TYPES, choose
from newsgraph.api.http.deps import SettingsDep, StoreDep
from newsgraph.graph.queries import EntityNotFound

router = APIRouter(tags=["resources"])


def _describe(store, iri: str):
    return store.query(f"""CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }}
                           WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}""", prefixes=False)


def _link(value, base: str) -> str:
    text = value.value if hasattr(value, "value") else str(value)
    if isinstance(value, ox.NamedNode):
        href = "/id/" + text[len(base):] if text.startswith(base) else text
        return f'<a href="{html.escape(href)}">{html.escape(text.rsplit("/", 1)[-1].rsplit("#", 1)[-1])}</a>'
    return html.escape(text)


@router.get("/id/{kind}/{slug:path}", summary="Dereference an IRI minted by newsgraph")
def resource(kind: str, slug: str, request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    iri = f"{settings.base}{kind}/{slug}"
    if any(c in iri for c in '<>" {}|\\^`'):
        raise EntityNotFound(f"no resource {iri}")
    triples = list(_describe(store, iri))
    if not triples:
        raise EntityNotFound(f"no resource {iri}")
    media = choose(request.headers.get("accept"), ["text/html"] + list(GRAPH_TYPES))
    if media != "text/html":
        return Response(ox.serialize(triples, None, GRAPH_TYPES[media]), media_type=media, headers={"Vary": "Accept"})
    rows_out = "".join(f"<tr><td>{_link(t.predicate, settings.base)}</td><td>{_link(t.object, settings.base)}</td></tr>"
                       for t in triples if t.subject == ox.NamedNode(iri))
    rows_in = "".join(f"<tr><td>{_link(t.subject, settings.base)}</td><td>{_link(t.predicate, settings.base)}</td></tr>"
                      for t in triples if t.subject != ox.NamedNode(iri))
    name = next((t.object.value for t in triples if t.subject == ox.NamedNode(iri)
                 and t.predicate.value in ("https://schema.org/name", "https://schema.org/text")), slug)
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(name)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}}td{{padding:.2rem .6rem;vertical-align:top}}</style>
</head><body><h1>{html.escape(name)}</h1><p><code>{html.escape(iri)}</code> ({html.escape(kind)})</p>
<h2>Properties</h2><table>{rows_out}</table><h2>Referenced by</h2><table>{rows_in}</table>
<p>Also as <a href="?format=turtle">Turtle</a> with <code>Accept: text/turtle</code>.</p></body></html>"""
    return HTMLResponse(page, headers={"Vary": "Accept"})


@router.get("/", include_in_schema=False)
def landing(store: StoreDep) -> HTMLResponse:
    count = len(store.articles())
    return HTMLResponse(f"""<!doctype html><html><head><meta charset="utf-8"><title>newsgraph</title></head>
<body style="font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto">
<h1>newsgraph</h1><p>{count} articles in the graph.</p><ul>
<li><a href="/docs">API documentation (OpenAPI)</a></li>
<li><a href="/sparql">SPARQL endpoint</a> (service description; query with <code>?query=</code>)</li>
<li><a href="/people">People</a> · <a href="/meetings">Meetings</a> · <a href="/statements">Statements</a>
 · <a href="/delegations">Delegations</a> · <a href="/articles">Articles</a></li>
<li><a href="/export?format=turtle">Export everything as Turtle</a></li></ul></body></html>""")
