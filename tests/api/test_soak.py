"""Writes while serving: 16 clients on a real server mix REST and SPARQL reads with authenticated
writes (POST, PUT and DELETE of articles, SPARQL Update) for NEWSGRAPH_SOAK_SECONDS (15 in CI,
60 or more for the figures). Must hold: zero 5xx, zero failed queries, every acknowledged write
visible afterwards (and every acknowledged delete gone). NEWSGRAPH_SOAK_REPORT=FILE writes the figures.
"""
from __future__ import annotations

import json
import os
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import httpx
import pytest

from tests.api.live import AUTH, live_server, synthetic_store

pytestmark = pytest.mark.slow

SECONDS = float(os.environ.get("NEWSGRAPH_SOAK_SECONDS", "15"))
CLIENTS = 16
JSON = {"Accept": "application/sparql-results+json"}
SOAK = "http://example.org/soak/"


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    queries: int = 0
    reads: int = 0
    writes: int = 0
    articles: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # id -> (graph IRI, people stored)
    deleted: set[str] = field(default_factory=set)
    triples: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)

    def record(self, response: httpx.Response, what: str, expected: tuple[int, ...]) -> bool:
        with self.lock:
            self.statuses[response.status_code] += 1
            if response.status_code not in expected:
                self.failures.append(f"{what}: {response.status_code} {response.text[:200]}")
                return False
            return True


def _article(client_no: int, n: int) -> tuple[str, str]:
    surname = f"Soakman{client_no}x{n}"
    text = (f"President Ana {surname} met Governor Tim Hale in Lisbon on Monday. "
            f"\"We agreed on the plan,\" {surname} said after the talks.")
    return text, f"Ana {surname}"


def _holds(iri: str, people: list[str]) -> str:
    """ASK: the article graph holds exactly what the server said it stored (the people it named)."""
    names = " ".join(f'?p{i} <https://schema.org/name> "{n}" .' for i, n in enumerate(people))
    return f"ASK {{ GRAPH <{iri}> {{ ?a a <https://schema.org/NewsArticle> . {names} }} }}"


def _writer(base: str, no: int, tally: Tally, stop: float) -> None:
    rng = random.Random(no)
    mine: list[str] = []
    with httpx.Client(base_url=base, timeout=60, transport=httpx.HTTPTransport(local_address=f"127.0.0.{no + 1}")) as c:
        n = 0
        while time.monotonic() < stop:
            n += 1
            action = rng.random()
            if action < 0.6 or not mine:
                ident = f"soak-{no}-{n}"
                text, name = _article(no, n)
                r = c.post("/articles", json={"text": text, "id": ident, "published": "2025-03-03"}, headers=AUTH)
                if tally.record(r, f"POST {ident}", (201,)):
                    stored = (r.json()["iri"], r.json()["people"])
                    with tally.lock:
                        tally.writes += 1
                        tally.articles[ident] = stored
                        tally.deleted.discard(ident)
                    mine.append(ident)
                    # read your write at once, over SPARQL
                    a = c.get("/sparql", params={"query": _holds(*stored)}, headers=JSON)
                    with tally.lock:
                        tally.queries += 1
                    if tally.record(a, "read-your-write", (200,)) and not a.json()["boolean"]:
                        with tally.lock:
                            tally.failures.append(f"acknowledged {ident} not visible to the next query")
            elif action < 0.8:
                ident = rng.choice(mine)
                text, name = _article(no, n)
                r = c.put(f"/articles/{ident}", content=text.encode(), headers={**AUTH, "Content-Type": "text/plain"})
                if tally.record(r, f"PUT {ident}", (200,)):
                    with tally.lock:
                        tally.writes += 1
                        tally.articles[ident] = (r.json()["iri"], r.json()["people"])
            else:
                ident = mine.pop(rng.randrange(len(mine)))
                r = c.delete(f"/articles/{ident}", headers=AUTH)
                if tally.record(r, f"DELETE {ident}", (204,)):
                    with tally.lock:
                        tally.writes += 1
                        tally.articles.pop(ident, None)
                        tally.deleted.add(ident)


def _updater(base: str, no: int, tally: Tally, stop: float) -> None:
    rng = random.Random(100 + no)
    mine: list[str] = []
    with httpx.Client(base_url=base, timeout=60, transport=httpx.HTTPTransport(local_address=f"127.0.0.{no + 1}")) as c:
        n = 0
        while time.monotonic() < stop:
            n += 1
            headers = {**AUTH, "Content-Type": "application/sparql-update"}
            if rng.random() < 0.75 or not mine:
                node = f"{SOAK}u{no}/t{n}"
                update = f"INSERT DATA {{ GRAPH <{SOAK}g{no}> {{ <{node}> <{SOAK}p> {n} }} }}"
                if tally.record(c.post("/sparql", content=update, headers=headers), "INSERT DATA", (204,)):
                    with tally.lock:
                        tally.writes += 1
                        tally.triples.add(node)
                    mine.append(node)
            else:
                node = mine.pop(rng.randrange(len(mine)))
                update = f"DELETE WHERE {{ GRAPH <{SOAK}g{no}> {{ <{node}> ?p ?o }} }}"
                if tally.record(c.post("/sparql", content=update, headers=headers), "DELETE WHERE", (204,)):
                    with tally.lock:
                        tally.writes += 1
                        tally.triples.discard(node)
                        tally.removed.add(node)


