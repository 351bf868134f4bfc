"""How close can a Python `/sparql` get to the Oxigraph server's own `/query`? (issue 9)

    python bench/bench_sparql_floor.py --store /tmp/perf9/rs-10000 [--requests 400]

Asks the same "who met X" queries (random attendees, as `bench_sparql_overhead.py`), in one run,
in a random order per query, over one kept-alive connection each, of:

- `oxigraph /query`: `oxigraph serve-read-only --union-default-graph` on a checkpoint of the store;
- `newsgraph /sparql`: `newsgraph serve` on the store (read-only), as deployed;
- three floors, one uvicorn process on httptools and uvloop (as `newsgraph serve` runs it) over a
  second checkpoint, each a bare ASGI app with no checks, no limits and no middleware:
  `bare: fixed body` answers a fixed 60-byte result without any query (the cost of uvicorn and
  of the client); `bare: query in process` runs the query in the server process and serialises it
  with pyoxigraph (what an in-process path could at best cost, with no way to stop a runaway
  query); `bare: query in a worker` hands it to `QueryRunner.run_async` (the worker hop alone).

Prints p50/p99 per server and each p50 over Oxigraph's. Stops every server and deletes the
checkpoints at the end.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.bench_sparql_overhead import ATTENDEES, WHO_MET, ask, wait_for, wait_ready  # noqa: E402
from bench.common import free_port, pct, stop_process  # noqa: E402

FLOOR_APP = r'''
"""Bare ASGI apps for bench_sparql_floor.py: /fixed, /inproc, /worker (see there)."""
import sys
import urllib.parse

import pyoxigraph as ox
import uvicorn

from newsgraph.api.query_runner import QueryJob, QueryRunner
from newsgraph.graph.store import OxigraphStore

store = OxigraphStore(sys.argv[1])
runner = QueryRunner(store, timeout=30, workers=2)
FIXED = b'{"head":{"vars":["other","date"]},"results":{"bindings":[]}}'
JSON = ox.QueryResultsFormat.JSON


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                runner.start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                runner.close()
                return await send({"type": "lifespan.shutdown.complete"})
    body = FIXED
    if scope["path"] != "/fixed":
        query = urllib.parse.parse_qs(scope["query_string"].decode())["query"][0]
        if scope["path"] == "/inproc":
            body = store.raw.query(query, use_default_graph_as_union=True).serialize(format=JSON)
        else:
            body = (await runner.run_async(QueryJob(query=query, accept="application/sparql-results+json"))).body
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/sparql-results+json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), loop="uvloop", http="httptools",
            log_level="warning", access_log=False)
'''


def checkpoint(store: Path, name: str) -> Path:
    import pyoxigraph as ox

    path = store.parent / f".{store.name}.{name}"
    shutil.rmtree(path, ignore_errors=True)
    live = ox.Store(str(store))  # a copy of the store: never the shared ones
    live.backup(str(path))
    del live
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--ready-timeout", type=float, default=900)
    args = parser.parse_args()

    ox_dir, floor_dir = checkpoint(args.store, "oxigraph-checkpoint"), checkpoint(args.store, "floor-checkpoint")
    floor_script = args.store.parent / f".{args.store.name}.floor_app.py"
    floor_script.write_text(FLOOR_APP)
    ox_port, ng_port, floor_port = free_port(), free_port(), free_port()
    env = {**os.environ, "NEWSGRAPH_STORE": str(args.store)}
    env.pop("NEWSGRAPH_TOKEN", None)
    processes = [
        subprocess.Popen([shutil.which("oxigraph") or "oxigraph", "serve-read-only", "--location", str(ox_dir),
                          "--bind", f"127.0.0.1:{ox_port}", "--union-default-graph"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
        subprocess.Popen([sys.executable, "-m", "newsgraph.api.cli.main", "serve", "--port", str(ng_port),
                          "--log-level", "warning"], env=env),
        subprocess.Popen([sys.executable, str(floor_script), str(floor_dir), str(floor_port)]),
    ]
    figures: dict[str, object] = {"load_average": os.getloadavg()}
    try:
        for port, path in ((ox_port, "/"), (ng_port, "/health"), (floor_port, "/fixed")):
            wait_for(port, path)
        figures["read_models_ready_s"] = wait_ready(ng_port, args.ready_timeout)

        def connection(port: int) -> http.client.HTTPConnection:
            return http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        servers = {"oxigraph /query": (connection(ox_port), "/query"),
                   "newsgraph /sparql": (connection(ng_port), "/sparql"),
                   "bare: fixed body": (connection(floor_port), "/fixed"),
                   "bare: query in process": (connection(floor_port), "/inproc"),
                   "bare: query in a worker": (connection(floor_port), "/worker")}
        conn, path = servers["oxigraph /query"]
        people = [b["p"]["value"] for b in json.loads(ask(conn, path, ATTENDEES)[1])["results"]["bindings"]]
        rng = random.Random(3)
        for conn, path in servers.values():  # warm: workers, snapshots, caches
            for person in people[:10]:
                ask(conn, path, WHO_MET.format(p=person))
        times: dict[str, list[float]] = {name: [] for name in servers}
        for _ in range(args.requests):
            query = WHO_MET.format(p=rng.choice(people))
            for name in rng.sample(list(servers), len(servers)):
                conn, path = servers[name]
                times[name].append(ask(conn, path, query)[0])
        figures["load_average_after"] = os.getloadavg()
        base = pct(times["oxigraph /query"], 0.5)
        for name, values in times.items():
            p50, p99 = pct(values, 0.5), pct(values, 0.99)
            figures[name] = {"p50_ms": round(p50, 3), "p99_ms": round(p99, 3), "p50_over_oxigraph": round(p50 / base, 2)}
            print(f"{name:24} p50 {p50:6.3f} ms  p99 {p99:7.3f} ms  {p50 / base:5.2f}x", flush=True)
        print(f"{args.requests} queries each; load average {figures['load_average'][0]:.1f} -> "
              f"{figures['load_average_after'][0]:.1f}")
    finally:
        for process in processes:
            stop_process(process, timeout=15)
        for path in (ox_dir, floor_dir):
            shutil.rmtree(path, ignore_errors=True)
            shutil.rmtree(path.parent / f".{path.name}.snapshots", ignore_errors=True)
        floor_script.unlink(missing_ok=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
