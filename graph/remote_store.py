"""A SPARQL 1.1 server as the triple store, spoken to in standards only.

- reads: SPARQL 1.1 Query over the Protocol (POST, form-encoded; results as SPARQL JSON);
- writes: the Graph Store Protocol, one named graph per article: `PUT ?graph=<article>` replaces
  an article whole (one request, so the server applies it as one transaction), `DELETE` removes it;
- any other update (`/sparql` updates of `newsgraph serve`): SPARQL 1.1 Update over the Protocol.

The server must evaluate queries over the union of its named graphs, as the embedded store does:
start Oxigraph with `oxigraph serve --union-default-graph` (Virtuoso does this by default; Fuseki
with `tdb2:unionDefaultGraph true`). `check()` refuses a server that does not.

Credentials (bearer token, basic or digest) go in the request headers only; they are never part
of a URL, a log line or an error message. Every request has a client-side timeout: a query past
it is abandoned with `QueryError` (the server's own `--timeout-s` stops its work too).

Derived data: the people index graph is written in the same update request as each article (so
it is always in step on the server, whoever writes through newsgraph). The in-memory read models
of `newsgraph serve` (who-met, people search; `read_model.py`) follow the writes of *this*
process only: `generation` counts our writes. So they are off by default on a server (questions
go to the server), and on with `store_sole_writer` (`NEWSGRAPH_STORE_SOLE_WRITER=1`) when every
write goes through this process: built once at start, then each article write applies its own
change. If another process writes the server anyway, the models do not see it (they keep
answering from what they had) until a restart or a write they cannot follow (a raw update here).
"""
from __future__ import annotations

import threading

import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox

from newsgraph.graph.namespace import PREFIXES, sparql_prefixes
from newsgraph.graph.store import (DATASET_FORMATS, EXPORT_FORMATS, INTERNAL_FILTER, QueryError, SparqlReads, StoreError,
                                     _prefix_kwargs, _statements)

__all__ = ["RemoteStore", "Endpoints", "is_url"]

_JSON_RESULTS = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"


def is_url(location: str | Path | None) -> bool:
    """Whether a `--store` value names a server rather than a folder."""
    return isinstance(location, str) and location.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoints:
    """Where the server takes queries, updates and graph store requests.

    From one base URL, Oxigraph's names are assumed (`/query`, `/update`, `/store`); a server that
    names them differently (Fuseki: `/ds/sparql`, `/ds/update`, `/ds/data`; Virtuoso: `/sparql`,
    `/sparql-auth`, `/sparql-graph-crud-auth`) is configured with the three URLs."""

    query: str
    update: str
    graph_store: str

    @classmethod
    def from_base(cls, base: str, *, query: str | None = None, update: str | None = None,
                  graph_store: str | None = None) -> "Endpoints":
        root = base.rstrip("/")
        for suffix in ("/query", "/update", "/store"):
            if root.endswith(suffix):  # `--store http://host:7878/query` means the same server
                root = root[: -len(suffix)]
        return cls(query or f"{root}/query", update or f"{root}/update", graph_store or f"{root}/store")


def _auth(token: str | None, user: str | None, password: str | None, scheme: str | None) -> httpx.Auth | None:
    if token:
        return _Bearer(token)
    if user is not None:
        if scheme == "digest":
            return httpx.DigestAuth(user, password or "")
        return httpx.BasicAuth(user, password or "")
    return None


class _Bearer(httpx.Auth):
    """`Authorization: Bearer ...` on every request; the token is not kept in any repr."""

    def __init__(self, token: str):
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request):
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "<Bearer ***>"


class QueryTimedOut(QueryError):
    """The server did not answer a query within the time limit."""


class ResultTooBig(QueryError):
    """The server's answer is over the result cap."""


class NotAcceptableHere(QueryError):
    """The server has none of the result formats the client accepts."""


