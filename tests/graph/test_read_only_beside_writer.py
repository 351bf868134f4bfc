"""A read-only view of a folder another process keeps writing (a CLI query beside `newsgraph serve`).

RocksDB replaces its MANIFEST each time a writer opens the folder and deletes tables it compacted; a
read-only open or read that reaches for the old file fails ("... MANIFEST-000029 may be corrupted").
Such a read is run again on a fresh view; here the replaced files are simulated so the tests do not
depend on timing. `bench/bench_read_beside_writer.py` measures it against a real writer (15 in 100
rounds met a replaced file beside a writer flushing in a loop; all answered after retries on a quiet
machine; under CPU contention a writer that flushes 100 times a second can outrun every retry).
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from newsgraph.graph.store import OxigraphStore, StoreError, changed_underfoot


class _ReplacedFiles:
    """A view whose files the writer has just replaced: every read fails as RocksDB's does then."""

    def __getattr__(self, name):
        def read(*args, **kwargs):
            raise FileNotFoundError("IO error: No such file or directory: While open a file for random read: "
                                    "store/000437.sst: No such file or directory")
        return read


@pytest.fixture
def held_folder(tmp_path):
    """A store folder with one article, held by a writer (here, this process) as `serve` holds it."""
    path = tmp_path / "store"
    writer = ox.Store(str(path))
    writer.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                       ox.Literal("seed"), ox.NamedNode("http://example.org/article/seed")))
    writer.flush()
    yield path, writer
    del writer


def test_a_read_that_met_a_replaced_file_is_run_again_on_a_fresh_view(held_folder):
    path, _ = held_folder
    view = OxigraphStore(path, read_only=True)
    assert view._live  # the folder is held: a view beside its writer
    for read in (lambda: view.articles(), lambda: view.has_article("http://example.org/article/seed"),
                 lambda: view.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]):
        view._store = _ReplacedFiles()
        assert read() in (["http://example.org/article/seed"], True, 1)


def test_a_view_that_keeps_failing_gives_up_with_the_error(held_folder, monkeypatch):
    import newsgraph.graph.store as store_module
    path, _ = held_folder
    view = OxigraphStore(path, read_only=True)
    monkeypatch.setattr(store_module, "open_read_only", lambda p: _ReplacedFiles())
    monkeypatch.setattr(store_module, "_pause", lambda attempt: 0)
    view._store = _ReplacedFiles()
    with pytest.raises(FileNotFoundError):
        view.articles()


def test_a_writable_store_is_never_retried(tmp_path):
    store = OxigraphStore(tmp_path / "store")
    store._store = _ReplacedFiles()
    with pytest.raises(FileNotFoundError):
        store.has_article("http://example.org/article/seed")


def test_a_free_folder_is_read_under_its_lock(tmp_path):
    """Nobody holds the folder: the reader takes the lock, so a writer cannot start under it."""
    OxigraphStore(tmp_path / "store").close()
    view = OxigraphStore(tmp_path / "store", read_only=True)
    assert not view._live
    with pytest.raises(StoreError, match="another newsgraph process"):
        OxigraphStore(tmp_path / "store")
    view.close()
    OxigraphStore(tmp_path / "store").close()


@pytest.mark.parametrize("message, transient", [
    ("Corruption: IO error: No such file or directory: While opening a file for sequentially reading: "
     "/s/MANIFEST-000029: No such file or directory The file /s/MANIFEST-000029 may be corrupted.", True),
    ("IO error: No such file or directory: While open a file for random read: /s/000063.sst", True),
    ("IO error: While lock file: /s/LOCK: Resource temporarily unavailable", False),
    ("Corruption: block checksum mismatch", False),
])
def test_which_failures_are_a_race_with_the_writer(message, transient):
    assert changed_underfoot(RuntimeError(message)) is transient
    wrapped = StoreError("the store could not be read")
    wrapped.__cause__ = OSError(message)
    assert changed_underfoot(wrapped) is transient
