"""`kill -9` of `newsgraph serve` during bursts of authenticated POST /articles, N times (issue 10,
crash safety), with the figures: kills, writes acknowledged, lost, half-written, seconds per kill.

    python bench/bench_crash.py --kills 20 [--store DIR]

The driver is the one `tests/api/test_crash.py` runs with a few kills in CI (`tests/api/crash_burst.py`).
"""
from __future__ import annotations

import argparse
import faulthandler
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from newsgraph.extract.facts import ArticleMeta  # noqa: E402
from newsgraph.extract.pipeline import build_nlp, extract_article  # noqa: E402
from tests.api.crash_burst import article_text, run_kills  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--store", type=Path, help="folder for the store (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    faulthandler.dump_traceback_later(60 * (3 + 2 * args.kills), exit=True)  # a hang shows its stacks
    nlp = build_nlp()
    cache: dict[int, set[str]] = {}

    def people_of(n: int) -> set[str]:
        if n not in cache:
            facts = extract_article(article_text(n), ArticleMeta(id=f"crash-{n}"), nlp=nlp)
            cache[n] = {p.name for p in facts.persons.values()}
        return cache[n]

    with tempfile.TemporaryDirectory() as tmp:
        store = (args.store or Path(tmp)) / "store"
        started = time.monotonic()
        figures = run_kills(store, args.kills, people_of, seed=args.seed,
                            log=lambda line: print(line, file=sys.stderr, flush=True))
        print(json.dumps({**figures.summary(), "seconds": round(time.monotonic() - started, 1)}, indent=2))


if __name__ == "__main__":
    main()
