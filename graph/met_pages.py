"""Pages of "everyone X met": one entry per person met, in (name, IRI) order, paged by a keyset cursor.

A hub person met thousands of people; building every row to hand back a hundred cost seconds at
10k articles. From the who-met read model a page costs sorting the person's neighbours (their
names and IRIs) and building the rows of that page only; the store fallback (stale model, calls)
still reads every row of the person and pages them here, in the same order with the same cursors.

The cursor is the (name, IRI) of the last entry of the previous page, encoded as URL-safe base64
of a JSON pair: opaque to clients, and a page after it starts at the next key even when that
person has gone from the store meanwhile.
"""
from __future__ import annotations

import base64
import binascii
import json
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable

from newsgraph.graph.queries import InvalidParameter

if TYPE_CHECKING:
    from newsgraph.graph.line_memo import LineMemo

Key = tuple[str, str]  # (name of the person met, their IRI)


@dataclass(frozen=True)
class MetPage:
    """Entries ({"other", "other_name", "meetings": [meeting rows sorted by date]}) and the cursor
    of the next page (None on the last page)."""

    entries: list[dict[str, Any]]
    next: str | None


def encode_cursor(key: Key) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key), ensure_ascii=False).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> Key:
    """The key of a cursor from `encode_cursor`; InvalidParameter for anything else."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        name, iri = json.loads(raw.decode())
        if isinstance(name, str) and isinstance(iri, str):
            return name, iri
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        pass
    raise InvalidParameter(f"after={cursor!r} is not a cursor of this list: pass the 'next' link of "
                           "the previous page as it is, or leave 'after' out for the first page")


def entry_key(other: str, name: str | None) -> Key:
    return (name or "", other)


def _sorted_meetings(meetings: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(meetings, key=lambda m: (str(m.get("date") or ""), m["meeting"]))


def page_of(keys: list[Key], after: Key | None, offset: int, limit: int) -> tuple[list[Key], str | None]:
    """The keys of one page of `keys` (sorted): after the cursor's key, else from `offset`."""
    start = bisect_right(keys, after) if after is not None else offset
    chosen = keys[start:start + limit]
    more = start + limit < len(keys)
    return chosen, encode_cursor(chosen[-1]) if chosen and more else None


def page_rows(rows: Iterable[dict[str, Any]], after: Key | None, offset: int, limit: int) -> MetPage:
    """A page from who-met rows (one per (other, meeting), as `queries.who_met` gives them)."""
    grouped: dict[Key, dict[str, Any]] = {}
    for r in rows:
        entry = grouped.setdefault(entry_key(r["other"], r["other_name"]),
                                   {"other": r["other"], "other_name": r["other_name"], "meetings": {}})
        entry["meetings"].setdefault(r["meeting"], {k: v for k, v in r.items() if k not in ("other", "other_name")})
    keys, cursor = page_of(sorted(grouped), after, offset, limit)
    return MetPage([{**grouped[k], "meetings": _sorted_meetings(grouped[k]["meetings"].values())} for k in keys], cursor)


def page_graph(G, person: str, statuses: Iterable[str] | None, after: Key | None, offset: int, limit: int, *,
               only: str | None = None, keep: Callable[[dict[str, Any]], bool] | None = None,
               memo: "LineMemo | None" = None) -> MetPage:
    """A page from a met-graph (the read model's): `statuses` None keeps every meeting on an edge,
    `only` keeps one other person (a line of the network), `keep` filters meetings (a date range).

    The person's neighbours are sorted by key (names and IRIs only) and walked from the page's
    start; meetings are filtered only for the entries walked, until the page is full and one more
    entry shows there is a next page. A person left with no meeting after the filters is skipped.
    `memo` (the read model's `LineMemo` of G) keeps the sorted neighbours from one page to the next."""
    if person not in G:
        return MetPage([], None)
    wanted = None if statuses is None else frozenset(statuses)
    around, nodes = G[person], G.nodes
    filtered = wanted is not None or keep is not None

    def meetings(other: str) -> list[dict[str, Any]]:
        """The meetings with `other` the filters keep, in date order (from the memo: sorted once)."""
        found = around[other]["meetings"]
        if memo is not None:
            found = memo.by_date(person, other, found)
        if not filtered:
            return list(found)  # a copy: the model appends to its own list
        return [m for m in found if (wanted is None or m["status"] in wanted) and (keep is None or keep(m))]

    in_order = (lambda found: found) if memo is not None else _sorted_meetings

    others = around if only is None else ([only] if only in around else [])
    if only is None and memo is not None:  # the read model's memo of G: sorted once, until a write changes them
        keys = memo.by_name(person, G._node)
    else:
        keys = sorted(entry_key(o, nodes[o].get("name")) for o in others)
    if not filtered and after is None:
        chosen, cursor = page_of(keys, None, offset, limit)  # every neighbour has meetings: a slice
        return MetPage([{"other": o, "other_name": nodes[o].get("name"), "meetings": in_order(meetings(o))}
                        for _, o in chosen], cursor)
    start, skip = (bisect_right(keys, after), 0) if after is not None else (0, offset)
    entries: list[dict[str, Any]] = []
    last: Key | None = None
    for key in keys[start:]:
        found = meetings(key[1])
        if not found:
            continue
        if skip:
            skip -= 1
            continue
        if len(entries) == limit:  # one more entry: there is a next page
            return MetPage(entries, encode_cursor(last))
        entries.append({"other": key[1], "other_name": nodes[key[1]].get("name"), "meetings": in_order(found)})
        last = key
    return MetPage(entries, None)
