"""A read model of who attended which meeting, for `/meetings?person=` and its other filters.

`queries.meetings` finds a person's meetings by an index lookup, but then filters, sorts and pages
all of them in one SPARQL query over the union graph: a person in thousands of articles made it
seconds, and at 100k real-shaped articles past the request deadline. Here each person (and
delegation) attending a meeting, directly or through a delegation, has the meetings kept in memory
sorted as the route pages them (date as a string, then meeting IRI), with what the filters need
(status, call or not, place, date). A page is then a walk of one list (a bisection for `since`)
that stops once the page is full, and only that page's meetings are read from the store (their
attendees' names, sentence, article), each inside its own graph.

It follows article writes like the other read models (`read_model.py`): an article's change is the
same three queries inside its own graph. While stale, callers fall back to the store query.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from itertools import islice, takewhile
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from newsgraph.graph.read_model import ArticleChange, ReadModel, streamed

__all__ = ["MeetingEntry", "MeetingIndex", "MeetingState"]


class MeetingEntry(NamedTuple):
    """One meeting as the filters and the order see it; ordered by (`key`, `meeting`)."""

    key: str  # STR(date), "" when undated (undated meetings come first, as in the store's ORDER BY)
    meeting: str
    status: str
    call: bool
    place: str | None  # lower-cased
    dated: bool


@dataclass
class MeetingState:
    """Attendee (person or delegation) -> their meetings in page order; every meeting in page order;
    per article graph, the entries it contributed and who attends each."""

    by_attendee: dict[str, list[MeetingEntry]] = field(default_factory=dict)
    every: list[MeetingEntry] = field(default_factory=list)
    by_article: dict[str, list[tuple[MeetingEntry, frozenset[str]]]] = field(default_factory=dict)

    def add(self, article: str, entry: MeetingEntry, attendees: frozenset[str]) -> None:
        insort(self.every, entry)
        for a in attendees:
            insort(self.by_attendee.setdefault(a, []), entry)
        self.by_article.setdefault(article, []).append((entry, attendees))

    def drop_article(self, article: str) -> None:
        for entry, attendees in self.by_article.pop(article, ()):
            _remove(self.every, entry)
            for a in attendees:
                entries = self.by_attendee.get(a)
                if entries is not None:
                    _remove(entries, entry)
                    if not entries:
                        del self.by_attendee[a]


def _holds(entries: list[MeetingEntry], entry: MeetingEntry) -> bool:
    """Whether a sorted list holds the entry (a bisection: a hub's list has tens of thousands)."""
    i = bisect_left(entries, entry)
    return i < len(entries) and entries[i] == entry


def _remove(entries: list[MeetingEntry], entry: MeetingEntry) -> None:
    i = bisect_left(entries, entry)
    if i < len(entries) and entries[i] == entry:
        del entries[i]


def _queries(graph: str | None) -> dict[str, str]:
    """The three parts, over every article graph (`graph` None) or inside one."""
    g = f"<{graph}>" if graph else "?g"
    return {
        "attendees": f"SELECT ?g ?m ?a WHERE {{ GRAPH {g} {{ ?m ng:status ?st ; schema:attendee ?a }} }}",
        "members": f"SELECT ?d ?p WHERE {{ GRAPH {g} {{ {{ ?p org:memberOf ?d }} UNION {{ ?p org:headOf ?d }} }} }}",
        "details": f"""SELECT ?g ?m ?status ?call ?date ?place WHERE {{ GRAPH {g} {{ ?m ng:status ?st .
            BIND(STRAFTER(STR(?st), "#") AS ?status) BIND(EXISTS {{ ?m a ng:Call }} AS ?call)
            OPTIONAL {{ ?m schema:startDate ?d0 BIND(STR(?d0) AS ?date) }}
            OPTIONAL {{ ?m schema:location ?l . ?l schema:name ?place }} }} }}""",
    }


def _entries(parts: dict[str, Callable[[], Iterator[dict]]], graph: str | None
             ) -> Iterator[tuple[str, MeetingEntry, frozenset[str]]]:
    """(article graph, entry, everyone attending: people, delegations and the delegations' members)."""
    members: dict[str, set[str]] = {}
    for r in parts["members"]():
        members.setdefault(r["d"], set()).add(r["p"])
    attendees: dict[str, set[str]] = {}
    for r in parts["attendees"]():
        who = attendees.setdefault(r["m"], set())
        who.add(r["a"])
        who.update(members.get(r["a"], ()))
    seen: set[str] = set()
    for r in parts["details"]():
        m = r["m"]
        if m in seen:  # a second place or status: the store query would list it twice; kept once
            continue
        seen.add(m)
        place = r["place"]
        entry = MeetingEntry(r["date"] or "", m, r["status"], bool(r["call"]),
                             str(place).lower() if place is not None else None, r["date"] is not None)
        yield graph or r["g"], entry, frozenset(attendees.get(m, ()))


def _fill(state: MeetingState, rows: Iterable[tuple[str, MeetingEntry, frozenset[str]]]) -> MeetingState:
    grouped: dict[str, list[MeetingEntry]] = {}
    every: list[MeetingEntry] = []
    for article, entry, who in rows:  # appended, then sorted once: a build sorts, it does not insort
        every.append(entry)
        for a in who:
            grouped.setdefault(a, []).append(entry)
        state.by_article.setdefault(article, []).append((entry, who))
    every.sort()
    for entries in grouped.values():
        entries.sort()
    state.every, state.by_attendee = every, grouped
    return state


@dataclass(frozen=True)
class MeetingFilter:
    """What `/meetings` keeps: statuses, calls or not, a place (any case), a date range on STR(date)."""

    statuses: frozenset[str]
    calls: bool = False
    place: str | None = None
    since: str | None = None
    until: str | None = None

    def keeps(self, e: MeetingEntry) -> bool:
        return (e.status in self.statuses and (self.calls or not e.call)
                and (self.place is None or e.place == self.place)
                and (self.until is None or (e.dated and e.key <= self.until))
                and (self.since is None or e.dated))


class MeetingIndex(ReadModel[MeetingState]):
    """Meetings per attendee in page order, for `/meetings`."""

    name = "meeting-index"

    def _start_build(self) -> Callable[[], MeetingState]:
        parts = {k: streamed(self.store, q) for k, q in _queries(None).items()}
        return lambda: _fill(MeetingState(), _entries(parts, None))

    def _change_data(self, change: ArticleChange) -> Any:
        rows = {k: list(self.store.select(q)) for k, q in _queries(change.article).items()}
        return list(_entries({k: (lambda v=v: iter(v)) for k, v in rows.items()}, change.article))

    def _apply(self, state: MeetingState, change: ArticleChange, data: Any) -> None:
        state.drop_article(change.article)
        for article, entry, who in data:
            state.add(article, entry, who)

    def page(self, people: list[str], wanted: MeetingFilter, *, limit: int, offset: int) -> list[str] | None:
        """The meeting IRIs of one page (every one of `people` attends; none given: every meeting),
        in the store query's order, or None when the model is stale. Costs the entries walked to
        fill the page (after a bisection to `since`), and with two people a bisection of the other's
        list per entry of the shorter one."""
        with self.reading() as state:
            if state is None:
                return None
            if people:
                lists = sorted((state.by_attendee.get(p, []) for p in people), key=len)
                walk, others = lists[0], lists[1:]
            else:
                walk, others = state.every, []
            start = bisect_left(walk, (wanted.since,)) if wanted.since else 0
            entries: Iterable[MeetingEntry] = islice(walk, start, None)
            if wanted.until is not None:  # sorted by date: nothing after the first one past `until` is kept
                until = wanted.until
                entries = takewhile(lambda e: e.key <= until, entries)
            kept = (e.meeting for e in entries if wanted.keeps(e) and all(_holds(o, e) for o in others))
            return list(islice(kept, offset, offset + limit))
