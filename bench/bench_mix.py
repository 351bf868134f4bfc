"""16 clients for 60 s mixing every read route, on a real-shaped store (issue 9).

    python bench/bench_mix.py --store /work/stores/rs10k [--clients 16] [--seconds 60]

Starts `newsgraph serve` (read-only, no token) on 127.0.0.1, waits until it answers and its read
models are ready (both times reported), then runs `--clients` threads for `--seconds`, each sending
requests over one kept-alive connection, routes in turn from a random start: /health,
/people?q=, /people/{id}/met, /meetings?person=, /articles/{id}, /articles?limit=100,
/paths, /people/{id}/network and a who-met query on /sparql. Reports requests/s, p50/p99 per route
and errors (any status other than 200, or no answer). Stops the server at the end.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sys
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import pct, sample_store, serving  # noqa: E402

WHO_MET = """PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT DISTINCT ?other ?date WHERE {{ ?m schema:attendee <{p}> , ?other ; ng:status ?st ; schema:startDate ?date .
  FILTER(?st IN (ng:Occurred, ng:Scheduled)) FILTER(?other != <{p}>) }}"""


def fetch(conn: http.client.HTTPConnection, path: str, accept: str = "application/json") -> tuple[int, bytes]:
    conn.request("GET", path, headers={"Accept": accept})
    response = conn.getresponse()
    return response.status, response.read()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="query processes kept warm (the server's default)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    figures: dict[str, object] = {"clients": args.clients, "seconds": args.seconds}
    with serving(args.store, workers=args.workers, ready=("met_index", "people_index", "meeting_index"), timeout=900) as server:
        port = int(server.base.rsplit(":", 1)[1])
        figures["answering_s"] = round(server.answering_s, 1)
        figures["read_model_ready_s"] = round(server.ready_s, 1)
        sample = sample_store(server.base)
        iris = sample.ordinary_iris
        print(f"answering {figures['answering_s']} s, read model ready {figures['read_model_ready_s']} s after start; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)

        def sparql(rng: random.Random) -> str:
            return "/sparql?query=" + urllib.parse.quote(WHO_MET.format(p=rng.choice(iris)))
        routes = {**sample.read_routes(), "GET /sparql who-met": sparql}
        names = list(routes)
        times: dict[str, list[float]] = {name: [] for name in names}
        errors: dict[str, int] = {name: 0 for name in names}
        lock = threading.Lock()
        load_before = os.getloadavg()[0]
        stop_at = time.perf_counter() + args.seconds

        def client(seed: int) -> None:
            rng = random.Random(seed)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            turn = rng.randrange(len(names))
            while time.perf_counter() < stop_at:
                name = names[turn % len(names)]
                turn += 1
                path = routes[name](rng)
                accept = "application/sparql-results+json" if name.endswith("who-met") else "application/json"
                t = time.perf_counter()
                try:
                    status, _ = fetch(conn, path, accept)
                    ok = status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                elapsed = (time.perf_counter() - t) * 1000
                with lock:
                    times[name].append(elapsed)
                    errors[name] += 0 if ok else 1
            conn.close()

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        t0 = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - t0
        total = sum(len(v) for v in times.values())
        figures.update(requests=total, requests_per_s=round(total / wall, 1), errors=sum(errors.values()),
                       load_average=[round(load_before, 1), round(os.getloadavg()[0], 1)])
        print(f"{args.clients} clients, {wall:.0f} s: {total:,} requests, {total / wall:.1f} requests/s, "
              f"{sum(errors.values())} errors; load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}")
        for name in names:
            values = times[name] or [0.0]
            figures[name] = {"requests": len(times[name]), "p50_ms": round(pct(values, .5), 1),
                             "p99_ms": round(pct(values, .99), 1), "errors": errors[name]}
            print(f"  {name:26} {len(times[name]):6} requests  p50 {pct(values, .5):8.1f} ms  "
                  f"p99 {pct(values, .99):8.1f} ms  errors {errors[name]}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
