"""Read models saved next to the store and loaded at start (`read_model_snapshot.py`).

Checked: a model loaded from its snapshot equals a full build and runs no build query; a snapshot
is refused (and the model built from the store) after any later write to the store, by this or
another process, including a raw SPARQL Update, a removal and a write that failed; a snapshot of
another store, of an older layout, or one cut short is refused; a process killed while saving
leaves the previous snapshot usable and nothing half-written under its name.
"""
from __future__ import annotations

import os
import pickle
import shutil

import pytest

from newsgraph.graph import read_model_snapshot as snapshots
from newsgraph.graph.met_index import MetIndex
from newsgraph.graph.people_index import PeopleIndex
from newsgraph.graph.read_model import SnapshotSaver
from newsgraph.graph.service import NewsService
from newsgraph.graph.store import OxigraphStore
from tests.graph.test_read_model import _article, _assert_like_a_full_build

MODELS = (MetIndex, PeopleIndex)


def _written(folder, *articles: int) -> OxigraphStore:
    store = OxigraphStore(folder)
    service = NewsService(store)
    for n in articles:
        service.store_facts(_article(n, f"Ivar Kettle{n}", f"Nina Pole{n}"))
    return store


def _saved(store: OxigraphStore) -> NewsService:
    """A service with both models built from the store and saved."""
    service = NewsService(store, met_index=MetIndex(store), people_index=PeopleIndex(store))
    for model in (service.met_index, service.people_index):
        model.build_now()
        assert model.save_snapshot()
        assert model.snapshot_path.exists()
    return service


def _started(store: OxigraphStore) -> NewsService:
    """A service as a server starts it: models built in the background (or loaded), waited for."""
    service = NewsService(store, met_index=MetIndex(store), people_index=PeopleIndex(store))
    for model in (service.met_index, service.people_index):
        assert model.wait_fresh(timeout=60)
    return service


def _reopened(store: OxigraphStore) -> OxigraphStore:
    folder = store.path
    store.close()
    return OxigraphStore(folder)


def _loaded(service: NewsService) -> list[bool]:
    return [service.met_index.loaded_from_snapshot, service.people_index.loaded_from_snapshot]


def test_a_restart_loads_the_models_instead_of_building_them(tmp_path, monkeypatch):
    store = _written(tmp_path / "store", 1, 2, 3)
    _saved(store)
    store = _reopened(store)
    for model in MODELS:
        monkeypatch.setattr(model, "_start_build", lambda self: pytest.fail("built although the snapshot matches"))
    service = _started(store)
    assert _loaded(service) == [True, True]
    monkeypatch.undo()
    _assert_like_a_full_build(service)
    assert {r["other_name"] for r in service.who_met("Hilde Hollow")} == {"Ivar Kettle1", "Ivar Kettle2", "Ivar Kettle3"}
    # and the loaded models follow writes like built ones
    service.store_facts(_article(4, "Otto Reed"))
    service.remove("r-1")
    _assert_like_a_full_build(service)


def test_a_servers_model_loaded_from_its_snapshot_is_out_of_the_collectors_reach(tmp_path):
    """`newsgraph serve` freezes its who-met model after a build (`freeze_after_build`); a model
    read from its snapshot is as big and lives as long, so it is frozen too (else a full collection
    walks all of it during requests: network answers' p99 of 370 ms against 80 ms at 10k articles)."""
    import gc
    store = _reopened(_saved(_written(tmp_path / "store", 1, 2, 3)).store)
    index = MetIndex(store)
    index.freeze_after_build = True
    gc.unfreeze()
    try:
        assert index.load_snapshot() and index.loaded_from_snapshot
        with index.reading() as state:
            edges = state.graph.number_of_edges() + state.every.number_of_edges()
            lists = [d["meetings"] for _, _, d in state.every.edges(data=True)]
        assert edges > 0
        assert gc.get_freeze_count() > edges
        tracked = {id(o) for o in gc.get_objects()}  # what a collection walks: none of the model's lists
        assert not any(id(x) in tracked for x in lists)
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("write", ["article", "replace", "remove", "raw update", "failed update", "load"])
def test_a_snapshot_older_than_the_store_is_not_served(tmp_path, write):
    store = _written(tmp_path / "store", 1, 2)
    _saved(store)
    store = _reopened(store)  # another process, later, writes the store without the models
    other = NewsService(store)
    if write == "article":
        other.store_facts(_article(3, "Otto Reed"))
    elif write == "replace":
        other.store_facts(_article(2, "Otto Reed"))
    elif write == "remove":
        other.remove("r-1")
    elif write == "raw update":
        store.update("DELETE WHERE { GRAPH ?g { ?m <https://schema.org/attendee> ?a } }")
    elif write == "failed update":  # the token changes first: a write that may have half happened counts
        with pytest.raises(Exception):
            store.update("DELETE WHERE { this is not SPARQL")
    else:
        store.load(b"<urn:x:s> <urn:x:p> <urn:x:o> .", "ntriples", graph="urn:x:g")
    service = _started(_reopened(store))
    assert _loaded(service) == [False, False]
    _assert_like_a_full_build(service)


def test_a_snapshot_of_another_store_is_refused(tmp_path):
    ours = _written(tmp_path / "ours", 1, 2)
    theirs = _written(tmp_path / "theirs", 1, 2)  # the same articles, another store
    _saved(theirs)
    ours.stamp()
    for model in MODELS:
        name = model(ours).snapshot_path.name
        (tmp_path / "ours.read-models").mkdir(exist_ok=True)
        shutil.copy(tmp_path / "theirs.read-models" / name, tmp_path / "ours.read-models" / name)
    service = _started(ours)
    assert _loaded(service) == [False, False]
    _assert_like_a_full_build(service)


