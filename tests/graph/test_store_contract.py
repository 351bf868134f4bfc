"""One store contract, two backends: embedded Oxigraph and a real Oxigraph server over HTTP.

Every test runs on both (`backend` is "embedded" or "remote"); the remote one speaks only SPARQL 1.1
Query/Update and the Graph Store Protocol. The front ends (service, CLI, `NewsGraph`, `newsgraph
serve`) are exercised on the server URL the way a user would pass it (`--store http://...`).
"""
from __future__ import annotations

import io
import time

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Literal, URIRef
from typer.testing import CliRunner

from newsgraph import NewsGraph
from newsgraph.api.cli.main import app as cli
from newsgraph.api.http.app import create_app
from newsgraph.graph.backends import open_backend
from newsgraph.graph.remote_store import RemoteStore
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore, QueryError, StoreError
from newsgraph.settings import get_settings
from tests.oxigraph_server import free_port, oxigraph_server

pytestmark = pytest.mark.slow

EX = "http://example.org/"
TEXT_1 = "Chancellor Mira Holt met President Ivo Sand in Vienna on Tuesday."
TEXT_2 = "Chancellor Mira Holt met Prime Minister Lena Dorn in Prague on Friday."


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "db") as url:
        yield url


@pytest.fixture(params=["embedded", "remote"])
def backend(request):
    return request.param


@pytest.fixture()
def location(backend, server, tmp_path) -> str:
    """What a user passes as --store: a fresh folder, or the server's URL (emptied first)."""
    if backend == "embedded":
        return str(tmp_path / "store")
    RemoteStore(server).update("DROP SILENT ALL")
    return server


@pytest.fixture()
def store(location):
    return open_backend(get_settings(store=location))


def _triples(n: int, label: str = "x"):
    return [(URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(f"{label} {i}\nwith \"quotes\"")) for i in range(n)]


def _quads(store) -> set[str]:
    buffer = io.BytesIO()
    store.export(buffer, "nquads")
    return {line for line in buffer.getvalue().decode().splitlines() if line.strip()}


# -- the contract ----------------------------------------------------------------------------
def test_replace_article_writes_one_named_graph_whole(store):
    assert store.replace_article(f"{EX}a", _triples(3)) == 3
    assert store.replace_article(f"{EX}a", _triples(2, "y")) == 2  # replaced, not added to
    assert store.has_article(f"{EX}a") and not store.has_article(f"{EX}b")
    rows = store.select(f"SELECT ?o WHERE {{ GRAPH <{EX}a> {{ ?s ?p ?o }} }} ORDER BY ?o")
    assert [r["o"] for r in rows] == ['y 0\nwith "quotes"', 'y 1\nwith "quotes"']
    assert store.same_article(f"{EX}a", _triples(2, "y")) and not store.same_article(f"{EX}a", _triples(3))
    assert store.articles() == [f"{EX}a"] and len(store) == 2


def test_queries_see_the_union_of_article_graphs(store):
    store.replace_article(f"{EX}a", _triples(2))
    store.replace_article(f"{EX}b", _triples(3, "z"))
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert rows == [{"n": 5}]
    assert store.ask(f"ASK {{ <{EX}s2> ?p ?o }}")


def test_articles_are_listed_and_counted_without_the_index_graphs(store):
    for name in ("b", "a"):
        store.replace_article(f"{EX}article/{name}", _triples(3, name))
    store.update("INSERT DATA { GRAPH <urn:newsgraph:people-index> { <urn:x> <urn:y> 1 } }")
    assert store.articles() == [f"{EX}article/a", f"{EX}article/b"]
    assert store.article_count() == 2
    store.remove_article(f"{EX}article/a")
    assert store.articles() == [f"{EX}article/b"] and store.article_count() == 1


def test_remove_article(store):
    store.replace_article(f"{EX}a", _triples(2))
    assert store.remove_article(f"{EX}a") is True
    assert store.remove_article(f"{EX}a") is False
    assert store.articles() == [] and len(store) == 0


def test_a_bad_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.select("SELECT ?x WHERE { ?x")


