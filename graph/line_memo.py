"""What network answers (and `/met` pages) derive from the read model's lines, kept from one answer to the next.

A depth-2 network reads tens of thousands of lines of the who-met read model and hands out a
thousand of them. Two things were recomputed by every answer although they change only when an
article that touches the line is written:

- each line's meetings counted per status and channel (about 20,000 meetings an answer at 10k
  articles: a third of its CPU);
- which people beyond the walk's frontier weigh most: every line of the first ring was read
  (40-80k) to keep the 300 people with the heaviest lines;
- a person's neighbours in name order, the order of `/people/{id}/met` pages (a hub's 15,000 were
  sorted for each page), and each line's meetings in date order (a page of 1,000 people sorted
  23,000 meetings).

`LineMemo` keeps, per graph of the read model, each counted line and each person's lines heaviest
first (sorted once, on first use). The read model tells it which lines a write changed
(`changed`); a line's counts are also checked against the list they were taken from (the same
list object, of the same length: the model appends to a pair's list in place, or replaces it), so
a stale count is never handed out. It is not saved with the model's snapshot: it refills itself.

Readers and writers of the model hold its lock (`ReadModel.reading`), so the memo needs no lock of
its own. Answers share the memo's count dicts and must not change them.
"""
from __future__ import annotations

from typing import Iterable

__all__ = ["LineMemo", "counts"]

Counts = tuple[dict[str, int], dict[str, int]]


def counts(meetings: Iterable[dict]) -> Counts:
    """(meetings per status, per channel) of one line; a meeting without a channel is "InPerson"."""
    statuses: dict[str, int] = {}
    channels: dict[str, int] = {}
    for m in meetings:
        statuses[m["status"]] = statuses.get(m["status"], 0) + 1
        channel = m.get("channel") or "InPerson"
        channels[channel] = channels.get(channel, 0) + 1
    return statuses, channels


def _page_order(meeting: dict) -> tuple[str, str]:
    return str(meeting.get("date") or ""), meeting["meeting"]


class LineMemo:
    """Counts per line and neighbours heaviest first, for one networkx graph of the read model."""

    def __init__(self, adjacency: dict[str, dict[str, dict]]):
        self._adj = adjacency  # networkx's own dict of dicts (`G._adj`), read, never changed here
        self._counts: dict[tuple[str, str], tuple[list[dict], int, Counts]] = {}
        self._ranked: dict[str, list[tuple[int, str, str]]] = {}
        self._by_name: dict[str, list[tuple[str, str]]] = {}
        self.name_sorts = 0  # neighbour lists sorted by name (for tests: a page of a hub sorts once)

    def counts(self, u: str, v: str, meetings: list[dict]) -> Counts:
        """The line's (per status, per channel) counts of `meetings`, its current list."""
        key = (u, v) if u < v else (v, u)
        held = self._counts.get(key)
        if held is not None and held[0] is meetings and held[1] == len(meetings):
            return held[2]
        counted = counts(meetings)
        self._counts[key] = (meetings, len(meetings), counted)  # the list held: its id is never reused
        return counted

    def heaviest_first(self, u: str) -> list[tuple[int, str, str]]:
        """`u`'s lines as (-weight, other, u), heaviest first, ties by the other's IRI: merged over a
        frontier (`heapq.merge`) they give the people beyond it in the order a walk keeps them."""
        ranked = self._ranked.get(u)
        if ranked is None:
            ranked = self._ranked[u] = sorted((-data["weight"], v, u) for v, data in self._adj[u].items())
        return ranked

    def by_date(self, u: str, v: str, meetings: list[dict]) -> list[dict]:
        """The line's meetings (its current list) in page order, by date then IRI: a hub's page of
        1,000 people sorted 23,000 meetings per answer. Checked like `counts`; never changed here."""
        key = ("date", u, v) if u < v else ("date", v, u)
        held = self._counts.get(key)
        if held is not None and held[0] is meetings and held[1] == len(meetings):
            return held[2]
        ordered = sorted(meetings, key=_page_order)
        self._counts[key] = (meetings, len(meetings), ordered)
        return ordered

    def by_name(self, u: str, nodes: dict[str, dict]) -> list[tuple[str, str]]:
        """`u`'s neighbours as (name, IRI) keys in order (`met_pages.entry_key`): the order of the
        pages of `/people/{id}/met`. A hub has 15,000 at 100k articles; sorted once, not per page."""
        keys = self._by_name.get(u)
        if keys is None:
            self.name_sorts += 1
            keys = self._by_name[u] = sorted((nodes[v].get("name") or "", v) for v in self._adj[u])
        return keys

    def renamed(self, person: str) -> None:
        """`person`'s name changed: their key moved in every neighbour's list."""
        for v in self._adj.get(person, ()):
            self._by_name.pop(v, None)

    def changed(self, a: str, b: str) -> None:
        """The line between `a` and `b` was added, removed, or its meetings changed."""
        self._counts.pop((a, b) if a < b else (b, a), None)
        self._counts.pop(("date", a, b) if a < b else ("date", b, a), None)
        self._ranked.pop(a, None)
        self._ranked.pop(b, None)
        self._by_name.pop(a, None)
        self._by_name.pop(b, None)
