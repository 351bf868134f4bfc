"""Per-route latency on a real-shaped store (`bench/real_shaped.py`), one client, real uvicorn server.

    python bench/real_shaped.py --articles 10000 --store /tmp/rs10k
    python bench/bench_routes.py --store /tmp/rs10k [--requests 100]

Starts `newsgraph serve` on 127.0.0.1 (read-only), waits for it to answer and for the who-met
read models (and the name index) to be ready (reported), then times each route `--requests` times (p50/p99 in ms), for
a hub person (in most articles) and an ordinary one. Stops the server at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import pct, sample_store, serving  # noqa: E402


def get(url: str, timeout: float = 120) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def timed(url_of, n: int) -> tuple[float, float, int]:
    """(p50 ms, p99 ms, errors) over n calls of url_of(i)."""
    times, errors = [], 0
    for i in range(n):
        start = time.perf_counter()
        try:
            get(url_of(i))
        except Exception:  # noqa: BLE001 - counted, the run goes on
            errors += 1
        times.append((time.perf_counter() - start) * 1000)
    return pct(times, .5), pct(times, .99), errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", nargs="*", help="time only the routes whose name contains one of these words")
    args = parser.parse_args()

    figures: dict[str, object] = {}
    with serving(args.store, ready=("name_index", "met_index", "people_index", "meeting_index"), timeout=900) as server:
        base = server.base
        figures["answering_s"] = round(server.answering_s, 1)
        figures["read_model_ready_s"] = round(server.ready_s, 1)
        sample = sample_store(base)
        hub, ordinary = sample.hub, sample.ordinary
        rng = random.Random(1)
        first = json.loads(get(f"{base}/people/{hub}/met"))
        hub_next = first.get("next") or f"/people/{hub}/met"  # before paging (no `next`): the first page again
        figures["hub_met_people"] = _count_met(base, hub, first)
        met_first = urllib.parse.quote(first["data"][0]["id"], safe="") if first["data"] else hub
        routes = {name: (lambda i, path=path: base + path(rng)) for name, path in sample.read_routes().items()}
        routes.update({
            "GET /people/{hub}/met": lambda i: f"{base}/people/{hub}/met",
            "GET /people/{hub}/met, next page": lambda i: base + hub_next,
            "GET /people/{hub}/met?limit=1000": lambda i: f"{base}/people/{hub}/met?limit=1000",
            "GET /people/{hub}/met?since=1900-01-01": lambda i: f"{base}/people/{hub}/met?since=1900-01-01",
            "GET /people/{hub}/met?with={other}": lambda i: f"{base}/people/{hub}/met?with={met_first}",
            "GET /people/{id}/network depth 2": lambda i: f"{base}/people/{rng.choice(ordinary)}/network?depth=2",
            "GET /people/{id}/network depth 2 all": lambda i: f"{base}/people/{rng.choice(ordinary)}/network?depth=2&status=all",
            "GET /people/{hub}/network depth 2": lambda i: f"{base}/people/{hub}/network?depth=2",
        })
        if args.only:
            routes = {name: url_of for name, url_of in routes.items() if any(word in name for word in args.only)}
        for name, url_of in routes.items():
            get(url_of(0))  # warm
            p50, p99, errors = timed(url_of, args.requests)
            figures[name] = {"p50_ms": round(p50, 1), "p99_ms": round(p99, 1), "errors": errors}
            print(f"{name:36} p50 {p50:8.1f} ms  p99 {p99:8.1f} ms  errors {errors}  load {os.getloadavg()[0]:.1f}", flush=True)
    print(json.dumps({k: v for k, v in figures.items() if not isinstance(v, dict)}))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


def _count_met(base: str, hub: str, first: dict) -> int:
    """How many people the hub met (following `next` links when the route pages)."""
    count, page = len(first["data"]), first
    while page.get("next"):
        page = json.loads(get(base + page["next"]))
        count += len(page["data"])
    return count


if __name__ == "__main__":
    sys.exit(main())
