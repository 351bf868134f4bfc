"""`/paths` search in one process, before and after the bounded search (issue 9), on the who-met
read model of a real store (its snapshot, as `newsgraph serve` saved it beside the store).

    python bench/bench_paths.py --store /tmp/rs [--pairs 200]

Loads `<store>.read-models/met-index.pickle` (no server, no store open), then for four kinds of
pairs (the busiest person to people ranked 50-150 by lines, as `bench_routes.py` asks; random
people; people with one or two lines; two of the twenty busiest) times `views.connection_paths`
(the read model's line memo warm, as in a server) and networkx's `shortest_simple_paths` (the
search `/paths` used before) on the same pairs, and prints p50/p99/max in ms, the lines read by
the new search, and how many meetings the answers carried with and without the evidence cap.
"""
from __future__ import annotations

import argparse
import gc
import os
import pickle
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import pct  # noqa: E402

import networkx as nx  # noqa: E402

from newsgraph.graph import views  # noqa: E402
from newsgraph.graph.paths import shortest_paths  # noqa: E402


def load(store: Path):
    path = store.parent / f"{store.name}.read-models" / "met-index.pickle"
    gc.disable()
    with open(path, "rb") as source:
        pickle.load(source)  # the header
        state = pickle.load(source)
    gc.enable()
    gc.freeze()  # as the server does after loading it
    return state


def networkx_paths(G: nx.Graph, a: str, b: str, max_hops: int = 4, limit: int = 10) -> list[list[str]]:
    """The search `/paths` ran before (Yen's algorithm over the whole graph)."""
    out = []
    for path in nx.shortest_simple_paths(G, a, b):
        if len(path) - 1 > max_hops or len(out) >= limit:
            break
        out.append(path)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--networkx-pairs", type=int, default=30, help="pairs per kind timed with networkx (slow)")
    args = parser.parse_args()
    state = load(args.store)
    G = state.graph
    memo = state.memo(G)
    by_lines = sorted((n for n in G if G.degree(n)), key=G.degree, reverse=True)
    hub, rng = by_lines[0], random.Random(1)
    few = [n for n in by_lines if G.degree(n) <= 2]
    print(f"{G.number_of_nodes()} people, {G.number_of_edges()} lines, busiest {G.degree(hub)}, load {os.getloadavg()[0]:.1f}")
    kinds = {
        "busiest -> ranked 50-150": lambda: (hub, rng.choice(by_lines[50:150])),
        "random people": lambda: tuple(rng.sample(by_lines, 2)),
        "one or two lines each": lambda: tuple(rng.sample(few, 2)),
        "two of the busiest 20": lambda: tuple(rng.sample(by_lines[:20], 2)),
    }
    for kind, pair in kinds.items():
        pairs = [pair() for _ in range(args.pairs)]
        for a, b in pairs[:20]:  # warm the memo's sorted lines, as a running server has them
            views.connection_paths(G, a, b, memo=memo)
        times, lines, incomplete, capped, full = [], [], 0, 0, 0
        for a, b in pairs:
            start = time.perf_counter()
            found, complete = views.connection_paths(G, a, b, memo=memo, evidence=5)
            times.append((time.perf_counter() - start) * 1000)
            lines.append(shortest_paths(G._adj, a, b, ranked=memo.heaviest_first).work.lines)
            incomplete += not complete
            capped += sum(len(h["meetings"]) for p in found for h in p)
            full += sum(h["meetings_total"] for p in found for h in p)
        before = []
        for a, b in pairs[:args.networkx_pairs]:
            start = time.perf_counter()
            networkx_paths(G, a, b)
            before.append((time.perf_counter() - start) * 1000)
        print(f"{kind:26} new p50 {pct(times, .5):6.2f} p99 {pct(times, .99):6.2f} max {max(times):6.2f} ms | "
              f"networkx p50 {pct(before, .5):7.1f} p99 {pct(before, .99):7.1f} ms | lines read p50 {pct(lines, .5)} "
              f"max {max(lines)} | incomplete {incomplete} | meetings per answer {capped / len(pairs):.0f} "
              f"(uncapped {full / len(pairs):.0f}) | load {os.getloadavg()[0]:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
