"""Articles longer than the pipeline's `max_length`: cut into pieces, extracted, joined back.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters by default), because the parser
and the entity recogniser need memory in proportion to it. Such an article is cut into pieces no
longer than that, each cut at the window's last paragraph break past its midpoint, else its last
sentence end, else its last space (a hard cut only for a text with none of them). Each piece is
extracted on its own; `join_pieces` shifts every character offset (evidence, mentions, quotes)
by the piece's start, so provenance points into the whole article, and merges what the pieces
share: a person or a delegation with the same key in two pieces is one.

What a cut costs: a pronoun or "the president" right after a cut cannot reach a name before it,
and a quote cut in two is two partial quotes; cutting at paragraph breaks keeps this rare. The
longest text accepted at all is `Settings.max_article_chars` (2,000,000 by default).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from newsgraph.extract.country_names import written_country_names
from newsgraph.extract.facts import ArticleFacts, ArticleMeta, Delegation, Evidence, Person

__all__ = ["piece_starts", "join_pieces"]

# Cut candidates, best first: a blank line, a sentence end, any whitespace.
_CUTS = (re.compile(r"\n[ \t\r\f\v]*\n\s*"), re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"), re.compile(r"\s+"))


def piece_starts(text: str, limit: int) -> list[int]:
    """Where each piece of `text` starts (`[0]` when it fits): every piece is at most `limit` characters."""
    if limit < 2:
        raise ValueError("a piece limit must be at least 2 characters")
    starts = [0]
    while len(text) - starts[-1] > limit:
        start = starts[-1]
        starts.append(_cut(text, start + limit // 2, start + limit))
    return starts


def _cut(text: str, lo: int, hi: int) -> int:
    """The best place in text[lo:hi] to start the next piece (after a paragraph, sentence or space)."""
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, lo, hi):
            pass
        if last is not None and last.end() > lo:
            return last.end()
    return hi


def join_pieces(meta: ArticleMeta, text: str, pieces: Sequence[tuple[int, ArticleFacts]]) -> ArticleFacts:
    """One article's facts from its pieces' facts, `(start of the piece in text, facts)` in order."""
    joined = ArticleFacts(meta=meta, text=text)
    for start, facts in pieces:
        for key, person in facts.persons.items():
            _merge_person(joined.persons, key, _shift_person(person, start))
        joined.offices.extend(dataclasses.replace(o, evidence=_shift(o.evidence, start)) for o in facts.offices)
        joined.organizations |= facts.organizations
        joined.countries |= facts.countries
        for key, delegation in facts.delegations.items():
            _merge_delegation(joined.delegations, key, delegation, start)
        joined.meetings.extend(dataclasses.replace(m, evidence=_shift(m.evidence, start)) for m in facts.meetings)
        joined.statements.extend(_shift_statement(s, start) for s in facts.statements)
    joined.country_names = written_country_names(text, joined.countries | {k.split("|", 1)[0] for k in joined.organizations if "|" in k})
    return joined


def _shift(evidence: Evidence, by: int) -> Evidence:
    return Evidence(evidence.text, evidence.start + by, evidence.end + by)


def _shift_person(person: Person, by: int) -> Person:
    return dataclasses.replace(person, aliases=set(person.aliases), mentions=[_shift(e, by) for e in person.mentions])


def _merge_person(persons: dict[str, Person], key: str, person: Person) -> None:
    known = persons.get(key)
    if known is None:
        persons[key] = person
        return
    known.aliases |= person.aliases
    known.mentions.extend(person.mentions)
    known.gender = known.gender or person.gender
    known.country = known.country or person.country


def _merge_delegation(delegations: dict[str, Delegation], key: str, delegation: Delegation, by: int) -> None:
    shifted = [_shift(e, by) for e in delegation.evidence]
    known = delegations.get(key)
    if known is None:
        delegations[key] = dataclasses.replace(delegation, members=set(delegation.members), evidence=shifted)
        return
    known.members |= delegation.members
    known.head = known.head or delegation.head
    known.represents = known.represents or delegation.represents
    known.evidence.extend(shifted)


def _shift_statement(statement, by: int):
    return dataclasses.replace(
        statement, evidence=_shift(statement.evidence, by),
        quote_start=None if statement.quote_start is None else statement.quote_start + by,
        quote_end=None if statement.quote_end is None else statement.quote_end + by)