def test_a_copied_store_takes_its_snapshot_only_until_written(tmp_path):
    store = _written(tmp_path / "store", 1, 2)
    _saved(store)
    store.close()
    shutil.copytree(tmp_path / "store", tmp_path / "copy")
    shutil.copytree(tmp_path / "store.read-models", tmp_path / "copy.read-models")
    copy = OxigraphStore(tmp_path / "copy")
    assert _loaded(_started(copy)) == [True, True]  # the same content: the snapshot is right
    NewsService(copy).store_facts(_article(3, "Otto Reed"))
    assert _loaded(_started(_reopened(copy))) == [False, False]


def test_a_snapshot_of_another_layout_or_cut_short_is_refused(tmp_path, monkeypatch):
    store = _written(tmp_path / "store", 1, 2)
    service = _saved(store)
    path = service.met_index.snapshot_path
    whole = path.read_bytes()
    monkeypatch.setattr(MetIndex, "save_snapshot", lambda self, wait=True: False)  # a build would save a good one
    path.write_bytes(whole[: len(whole) // 2])  # truncated
    assert _loaded(_started(store)) == [False, True]
    path.write_bytes(b"not a snapshot")
    assert _loaded(_started(store)) == [False, True]
    path.write_bytes(whole)
    monkeypatch.setattr(MetIndex, "version", MetIndex.version + 1)  # the state's layout changed since
    assert _loaded(_started(store)) == [False, True]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="saves in a forked child")
def test_a_process_killed_while_saving_leaves_the_last_snapshot_usable(tmp_path, monkeypatch):
    store = _written(tmp_path / "store", 1, 2)
    service = _saved(store)
    path = service.met_index.snapshot_path
    before = path.read_bytes()
    service.store_facts(_article(3, "Otto Reed"))  # the model changed: the next save writes again

    def killed_half_way(target, header, state):
        temporary = target.with_name(f".{target.name}.{os.getpid()}.1.tmp")
        with open(temporary, "wb") as out:
            pickle.dump(header, out)
            out.write(state[: len(state) // 2])
        os._exit(9)  # the saving process dies here
    monkeypatch.setattr(snapshots, "write", killed_half_way)
    assert not service.met_index.save_snapshot()  # the child died: not saved
    assert path.read_bytes() == before  # the previous snapshot, whole, under its name
    assert list(path.parent.glob(".*.tmp"))  # the dead child's leftover
    monkeypatch.undo()
    assert service.met_index.save_snapshot()  # the next save works, and clears the leftover
    assert not list(path.parent.glob(".*.tmp"))
    assert service.people_index.save_snapshot()
    assert _loaded(_started(_reopened(store))) == [True, True]


def test_the_saver_saves_while_the_models_change_and_when_stopped(tmp_path):
    store = _written(tmp_path / "store", 1)
    service = _saved(store)
    saver = SnapshotSaver([service.met_index, service.people_index], interval=3600)
    mtime = service.met_index.snapshot_path.stat().st_mtime_ns
    saver.save(wait=True)  # nothing changed: nothing written
    assert service.met_index.snapshot_path.stat().st_mtime_ns == mtime
    service.store_facts(_article(2, "Otto Reed"))
    saver.start()
    saver.stop()  # a last save, not waited for
    for model in (service.met_index, service.people_index):
        for _ in range(600):
            if model.saved_generation == model._generation:
                break
            import time
            time.sleep(0.05)
        assert model.saved_generation == model._generation
    assert _loaded(_started(_reopened(store))) == [True, True]


def test_stores_without_a_folder_have_no_snapshot():
    store = OxigraphStore()
    model = MetIndex(store)
    model.build_now()
    assert model.snapshot_path is None and not model.save_snapshot() and not model.load_snapshot()


def _saved_now(model) -> bool:
    import time
    for _ in range(1200):  # the save after a build runs in a forked child
        if not model._saving and model.saved_generation == model._generation:
            return True
        time.sleep(0.05)
    return False


def test_a_server_saves_its_models_and_the_next_one_starts_from_them(tmp_path):
    """The app's wiring: the first server builds and saves; a later write is saved when the server
    stops; the next server on the same store loads both models and answers who-met from them."""
    from fastapi.testclient import TestClient

    from newsgraph.api.http.app import create_app
    from newsgraph.settings import Settings
    from tests.api.conftest import TOKEN

    _written(tmp_path / "store", 1, 2).close()

    def server():
        store = OxigraphStore(tmp_path / "store")
        config = Settings(store=tmp_path / "store", token=TOKEN, query_workers=1)
        return TestClient(create_app(config, store=store))

    with server() as first:
        models = (first.app.state.met_index, first.app.state.people_index)
        assert all(m.wait_fresh(60) for m in models)
        assert [m.loaded_from_snapshot for m in models] == [False, False]
        assert all(_saved_now(m) for m in models)
        first.app.state.service.store_facts(_article(3, "Otto Reed"))  # changed since the save
    assert all(_saved_now(m) for m in models)  # saved again when the server stopped
    first.app.state.store.close()
    with server() as second:
        models = (second.app.state.met_index, second.app.state.people_index)
        assert all(m.wait_fresh(60) for m in models)
        assert [m.loaded_from_snapshot for m in models] == [True, True]
        names = {e["name"] for e in second.get("/people/hilde-hollow/met").json()["data"]}
        assert names == {"Ivar Kettle1", "Ivar Kettle2", "Otto Reed"}
