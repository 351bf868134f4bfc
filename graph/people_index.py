"""A read model for type-ahead: every person's name forms and how many articles mention them, in memory.

Searching names by substring in SPARQL (`CONTAINS(LCASE(...))` over every name and alias, then a
count of mentions per person) scans the whole store: over a minute at 1.2M triples. Here it is a
scan of a list of short strings (milliseconds). It follows article writes as `read_model.py`
says (each write changes the entries of the people that article mentions, at once). Unlike the
who-met model, a stale model (after a write it could not follow, until the rebuild ends) still
answers: falling back to the store would let a few keystrokes tie up the server for minutes. Only
the very first search waits for the first build (the server starts it at boot).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from newsgraph.graph.name_index import IDX, PEOPLE_GRAPH
from newsgraph.graph.read_model import ArticleChange, ReadModel, streamed


@dataclass(frozen=True)
class PersonEntry:
    person: str
    name: str
    aliases: tuple[str, ...]
    articles: int
    haystack: str  # every name form, lower-cased, separated by "|"


def _entry(person: str, name: str, aliases: Iterable[str], articles: int) -> PersonEntry:
    aliases = tuple(sorted(set(aliases)))
    return PersonEntry(person, name, aliases, articles, "|".join(sorted({name.lower(), *(a.lower() for a in aliases)})))


def _names_query(people: Iterable[str] | None = None) -> str:
    values = "" if people is None else "VALUES ?p { " + " ".join(f"<{p}>" for p in sorted(people)) + " }"
    return f"""SELECT ?p ?n ?a WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{ {values}
        ?p <{IDX.name}> ?n OPTIONAL {{ ?p <{IDX.alias}> ?a }} }} }}"""  # VALUES inside: see met_index


_COUNTS = f"SELECT ?p (COUNT(?a) AS ?c) WHERE {{ GRAPH <{PEOPLE_GRAPH}> {{ ?p <{IDX.mentionedIn}> ?a }} }} GROUP BY ?p"


def _names(rows) -> dict[str, tuple[str, set[str]]]:
    out: dict[str, tuple[str, set[str]]] = {}
    for r in rows:
        name, aliases = out.setdefault(r["p"], (str(r["n"]), set()))
        if r["a"]:
            aliases.add(str(r["a"]))
    return out


def build_entries(store) -> dict[str, PersonEntry]:
    """Every person once, from the store's name index graph (`name_index`): one row per name form
    and one count per person, so the build costs the people and their mentions, not the articles'
    repeated descriptions."""
    return _assemble(streamed(store, _names_query()), streamed(store, _COUNTS))


def _assemble(names, counts) -> dict[str, PersonEntry]:
    described = _names(names())
    articles = {r["p"]: int(r["c"]) for r in counts()}
    return {p: _entry(p, name, aliases, articles.get(p, 0)) for p, (name, aliases) in described.items()}


def _rank(entry: PersonEntry, needle: str) -> tuple:
    """Name forms that start with the query, or have a word that does, come first; then the most mentioned."""
    starts = any(form.startswith(needle) or f" {needle}" in form for form in entry.haystack.split("|"))
    return (not starts, -entry.articles, entry.name)


class PeopleIndex(ReadModel[dict[str, PersonEntry]]):
    """person IRI -> PersonEntry, for `/people?q=`."""

    name = "people-index"

    def _start_build(self) -> Callable[[], dict[str, PersonEntry]]:
        names, counts = streamed(self.store, _names_query()), streamed(self.store, _COUNTS)
        return lambda: _assemble(names, counts)

    def _change_data(self, change: ArticleChange) -> Any:
        return _names(self.store.select(_names_query(change.people))) if change.people else {}

    def _apply(self, state: dict[str, PersonEntry], change: ArticleChange, data: Any) -> None:
        for p in change.people:
            old = state.pop(p, None)
            if p in data:
                articles = (old.articles if old else 0) + (p in change.people_after) - (p in change.people_before)
                name, aliases = data[p]
                state[p] = _entry(p, name, aliases, articles)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Rows like `queries.find_people` (person, name, aliases joined by "|", articles)."""
        needle = query.strip().lower()
        with self.reading(stale_ok=True, wait=True) as entries:
            hits = [e for e in (entries or {}).values() if not needle or needle in e.haystack]
        hits.sort(key=lambda e: _rank(e, needle))
        return [{"person": e.person, "name": e.name, "aliases": "|".join(e.aliases), "articles": e.articles}
                for e in hits[offset:offset + limit]]
