"""Query speed on a generated graph of over 1M triples (issue: the query service).

Measures, in one run on this machine:
- "who met X" run directly on pyoxigraph (p50),
- GET /people/{id}/met on the real uvicorn server (p50, p99),
- the same "who met X" through /sparql, and through an rdflib in-memory graph (the design of
  rdflib-endpoint), and their ratio,
- 16 concurrent clients for 60 s on a mix of routes: requests/s and errors.

Run: python bench/bench_queries.py [--seconds 60] [--articles 8000]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import pct, serving  # noqa: E402
from bench.synthetic import person_iri, write_nquads  # noqa: E402
from newsgraph.graph.queries import who_met  # noqa: E402
from newsgraph.graph.store import OxigraphStore  # noqa: E402

WHO_MET = """PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT DISTINCT ?other ?date WHERE {{ ?m schema:attendee <{p}> , ?other ; ng:status ?st ; schema:startDate ?date .
  FILTER(?st IN (ng:Occurred, ng:Scheduled)) FILTER(?other != <{p}>) }}"""


WHO_MET_BY_NAME = """PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT DISTINCT ?other ?date WHERE {{ ?p schema:name ?n . FILTER(LCASE(STR(?n)) = "{name}")
  ?m schema:attendee ?p , ?other ; ng:status ?st ; schema:startDate ?date .
  FILTER(?st IN (ng:Occurred, ng:Scheduled)) FILTER(?other != ?p) }}"""


def name_of(iri: str) -> str:
    return "person number " + iri.rsplit("-", 1)[-1]


def timed(fn, n):
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def time_direct(store_dir: Path, people: list[str]) -> tuple[list[float], list[float]]:
    """Who-met straight on pyoxigraph, and our named query; the store is closed on return (one lock)."""
    store = OxigraphStore(store_dir)
    direct = timed(lambda: list(store.raw.query(WHO_MET.format(p=random.choice(people)), use_default_graph_as_union=True)), 200)
    named = timed(lambda: who_met(store, random.choice(people)), 200)
    return direct, named


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--skip-rdflib", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ng-bench-"))
    data = work / "data.nq"
    t = time.perf_counter()
    quads = write_nquads(data, articles=args.articles)
    store_dir = work / "store"
    raw = ox.Store(str(store_dir))
    raw.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    print(f"generated and loaded {quads} quads in {time.perf_counter() - t:.1f} s")
    del raw
    people = [person_iri(i) for i in random.Random(3).sample(range(20_000), 200)]

    direct, named = time_direct(store_dir, people)
    print(f"direct pyoxigraph who-met: p50 {pct(direct, .5):.2f} ms  (our named query with delegations: p50 {pct(named, .5):.2f} ms)")

    with serving(store_dir, workers=2, ready=("met_index",), stop_timeout=20) as server:
        base = server.base
        print(f"who-met read model built in {server.ready_s - server.answering_s:.1f} s after start")
        slug = lambda p: p.rsplit("/", 1)[-1]  # noqa: E731
        urllib.request.urlopen(f"{base}/people/{slug(people[0])}/met").read()
        rest = timed(lambda: urllib.request.urlopen(f"{base}/people/{slug(random.choice(people))}/met").read(), 300)
        print(f"GET /people/{{id}}/met: p50 {pct(rest, .5):.2f} ms  p99 {pct(rest, .99):.2f} ms")

        def sparql_call():
            q = urllib.parse.quote(WHO_MET.format(p=random.choice(people)))
            req = urllib.request.Request(f"{base}/sparql?query={q}", headers={"Accept": "application/sparql-results+json"})
            urllib.request.urlopen(req).read()
        sparql = timed(sparql_call, 200)
        print(f"/sparql who-met: p50 {pct(sparql, .5):.2f} ms  p99 {pct(sparql, .99):.2f} ms")

        def sparql_by_name():
            q = urllib.parse.quote(WHO_MET_BY_NAME.format(name=name_of(random.choice(people))))
            req = urllib.request.Request(f"{base}/sparql?query={q}", headers={"Accept": "application/sparql-results+json"})
            urllib.request.urlopen(req).read()
        by_name = timed(sparql_by_name, 20)
        print(f"/sparql who-met by name (case-insensitive): p50 {pct(by_name, .5):.2f} ms")

        if not args.skip_rdflib:
            import rdflib
            t = time.perf_counter()
            g = rdflib.Dataset(default_union=True)
            g.parse(str(data), format="nquads")
            print(f"rdflib in-memory load: {time.perf_counter() - t:.1f} s")
            rd = timed(lambda: list(g.query(WHO_MET.format(p=random.choice(people)))), 5)
            print(f"rdflib who-met: p50 {pct(rd, .5):.1f} ms -> /sparql is {pct(rd, .5) / pct(sparql, .5):.0f}x faster")
            rd_name = timed(lambda: list(g.query(WHO_MET_BY_NAME.format(name=name_of(random.choice(people))))), 3)
            print(f"rdflib who-met by name: p50 {pct(rd_name, .5):.1f} ms -> /sparql is {pct(rd_name, .5) / pct(by_name, .5):.0f}x faster")
            del g

        routes = [lambda: f"{base}/people/{slug(random.choice(people))}/met",
                  lambda: f"{base}/meetings?person={slug(random.choice(people))}&limit=20",
                  lambda: f"{base}/sparql?query=" + urllib.parse.quote(WHO_MET.format(p=random.choice(people)))]
        counts = {"ok": 0, "errors": 0}
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds

        def client():
            while time.monotonic() < stop:
                try:
                    urllib.request.urlopen(random.choice(routes)(), timeout=30).read()
                    with lock:
                        counts["ok"] += 1
                except Exception:  # noqa: BLE001 - every failure counts as an error
                    with lock:
                        counts["errors"] += 1
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        print(f"{args.clients} clients x {args.seconds:.0f} s: {counts['ok']} requests, {counts['errors']} errors, "
              f"{counts['ok'] / args.seconds:.0f} requests/s")
    print(json.dumps({"quads": quads}))


if __name__ == "__main__":
    main()
