"""The in-memory read models on a store (issue 9): how long their full build takes at start, and
what following one article write costs and how soon who-met reflects it.

    python bench/bench_read_models.py --store /tmp/rs10k [--writes 50]

Opens the store (a copy is safer: the writes stay in it), builds the who-met and people search
models as `newsgraph serve` does at start (in the background; the time until both are ready: a
build, or a load when `<store>.read-models/` holds a snapshot of this store as it is), saves their
snapshots and starts them again from those (the time a restart takes), then
writes `--writes` real-shaped articles through the service with the models attached and reports,
per write: the time the write takes with and without the models following it, and whether who-met
answered from the model, as the store does, right when the write returned.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import real_shaped  # noqa: E402

from newsgraph.graph import met_index, queries  # noqa: E402
from newsgraph.graph.met_index import MetIndex  # noqa: E402
from newsgraph.graph.people_index import PeopleIndex  # noqa: E402
from newsgraph.graph.service import NewsService  # noqa: E402
from newsgraph.graph.store import OxigraphStore  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--writes", type=int, default=50)
    args = parser.parse_args(argv)
    store = OxigraphStore(args.store)
    articles = store.article_count()
    started = time.perf_counter()
    met, people = MetIndex(store), PeopleIndex(store)
    met.refresh_in_background(), people.refresh_in_background()
    met.wait_built(), people.wait_built()
    ready = time.perf_counter() - started
    with met.reading() as state:
        nodes, edges = state.graph.number_of_nodes(), state.graph.number_of_edges()
    print(json.dumps({"articles": articles, "quads": len(store), "models_ready_s": round(ready, 1),
                      "built_or_loaded": "loaded" if getattr(met, "loaded_from_snapshot", False) else "built",
                      "people": nodes, "met_pairs": edges, "search_entries": len(people._state)}), flush=True)
    if getattr(met, "snapshot_path", None) is not None:  # (None on code without snapshots: the same bench runs there)
        met, people = _restart(store, met, people)

    rng = random.Random(3)
    templates = real_shaped.extract_templates(real_shaped.default_texts())
    pool = real_shaped.NamePool(max(50, articles // 2), rng)
    following = NewsService(store, met_index=met, people_index=people)
    spent, following_ms = _FollowingClock(met, people), []
    bare = NewsService(store)
    timings: dict[str, list[float]] = {"with_models": [], "without": []}
    reflected = with_meetings = 0
    for key, service in (("with_models", following), ("without", bare)):  # the bare writes last: they leave the models stale
        for n in range(args.writes):
            facts = real_shaped.copy_facts(templates[n % len(templates)], 900_000 + n + (key == "without") * 50_000, pool, rng)
            t = time.perf_counter()
            outcome = service.store_facts(facts)
            timings[key].append(time.perf_counter() - t)
            if key == "with_models":
                following_ms.append(spent.take() * 1000)
            attendee = _first_attendee(store, outcome.iri)
            if key == "with_models" and attendee:
                with_meetings += 1
                rows = met.who_met(attendee)  # right after the write returned: no wait
                got, want = _meetings_of(rows or [], outcome.iri), _stored_meetings(store, outcome.iri, attendee)
                reflected += rows is not None and got == want
                if rows is None or got != want:
                    print(json.dumps({"differs": outcome.iri, "person": attendee, "fresh": rows is not None,
                                      "model": sorted(got), "store": sorted(want)}), file=sys.stderr)
    print(json.dumps({"writes": args.writes,
                      "write_ms_with_models_p50": round(statistics.median(timings["with_models"]) * 1000, 1),
                      "write_ms_without_p50": round(statistics.median(timings["without"]) * 1000, 1),
                      "following_ms_p50": round(statistics.median(following_ms), 2),
                      "following_ms_mean": round(statistics.fmean(following_ms), 2),
                      "writes_with_meetings": with_meetings, "who_met_from_the_model_as_the_store_says": reflected}),
          flush=True)
    return 0


class _FollowingClock:
    """The time a write spends on following the models (the article's people before and after, each
    model's change), measured inside the write: the with/without difference of two batches of writes
    drifts with the machine's load."""

    def __init__(self, *models) -> None:
        from newsgraph.graph import read_model
        self.seconds = 0.0
        read_model.people_of = self._timed(read_model.people_of)
        for model in models:
            model.article_changed = self._timed(model.article_changed)

    def _timed(self, f):
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t
        return timed

    def take(self) -> float:
        seconds, self.seconds = self.seconds, 0.0
        return seconds


def _restart(store, met: MetIndex, people: PeopleIndex) -> tuple[MetIndex, PeopleIndex]:
    """Save the snapshots (as the server does after a build) and start the models again from them:
    how long writers wait for a save (the fork), how long the save takes, how soon they are ready."""
    for model in (met, people):
        for _ in range(6000):  # the save started after the build (a forked child) ends first
            if not model._saving:
                break
            time.sleep(0.05)
        model.saved_generation = None  # save again, timed
    figures = {}
    for model in (met, people):
        t = time.perf_counter()
        model.save_snapshot(wait=False)
        figures[f"{model.name}_writers_wait_ms"] = round((time.perf_counter() - t) * 1000, 1)
        while model._saving:
            time.sleep(0.01)
        figures[f"{model.name}_save_s"] = round(time.perf_counter() - t, 2)
        figures[f"{model.name}_snapshot_mb"] = round(model.snapshot_path.stat().st_size / 2**20, 1)
    started = time.perf_counter()
    met, people = MetIndex(store), PeopleIndex(store)
    met.refresh_in_background(), people.refresh_in_background()
    met.wait_built(), people.wait_built()
    figures["ready_from_snapshot_s"] = round(time.perf_counter() - started, 2)
    figures["loaded"] = [met.loaded_from_snapshot, people.loaded_from_snapshot]
    print(json.dumps(figures), flush=True)
    return met, people


def _meetings_of(rows: list[dict], article: str) -> set[str]:
    return {r["meeting"] for r in rows if r["article"] == article}


def _stored_meetings(store, article: str, person: str) -> set[str]:
    """The person's meetings in this article's graph by the store's own who-met queries (one graph:
    the store-wide who-met of a hub costs seconds at 10k articles)."""
    G = met_index._assemble(met_index._start(store, article, None, queries.MET_STATUSES, False)).graph
    return {m["meeting"] for other in (G[person] if person in G else {}) for m in G[person][other]["meetings"]}


def _first_attendee(store, article: str) -> str:
    rows = store.select(f"SELECT ?p WHERE {{ GRAPH <{article}> {{ ?m a ng:Meeting ; schema:attendee ?p . ?p a schema:Person }} }} LIMIT 1")
    return rows[0]["p"] if rows else ""


if __name__ == "__main__":
    sys.exit(main())
