"""`/sparql` against the Oxigraph server's own `/query`, on the same data, in one run (issue 9).

    python bench/bench_sparql_overhead.py --store /work/stores/rs10k [--requests 300]

Makes a RocksDB checkpoint of the store (hard links, no copy), starts `oxigraph serve-read-only
--union-default-graph` on the checkpoint and `newsgraph serve` (read-only, no token) on the store,
then asks both the same "who met X" query, alternating which server goes first, each over one
kept-alive connection: for random attendees (small answers: the fixed cost per request shows) and
for the ten busiest attendees (answers that grow with the store); with `--sets large`, also 2,000
quads at a random offset (~0.5 MB answers: larger than a socket's buffer). Prints p50/p99 per server and
the ratio of the p50s; stops both servers and deletes the checkpoint at the end.
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
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import free_port, pct, stop_process  # noqa: E402

WHO_MET = """PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT DISTINCT ?other ?date WHERE {{ ?m schema:attendee <{p}> , ?other ; ng:status ?st ; schema:startDate ?date .
  FILTER(?st IN (ng:Occurred, ng:Scheduled)) FILTER(?other != <{p}>) }}"""
ATTENDEES = """PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?p WHERE { ?m schema:attendee ?p } LIMIT 2000"""
LARGE = "SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} OFFSET {offset} LIMIT 2000"  # ~0.5 MB of JSON, over a socket buffer
BUSIEST = """PREFIX schema: <https://schema.org/>
SELECT ?p (COUNT(?m) AS ?n) WHERE { ?m schema:attendee ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 10"""
ACCEPT = {"Accept": "application/sparql-results+json"}


def wait_for(port: int, path: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port} within {seconds} s")


def wait_ready(port: int, seconds: float) -> float:
    """Seconds until /health says every read model is ready (they are built beside the queries otherwise)."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        health = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=10).read())
        if all(v == "ready" for k, v in health.items() if k.endswith("_index")):
            return round(time.monotonic() - started, 1)
        time.sleep(0.5)
    raise RuntimeError(f"the read models were not ready within {seconds:.0f} s")


class Refused(RuntimeError):
    """The server answered with another status than 200 (for /sparql: 503 past its time limit)."""


def ask(conn: http.client.HTTPConnection, path: str, query: str) -> tuple[float, bytes]:
    """(milliseconds, body) of one GET query on a kept-alive connection."""
    for attempt in (1, 2):
        start = time.perf_counter()
        try:
            conn.request("GET", f"{path}?query={urllib.parse.quote(query)}", headers=ACCEPT)
            response = conn.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # a kept-alive connection idle past the server's keep-alive timeout (uvicorn: 5 s, while
            # the other server answered a hub) is closed by it: reconnect, and time the retry alone
            conn.close()
            if attempt == 2:
                raise
            continue
        break
    body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status != 200:
        raise Refused(f"{path}: HTTP {response.status}: {body[:200]!r}")
    return elapsed, body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--sets", nargs="+", default=["random", "busiest"], choices=["random", "busiest", "large"],
                        help="which query sets to run (the busiest ten take minutes per query at 100k; "
                             "large: 2,000 quads a query, ~0.5 MB answers)")
    parser.add_argument("--ready-timeout", type=float, default=900, help="seconds to wait for the read models")
    args = parser.parse_args()

    import pyoxigraph as ox

    checkpoint = args.store.parent / f".{args.store.name}.oxigraph-checkpoint"
    shutil.rmtree(checkpoint, ignore_errors=True)
    live = ox.Store(str(args.store))
    live.backup(str(checkpoint))
    del live

    ox_port, ng_port = free_port(), free_port()
    oxigraph = subprocess.Popen([shutil.which("oxigraph") or "oxigraph", "serve-read-only", "--location", str(checkpoint),
                                 "--bind", f"127.0.0.1:{ox_port}", "--union-default-graph"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {**os.environ, "NEWSGRAPH_STORE": str(args.store)}
    env.pop("NEWSGRAPH_TOKEN", None)
    newsgraph = subprocess.Popen([sys.executable, "-m", "newsgraph.api.cli.main", "serve", "--port", str(ng_port),
                                  "--log-level", "warning"], env=env)
    figures: dict[str, object] = {"load_average": os.getloadavg()}
    try:
        wait_for(ox_port, "/")
        wait_for(ng_port, "/health")
        # the read models load (or build) in the background after start: measured beside that work,
        # /sparql shared the cores with it (the 100k run of 2026-11-30 did, for its whole duration)
        figures["read_models_ready_s"] = wait_ready(ng_port, args.ready_timeout)
        servers = {"newsgraph /sparql": (http.client.HTTPConnection("127.0.0.1", ng_port, timeout=60), "/sparql"),
                   "oxigraph /query": (http.client.HTTPConnection("127.0.0.1", ox_port, timeout=60), "/query")}
        conn, path = servers["oxigraph /query"]
        people = [b["p"]["value"] for b in json.loads(ask(conn, path, ATTENDEES)[1])["results"]["bindings"]]
        busiest = [b["p"]["value"] for b in json.loads(ask(conn, path, BUSIEST)[1])["results"]["bindings"]]
        rng = random.Random(3)
        for name, (conn, path) in servers.items():  # warm: the first query starts workers and snapshots
            for person in people[:10]:
                ask(conn, path, WHO_MET.format(p=person))
        sets = {"random": ("random attendee", people), "busiest": ("busiest ten", busiest), "large": ("large answers", None)}
        for label, choices in (sets[name] for name in args.sets):
            times: dict[str, list[float]] = {name: [] for name in servers}
            refused = 0
            for i in range(args.requests):
                if choices is None:
                    query = LARGE.format(offset=rng.randrange(100_000))
                else:
                    query = WHO_MET.format(p=rng.choice(choices))
                order = list(servers) if i % 2 == 0 else list(reversed(servers))
                pair: dict[str, tuple[float, int]] = {}
                for name in order:
                    conn, path = servers[name]
                    try:
                        elapsed, body = ask(conn, path, query)
                    except Refused:  # past /sparql's time limit: counted, the pair left out
                        refused += 1
                        break
                    pair[name] = (elapsed, len(json.loads(body)["results"]["bindings"]))
                if len(pair) < len(servers):
                    continue
                for name, (elapsed, _) in pair.items():
                    times[name].append(elapsed)
                answers = [count for _, count in pair.values()]
                if answers[0] != answers[1]:
                    raise RuntimeError(f"the servers disagree on {query!r}: {answers}")
            if not all(times.values()):
                print(f"{label:16} every query was refused ({refused})", flush=True)
                figures[label] = {"refused": refused}
                continue
            row: dict[str, object] = {"refused": refused}
            for name, values in times.items():
                row[name] = {"p50_ms": round(pct(values, 0.5), 2), "p99_ms": round(pct(values, 0.99), 2)}
                print(f"{label:16} {name:18} p50 {pct(values, 0.5):7.2f} ms  p99 {pct(values, 0.99):7.2f} ms", flush=True)
            row["p50_ratio"] = round(pct(times["newsgraph /sparql"], 0.5) / pct(times["oxigraph /query"], 0.5), 2)
            print(f"{label:16} /sparql p50 / oxigraph p50 = {row['p50_ratio']:.2f}x  ({refused} refused)", flush=True)
            figures[label] = row
        figures["load_average_after"] = os.getloadavg()
        print(f"{args.requests} queries per server and set; load average {figures['load_average'][0]:.1f} -> "
              f"{figures['load_average_after'][0]:.1f}")
    finally:
        stop_process(newsgraph, timeout=15)
        stop_process(oxigraph, timeout=15)
        shutil.rmtree(checkpoint, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
