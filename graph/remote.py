"""A store read over HTTP: a running newsgraph server (or any SPARQL 1.1 endpoint) with the read
API of `OxigraphStore`, so the service, the named queries and `NewsGraph` work on it unchanged.

This is how a notebook reads a store that a server holds: only the server opens the folder, and
the answers are as consistent as the server's `/sparql` makes them for any client. Writes are
refused (`StoreError`): send them to the server's `POST /articles` or SPARQL Update with its token.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO, Iterable

import pyoxigraph as ox

from newsgraph.graph.formats import RdfFormat
from newsgraph.graph.namespace import PREFIXES, sparql_prefixes
from newsgraph.graph.store import QueryError, SparqlReads, StoreError

__all__ = ["SparqlHttpStore"]

_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"


class SparqlHttpStore(SparqlReads):
    """A SPARQL endpoint (`http://host:8000/sparql`) as a read-only store."""

    supports_update = False
    generation = 0  # no local writes; the server keeps its own answers current
    path = None

    def __init__(self, endpoint: str, *, timeout: float = 60.0):
        self.endpoint = endpoint
        self.timeout = timeout

    # -- reading -------------------------------------------------------------------------------
    def _post(self, text: str) -> tuple[str, bytes]:
        data = urllib.parse.urlencode({"query": text}).encode("utf-8")
        request = urllib.request.Request(self.endpoint, data=data, method="POST", headers={
            "Accept": _ACCEPT, "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", "").split(";")[0].strip(), response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            try:
                detail = json.loads(detail).get("detail", detail)
            except ValueError:
                pass
            if 400 <= exc.code < 500:
                raise QueryError(f"{self.endpoint} refused the query ({exc.code}): {detail}") from exc
            raise StoreError(f"{self.endpoint} failed ({exc.code}): {detail}") from exc
        except OSError as exc:
            raise StoreError(f"cannot reach {self.endpoint}: {exc}") from exc

    def query(self, sparql: str, *, prefixes: bool = True, **_ignored):
        """pyoxigraph results: solutions, a boolean, or a list of triples (CONSTRUCT/DESCRIBE)."""
        text = (sparql_prefixes() + sparql) if prefixes and "PREFIX" not in sparql.upper()[:2000] else sparql
        media, body = self._post(text)
        if media == "application/sparql-results+json":
            return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        return list(ox.parse(body, ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES))

    def articles(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows)

    def has_article(self, graph: str) -> bool:
        return self.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

    def export(self, output: IO[bytes] | str | Path, fmt: str = "turtle", *, graph: str | None = None) -> None:
        """The union (or one graph) as any `RdfFormat`; TriG and N-Quads keep the article graphs."""
        rdf = RdfFormat(fmt)
        scope = f"GRAPH <{graph}>" if graph else "GRAPH ?g"
        if rdf.keeps_graphs and graph is None:
            rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
            data: Iterable = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]
        else:
            data = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {scope} {{ ?s ?p ?o }} }}")
        prefixes = {"prefixes": dict(PREFIXES)} if rdf.value in ("turtle", "trig", "rdfxml") else {}
        ox.serialize(data, str(output) if isinstance(output, Path) else output, rdf.oxigraph, **prefixes)

    def __len__(self) -> int:
        return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])

    # -- writing is the server's ---------------------------------------------------------------
    def _refuse(self, *args, **kwargs):
        raise StoreError(f"{self.endpoint} is read over HTTP: write through the server "
                         "(POST /articles, or SPARQL Update with its token)")

    replace_article = remove_article = update = load = same_article = _refuse

    def flush(self) -> None:
        """Nothing to flush: nothing is written here."""
