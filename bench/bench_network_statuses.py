"""Networks of every meeting status: the read model's graph against the store walk, in one process.

    python bench/bench_network_statuses.py --store STORE [--n 30]

STORE is any store with meetings; the figures in bench/README.md used the 1.26M-quad graph of
`bench_explorer.py` (`bench/synthetic.py` N-Quads, bulk-loaded into a store folder).

Builds the who-met read model on a snapshot of the store, then for random people times
`NewsService.network(..., statuses=every status)` answered from the read model and the same
network walked with one who-met query per person (`views.queried_met_graph`, the way it was
answered before), alternating the two; prints p50/p99 per depth and the ratio of the p50s.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import pct  # noqa: E402
from newsgraph.graph import views  # noqa: E402
from newsgraph.graph.met_index import MetIndex  # noqa: E402
from newsgraph.graph.queries import ALL_STATUSES  # noqa: E402
from newsgraph.graph.service import NewsService  # noqa: E402
from newsgraph.graph.store import OxigraphStore  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args()
    store = OxigraphStore.snapshot(args.store)
    index = MetIndex(store)
    started = time.perf_counter()
    G = index.graph()
    print(f"read model built in {time.perf_counter() - started:.1f} s: {G.number_of_nodes():,} people, "
          f"{G.number_of_edges():,} met pairs; load average {os.getloadavg()[0]:.1f}", flush=True)
    service = NewsService(store, met_index=index)
    rng = random.Random(7)
    people = rng.sample([n for n in G if G.degree(n)], min(args.n, G.number_of_nodes()))
    for depth in (1, 2):
        model, walk = [], []
        for i, person in enumerate(people):
            runs = [("model", model), ("walk", walk)] if i % 2 == 0 else [("walk", walk), ("model", model)]
            for kind, times in runs:
                t = time.perf_counter()
                if kind == "model":
                    service.network(person, depth=depth, statuses=ALL_STATUSES, max_nodes=300)
                else:
                    W = views.queried_met_graph(store, person, depth, ALL_STATUSES, max_nodes=300)
                    views.neighbourhood(W, person, depth, max_nodes=300)
                times.append((time.perf_counter() - t) * 1000)
        print(f"depth {depth}, every status: read model p50 {pct(model, .5):7.1f} ms p99 {pct(model, .99):7.1f} ms | "
              f"store walk p50 {pct(walk, .5):7.1f} ms p99 {pct(walk, .99):7.1f} ms | "
              f"walk/model {pct(walk, .5) / pct(model, .5):.1f}x", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
