"""Reads beside a writer: how often a read-only view of a store folder another process writes meets a
file that writer has just replaced, and whether the retries in `graph/store.py` answer anyway.

    python bench/bench_read_beside_writer.py [--seconds 30] [--pause-ms 0]

A second process holds the folder (as `newsgraph serve` does) and adds and flushes one quad per round,
sleeping `--pause-ms` between rounds; this one opens views and lists the articles until the time is
up. Prints the rounds, how many needed retries (a histogram) and how many failed after all retries.
"""
from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from newsgraph.graph import store as store_module

WRITER = """
import sys, time, pyoxigraph as ox
path, pause = sys.argv[1], float(sys.argv[2])
store = ox.Store(path)
print("ready", flush=True)
n = 0
while True:
    store.add(ox.Quad(ox.NamedNode(f"http://example.org/s{n}"), ox.NamedNode("http://example.org/p"),
                      ox.Literal(str(n)), ox.NamedNode(f"http://example.org/article/{n % 7}")))
    store.flush()
    n += 1
    time.sleep(pause)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pause-ms", type=float, default=0)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp(prefix="beside-writer-")) / "store"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(args.pause_ms / 1000)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    retries: collections.Counter[int] = collections.Counter()
    failed = 0
    counted = store_module.changed_underfoot
    try:
        end = time.monotonic() + args.seconds
        while time.monotonic() < end:
            seen = [0]

            def counting(exc, _seen=seen):
                _seen[0] += 1
                return counted(exc)

            store_module.changed_underfoot = counting
            try:
                view = store_module.OxigraphStore(path, read_only=True)
                view.articles()
                view.has_article("http://example.org/article/0")
                view.close()
            except (OSError, RuntimeError):
                failed += 1
            retries[seen[0]] += 1
    finally:
        store_module.changed_underfoot = counted
        writer.kill()
        writer.wait()
        shutil.rmtree(path.parent, ignore_errors=True)
    rounds = sum(retries.values())
    print(f"{rounds} rounds; {rounds - retries[0]} needed retries; {failed} failed after "
          f"{store_module.READ_ONLY_ATTEMPTS} attempts; retries per round: {dict(sorted(retries.items()))}")


if __name__ == "__main__":
    main()
