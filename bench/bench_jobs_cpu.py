"""CPU cost of `ingest -j 2` against `-j 1` on the same texts (issue 13: at most 1.1x).

    python bench/bench_jobs_cpu.py [--dir FOLDER_OF_TXT] [--limit N]

CPU seconds are this process's plus its (reaped) worker processes', for the whole ingest into a
fresh in-memory store; the pipeline is loaded before the clock starts, as a long run would have it.
Texts: the .txt files under --dir (read, never copied), default the evaluation articles when present.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.bench_extract import corpus  # noqa: E402
from newsgraph.extract.pipeline import build_nlp  # noqa: E402
from newsgraph.graph.service import NewsService  # noqa: E402
from newsgraph.graph.store import OxigraphStore  # noqa: E402


def cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="folder of .txt articles")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    default = Path("/work/shared/eval")
    folder = args.dir or (default if default.exists() else None)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("**/*.txt"))] if folder else corpus()
    texts = texts[:args.limit]
    pairs = [(t, {"id": f"t{i}"}) for i, t in enumerate(texts)]
    nlp = build_nlp()
    print(f"{len(texts)} articles, {sum(len(t.split()) for t in texts):,} words")
    results: dict[int, list[float]] = {}
    for _ in range(args.repeat):
        for jobs in (1, 2):
            service = NewsService(OxigraphStore(), nlp=nlp)
            c, w = cpu(), time.perf_counter()
            summary = service.ingest(pairs, n_process=jobs)
            spent, wall = cpu() - c, time.perf_counter() - w
            assert summary.count("created") == len(texts), summary.errors[:3]
            results.setdefault(jobs, []).append(spent)
            print(f"-j {jobs}: {spent:.1f} CPU s, {wall:.1f} s wall")
    best = {j: min(v) for j, v in results.items()}
    print(f"CPU ratio -j 2 / -j 1 (best of {args.repeat}): {best[2] / best[1]:.2f}x")


if __name__ == "__main__":
    main()
