"""Extraction speed: our full pipeline against the bare spaCy pipeline on the same texts, both
measured in one run (words per second), plus `n_process` scaling.

Texts: the evaluation articles in ../shared/eval when present (read, never copied), else the
bundled sample repeated. Run: python bench/bench_extract.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsgraph.extract.facts import ArticleMeta  # noqa: E402
from newsgraph.extract.pipeline import DEFAULT_MODELS, _load_pipeline, build_nlp, extract_many  # noqa: E402
from newsgraph.extract.sources import SAMPLE_ARTICLE  # noqa: E402


def corpus() -> list[str]:
    shared = ROOT.parent / "shared" / "eval"
    texts = [p.read_text(encoding="utf-8") for p in sorted(shared.glob("**/*.txt"))] if shared.exists() else []
    return texts or [SAMPLE_ARTICLE.read_text(encoding="utf-8")] * 40


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args()
    texts = corpus()
    words = sum(len(t.split()) for t in texts)
    bare = _load_pipeline(None)
    full = build_nlp()
    list(bare.pipe(texts[:2]))
    list(extract_many([(t, ArticleMeta(id="w")) for t in texts[:2]], nlp=full))
    metas = [(t, ArticleMeta(id=f"a{i}")) for i, t in enumerate(texts)]
    t_bare = best_of(lambda: list(bare.pipe(texts, batch_size=8)), args.repeat)
    t_full = best_of(lambda: list(extract_many(metas, nlp=full, batch_size=8)), args.repeat)
    print(f"{len(texts)} articles, {words} words; model {next(n for n in DEFAULT_MODELS)}/{full.meta['name']}")
    print(f"bare spaCy pipeline: {words / t_bare:,.0f} words/s ({t_bare:.2f} s)")
    print(f"newsgraph extraction: {words / t_full:,.0f} words/s ({t_full:.2f} s)")
    print(f"cost ratio (newsgraph / bare): {t_full / t_bare:.2f}x")
    if args.processes > 1:
        t_mp = best_of(lambda: list(extract_many(metas, nlp=full, batch_size=8, n_process=args.processes)), 1)
        print(f"newsgraph extraction, n_process={args.processes}: {words / t_mp:,.0f} words/s ({t_mp:.2f} s)")


if __name__ == "__main__":
    main()
