"""Extraction on a Dask cluster stores exactly what a serial run stores, and a re-run skips what is unchanged.

A real 2-process `LocalCluster` (each worker loads the spaCy pipeline itself), on the embedded store
and on a real Oxigraph server.
"""
from __future__ import annotations

import io

import pytest

from newsgraph.graph.ledger import LEDGER
from newsgraph.graph.remote_store import RemoteStore
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore
from tests.oxigraph_server import oxigraph_server

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

TEXTS = {
    "a": "Chancellor Mira Holt met President Ivo Sand in Vienna on Tuesday. \"We spoke about trade,\" Holt said.",
    "b": "Prime Minister Lena Dorn met Holt in Prague on Friday. Dorn later met Foreign Minister Pavel Ruzek.",
    "c": "Sand received a delegation led by Senator Tomas Brell in Graz. \"A good start,\" Brell said.",
    "d": "President Ivo Sand will meet Chancellor Holt in Linz next month, his office said on Monday.",
    "e": "Governor Ada Quist spoke by phone with Minister Rolf Eberl on Sunday.",
}


def _write(folder, texts):
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _article_quads(store) -> set[str]:
    buffer = io.BytesIO()
    store.export(buffer, "nquads")
    return {line for line in buffer.getvalue().decode().splitlines() if line.strip() and LEDGER not in line}


@pytest.fixture(scope="module")
def serial_quads(nlp, tmp_path_factory):
    folder = _write(tmp_path_factory.mktemp("texts"), TEXTS)
    store = OxigraphStore(tmp_path_factory.mktemp("serial") / "store")
    summary = NewsService(store, nlp=nlp).ingest([folder], published="2025-05-15")
    assert summary.count("created") == len(TEXTS) and not summary.errors
    return _article_quads(store)


def test_cluster_ingest_equals_serial_and_resumes(nlp, tmp_path, serial_quads):
    folder = _write(tmp_path / "texts", TEXTS)
    store = OxigraphStore(tmp_path / "store")
    service = NewsService(store, nlp=nlp)
    summary = service.ingest_on_cluster([folder], cluster="local:2", published="2025-05-15", chunk_size=2)
    assert [o.id for o in summary.outcomes] == list(TEXTS) and summary.count("created") == len(TEXTS)
    assert not summary.errors
    assert _article_quads(store) == serial_quads and len(serial_quads) > 100
    assert len(store.articles()) == len(TEXTS)  # the ledger graph is not an article

    again = service.ingest_on_cluster([folder], cluster="local:2", published="2025-05-15")
    assert again.count("unchanged") == len(TEXTS)
    assert all(o.note and "skipped" in o.note for o in again.outcomes)  # not extracted again

    (folder / "e.txt").write_text("Governor Ada Quist met Minister Rolf Eberl in Bern on Sunday.", encoding="utf-8")
    changed = service.ingest_on_cluster([folder], cluster="local:2", published="2025-05-15")
    assert {o.id: o.status for o in changed.outcomes} == {**{k: "unchanged" for k in "abcd"}, "e": "replaced"}
    assert {r["other_name"] for r in service.who_met("Ada Quist")} == {"Rolf Eberl"}


def test_errors_are_collected_and_the_run_goes_on(nlp, tmp_path):
    folder = _write(tmp_path / "texts", {"a": TEXTS["a"], "long": "Word " * 400, "b": TEXTS["b"]})
    service = NewsService(OxigraphStore(), nlp=nlp, max_article_chars=1000)
    summary = service.ingest_on_cluster([folder], cluster="local:1", published="2025-05-15")
    assert [o.id for o in summary.outcomes] == ["a", "b"]
    assert len(summary.errors) == 1 and "too long" in summary.errors[0]


def test_cluster_ingest_into_an_oxigraph_server_equals_serial(nlp, tmp_path, serial_quads):
    folder = _write(tmp_path / "texts", TEXTS)
    with oxigraph_server(tmp_path / "db") as url:
        store = RemoteStore(url).check()
        summary = NewsService(store, nlp=nlp).ingest_on_cluster([folder], cluster="local:2", published="2025-05-15")
        assert summary.count("created") == len(TEXTS)
        assert _article_quads(store) == serial_quads


def test_cluster_workers_use_the_replaced_word_lists(nlp, tmp_path):
    """The lists travel as their entries (the user's file is not on a worker's machine)."""
    folder = _write(tmp_path / "texts", {"h": "Nadia Brook zorbled with Omar Vale in Lyon on Monday."})
    service = NewsService(OxigraphStore(), lexicons={"with_meeting_verbs": ["with-meeting verbs", "meet", "zorble"]})
    summary = service.ingest_on_cluster([folder], cluster="local:1", published="2025-05-15")
    assert summary.count("created") == 1 and summary.meetings == 1
    assert {r["other_name"] for r in service.who_met("Nadia Brook")} == {"Omar Vale"}
