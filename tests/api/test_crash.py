"""Crash safety: `kill -9` of a CLI ingest and of the server during a burst of `POST /articles`, at
random moments. After each kill the store opens, no article is half-written, every article the
server acknowledged is there, and re-running completes. NEWSGRAPH_KILL_RUNS sets the number of kills
of each kind (2 in CI; 20 or more for the figures); NEWSGRAPH_KILL_REPORT=FILE writes the figures.
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.api.crash_burst import article_text as _text, half_written, kill_group, run_kills, store_graphs

pytestmark = pytest.mark.slow

RUNS = int(os.environ.get("NEWSGRAPH_KILL_RUNS", "2"))
ARTICLES = 120
FIGURES: dict[str, dict] = {}


@pytest.fixture(scope="module")
def people_of(extract):
    """The people a complete write of article n holds (whatever the extractor makes of the text)."""
    cache: dict[int, set[str]] = {}

    def people(n: int) -> set[str]:
        if n not in cache:
            cache[n] = {p.name for p in extract(_text(n), "2025-02-04", f"crash-{n}").persons.values()}
        return cache[n]
    return people


def _check_store(path: Path, expected: dict[str, set[str]]) -> tuple[int, list[str]]:
    """Open the store as a fresh process would: the number of article graphs, and the half-written ones."""
    articles = [g for g in store_graphs(path) if not g.startswith("urn:newsgraph:")]  # not the derived indexes
    return len(articles), half_written(path, expected)


def test_kill_minus_nine_cli_ingest(tmp_path, people_of):
    rng = random.Random(7)
    folder = tmp_path / "articles"
    folder.mkdir()
    expected = {}
    for n in range(ARTICLES):
        (folder / f"crash-{n}.txt").write_text(_text(n), encoding="utf-8")
        expected[f"crash-{n}"] = people_of(n)
    store = tmp_path / "store"
    command = [sys.executable, "-m", "newsgraph.api.cli.main", "ingest", str(folder), "--store", str(store),
               "--published", "2025-02-04"]
    counts, problems, reported = [], [], set()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}  # each outcome line is out as soon as it is printed
    for run in range(RUNS):
        out = tmp_path / f"ingest-{run}.out"
        with out.open("wb") as sink:
            process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True, env=env)
        waited = time.monotonic() + 120
        while "created " not in out.read_text() and time.monotonic() < waited and process.poll() is None:
            time.sleep(0.05)  # the model loads; then the first article is written and reported
        time.sleep(rng.uniform(0, 3))  # a random moment while articles are being written
        kill_group(process)
        reported |= {line.split()[1] for line in out.read_text().splitlines() if line.startswith("created ")}
        if store.exists():
            count, found = _check_store(store, expected)
            counts.append(count)
            problems += found
            graphs = {g.rsplit("/", 1)[-1] for g in store_graphs(store)}
            problems += [f"reported {ident} is not stored" for ident in sorted(reported - graphs)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    count, found = _check_store(store, expected)
    FIGURES["cli"] = {"kills": RUNS, "articles_after_each_kill": counts, "reported_before_kills": len(reported),
                      "problems": len(problems + found)}
    assert not problems and not found, (problems + found)[:5]
    assert count == len(expected)


def test_kill_minus_nine_server_during_post_burst(tmp_path, people_of):
    """A few kills here; `bench/bench_crash.py --kills 20` runs the same driver for the figures."""
    figures = run_kills(tmp_path / "store", RUNS, people_of, seed=11, ack_deadline=90)
    FIGURES["server"] = figures.summary()
    assert not figures.problems, figures.problems[:5]
    assert figures.kills == RUNS and figures.acknowledged > 0
    assert (figures.lost, figures.half_written, figures.server_errors, figures.stalls) == (0, 0, 0, 0)


def teardown_module(module):
    if os.environ.get("NEWSGRAPH_KILL_REPORT"):
        report = {k: v for k, v in FIGURES.items() if not k.startswith("_")}
        Path(os.environ["NEWSGRAPH_KILL_REPORT"]).write_text(json.dumps(report, indent=2))
