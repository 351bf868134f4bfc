"""Beyond one machine, measured: ingest articles/s serial vs `-j 2` vs a 2-worker Dask LocalCluster on
the same texts; writes/s to the embedded store vs an Oxigraph server; who-met p50/p99 over HTTP
(`newsgraph serve` on each backend) on a synthetic graph (`bench/synthetic.py`).

Texts: the evaluation articles in ../shared/eval when present (read, never copied), else the sample.
Run: python bench/bench_distributed.py [--articles 2000] [--skip-ingest] [--skip-http]
     python bench/bench_distributed.py --real-shaped STORE   # who-met per backend on an ingested store
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.common import pct, sample_store, serving  # noqa: E402

from bench.bench_extract import corpus  # noqa: E402
from bench.synthetic import person_iri, write_nquads  # noqa: E402
from newsgraph.graph.remote_store import RemoteStore  # noqa: E402
from newsgraph.graph.service import NewsService  # noqa: E402
from newsgraph.graph.store import OxigraphStore  # noqa: E402
from tests.oxigraph_server import oxigraph_server  # noqa: E402


def bench_ingest(work: Path, limit: int | None) -> None:
    texts = corpus()[:limit]
    pairs = [(t, {"id": f"t{i}"}) for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    print(f"ingest: {len(texts)} articles, {words:,} words, into a fresh embedded store each time")
    from newsgraph.extract.pipeline import build_nlp
    nlp = build_nlp()
    runs = {"serial": lambda s: s.ingest(pairs),
            "-j 2": lambda s: s.ingest(pairs, n_process=2),
            "Dask local:2 (incl. cluster start)": lambda s: s.ingest_on_cluster(pairs, cluster="local:2")}
    for name, run in runs.items():
        service = NewsService(OxigraphStore(work / f"store-{len(os.listdir(work))}"), nlp=nlp)
        t = time.perf_counter()
        summary = run(service)
        seconds = time.perf_counter() - t
        rate = summary.count("created") / seconds
        print(f"  {name:36} {seconds:6.1f} s  {rate:5.2f} articles/s  {words / seconds:6.0f} words/s  "
              f"-> {1e6 / rate / 3600:5.0f} h per million articles")
    from distributed import LocalCluster
    t = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        print(f"  (a local 2-process cluster starts in {time.perf_counter() - t:.1f} s)")
        for label in ("Dask tcp:// 2 workers, first run", "Dask tcp:// 2 workers, warm"):
            service = NewsService(OxigraphStore(work / f"store-{len(os.listdir(work))}"), nlp=nlp)
            t = time.perf_counter()
            summary = service.ingest_on_cluster(pairs, cluster=cluster.scheduler_address)
            seconds = time.perf_counter() - t
            rate = summary.count("created") / seconds
            print(f"  {label:36} {seconds:6.1f} s  {rate:5.2f} articles/s  {words / seconds:6.0f} words/s  "
                  f"-> {1e6 / rate / 3600:5.0f} h per million articles")


def _articles(n: int):
    """n synthetic article graphs of 150 triples each, as (graph IRI, rdflib triples)."""
    from rdflib import Literal, URIRef
    S = "https://schema.org/"
    for a in range(n):
        g = f"https://w3id.org/newsgraph/id/article/bench-{a}"
        yield g, [(URIRef(f"{g}#m{i}"), URIRef(f"{S}attendee" if i % 3 else f"{S}name"),
                   URIRef(person_iri(i * 7 + a)) if i % 3 else Literal(f"Meeting {i} of article {a}"))
                  for i in range(150)]


def bench_writes(work: Path, url: str, n: int) -> None:
    articles = list(_articles(n))
    for name, store in (("embedded (folder)", OxigraphStore(work / "writes")), ("Oxigraph server (GSP PUT)", RemoteStore(url))):
        t = time.perf_counter()
        for g, triples in articles:
            store.replace_article(g, triples)
        store.flush()
        seconds = time.perf_counter() - t
        print(f"  {name:28} {n / seconds:7.0f} article writes/s  ({n * 150 / seconds:,.0f} triples/s, {n} articles of 150 triples)")


def _time_who_met(base: str, people: list[str], requests: int, name: str) -> None:
    """`GET /people/{id}/met` `requests` times over `people` in turn (after one warm-up); prints p50/p99."""
    urllib.request.urlopen(f"{base}/people/{people[0]}/met").read()
    times = []
    for i in range(requests):
        t = time.perf_counter()
        urllib.request.urlopen(f"{base}/people/{people[i % len(people)]}/met").read()
        times.append((time.perf_counter() - t) * 1000)
    print(f"  GET /people/{{id}}/met via {name:29} p50 {pct(times, .5):6.1f} ms  p99 {pct(times, .99):6.1f} ms  ({requests} requests)")


def bench_who_met(work: Path, data: Path, url: str, quads: int, requests: int) -> None:
    import pyoxigraph as ox
    folder = work / "http-store"
    raw = ox.Store(str(folder))
    raw.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    t = time.perf_counter()
    with data.open("rb") as body:
        import httpx
        httpx.post(f"{url}/store", content=body, headers={"Content-Type": "application/n-quads"}, timeout=3600).raise_for_status()
    print(f"  loaded {quads:,} quads into the Oxigraph server in {time.perf_counter() - t:.1f} s (GSP POST)")
    attendees = set()  # people who attend some meeting (others have no who-met page: 404)
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if "/attendee> <" in line:
                attendees.add(line.split("> <")[2].rsplit("/", 1)[-1])
    people = random.Random(3).sample(sorted(attendees), min(100, len(attendees)))
    backends = (("embedded", str(folder), {}, ("met_index",)),
                ("Oxigraph server", url, {}, ()),  # others may write the server: every question is SPARQL
                ("Oxigraph server, sole writer", url, {"NEWSGRAPH_STORE_SOLE_WRITER": "1"}, ("met_index",)))
    for name, store, settings, ready in backends:
        # with read models: wait until they are built, as a long-running server would have them
        with serving(store, workers=2, ready=ready, stop_timeout=10, settings=settings) as server:
            print(f"  {name}: answering after {server.answering_s:.1f} s, ready after {server.ready_s:.1f} s")
            _time_who_met(server.base, people, requests, name)


def bench_who_met_real_shaped(work: Path, store: Path, requests: int) -> None:
    """Who-met over HTTP on an ingested real-shaped store (`bench/real_shaped.py`: people index and
    all, as `ingest` writes it), served embedded and by an Oxigraph server on a checkpoint of it
    (both read the same RocksDB layout), and by the server with the read models kept by
    `newsgraph serve` as the sole writer."""
    import pyoxigraph as ox
    embedded, remote = work / "rs-embedded", work / "rs-server"
    source = ox.Store.read_only(str(store))
    source.backup(str(embedded))  # hard links: the originals are never written
    source.backup(str(remote))
    quads = len(source)
    del source
    print(f"who-met over HTTP on the real-shaped store {store} ({quads:,} quads):")
    with oxigraph_server(remote, start_timeout=120) as url:
        backends = (("embedded", str(embedded), {}, ("name_index", "met_index", "people_index")),
                    ("Oxigraph server", url, {}, ()),
                    ("Oxigraph server, sole writer", url, {"NEWSGRAPH_STORE_SOLE_WRITER": "1"}, ("met_index",)))
        people = None  # sampled once, from the embedded server with every index ready
        for name, where, settings, ready in backends:
            with serving(where, workers=2, ready=ready, stop_timeout=10, settings=settings, timeout=1800) as server:
                print(f"  {name}: answering after {server.answering_s:.1f} s, read models ready after {server.ready_s:.1f} s")
                if people is None:  # ordinary attendees: people ranked 50-150 by mentions
                    people = sample_store(server.base).ordinary
                _time_who_met(server.base, people, requests, name)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000, help="article graphs of the synthetic graph for who-met")
    ap.add_argument("--writes", type=int, default=1000)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--texts", type=int, default=None, help="ingest only the first N texts")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--only-ingest", action="store_true")
    ap.add_argument("--skip-http", action="store_true")
    ap.add_argument("--real-shaped", type=Path, default=None,
                    help="only who-met on this ingested real-shaped store (bench/real_shaped.py), per backend")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ng-bench-dist-"))
    if args.real_shaped:
        try:
            bench_who_met_real_shaped(work, args.real_shaped, args.requests)
        finally:
            import shutil
            shutil.rmtree(work, ignore_errors=True)
        return
    if not args.skip_ingest:
        bench_ingest(work, args.texts)
    if args.only_ingest:
        return
    with oxigraph_server(work / "oxigraph", start_timeout=60) as url:
        print("writes:")
        bench_writes(work, url, args.writes)
        RemoteStore(url).update("DROP ALL")
        if not args.skip_http:
            data = work / "data.nq"
            quads = write_nquads(data, people=max(2_000, args.articles * 5 // 2), articles=args.articles)
            print(f"who-met over HTTP on a synthetic graph of {quads:,} quads ({args.articles} articles):")
            bench_who_met(work, data, url, quads, args.requests)


if __name__ == "__main__":
    main()
