"""What the benchmark scripts share: percentiles, a `newsgraph serve` to measure, and the test
suite's port and process helpers (one copy of each)."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.live_server import free_port, stop_process  # noqa: E402

__all__ = ["ROOT", "Served", "StoreSample", "free_port", "pct", "sample_store", "serving", "stop_process"]


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0.5 for p50, 0.99 for p99) of the measured values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass(frozen=True)
class Served:
    """A running `newsgraph serve`: its address, and how long it took to answer and to be ready."""

    base: str
    answering_s: float  # from start to the first answer of /health
    ready_s: float  # from start until every read model asked for said "ready"


@contextmanager
def serving(store: str | Path, *, workers: int = 1, ready: tuple[str, ...] = (), timeout: float = 600.0,
            stop_timeout: float = 15.0, settings: dict[str, str] | None = None) -> Iterator[Served]:
    """`newsgraph serve` over `store` (a folder or a SPARQL endpoint URL) on a free loopback port,
    read-only (no write token unless `settings` has NEWSGRAPH_TOKEN), with any further
    `NEWSGRAPH_*` `settings`, yielded once /health
    answers and the read models named in `ready` (keys of /health, e.g. "met_index") say "ready";
    stopped, or killed, on exit."""
    port = free_port()
    env = {**os.environ, "NEWSGRAPH_STORE": str(store), "NEWSGRAPH_QUERY_WORKERS": str(workers)}
    env.pop("NEWSGRAPH_TOKEN", None)  # read-only unless `settings` gives a token
    env.update(settings or {})
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "newsgraph.api.cli.main", "serve", "--port", str(port),
                                "--log-level", "warning"], env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        health, answering = None, 0.0
        while time.perf_counter() - started < timeout:
            if process.poll() is not None:
                raise RuntimeError(f"newsgraph serve exited with {process.returncode}")
            try:
                health = json.load(urllib.request.urlopen(base + "/health", timeout=5))
            except OSError:
                time.sleep(0.2)
                continue
            answering = answering or time.perf_counter() - started
            if all(health.get(name) == "ready" for name in ready):
                break
            time.sleep(0.2)
        else:
            raise RuntimeError(f"newsgraph serve not ready within {timeout:.0f} s (last /health: {health})")
        yield Served(base, answering, time.perf_counter() - started)
    finally:
        stop_process(process, timeout=stop_timeout)


@dataclass(frozen=True)
class StoreSample:
    """Who and what the route benchmarks ask about, read from a running server: the most mentioned
    person (a hub), a hundred ordinary people (ids and IRIs) and up to 500 article ids."""

    hub: str
    ordinary: list[str]
    ordinary_iris: list[str]
    article_ids: list[str]

    def read_routes(self) -> dict[str, Callable[[random.Random], str]]:
        """The read routes every route benchmark asks, each as a maker of a path with random
        people and articles of this sample (the benchmarks add their own)."""
        return {
            "GET /health": lambda rng: "/health",
            "GET /people?q= (prefix)": lambda rng: "/people?q=" + rng.choice(["al", "bor", "mar", "ve"]),
            "GET /people/{id}/met": lambda rng: f"/people/{rng.choice(self.ordinary)}/met",
            "GET /meetings?person={id}": lambda rng: f"/meetings?person={rng.choice(self.ordinary)}",
            "GET /articles/{id}": lambda rng: f"/articles/{rng.choice(self.article_ids)}",
            "GET /articles?limit=100": lambda rng: f"/articles?limit=100&offset={rng.randrange(0, 500)}",
            "GET /paths?from=hub&to=id": lambda rng: f"/paths?from={self.hub}&to={rng.choice(self.ordinary)}",
            "GET /people/{id}/network depth 1": lambda rng: f"/people/{rng.choice(self.ordinary)}/network?depth=1",
        }


def _rows(base: str, path: str) -> list[dict]:
    page = json.load(urllib.request.urlopen(base + path, timeout=120))
    return page.get("data", page) if isinstance(page, dict) else page


def sample_store(base: str) -> StoreSample:
    """Sample the store behind `base` (people by mentions, most first) for route benchmarks."""
    people = _rows(base, "/people?limit=200")
    ordinary = people[50:150] or people[:1]
    return StoreSample(hub=people[0]["id"], ordinary=[p["id"] for p in ordinary],
                       ordinary_iris=[p.get("iri") or p["id"] for p in ordinary],
                       article_ids=[a["id"] for a in _rows(base, "/articles?limit=500")])
