"""One skip-unchanged behaviour for every ingest path (serial, -j N, cluster, HTTP writes), and
exports without our internal graphs (ledger, name index) unless asked."""
from __future__ import annotations

import io
from datetime import date

import pytest

from newsgraph.graph.ledger import LEDGER, stored_hashes
from newsgraph.graph.name_index import PEOPLE_GRAPH
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore

TEXTS = {
    "a": "Chancellor Mira Holt met President Ivo Sand in Vienna on Tuesday.",
    "b": "Prime Minister Lena Dorn met Holt in Prague on Friday.",
    "c": "Governor Ada Quist met Minister Rolf Eberl in Bern on Sunday.",
}
SKIPPED = "skipped: not changed since stored"


def _write(folder, texts):
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def service(nlp, tmp_path):
    return NewsService(OxigraphStore(tmp_path / "store"), nlp=nlp)


def _export(service, fmt: str, **kwargs) -> str:
    buffer = io.BytesIO()
    service.export(buffer, fmt, **kwargs)
    return buffer.getvalue().decode("utf-8")


def test_a_serial_run_records_the_ledger_and_a_rerun_skips_what_is_unchanged(service, tmp_path):
    folder = _write(tmp_path / "texts", TEXTS)
    first = service.ingest([folder], published="2025-05-15")
    assert first.count("created") == 3
    graphs = [o.iri for o in first.outcomes]
    assert set(stored_hashes(service.store, graphs)) == set(graphs)

    again = service.ingest([folder], published="2025-05-15")
    assert [(o.status, o.note) for o in again.outcomes] == [("unchanged", SKIPPED)] * 3

    (folder / "b.txt").write_text("Prime Minister Lena Dorn met Holt in Brno on Monday.", encoding="utf-8")
    changed = service.ingest([folder], published="2025-05-15", n_process=2)  # -j 2: the same ledger
    assert {o.id: o.status for o in changed.outcomes} == {"a": "unchanged", "b": "replaced", "c": "unchanged"}
    assert {o.id: o.note for o in changed.outcomes}["b"] != SKIPPED

    other_day = service.ingest([folder], published="2025-05-16")  # other metadata: extracted again
    assert not any(o.note == SKIPPED for o in other_day.outcomes)


def test_an_http_write_keeps_the_ledger_true(service, tmp_path):
    """A PUT with other content must not leave the hash of the file's text: re-ingesting the file
    then restores it instead of skipping it."""
    folder = _write(tmp_path / "texts", {"a": TEXTS["a"]})
    service.ingest([folder], published="2025-05-15")
    service.ingest_one(service.article(TEXTS["c"], article_id="a", published=date(2025, 5, 15)), replace=True)
    back = service.ingest([folder], published="2025-05-15")
    assert [(o.status, o.note) for o in back.outcomes] == [("replaced", None)]
    assert {r["other_name"] for r in service.who_met("Mira Holt")} == {"Ivo Sand"}


def test_a_removed_article_is_extracted_again(service, tmp_path):
    folder = _write(tmp_path / "texts", {"a": TEXTS["a"]})
    service.ingest([folder], published="2025-05-15")
    assert service.remove("a")
    assert [o.status for o in service.ingest([folder], published="2025-05-15").outcomes] == ["created"]


@pytest.mark.slow
def test_a_cluster_run_after_a_serial_one_skips_without_starting_a_cluster(service, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import newsgraph.extract.cluster as cluster

    folder = _write(tmp_path / "texts", TEXTS)
    service.ingest([folder], published="2025-05-15")
    monkeypatch.setattr(cluster, "open_cluster", lambda spec: pytest.fail("a cluster was started"))
    summary = service.ingest_on_cluster([folder], cluster="local:2", published="2025-05-15")
    assert [o.note for o in summary.outcomes] == [SKIPPED] * 3


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle", "ntriples"])
def test_exports_leave_out_the_internal_graphs_unless_asked(service, tmp_path, fmt):
    service.ingest([_write(tmp_path / "texts", TEXTS)], published="2025-05-15")
    default = _export(service, fmt)
    assert "Mira Holt" in default
    assert LEDGER not in default and PEOPLE_GRAPH not in default and "sourceHash" not in default
    everything = _export(service, fmt, include_internal=True)
    assert "sourceHash" in everything
    if fmt in ("trig", "nquads"):
        assert LEDGER in everything and PEOPLE_GRAPH in everything
