"""The network answer's own cost, in one process: CPU and wall ms per `/people/{id}/network` body.

    python bench/bench_network_cpu.py --store STORE [--n 40]

On a shared, loaded machine a served request's wall time is mostly waiting for a core; this
times the route's work itself (the walk of the read model, the lines' counts, the JSON) with the
process's CPU clock beside the wall clock. Builds the who-met read model on a snapshot of STORE
(frozen out of the cycle collector's reach, as the server does), then calls the route function
(`api/http/routes/entities.network`, with its defaults: at most 300 people and 1000 lines) for
people ranked 50-150 by number of people met, and for the person who met the most (the hub);
p50/p99 per case.
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
from newsgraph.api.http.routes import entities  # noqa: E402
from newsgraph.graph.met_index import MetIndex  # noqa: E402
from newsgraph.graph.service import NewsService  # noqa: E402
from newsgraph.graph.store import OxigraphStore  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args()
    store = OxigraphStore.snapshot(args.store)
    index = MetIndex(store)
    index.freeze_after_build = True  # as `newsgraph serve` does: a full collection then skips the model
    started = time.perf_counter()
    G = index.build_now().graph
    print(f"read model built in {time.perf_counter() - started:.1f} s: {G.number_of_nodes():,} people, "
          f"{G.number_of_edges():,} met pairs; load average {os.getloadavg()[0]:.1f}", flush=True)
    service = NewsService(store, met_index=index)
    ranked = sorted(G, key=lambda n: (-G.degree(n), n))
    hub, ordinary = ranked[0], ranked[50:150] or ranked[:1]
    rng = random.Random(1)
    cases = {"depth 1": (1, None, False), "depth 2": (2, None, False), "depth 2, every status": (2, ["all"], False),
             "hub, depth 2": (2, None, True)}
    for name, (depth, status, on_hub) in cases.items():
        cpu, wall, size = [], [], 0
        for i in range(args.n + 3):
            person = hub if on_hub else rng.choice(ordinary)
            w, c = time.perf_counter(), time.process_time()
            answer = entities.network(person, service, depth=depth, status=status, since=None, until=None,
                                      max_nodes=300, max_edges=1000, calls=False, meetings=False)
            if i >= 3:  # the first calls warm up
                cpu.append((time.process_time() - c) * 1000)
                wall.append((time.perf_counter() - w) * 1000)
                size = len(answer.body)
        print(f"{name:24} CPU p50 {pct(cpu, .5):6.1f} ms p99 {pct(cpu, .99):6.1f} ms | wall p50 {pct(wall, .5):6.1f} ms "
              f"p99 {pct(wall, .99):6.1f} ms | {size / 1000:.0f} kB | load {os.getloadavg()[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
