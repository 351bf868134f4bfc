"""`kill -9` of `newsgraph serve` during bursts of authenticated `POST /articles`, checked after
every kill: the store opens, no article is half-written, every acknowledged write is there.

Shared by `tests/api/test_crash.py` (a few kills in CI) and `bench/bench_crash.py` (20 or more,
with the figures). Every wait has a deadline, so a server that stops acknowledging writes is a
reported problem, never a hang; each kill's phases are timed so a slow one says where it spent.

The server is started with one query worker: this driver never queries over HTTP, and each
started worker is one more process loading on a 2-core machine.
"""
from __future__ import annotations

import gc
import os
import random
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import httpx
import pyoxigraph as ox

from tests.api.live import AUTH, server_log, start_server

SCHEMA = "https://schema.org/"
CLIENTS = 4  # concurrent writers
FIRST = ["Karl", "Lena", "Anton", "Marta", "Felix", "Ilse", "Oskar", "Greta", "Paul", "Vera", "Jonas"]
LAST = ["Albrecht", "Brenner", "Castell", "Dorfmann", "Eckert", "Falkner", "Gruber", "Hartmann", "Imhof",
        "Jansen", "Kessler", "Lindner", "Moser", "Nagel", "Oberle", "Pichler", "Reiter"]


def article_text(n: int) -> str:
    first = f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]}"
    second = f"{FIRST[(n + 3) % len(FIRST)]} {LAST[(n + 5) % len(LAST)]}"
    return (f"Minister {first} met Ambassador {second} in Oslo on Tuesday. "
            f"\"The talks were useful,\" {first.split()[1]} said afterwards.")


@dataclass
class KillFigures:
    kills: int = 0
    posted: int = 0  # requests sent
    acknowledged: int = 0  # 201 answers
    lost: int = 0  # acknowledged but not in the store after the kill
    half_written: int = 0  # article graphs missing what a complete write holds
    server_errors: int = 0  # 5xx answers
    stalls: int = 0  # a server that acknowledged nothing within the deadline
    phases: list[dict[str, float]] = field(default_factory=list)  # seconds per kill: start, first ack, burst, check
    problems: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("phases", "problems")} | {
            "problems": self.problems[:10], "seconds_per_kill_max": max((sum(p.values()) for p in self.phases), default=0)}


def store_graphs(path: Path) -> set[str]:
    """Named graphs of the store, opened as a fresh process would (and closed again)."""
    store = ox.Store(str(path))
    try:
        return {g.value for g in store.named_graphs()}
    finally:
        del store
        gc.collect()


def half_written(path: Path, expected: dict[str, set[str]]) -> list[str]:
    """Article graphs (of those in `expected`, by slug) that lack a person a complete write holds."""
    store = ox.Store(str(path))
    problems = []
    try:
        for graph in [g.value for g in store.named_graphs() if not g.value.startswith("urn:newsgraph:")]:
            slug = graph.rsplit("/", 1)[-1]
            if slug not in expected:
                continue
            rows = store.query(f"""SELECT ?name WHERE {{ GRAPH <{graph}> {{ ?a a <{SCHEMA}NewsArticle> .
                                     ?p a <{SCHEMA}Person> ; <{SCHEMA}name> ?name }} }}""")
            names = {row["name"].value for row in rows}
            if not expected[slug] <= names:
                problems.append(f"{slug} is half-written: {sorted(names)}")
    finally:
        del store
        gc.collect()
    return problems


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL the server and its query workers (its own session)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=10)


def run_kills(store: Path, kills: int, people_of: Callable[[int], set[str]], *, seed: int = 11,
              ack_deadline: float = 120.0, log: Callable[[str], None] | None = None) -> KillFigures:
    """`kills` times: start the server, let CLIENTS writers POST until a random moment after the
    first acknowledgement of this run, kill -9, check the store."""
    rng = random.Random(seed)
    figures = KillFigures()
    acknowledged: dict[str, set[str]] = {}
    sent: dict[str, int] = {}
    lock = threading.Lock()
    numbers = iter(range(10**9))
    lost_ids: set[str] = set()
    for run in range(kills):
        t0 = time.monotonic()
        server = start_server(store, request_timeout=120, query_workers=1)
        t1 = time.monotonic()
        stop = threading.Event()
        acked_here = threading.Event()

        def writer() -> None:
            with httpx.Client(base_url=server.url, timeout=httpx.Timeout(ack_deadline, connect=10)) as client:
                while not stop.is_set():
                    with lock:
                        n = next(numbers)
                        ident = f"crash-{n}"
                        sent[ident] = n
                        figures.posted += 1
                    try:
                        r = client.post("/articles", json={"text": article_text(n), "id": ident,
                                                           "published": "2025-02-04"}, headers=AUTH)
                    except httpx.HTTPError:
                        return  # the server is gone: this write was never acknowledged
                    with lock:
                        if r.status_code == 201:
                            acknowledged[ident] = set(r.json()["people"])
                            figures.acknowledged += 1
                            acked_here.set()
                        elif r.status_code >= 500:
                            figures.server_errors += 1
                            figures.problems.append(f"POST {ident}: {r.status_code} {r.text[:200]}")

        threads = [threading.Thread(target=writer, daemon=True) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        if not acked_here.wait(ack_deadline):
            figures.stalls += 1
            figures.problems.append(f"kill {run + 1}: no write acknowledged within {ack_deadline:g} s; server log: "
                                    f"{server_log(store, int(server.url.rsplit(':', 1)[1]))[-1500:]}")
        t2 = time.monotonic()
        time.sleep(rng.uniform(0.2, 3.0))  # a random moment in the burst
        kill_group(server.process)
        stop.set()
        for t in threads:
            t.join(30)
        if any(t.is_alive() for t in threads):
            figures.problems.append(f"kill {run + 1}: a writer still waits 30 s after the kill")
        figures.kills += 1
        t3 = time.monotonic()
        with lock:
            expected = {ident: acknowledged.get(ident) or people_of(n) for ident, n in sent.items()}
            acked = list(acknowledged)
        found = half_written(store, expected)
        figures.half_written += len(found)
        figures.problems += found
        graphs = {g.rsplit("/", 1)[-1] for g in store_graphs(store)}
        lost = [k for k in acked if k not in graphs and k not in lost_ids]
        lost_ids.update(lost)
        figures.lost = len(lost_ids)
        figures.problems += [f"acknowledged {k} lost" for k in lost]
        t4 = time.monotonic()
        figures.phases.append({"start": round(t1 - t0, 2), "first_ack": round(t2 - t1, 2),
                               "burst": round(t3 - t2, 2), "check": round(t4 - t3, 2)})
        if log:
            log(f"kill {run + 1}/{kills}: {figures.acknowledged} acknowledged so far, {len(lost)} lost, "
                f"{len(found)} half-written; phases {figures.phases[-1]}")
    return figures
