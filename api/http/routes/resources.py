"""Dereferenceable IRIs: /id/{kind}/{slug} answers for the IRI `{base}{kind}/{slug}`, as HTML for a
browser (names, not slugs) and as Turtle, N-Triples or JSON-LD for machines (by Accept or ?format=)."""
from __future__ import annotations

import html

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse

from newsgraph.api.conneg import GRAPH_TYPES, choose
from newsgraph.api.http.deps import SettingsDep, StoreDep
from newsgraph.api.http.errors import ProtocolError
from newsgraph.graph.queries import EntityNotFound

router = APIRouter(tags=["resources"])


def _describe(store, iri: str):
    return store.query(f"""CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }}
                           WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}""", prefixes=False)


FORMATS = {"turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples", "nt": "application/n-triples",
           "rdfxml": "application/rdf+xml", "xml": "application/rdf+xml", "jsonld": "application/ld+json"}
_LABELS = ("https://schema.org/name", "https://w3id.org/newsgraph/ontology#title", "https://schema.org/headline",
           "http://www.w3.org/2000/01/rdf-schema#label", "https://w3id.org/newsgraph/ontology#trigger",
           "https://w3id.org/newsgraph/ontology#sentence", "https://schema.org/text")


def _labels(store, iris: set[str]) -> dict[str, str]:
    """A readable label for each IRI: its name, title, headline or label (first found in that order)."""
    iris = {i for i in iris if not any(c in i for c in '<>" {}|\\^`')}
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris))
    preds = " ".join(f"<{p}>" for p in _LABELS)
    found: dict[str, dict[str, str]] = {}
    for r in store.select(f"SELECT ?s ?p ?l WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {preds} }} ?s ?p ?l }}"):
        found.setdefault(r["s"], {}).setdefault(r["p"], str(r["l"]))
    return {s: next(ls[p] for p in _LABELS if p in ls) for s, ls in found.items()}


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
def resource(kind: str, slug: str, request: Request, store: StoreDep, settings: SettingsDep,
             format: str | None = None) -> Response:
    """HTML for browsers; Turtle, N-Triples, RDF/XML or JSON-LD by `Accept` or by `?format=turtle|ntriples|rdfxml|jsonld`."""
    iri = f"{settings.base}{kind}/{slug}"
    if any(c in iri for c in '<>" {}|\\^`'):
        raise EntityNotFound(f"no resource {iri}")
    if format is not None and format.lower() not in FORMATS:
        raise ProtocolError(400, f"unknown format {format!r}; choose from {', '.join(sorted(set(FORMATS)))}")
    triples = list(_describe(store, iri))
    if not triples:
        raise EntityNotFound(f"no resource {iri}")
    if format is not None:
        media = FORMATS[format.lower()]
    else:
        media = choose(request.headers.get("accept"), ["text/html"] + list(GRAPH_TYPES))
    if media != "text/html":
        return Response(ox.serialize(triples, None, GRAPH_TYPES[media]), media_type=media, headers={"Vary": "Accept"})
    me = ox.NamedNode(iri)
    nodes = {t.subject.value for t in triples} | {t.object.value for t in triples if isinstance(t.object, ox.NamedNode)}
    labels = _labels(store, nodes - {iri})
    rows_out = "".join(f"<tr><td>{_link(t.predicate, settings.base, labels)}</td><td>{_link(t.object, settings.base, labels)}</td></tr>"
                       for t in triples if t.subject == me)
    rows_in = "".join(f"<tr><td>{_link(t.subject, settings.base, labels)}</td><td>{_link(t.predicate, settings.base, labels)}</td></tr>"
                      for t in triples if t.subject != me)
    own = {t.predicate.value: t.object.value for t in triples if t.subject == me and isinstance(t.object, ox.Literal)}
    name = next((own[p] for p in _LABELS if p in own), _short(iri))
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(name)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}}td{{padding:.2rem .6rem;vertical-align:top}}</style>
</head><body><p><a href="/">newsgraph explorer</a></p><h1>{html.escape(name)}</h1><p><code>{html.escape(iri)}</code> ({html.escape(kind)})</p>
<h2>Properties</h2><table>{rows_out}</table><h2>Referenced by</h2><table>{rows_in}</table>
<p>Also as <a href="?format=turtle">Turtle</a>, <a href="?format=ntriples">N-Triples</a>, <a href="?format=jsonld">JSON-LD</a>
 (or by <code>Accept: text/turtle</code>).</p></body></html>"""
    return HTMLResponse(page, headers={"Vary": "Accept"})
