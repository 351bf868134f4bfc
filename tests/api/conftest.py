"""An app on a temporary on-disk store with the sample article, shared by the API tests."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.config import Settings
from newsgraph.api.http.app import create_app
from newsgraph.extract.facts import ArticleMeta
from newsgraph.extract.pipeline import extract_article
from newsgraph.graph.ingest import store_facts
from newsgraph.graph.store import OxigraphStore

from newsgraph.extract.sources import SAMPLE_ARTICLE as SAMPLE
TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="session")
def sample_facts(nlp):
    return extract_article(SAMPLE.read_text(encoding="utf-8"),
                           ArticleMeta(id="istanbul", published=date(2025, 5, 15)), nlp=nlp)


def make_client(tmp_path, facts_list, **settings) -> TestClient:
    store = OxigraphStore(tmp_path / "store")
    for facts in facts_list:
        store_facts(facts, store)
    store.flush()
    config = Settings(store=tmp_path / "store", **{"token": TOKEN, "query_workers": 1, **settings})
    return TestClient(create_app(config, store=store))


@pytest.fixture()
def client(tmp_path, sample_facts, nlp):
    with make_client(tmp_path, [sample_facts]) as c:
        c.app.state.service._nlp = nlp  # the session pipeline, loaded once
        yield c
