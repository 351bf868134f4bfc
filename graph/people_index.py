"""A read model for type-ahead: every person's name forms and how many articles mention them, in memory.

Searching names by substring in SPARQL (`CONTAINS(LCASE(...))` over every name and alias, then a
count of mentions per person) scans the whole store: over a minute at 1.2M triples. Here it is a
scan of a list of short strings (milliseconds). The index is stamped with the store generation it
was built from and rebuilt in the background after writes. Unlike the who-met read model, a stale
index still answers (a person written a moment ago appears when the rebuild ends, seconds later):
falling back to the store would let a few keystrokes tie up the server for minutes. Only the very
first search waits for the first build (about 9 s at 1.2M triples; the server starts it at boot).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from newsgraph.graph.name_index import IDX, PEOPLE_GRAPH, mention_counts
from newsgraph.graph.store import OxigraphStore


@dataclass(frozen=True)
class PersonEntry:
    person: str
    name: str
    aliases: tuple[str, ...]
    articles: int
    haystack: str  # every name form, lower-cased, separated by "|"


def build_entries(store: OxigraphStore) -> list[PersonEntry]:
    """Every person once, from the store's name index graph (`name_index`): one row per name form,
    so the rebuild costs the people, not the articles that repeat them."""
    names: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    counts = mention_counts(store)
    for r in store.select(f"""SELECT ?p ?n ?a WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{
            ?p <{IDX.name}> ?n OPTIONAL {{ ?p <{IDX.alias}> ?a }} }} }}"""):
        names.setdefault(r["p"], str(r["n"]))
        if r["a"]:
            aliases.setdefault(r["p"], set()).add(str(r["a"]))
    return [PersonEntry(p, name, tuple(sorted(aliases.get(p, ()))), counts.get(p, 0),
                        "|".join(sorted({name.lower(), *(a.lower() for a in aliases.get(p, ()))})))
            for p, name in names.items()]


def _rank(entry: PersonEntry, needle: str) -> tuple:
    """Name forms that start with the query, or have a word that does, come first; then the most mentioned."""
    starts = any(form.startswith(needle) or f" {needle}" in form for form in entry.haystack.split("|"))
    return (not starts, -entry.articles, entry.name)


class PeopleIndex:
    def __init__(self, store: OxigraphStore):
        self.store = store
        self._entries: list[PersonEntry] | None = None
        self._generation: int | None = None
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()  # held while a build runs, so a first search can wait for it
        self._building = False

    def is_fresh(self) -> bool:
        return self._entries is not None and self._generation == self.store.generation

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Rows like `queries.find_people` (person, name, aliases joined by "|", articles)."""
        entries = self._entries
        if not self.is_fresh():
            self.refresh_in_background()
        if entries is None:
            entries = self._first_build()
        needle = query.strip().lower()
        hits = [e for e in entries if needle in e.haystack] if needle else list(entries)
        hits.sort(key=lambda e: _rank(e, needle))
        return [{"person": e.person, "name": e.name, "aliases": "|".join(e.aliases), "articles": e.articles}
                for e in hits[offset:offset + limit]]

    def _first_build(self) -> list[PersonEntry]:
        """Wait for the background build when one is running; build here otherwise."""
        with self._build_lock:
            if self._entries is None:
                generation = self.store.generation
                entries = build_entries(self.store)
                with self._lock:
                    if self._entries is None:
                        self._entries, self._generation = entries, generation
            return self._entries

    def refresh_in_background(self) -> None:
        with self._lock:
            if self._building:
                return
            self._building = True
        threading.Thread(target=self._rebuild, daemon=True, name="people-index").start()

    def _rebuild(self) -> None:
        try:
            while True:
                with self._build_lock:
                    generation = self.store.generation
                    entries = build_entries(self.store)
                    with self._lock:
                        self._entries, self._generation = entries, generation
                        if generation == self.store.generation:
                            self._building = False
                            return
        except Exception:  # noqa: BLE001 - a failed rebuild leaves the last index answering
            with self._lock:
                self._building = False
