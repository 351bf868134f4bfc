"""A read model of who attended which meeting, for `/meetings?person=` and its other filters.

`queries.meetings` finds a person's meetings by an index lookup, but then filters, sorts and pages
all of them in one SPARQL query over the union graph: a person in thousands of articles made it
seconds, and at 100k real-shaped articles past the request deadline. Here each person (and
delegation) attending a meeting, directly or through a delegation, has the meetings kept in memory
sorted as the route pages them (date as a string, then meeting IRI), with what the filters need
(status, call or not, place, date). A page is then a walk of one list (a bisection for `since`)
that stops once the page is full. The page's rows (attendees' names, sentence, article: what the
store query answers) are kept in the model too, so a page reads nothing from the store: at 100k
articles under load, reading a page's 100 meetings from the store took 200 ms.

It follows article writes like the other read models (`read_model.py`): an article's change is the
same three queries inside its own graph. While stale, callers fall back to the store query.
"""
from __future__ import annotations

import sys
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from itertools import islice, takewhile
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from newsgraph.graph.queries import meeting_rows_sparql
from newsgraph.graph.read_model import ArticleChange, ReadModel, streamed

__all__ = ["MeetingEntry", "MeetingIndex", "MeetingState", "ROW_FIELDS"]

#: The fields of a `/meetings` row (`queries.meetings`), in the order the model keeps them.
ROW_FIELDS = ("meeting", "status", "channel", "date", "place", "attendees", "sentence", "article")


class MeetingEntry(NamedTuple):
    """One meeting as the filters and the order see it; ordered by (`key`, `meeting`)."""

    key: str  # STR(date), "" when undated (undated meetings come first, as in the store's ORDER BY)
    meeting: str
    status: str
    call: bool
    places: frozenset[str]  # lower-cased: a venue and the town it lies in, or one place, or none
    dated: bool


@dataclass
class MeetingState:
    """Attendee (person or delegation) -> their meetings in page order; every meeting in page order;
    per article graph, the entries it contributed and who attends each."""

    by_attendee: dict[str, list[MeetingEntry]] = field(default_factory=dict)
    every: list[MeetingEntry] = field(default_factory=list)
    by_article: dict[str, list[tuple[MeetingEntry, frozenset[str]]]] = field(default_factory=dict)
    rows: dict[str, list[tuple]] = field(default_factory=dict)  # meeting -> its rows, values in ROW_FIELDS order

    def add(self, article: str, entry: MeetingEntry, attendees: frozenset[str]) -> None:
        insort(self.every, entry)
        for a in attendees:
            insort(self.by_attendee.setdefault(a, []), entry)
        self.by_article.setdefault(article, []).append((entry, attendees))

    def drop_article(self, article: str) -> None:
        for entry, attendees in self.by_article.pop(article, ()):
            self.rows.pop(entry.meeting, None)
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
    """The four parts, over every article graph (`graph` None) or inside one."""
    g = f"<{graph}>" if graph else "?g"
    return {
        "rows": meeting_rows_sparql(g, graph_column=graph is None),
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
    first: dict[str, dict] = {}
    places: dict[str, set[str]] = {}
    for r in parts["details"]():  # a row per place: a venue and its town are two
        first.setdefault(r["m"], r)  # a second status: the store query would list it twice; kept once
        if r["place"] is not None:
            places.setdefault(r["m"], set()).add(str(r["place"]).lower())
    for m, r in first.items():
        entry = MeetingEntry(r["date"] or "", m, r["status"], bool(r["call"]),
                             frozenset(places.get(m, ())), r["date"] is not None)
        yield graph or r["g"], entry, frozenset(attendees.get(m, ()))


def _shared(value: Any) -> Any:
    """One copy of a repeated string (statuses, places, names, and sentences a story repeats)."""
    return sys.intern(value) if isinstance(value, str) else value


def _rows(rows: Iterable[dict]) -> Iterator[tuple[str, tuple]]:
    """(meeting, its row as a tuple in ROW_FIELDS order) for each row of `meeting_rows_sparql`."""
    for r in rows:
        m = r["meeting"]
        yield m, (m, *(_shared(r[k]) for k in ROW_FIELDS[1:-1]), r["article"])


def _add_rows(state: MeetingState, rows: Iterable[tuple[str, tuple]]) -> None:
    for m, row in rows:
        state.rows.setdefault(m, []).append(row)


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
                and (self.place is None or self.place in e.places)
                and (self.until is None or (e.dated and e.key <= self.until))
                and (self.since is None or e.dated))


class MeetingIndex(ReadModel[MeetingState]):
    """Meetings per attendee in page order, for `/meetings`."""

    name = "meeting-index"

    version = 3  # 2: the page's rows are kept (ROW_FIELDS); 3: every place of a meeting (a venue and its town)

    def _start_build(self) -> Callable[[], MeetingState]:
        parts = {k: streamed(self.store, q) for k, q in _queries(None).items()}

        def build() -> MeetingState:
            state = _fill(MeetingState(), _entries(parts, None))
            _add_rows(state, _rows(parts["rows"]()))
            return state
        return build

    def _change_data(self, change: ArticleChange) -> Any:
        rows = {k: list(self.store.select(q)) for k, q in _queries(change.article).items()}
        entries = list(_entries({k: (lambda v=v: iter(v)) for k, v in rows.items()}, change.article))
        return entries, list(_rows(rows["rows"]))

    def _apply(self, state: MeetingState, change: ArticleChange, data: Any) -> None:
        entries, rows = data
        state.drop_article(change.article)
        for article, entry, who in entries:
            state.add(article, entry, who)
        _add_rows(state, rows)

    def page_rows(self, people: list[str], wanted: MeetingFilter, *, limit: int, offset: int) -> list[dict] | None:
        """The rows of one page (as `queries.meetings` gives them), from memory, or None when the
        model is stale. Costs what `page` costs, and the page's rows: nothing is read from the store."""
        with self.reading() as state:
            if state is None:
                return None
            return [dict(zip(ROW_FIELDS, row)) for m in _page(state, people, wanted, limit, offset)
                    for row in state.rows.get(m, ())]

    def page(self, people: list[str], wanted: MeetingFilter, *, limit: int, offset: int) -> list[str] | None:
        """The meeting IRIs of one page (every one of `people` attends; none given: every meeting),
        in the store query's order, or None when the model is stale. Costs the entries walked to
        fill the page (after a bisection to `since`), and with two people a bisection of the other's
        list per entry of the shorter one."""
        with self.reading() as state:
            return None if state is None else _page(state, people, wanted, limit, offset)


def _page(state: MeetingState, people: list[str], wanted: MeetingFilter, limit: int, offset: int) -> list[str]:
    """The meeting IRIs of one page (see `MeetingIndex.page`)."""
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