def test_export_keeps_graphs_in_nquads_and_merges_them_in_turtle(store):
    store.replace_article(f"{EX}a", _triples(2))
    store.replace_article(f"{EX}b", _triples(2))  # the same triples in another article
    assert len(_quads(store)) == 4
    buffer = io.BytesIO()
    store.export(buffer, "ntriples")
    assert len(list(ox.parse(buffer.getvalue(), ox.RdfFormat.N_TRIPLES))) == 2


def test_both_backends_store_the_same_quads(server, tmp_path, nlp):
    """The same articles through the service give byte-identical N-Quads on either backend."""
    RemoteStore(server).update("DROP SILENT ALL")
    stores = [OxigraphStore(tmp_path / "store"), open_backend(get_settings(store=server))]
    for store in stores:
        NewsService(store, nlp=nlp).ingest([(TEXT_1, {"id": "one"}), (TEXT_2, {"id": "two"})])
    assert _quads(stores[0]) == _quads(stores[1]) and len(_quads(stores[0])) > 20


# -- the service and the front ends on each backend ------------------------------------------
def test_service_ingest_who_met_replace_remove(store, nlp):
    service = NewsService(store, nlp=nlp)
    summary = service.ingest([(TEXT_1, {"id": "one"}), (TEXT_2, {"id": "two"})])
    assert [o.status for o in summary.outcomes] == ["created", "created"]
    met = {r["other_name"] for r in service.who_met("Mira Holt")}
    assert met == {"Ivo Sand", "Lena Dorn"}
    again = service.ingest([(TEXT_1, {"id": "one"})])
    assert again.outcomes[0].status == "unchanged"
    changed = service.ingest([(TEXT_1.replace("Vienna", "Graz"), {"id": "one"})])
    assert changed.outcomes[0].status == "replaced"
    assert service.remove("two") is True and service.remove("two") is False
    assert {r["other_name"] for r in service.who_met("Mira Holt")} == {"Ivo Sand"}
    assert service.article_count() == 1