class RemoteStore(SparqlReads):
    """A SPARQL 1.1 server behind the `TripleStore` contract (see the module docstring)."""

    supports_update = True
    path = None  # no folder: the query runner forwards queries instead of opening snapshots

    def __init__(self, url: str, *, query_url: str | None = None, update_url: str | None = None,
                 graph_store_url: str | None = None, token: str | None = None, user: str | None = None,
                 password: str | None = None, auth_scheme: str | None = None, timeout: float = 30.0,
                 sole_writer: bool = False):
        self.url = url
        # other processes may write it too, and then in-memory read models of this process cannot be
        # trusted; unless the owner says this process is the server's only writer (`sole_writer`)
        self.shared = not sole_writer
        self.write_lock = threading.RLock()  # this process's writes one at a time: the generation count is exact
        self.endpoints = Endpoints.from_base(url, query=query_url, update=update_url, graph_store=graph_store_url)
        self.timeout = timeout
        self.generation = 0  # bumped by this process's writes (other writers do not bump it)
        self._client = httpx.Client(auth=_auth(token, user, password, auth_scheme), timeout=timeout,
                                    follow_redirects=False)

    @classmethod
    def from_settings(cls, settings) -> "RemoteStore":
        secret = lambda s: s.get_secret_value() if s is not None else None  # noqa: E731
        return cls(str(settings.store), query_url=settings.store_query_url, update_url=settings.store_update_url,
                   graph_store_url=settings.store_graph_url, token=secret(settings.store_token),
                   user=settings.store_user, password=secret(settings.store_password),
                   auth_scheme=settings.store_auth, timeout=settings.store_timeout,
                   sole_writer=settings.store_sole_writer)

    def __repr__(self) -> str:
        parts = urlsplit(self.url)
        return f"RemoteStore({parts.scheme}://{parts.hostname}:{parts.port or ''}{parts.path})"  # never credentials

    def close(self) -> None:
        self._client.close()

    # -- HTTP --------------------------------------------------------------------------------
    def _send(self, method: str, url: str, *, error: type[Exception] = StoreError, timeout: float | None = None,
              **kwargs) -> httpx.Response:
        try:
            response = self._client.request(method, url, timeout=timeout or self.timeout, **kwargs)
        except httpx.TimeoutException as exc:
            raise QueryError(f"the SPARQL server did not answer within {timeout or self.timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {self!r}: {type(exc).__name__}") from exc
        if response.status_code in (401, 403):
            raise StoreError(f"the SPARQL server refused the credentials ({response.status_code})")
        if response.status_code >= 400 and response.status_code != 404:
            raise error(f"the SPARQL server answered {response.status_code}: {response.text[:500]}")
        return response

    def query_response(self, sparql: str, *, accept: str, timeout: float | None = None,
                       default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()) -> httpx.Response:
        """The raw answer to a query (SPARQL Protocol, POST form-encoded), for forwarding."""
        data = {"query": sparql, "default-graph-uri": list(default_graphs), "named-graph-uri": list(named_graphs)}
        response = self._send("POST", self.endpoints.query, error=QueryError, timeout=timeout,
                              data={k: v for k, v in data.items() if v}, headers={"Accept": accept})
        if response.status_code == 404:
            raise StoreError(f"no SPARQL query endpoint at {self.endpoints.query}")
        return response

    def forward(self, sparql: str, *, accept: str, timeout: float, max_bytes: int,
                default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = ()) -> tuple[str, bytes]:
        """(media type, body) of the server's answer to a user query, for `newsgraph serve`'s /sparql.

        The whole exchange has `timeout` seconds (then QueryTimedOut; the connection is dropped, and
        the server's `--timeout-s` stops its work), and the body is read only up to `max_bytes`
        (then ResultTooBig), so nothing is sent to our client before the answer is known whole."""
        data = {"query": sparql, "default-graph-uri": list(default_graphs), "named-graph-uri": list(named_graphs)}
        deadline = time.monotonic() + timeout
        try:
            with self._client.stream("POST", self.endpoints.query, data={k: v for k, v in data.items() if v},
                                     headers={"Accept": accept}, timeout=timeout) as response:
                if response.status_code >= 400:
                    response.read()
                    if response.status_code == 406:
                        raise NotAcceptableHere(response.text[:500])
                    raise QueryError(f"the SPARQL server answered {response.status_code}: {response.text[:500]}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise ResultTooBig(f"the result is over the {max_bytes}-byte limit; add a LIMIT")
                    if time.monotonic() > deadline:
                        raise QueryTimedOut(f"the query ran longer than the {timeout:g} s limit and was abandoned")
                media = response.headers.get("content-type", "application/octet-stream")
        except httpx.TimeoutException as exc:
            raise QueryTimedOut(f"the query ran longer than the {timeout:g} s limit and was abandoned") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot reach the SPARQL server at {self!r}: {type(exc).__name__}") from exc
        return media, bytes(body)

    # -- writing -----------------------------------------------------------------------------
    def replace_article(self, graph: str, triples: Iterable[tuple], *, before: str = "", after: str = "") -> int:
        """Replace one article's named graph with these triples: one Graph Store Protocol PUT, or,
        with the name index's `before`/`after` updates, one SPARQL Update request holding all three."""
        lines = _statements(triples)
        if before or after:
            update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(lines) + "\n} }"
            self.update(" ;\n".join(part for part in (before, update, after) if part))
            return len(lines)
        body = ("\n".join(lines) + "\n").encode("utf-8")
        with self.write_lock:
            try:
                self._send("PUT", self.endpoints.graph_store, params={"graph": graph}, content=body,
                           headers={"Content-Type": "text/turtle; charset=utf-8"})  # n3() may write """long""" strings
            finally:
                self.generation += 1
        return len(lines)

    def same_article(self, graph: str, triples: Iterable[tuple]) -> bool:
        """Whether the stored graph holds exactly these triples (then re-writing it changes nothing)."""
        data = "\n".join(_statements(triples)).encode("utf-8")
        new = {(q.subject, q.predicate, q.object) for q in ox.parse(data, ox.RdfFormat.TURTLE)}
        return new == self._graph_triples(graph)

    def _graph_triples(self, graph: str) -> set[tuple]:
        response = self._send("GET", self.endpoints.graph_store, params={"graph": graph}, headers={"Accept": _NTRIPLES})
        if response.status_code == 404:
            return set()
        return {(q.subject, q.predicate, q.object) for q in ox.parse(response.content, ox.RdfFormat.N_TRIPLES)}

    def remove_article(self, graph: str, *, update: str | None = None) -> bool:
        """Remove an article's graph (Graph Store Protocol DELETE, or the SPARQL `update` that also
        keeps the name index in step); False when there was none."""
        with self.write_lock:
            if update:
                if not self.has_article(graph):
                    return False
                self.update(update)
                return True
            try:
                response = self._send("DELETE", self.endpoints.graph_store, params={"graph": graph})
            finally:
                self.generation += 1
            return response.status_code != 404

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Any SPARQL 1.1 Update, over the Protocol."""
        text = sparql if base_iri is None or "BASE" in sparql.upper()[:200] else f"BASE <{base_iri}>\n{sparql}"
        with self.write_lock:
            try:
                response = self._send("POST", self.endpoints.update, error=QueryError, data={"update": text})
            finally:
                self.generation += 1  # also after a failure: readers must not trust what they cached
        if response.status_code == 404:
            raise StoreError(f"no SPARQL update endpoint at {self.endpoints.update}")

    def load(self, data: bytes | str | IO, fmt: str, graph: str | None = None) -> None:
        """Add RDF to a graph (Graph Store Protocol POST), or to the default graph."""
        body = data.read() if hasattr(data, "read") else data
        media = EXPORT_FORMATS[fmt].media_type
        params = {"graph": graph} if graph else {"default": ""}
        with self.write_lock:
            try:
                self._send("POST", self.endpoints.graph_store, params=params, content=body, headers={"Content-Type": media})
            finally:
                self.generation += 1

    def flush(self) -> None:
        """Nothing to do: the server has applied every write by the time it answered."""

    # -- reading -----------------------------------------------------------------------------
    def query(self, sparql: str, *, union: bool = True, prefixes: bool = True, **_: Any):
        """A query's results as pyoxigraph objects, like the embedded store's (solutions, a boolean,
        or a list of triples for CONSTRUCT/DESCRIBE)."""
        text = (sparql_prefixes() + sparql) if prefixes and "PREFIX" not in sparql.upper()[:2000] else sparql
        response = self.query_response(text, accept=f"{_JSON_RESULTS}, {_NTRIPLES};q=0.9")
        media = response.headers.get("content-type", "").split(";")[0].strip()
        try:
            if media == _JSON_RESULTS:
                return _ask_answer(ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON))
            return list(ox.parse(response.content, ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES))
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"unreadable answer from the SPARQL server ({media}): {exc}") from exc

    # `GRAPH ?g {}` lists the named graphs without reading their triples (one row per graph); the
    # pattern `GRAPH ?g { ?s ?p ?o }` with DISTINCT read every quad: minutes at 2.2M quads
    _ARTICLE_GRAPHS = 'GRAPH ?g { } FILTER(isIRI(?g) && !STRSTARTS(STR(?g), "urn:newsgraph:"))'  # not the ledger nor the index

    def articles(self) -> list[str]:
        return sorted(r["g"] for r in self.select(f"SELECT ?g WHERE {{ {self._ARTICLE_GRAPHS} }}"))

    def article_count(self) -> int:
        rows = self.select(f"SELECT (COUNT(?g) AS ?n) WHERE {{ {self._ARTICLE_GRAPHS} }}")
        return int(rows[0]["n"]) if rows else 0

    def has_article(self, graph: str) -> bool:
        return self.ask(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0

    def check(self) -> "RemoteStore":
        """Fail early (StoreError) when the server is unreachable, refuses us, or keeps its default graph
        apart from the named graphs (then every question would find nothing)."""
        if self.ask("ASK { GRAPH ?g { ?s ?p ?o } }") and not self.ask("ASK { ?s ?p ?o }"):
            raise StoreError("the SPARQL server does not query the union of its named graphs by default; "
                             "start Oxigraph with `oxigraph serve --union-default-graph` (see the README)")
        return self

    # -- export ------------------------------------------------------------------------------
    def export(self, output: IO[bytes] | str | Path, fmt: str = "turtle", *, graph: str | None = None,
               include_internal: bool = False) -> None:
        """Write the store (or one graph) in a format: TriG/N-Quads keep article graphs, the others the union;
        our internal graphs only with `include_internal`. The quads come from one SELECT, so any SPARQL
        server will do."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        rdf_format = EXPORT_FORMATS[fmt]
        if graph is not None:
            where, keep_graphs = f"GRAPH <{graph}> {{ ?s ?p ?o }} BIND(<{graph}> AS ?g)", False
        else:
            where = "GRAPH ?g { ?s ?p ?o } " + ("" if include_internal else INTERNAL_FILTER)
            keep_graphs = fmt in DATASET_FORMATS
        rows = self.query(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}", prefixes=False)
        quads = _quads(rows, keep_graphs)
        if not keep_graphs:
            quads = list(dict.fromkeys(quads))  # the union: a triple in two articles is written once
        kwargs = _prefix_kwargs(rdf_format, dict(PREFIXES))
        if isinstance(output, (str, Path)):
            with open(output, "wb") as handle:
                ox.serialize(quads, handle, rdf_format, **kwargs)
        else:
            ox.serialize(quads, output, rdf_format, **kwargs)


def _ask_answer(results):
    """Virtuoso 7 answers ASK as a table of one variable, `__ASK_RETVAL`, bound to 1 when true and
    with no row when false (not the standard `{"boolean": ...}`): read that as the boolean."""
    if isinstance(results, ox.QuerySolutions) and [v.value for v in results.variables] == ["__ASK_RETVAL"]:
        return any(row[0] is not None and row[0].value not in ("0", "false") for row in results)
    return results


def _quads(rows, keep_graphs: bool) -> Iterator[ox.Quad | ox.Triple]:
    for row in rows:
        if keep_graphs:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])
        else:
            yield ox.Triple(row["s"], row["p"], row["o"])

