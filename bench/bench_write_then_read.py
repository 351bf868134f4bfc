"""How long the first `/sparql` query after an article write waits (issue 10).

    python bench/bench_write_then_read.py --store /work/stores/rs100k-10000 [--writes 30] [--gap 0.5]

SPARQL queries run in worker processes on read-only checkpoints of the store ("snapshots"), and a
query must see every write acknowledged before it arrived. This measures what that costs a reader:
a copy of the store is served with a write token; each round PUTs one article (a short text of our
own, a new id each time), waits `--gap` seconds (a reader arriving a little after the write, as in
a real mix), then times one small `/sparql` query; the same query is also timed in rounds without
a write. Prints p50/p99 of both, and the server's snapshot count from /health. The copy is deleted
at the end.
"""
from __future__ import annotations

import argparse
import http.client
import json
import shutil
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import pct, serving  # noqa: E402

TOKEN = "bench-write-then-read"
TEXT = ("Ana Lindqvist, the trade minister of Sweden, met Rafael Ortiz, the Chilean ambassador, in "
        "Stockholm on Monday. \"We agreed on the next steps,\" Lindqvist said after the talks. Round {n}.")
QUERY = "ASK { ?m a schema:Event }"


def _timed_query(conn: http.client.HTTPConnection) -> float:
    started = time.perf_counter()
    conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": QUERY}),
                  headers={"Accept": "application/sparql-results+json"})
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"/sparql answered {response.status}")
    return time.perf_counter() - started


def _write(conn: http.client.HTTPConnection, n: int) -> None:
    body = json.dumps({"text": TEXT.format(n=n), "published": "2026-11-30"})
    conn.request("PUT", f"/articles/bench-write-{n}", body=body,
                 headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    if response.status >= 300:
        raise RuntimeError(f"PUT /articles answered {response.status}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", required=True)
    parser.add_argument("--writes", type=int, default=30)
    parser.add_argument("--gap", type=float, default=0.5, help="seconds between a write and the query")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ng-wtr-") as tmp:
        store = Path(tmp) / "store"
        shutil.copytree(args.store, store)
        with serving(store, workers=2, settings={"NEWSGRAPH_TOKEN": TOKEN}) as served:
            conn = http.client.HTTPConnection(served.base.removeprefix("http://"), timeout=120)
            for _ in range(3):
                _timed_query(conn)  # warm: workers started, first snapshot opened
            after_write, quiet = [], []
            for n in range(args.writes):
                _write(conn, n)
                time.sleep(args.gap)
                after_write.append(_timed_query(conn))
                time.sleep(args.gap)
                quiet.append(_timed_query(conn))
            conn.request("GET", "/health")
            health = json.loads(conn.getresponse().read())
        rows = {"first query after a write": after_write, "query, no write since the last": quiet}
        print(f"store {args.store}, {args.writes} writes, {args.gap:g} s between a write and the query")
        print(f"{'':34} {'p50 ms':>8} {'p99 ms':>8}")
        for name, values in rows.items():
            print(f"{name:34} {pct(values, 0.5) * 1000:8.1f} {pct(values, 0.99) * 1000:8.1f}")
        queries = health.get("queries", health)
        print("server:", {k: queries.get(k) for k in ("snapshots", "snapshots_after_writes", "snapshot_retries") if isinstance(queries, dict)})


if __name__ == "__main__":
    main()