def test_cli_ingest_who_met_query_export(location, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(TEXT_1, encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text(TEXT_2, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--store", location, "--published", "2025-05-15"])
    assert result.exit_code == 0, result.output
    assert "2 created" in result.output
    result = runner.invoke(cli, ["who-met", "Mira Holt", "--store", location, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Ivo Sand" in result.output and "Lena Dorn" in result.output
    result = runner.invoke(cli, ["query", "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:Person }",
                                 "--store", location, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.split()[-1] == "3"
    out = tmp_path / "all.nq"
    result = runner.invoke(cli, ["export", "--format", "nquads", "--output", str(out), "--store", location])
    assert result.exit_code == 0, result.output
    graphs = {q.graph_name.value for q in ox.parse(out.read_bytes(), ox.RdfFormat.N_QUADS)}
    assert graphs == {"https://w3id.org/newsgraph/id/article/one", "https://w3id.org/newsgraph/id/article/two"}


def test_newsgraph_python_api_on_the_location(location, nlp):
    kg = NewsGraph.open(location)
    kg.service._nlp = nlp
    kg.ingest((TEXT_1, {"id": "one"}))
    met = kg.who_met("Mira Holt")
    assert list(met["with"]) == ["Ivo Sand"] and list(met["place"]) == ["Vienna"]


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")  # results dropped on a wrong thread
def test_http_service_in_front_of_the_backend(backend, location, nlp):
    """`newsgraph serve` on either backend: REST questions, SPARQL with its limits, token for writes."""
    settings = get_settings(store=location, token="secret", max_result_bytes=2000)
    # embedded: in memory, because query workers reading a folder just written can fail (issue 10, finding 2)
    app = create_app(settings, store=OxigraphStore() if backend == "embedded" else None)
    app.state.service._nlp = nlp
    with TestClient(app) as client:
        assert client.post("/articles", json={"id": "one", "text": TEXT_1}).status_code == 401
        created = client.post("/articles", json={"id": "one", "text": TEXT_1},
                              headers={"Authorization": "Bearer secret"})
        assert created.status_code in (200, 201), created.text
        who = client.get("/people/mira-holt/met")
        assert who.status_code == 200 and "Ivo Sand" in who.text
        deadline = time.monotonic() + 20  # on a server the count is asked in the background
        while client.get("/health").json()["articles"] != 1:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        ask = client.get("/sparql", params={"query": "ASK { ?p a schema:Person }"},
                         headers={"Accept": "application/sparql-results+json"})
        assert ask.status_code == 200 and ask.json()["boolean"] is True
        big = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                         headers={"Accept": "application/sparql-results+json"})
        assert big.status_code == 422  # over the result cap
        bad = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x"})
        assert bad.status_code == 400


# -- the remote backend's own promises -------------------------------------------------------
def test_a_server_without_the_union_default_graph_is_refused(tmp_path):
    with oxigraph_server(tmp_path / "db", union_default_graph=False) as url:
        RemoteStore(url).replace_article(f"{EX}a", _triples(1))
        with pytest.raises(StoreError, match="union-default-graph"):
            open_backend(get_settings(store=url))


def test_credentials_never_show_in_the_store_repr_or_errors():
    store = RemoteStore(f"http://127.0.0.1:{free_port()}", token="tok-SECRET", timeout=1)
    with pytest.raises(StoreError) as info:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert "SECRET" not in str(info.value) and "SECRET" not in repr(store)
    settings = get_settings(store="http://127.0.0.1:1", store_password="pw-SECRET", store_user="u")
    assert "SECRET" not in repr(settings)


@pytest.mark.parametrize("kwargs, expected", [
    ({"token": "tok"}, "Bearer tok"),
    ({"user": "ann", "password": "pw"}, "Basic YW5uOnB3"),
])
def test_credentials_are_sent_in_the_authorization_header(kwargs, expected):
    """A server behind a proxy with auth sees the credentials on every request (and only there)."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    seen: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server API
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append(self.headers.get("Authorization"))
            body = b'{"head": {}, "boolean": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        store = RemoteStore(f"http://127.0.0.1:{server.server_port}", timeout=5, **kwargs)
        assert store.ask("ASK {}") is True
        assert seen == [expected]
    finally:
        server.shutdown()
        thread.join(timeout=5)


def test_a_query_past_the_time_limit_is_abandoned_with_a_timeout():
    """/sparql on the remote backend keeps the time limit: a server that does not answer in time gives
    QueryTimeout (503 at the route), not a hung request."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from newsgraph.api.query_runner import QueryJob, QueryRunner, QueryTimeout

    release = threading.Event()

    class Slow(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the http.server API
            self.rfile.read(int(self.headers["Content-Length"]))
            release.wait(10)
            try:
                self.send_response(200)
                self.end_headers()
            except OSError:
                pass

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Slow)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        runner = QueryRunner(RemoteStore(f"http://127.0.0.1:{server.server_port}"), timeout=0.5)
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            runner.run(QueryJob(query="SELECT * WHERE { ?s ?p ?o }"))
        assert time.monotonic() - started < 8  # abandoned at the limit, not when the server gave up
    finally:
        release.set()
        server.shutdown()
        thread.join(timeout=5)


def test_read_models_follow_writes_on_either_backend(location, nlp):
    """With this process as the only writer (always true of a folder; said by `store_sole_writer` for
    a server), who-met and search come from the read models and reflect each write when it returns."""
    from newsgraph.graph.met_index import MetIndex
    from newsgraph.graph.people_index import PeopleIndex
    store = open_backend(get_settings(store=location, store_sole_writer=True))
    met, people = MetIndex(store), PeopleIndex(store)
    service = NewsService(store, nlp=nlp, met_index=met, people_index=people)
    assert met.wait_built(timeout=60) and people.wait_built(timeout=60)
    service.ingest([(TEXT_1, {"id": "one"})])
    holt = service.person_iri("Mira Holt")
    assert met.is_fresh() and {r["other_name"] for r in met.who_met(holt)} == {"Ivo Sand"}
    service.ingest([(TEXT_2, {"id": "two"})])
    assert {r["other_name"] for r in met.who_met(holt)} == {"Ivo Sand", "Lena Dorn"}
    assert [r["name"] for r in people.search("dorn")] == ["Lena Dorn"] and people.is_fresh()
    service.remove("one")
    assert {r["other_name"] for r in met.who_met(holt)} == {"Lena Dorn"}
    assert people.search("sand") == []
