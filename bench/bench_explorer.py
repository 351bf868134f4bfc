"""What the explorer asks, on a generated graph of over 1M triples (issue: explore the graph in a browser).

Measures on the real uvicorn server, after the who-met read model is built:
- type-ahead search `GET /people?q=` (a prefix that matches many people, one that matches few, none),
- the network around a person `GET /people/{id}/network` at depth 1, 2 and 3 (met only, from the read
  model), with a date range, and with every status (walked with SPARQL, not the read model),
- the evidence behind an edge `GET /meetings/{id}/evidence`.

Run: python bench/bench_explorer.py [--articles 8000] [--n 100]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import pct, serving  # noqa: E402
from bench.synthetic import write_nquads  # noqa: E402


def timed(url_of, n: int) -> tuple[list[float], object]:
    times, last = [], None
    for _ in range(n):
        url = url_of()
        t = time.perf_counter()
        last = json.load(urllib.request.urlopen(url, timeout=60))
        times.append((time.perf_counter() - t) * 1000)
    return times, last


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--n", type=int, default=100, help="requests per measurement")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ng-bench-explorer-"))
    data = work / "data.nq"
    t = time.perf_counter()
    quads = write_nquads(data, articles=args.articles)
    raw = ox.Store(str(work / "store"))
    raw.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    del raw
    print(f"generated and loaded {quads:,} quads in {time.perf_counter() - t:.1f} s", flush=True)

    rng = random.Random(5)
    with serving(work / "store", ready=("met_index", "people_index"), stop_timeout=30) as server:
        base = server.base
        listed = json.load(urllib.request.urlopen(f"{base}/people?limit=1000", timeout=60))
        listed = listed.get("data", listed) if isinstance(listed, dict) else listed
        people = rng.sample([p["id"] for p in listed], min(200, len(listed)))  # people the store holds
        rows = []

        def measure(label: str, url_of, n: int = args.n, size=None) -> None:
            url_of()  # warm
            times, last = timed(url_of, n)
            rows.append((label, pct(times, .5), pct(times, .99), size(last) if size else ""))
            print(f"{label:40} p50 {pct(times, .5):8.1f} ms  p99 {pct(times, .99):8.1f} ms  {rows[-1][3]}", flush=True)

        nodes = lambda net: f"{len(net['nodes'])} people, {len(net['edges'])} lines"  # noqa: E731
        found = lambda page: f"{page['count']} shown"  # noqa: E731
        measure("search ?q=number 1 (many match)", lambda: f"{base}/people?q=number%201&limit=10", size=found)
        measure("search ?q=number 1234 (few match)", lambda: f"{base}/people?q=number%201234&limit=10", size=found)
        measure("search ?q=zzz (none)", lambda: f"{base}/people?q=zzz&limit=10", size=found)
        measure("network depth 1", lambda: f"{base}/people/{rng.choice(people)}/network?depth=1", size=nodes)
        measure("network depth 2", lambda: f"{base}/people/{rng.choice(people)}/network?depth=2", size=nodes)
        measure("network depth 3", lambda: f"{base}/people/{rng.choice(people)}/network?depth=3", size=nodes)
        measure("network depth 2, Jan-Mar", lambda: f"{base}/people/{rng.choice(people)}/network?depth=2&since=2025-01-01&until=2025-03-31", size=nodes)
        measure("network depth 1, all statuses", lambda: f"{base}/people/{rng.choice(people)}/network?depth=1&status=all", size=nodes)
        measure("network depth 2, all statuses", lambda: f"{base}/people/{rng.choice(people)}/network?depth=2&status=all", n=max(10, args.n // 5), size=nodes)
        measure("network depth 2, with calls", lambda: f"{base}/people/{rng.choice(people)}/network?depth=2&calls=true", n=max(10, args.n // 5), size=nodes)
        measure("network depth 3, all statuses", lambda: f"{base}/people/{rng.choice(people)}/network?depth=3&status=all", n=max(10, args.n // 5), size=nodes)
        measure("person page", lambda: f"{base}/people/{rng.choice(people)}", n=max(10, args.n // 5))
        measure("meeting evidence", lambda: f"{base}/meetings/a{rng.randrange(args.articles)}-{rng.randrange(12)}/evidence")
        print(f"{'request':40} {'p50 ms':>8} {'p99 ms':>8}  answer")
        for label, p50, p99, size in rows:
            print(f"{label:40} {p50:8.1f} {p99:8.1f}  {size}")


if __name__ == "__main__":
    main()
