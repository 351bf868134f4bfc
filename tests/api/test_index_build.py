"""`newsgraph serve` answers at once on a store whose people name index must be (re)built: the build
runs in the background, /health says how far it is, routes that read names answer 503 with
Retry-After until it is done, and everything else answers from the store meanwhile."""
from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from newsgraph.api.config import Settings
from newsgraph.api.http.app import create_app
from newsgraph.graph import name_index
from newsgraph.graph.ingest import store_facts
from newsgraph.graph.store import OxigraphStore
from tests.api.conftest import AUTH, TOKEN


@pytest.fixture()
def unindexed(tmp_path, sample_facts):
    """A store with the sample article and no name index, as an older version or a bulk load leaves it."""
    store = OxigraphStore(tmp_path / "store")
    store_facts(sample_facts, store)
    store.raw.remove_graph(ox.NamedNode(name_index.PEOPLE_GRAPH))
    store.flush()
    assert name_index.pending(store) == "build"
    return store


@pytest.fixture()
def held_build(monkeypatch):
    """Hold the name index build until the test lets it go."""
    go = threading.Event()
    real = name_index.ensure

    def slow_ensure(store, **kwargs):
        assert go.wait(30), "the test never let the build go"
        return real(store, **kwargs)
    monkeypatch.setattr(name_index, "ensure", slow_ensure)
    return go


def test_server_answers_while_the_name_index_builds(tmp_path, unindexed, held_build):
    config = Settings(store=tmp_path / "store", token=TOKEN, query_workers=1)
    with TestClient(create_app(config, store=unindexed)) as client:
        health = client.get("/health").json()
        assert health["name_index"] == {"state": "building", "articles_done": 0, "articles": 1}
        for path in ("/people?q=zel", "/people/volodymyr-zelensky", "/people/volodymyr-zelensky/network",
                     "/meetings?person=Zelensky", "/statements", "/paths?from=Putin&to=Zelensky"):
            refused = client.get(path)
            assert refused.status_code == 503, path
            assert refused.headers["Retry-After"] and "being built" in refused.json()["detail"]
        write = client.post("/articles", json={"text": "Ana Lind met Bo Strand in Oslo."}, headers=AUTH)
        assert write.status_code == 503  # a write would race the rebuild's writes to the index
        # what does not read names answers from the store at once
        assert client.get("/").status_code == 200
        assert client.get("/articles").json()["data"][0]["id"] == "istanbul"
        assert client.get("/articles/istanbul").status_code == 200
        ask = client.get("/sparql", params={"query": "ASK { ?s a schema:Person }"},
                         headers={"Accept": "application/sparql-results+json"})
        assert ask.status_code == 200 and ask.json()["boolean"] is True

        held_build.set()
        assert client.app.state.name_index_build.wait(30)
        assert client.get("/health").json()["name_index"] == "ready"
        found = client.get("/people", params={"q": "zel"}).json()["data"]
        assert [p["name"] for p in found] == ["Volodymyr Zelensky"]
        assert client.get("/people/volodymyr-zelensky/network").status_code == 200
    assert name_index.pending(unindexed) is None


def test_a_current_index_is_ready_from_the_start(client):
    assert client.app.state.name_index_build.ready
    assert client.get("/health").json()["name_index"] == "ready"


def test_a_failed_build_is_reported_and_names_stay_refused(tmp_path, unindexed, monkeypatch):
    def broken(store, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(name_index, "ensure", broken)
    config = Settings(store=tmp_path / "store", query_workers=1)
    with TestClient(create_app(config, store=unindexed)) as client:
        build = client.app.state.name_index_build
        build._thread.join(30)
        assert client.get("/health").json()["name_index"] == {"state": "failed", "error": "OSError: disk full"}
        refused = client.get("/people", params={"q": "zel"})
        assert refused.status_code == 503 and "newsgraph reindex" in refused.json()["detail"]
