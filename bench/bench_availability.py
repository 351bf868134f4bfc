"""`ASK {}` latency while runaway queries hold the query workers (issue 10, availability): the worst
case over several rounds, for 2 and 10 runaways, from another client and (2 runaways) the same one.

    python bench/bench_availability.py [--rounds 5]

A round: N cross-join queries start from 127.0.0.1; after `--delay` seconds `ASK {}` is asked from
127.0.0.2 (and from 127.0.0.1 with 2 runaways); the runaways are stopped at the server's deadline.
The server is a real `newsgraph serve` on a synthetic store, as in `tests/api/test_availability.py`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.api.live import live_server, synthetic_store  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def ask(url: str, local_address: str) -> float:
    with httpx.Client(base_url=url, transport=httpx.HTTPTransport(local_address=local_address), timeout=30) as c:
        started = time.monotonic()
        response = c.get("/sparql", params={"query": "ASK {}"})
        seconds = time.monotonic() - started
    if response.status_code != 200:
        print(f"  ASK from {local_address}: {response.status_code} {response.text[:120]}")
    return seconds


def round_(url: str, runaways: int, delay: float) -> dict[str, float]:
    with ThreadPoolExecutor(runaways) as pool:
        futures = [pool.submit(httpx.get, f"{url}/sparql", params={"query": RUNAWAY}, timeout=60) for _ in range(runaways)]
        time.sleep(delay)
        out = {"other client": ask(url, "127.0.0.2")}
        if runaways == 2:
            out["same client"] = ask(url, "127.0.0.1")
        for f in futures:
            f.result()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds between the runaways and the ASK")
    parser.add_argument("--timeout", type=float, default=4.0, help="the server's query deadline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        synthetic_store(store, people=6000)
        with live_server(store, query_timeout=args.timeout, request_timeout=5) as server:
            print(f"quiet, first query after start: ASK {ask(server.url, '127.0.0.2'):.3f} s")
            print(f"quiet: ASK {ask(server.url, '127.0.0.2'):.3f} s")
            for runaways in (2, 10):
                seen: dict[str, list[float]] = {}
                for _ in range(args.rounds):
                    for who, seconds in round_(server.url, runaways, args.delay).items():
                        seen.setdefault(who, []).append(seconds)
                for who, values in seen.items():
                    print(f"{runaways:2} runaways, ASK from {who}: worst {max(values):.3f} s, "
                          f"all {' '.join(f'{v:.2f}' for v in values)}")


if __name__ == "__main__":
    main()
