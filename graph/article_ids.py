"""The one article-id policy: every front end's articles get their ids here.

An article's id (and so its named graph, `{base}article/{id}`) is, in order:
1. the id it was given: a JSON Lines `id`, an API caller's `id`, the `{id}` of `PUT /articles/{id}`,
   the `id` of a `(text, metadata)` pair;
2. else its file name without extension (`story.txt` -> `story`), or `<file>-<line>` for a JSON
   Lines record without an id;
3. else (text with no id at all) its title or first words plus a hash of the text
   (`extract.sources.content_id`): two different texts never share an id.

Within one ingest run, an id used twice is never silently overwritten:
- a *derived* id (2.) that an earlier article of the run took is disambiguated with its folder
  (`a/story.txt` -> `story`, `b/story.txt` -> `b-story`, then `-2`, `-3`, ...), and reported;
- a *given* id (1.) that an earlier article of the run took is refused, with one error line;
- the very same text twice under one derived id is stored once (the repeat is an error line).

Against the store, the service then reports per article: created (a new id), unchanged (the id
exists with exactly the triples it would get), or replaced (the id exists with other triples;
only where replacing was asked for: re-ingesting files, `PUT`). `POST /articles` never replaces.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from newsgraph.extract.sources import ArticleError, ArticleInput
from newsgraph.extract.text import slugify

__all__ = ["Assigned", "assign_ids"]


@dataclass(frozen=True)
class Assigned:
    """An article with its final id, and a note when the id is not the one it asked for."""

    item: ArticleInput
    note: str | None = None


def _alternatives(item: ArticleInput) -> Iterator[str]:
    stem = item.meta.id
    folder = slugify(item.origin.parent.name) if item.origin is not None and item.origin.parent.name else ""
    first = f"{folder}-{stem}" if folder else stem
    if folder:
        yield first
    for n in range(2, 10_000):
        yield f"{first}-{n}"


def assign_ids(items: Iterable[ArticleInput | ArticleError]) -> Iterator[Assigned | ArticleError]:
    """Each article with a run-unique id (see the module docstring); clashes of given ids become errors."""
    taken: dict[str, str] = {}  # id -> source that took it
    texts: dict[str, str] = {}  # id -> text, to tell a repeated article from a clash
    for item in items:
        if isinstance(item, ArticleError):
            yield item
            continue
        ident = item.meta.id
        if ident not in taken:
            taken[ident] = item.source
            texts[ident] = item.text
            yield Assigned(item)
            continue
        if texts.get(ident) == item.text and not item.explicit_id:
            yield ArticleError(item.source, f"the same text as {taken[ident]} (id {ident!r}) in this run; skipped")
            continue
        if item.explicit_id:
            yield ArticleError(item.source, f"duplicate id {ident!r} (already used by {taken[ident]} in this run); "
                                            "skipped")
            continue
        new = next(alt for alt in _alternatives(item) if alt not in taken)
        taken[new] = item.source
        moved = replace(item, meta=replace(item.meta, id=new))
        yield Assigned(moved, f"id {ident!r} was taken by {taken[ident]} in this run; stored as {new!r}")
