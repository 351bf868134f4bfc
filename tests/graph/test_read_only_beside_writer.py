"""A read-only view of a folder another process keeps writing (a CLI query beside `newsgraph serve`).

RocksDB replaces its MANIFEST each time a writer opens the folder and deletes tables it compacted; a
read-only open or read that reaches for the old file fails ("... MANIFEST-000029 may be corrupted").
Here a second process holds the folder and writes and flushes it in a loop, and
every open and whole-answer read beside it must still answer (the view is opened again and the read
run again). Seen without that: about 2 in 100 opens or reads failed; a lazily iterated COUNT over all
graphs could also spin without end, so the reads here are the whole-answer ones the CLI uses.
"""
from __future__ import annotations

import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from newsgraph.graph.store import OxigraphStore, StoreError, changed_underfoot

WRITER = """
import sys, pyoxigraph as ox
path, rounds = sys.argv[1], int(sys.argv[2])
store = ox.Store(path)  # held for the whole run, as `newsgraph serve` holds it
print("ready", flush=True)
for n in range(rounds):  # each flush writes a table; every few, a compaction deletes some
    store.add(ox.Quad(ox.NamedNode(f"http://example.org/s{n}"), ox.NamedNode("http://example.org/p"),
                      ox.Literal(str(n)), ox.NamedNode(f"http://example.org/article/{n % 7}")))
    store.flush()
"""


def test_reads_beside_a_writer_that_keeps_flushing(tmp_path):
    path = tmp_path / "store"
    seed = ox.Store(str(path))
    seed.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                     ox.Literal("seed"), ox.NamedNode("http://example.org/article/seed")))
    seed.flush()
    del seed
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "3000"], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    reads, beside, seen = 0, 0, set()
    try:
        deadline = time.monotonic() + 60
        while writer.poll() is None and time.monotonic() < deadline:
            view = OxigraphStore(path, read_only=True)
            beside += view._live  # the writer holds the lock, so this is a view beside it
            seen.update(view.articles())
            assert view.has_article("http://example.org/article/seed")
            view.close()
            reads += 1
    finally:
        writer.kill()
        writer.wait()
    assert beside >= 50, f"only {beside} of {reads} views were opened beside the writer"
    assert "http://example.org/article/seed" in seen and len(seen) > 1


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
