"""Dereferenceable IRIs: /id/{kind}/{slug} answers for the IRI `{base}{kind}/{slug}`, as HTML for a
browser (names, not slugs) and as Turtle, N-Triples or JSON-LD for machines (by Accept or ?format=)."""
from __future__ import annotations

import html

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse

from newsgraph.api.conneg import GRAPH_TYPES, choose
from newsgraph.api.http.deps import ServiceDep, SettingsDep
from newsgraph.api.http.errors import ProtocolError
from newsgraph.graph.formats import RdfFormat
from newsgraph.graph.queries import LABEL_PREDICATES

router = APIRouter(tags=["resources"])

# A resource is a set of triples: any format but the ones that keep named graphs.
_RESOURCE_FORMATS = [f for f in RdfFormat if not f.keeps_graphs]


def _format(name: str) -> RdfFormat:
    """The format `?format=` names (a name or an extension, `RdfFormat.named`), else 400."""
    found = RdfFormat.named(name)
    if found not in _RESOURCE_FORMATS:
        raise ProtocolError(400, f"unknown format {name!r}; choose from {', '.join(f.value for f in _RESOURCE_FORMATS)}")
    return found


def _short(text: str) -> str:
    return text.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _link(value, base: str, labels: dict[str, str]) -> str:
    text = value.value if hasattr(value, "value") else str(value)
    if isinstance(value, ox.NamedNode):
        href = "/id/" + text[len(base):] if text.startswith(base) else text
        label = labels.get(text) or _short(text)
        if len(label) > 120:
            label = label[:117] + "..."
        return f'<a href="{html.escape(href)}" title="{html.escape(text)}">{html.escape(label)}</a>'
    return html.escape(text)


@router.get("/id/{kind}/{slug:path}", summary="Dereference an IRI minted by newsgraph")
def resource(kind: str, slug: str, request: Request, service: ServiceDep, settings: SettingsDep,
             format: str | None = None) -> Response:
    """HTML for browsers; Turtle, N-Triples, RDF/XML or JSON-LD by `Accept` or by `?format=turtle|ntriples|rdfxml|jsonld`."""
    iri = f"{settings.base}{kind}/{slug}"
    chosen = _format(format) if format is not None else None
    triples = service.describe(iri)
    if chosen is not None:
        media = chosen.media_type
    else:
        media = choose(request.headers.get("accept"), ["text/html"] + list(GRAPH_TYPES))
    if media != "text/html":
        return Response(ox.serialize(triples, None, GRAPH_TYPES[media]), media_type=media, headers={"Vary": "Accept"})
    me = ox.NamedNode(iri)
    nodes = {t.subject.value for t in triples} | {t.object.value for t in triples if isinstance(t.object, ox.NamedNode)}
    labels = service.labels(nodes - {iri})
    rows_out = "".join(f"<tr><td>{_link(t.predicate, settings.base, labels)}</td><td>{_link(t.object, settings.base, labels)}</td></tr>"
                       for t in triples if t.subject == me)
    rows_in = "".join(f"<tr><td>{_link(t.subject, settings.base, labels)}</td><td>{_link(t.predicate, settings.base, labels)}</td></tr>"
                      for t in triples if t.subject != me)
    own = {t.predicate.value: t.object.value for t in triples if t.subject == me and isinstance(t.object, ox.Literal)}
    name = next((own[p] for p in LABEL_PREDICATES if p in own), _short(iri))
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(name)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}}td{{padding:.2rem .6rem;vertical-align:top}}</style>
</head><body><p><a href="/">newsgraph explorer</a></p><h1>{html.escape(name)}</h1><p><code>{html.escape(iri)}</code> ({html.escape(kind)})</p>
<h2>Properties</h2><table>{rows_out}</table><h2>Referenced by</h2><table>{rows_in}</table>
<p>Also as <a href="?format=turtle">Turtle</a>, <a href="?format=ntriples">N-Triples</a>, <a href="?format=jsonld">JSON-LD</a>
 (or by <code>Accept: text/turtle</code>).</p></body></html>"""
    return HTMLResponse(page, headers={"Vary": "Accept"})