READS = [
    ("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
    ("sparql", "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } LIMIT 20"),
    ("sparql", "ASK { ?s ?p ?o }"),
    ("sparql", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50"),
    ("rest", "/people?q=soak"),
    ("rest", "/people?q=person"),
    ("rest", "/people/person-7"),
    ("rest", "/people/person-7/met"),
    ("rest", "/meetings?limit=20"),
    ("rest", "/statements?limit=20"),
    ("rest", "/articles?limit=50"),
    ("rest", "/delegations"),
    ("rest", "/health"),
]


def _reader(base: str, no: int, tally: Tally, stop: float) -> None:
    rng = random.Random(200 + no)
    with httpx.Client(base_url=base, timeout=60, transport=httpx.HTTPTransport(local_address=f"127.0.0.{no + 1}")) as c:
        while time.monotonic() < stop:
            kind, what = rng.choice(READS)
            if kind == "sparql":
                r = c.get("/sparql", params={"query": what}, headers={"Accept": "*/*"})
                with tally.lock:
                    tally.queries += 1
            else:
                r = c.get(what)
                with tally.lock:
                    tally.reads += 1
            tally.record(r, f"GET {what}", (200,))


def test_soak_writes_while_serving(tmp_path):
    store = tmp_path / "store"
    synthetic_store(store, people=500)
    with live_server(store, query_timeout=20, request_timeout=30) as server:
        with httpx.Client(base_url=server.url, timeout=120) as c:  # wait for the pipeline to be ready
            text, _ = _article(99, 0)
            started = time.monotonic()
            warm = c.post("/articles", json={"text": text, "id": "warm-up"}, headers=AUTH)
            assert warm.status_code == 201, warm.text
            print(f"first POST answered after {time.monotonic() - started:.1f} s")
        tally = Tally()
        stop = time.monotonic() + SECONDS
        roles = [_writer] * 4 + [_updater] * 2 + [_reader] * (CLIENTS - 6)
        threads = [threading.Thread(target=role, args=(server.url, i, tally, stop)) for i, role in enumerate(roles)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(SECONDS + 120)
        assert not any(t.is_alive() for t in threads), "a client hung"

        # afterwards: every acknowledged write is there, every acknowledged delete is gone
        with httpx.Client(base_url=server.url, timeout=60) as c:
            for ident, stored in tally.articles.items():
                r = c.get(f"/articles/{ident}")
                if r.status_code != 200:
                    tally.failures.append(f"acknowledged article {ident} missing: {r.status_code}")
                    continue
                if not c.get("/sparql", params={"query": _holds(*stored)}, headers=JSON).json()["boolean"]:
                    tally.failures.append(f"article {ident} does not hold its last acknowledged version")
            for ident in tally.deleted:
                if c.get(f"/articles/{ident}").status_code != 404:
                    tally.failures.append(f"deleted article {ident} still there")
            values = " ".join(f"<{n}>" for n in tally.triples | tally.removed)
            present = set()
            if values:
                rows = c.get("/sparql", params={"query": f"SELECT ?s WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"},
                             headers=JSON).json()["results"]["bindings"]
                present = {row["s"]["value"] for row in rows}
            server_figures = c.get("/health").json().get("queries", {})
            tally.failures.extend(f"acknowledged insert {n} missing" for n in tally.triples - present)
            tally.failures.extend(f"acknowledged delete {n} still there" for n in tally.removed & present)

    figures = {"seconds": SECONDS, "clients": CLIENTS, "queries": tally.queries, "rest_reads": tally.reads,
               "writes_acknowledged": tally.writes, "articles_kept": len(tally.articles),
               "articles_deleted": len(tally.deleted), "update_triples_kept": len(tally.triples),
               "statuses": dict(tally.statuses), "failures": len(tally.failures), "server": server_figures}
    print("soak figures:", json.dumps(figures))
    if os.environ.get("NEWSGRAPH_SOAK_REPORT"):
        with open(os.environ["NEWSGRAPH_SOAK_REPORT"], "w") as out:
            json.dump({**figures, "failure_samples": tally.failures[:20]}, out, indent=2)
    assert not [s for s in tally.statuses if s >= 500], tally.statuses
    assert not tally.failures, tally.failures[:10]
    assert tally.writes > 0 and tally.queries > 0
