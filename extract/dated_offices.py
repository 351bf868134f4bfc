"""Offices told in a sentence about a time long past: "In 1994 she saw President X in
Kigali", "The Chilean foreign minister, Y, wrote to her in 1986". Features,
profiles and obituaries give people the titles they had then; decades later those are former
offices, unless the article also states the office where it tells the present.

A sentence is about the past when its main verb is in the past tense and every date it names lies
at least `LONG_AGO` years before publication (a recent date beside it, "who took office in 1999, met
Y on Monday", tells the present); one that names no date keeps the time its paragraph last named. Reigns last for decades, so monarchs' titles are left as they are.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from newsgraph.extract.dates import resolve_date
from newsgraph.extract.facts import Office

__all__ = ["LONG_AGO", "offices_told_of_the_past"]

LONG_AGO = 15  # years before publication
_REIGNS = {"king", "queen", "emir", "sultan", "emperor", "empress", "pope", "monarch", "grand duke", "prince", "princess"}


def _year(text: str, published: date) -> int | None:
    resolved = resolve_date(text, published)
    return int(resolved.value[:4]) if resolved is not None else None


def _long_ago(sent: Span, published: date, era_long_ago: bool) -> tuple[bool, bool]:
    """Whether the sentence tells of a time `LONG_AGO` years or more before publication and of nothing
    later, and whether the paragraph's narrative is then long ago. A sentence that names no date stays
    in the time the paragraph last named ("The crisis broke in 1986. The minister, X, wrote to her")."""
    years = [_year(ent.text, published) for ent in sent.ents
             if ent.label_ == "DATE" and not _clock_time(ent) and not _in_relative_clause(ent)]
    if years:
        era_long_ago = all(y is not None and y <= published.year - LONG_AGO for y in years)
    return era_long_ago and sent.root.tag_ in {"VBD", "VBN"}, era_long_ago


def _sentences_long_ago(doc: Doc, published: date) -> set[int]:
    """The character offsets of the sentences told of a time long past."""
    out: set[int] = set()
    era_long_ago = False
    for sent in doc.sents:
        if sent.start > 0 and "\n" in doc[sent.start - 1].text_with_ws + sent.text[:1]:
            era_long_ago = False  # a new paragraph sets its own time
        told, era_long_ago = _long_ago(sent, published, era_long_ago)
        if told:
            out.add(sent.start_char)
    return out


def _in_relative_clause(ent: Span) -> bool:
    """ "X, the association's president, who first visited in 1998, said": a date inside a relative clause
    tells a past event of the person it describes, not the time the sentence is told of."""
    return any(t.dep_ == "relcl" for t in ent.root.ancestors)


def _clock_time(ent: Span) -> bool:
    """ "(1908 GMT)", "at 1430 local": a time of day on the 24-hour clock, not a year."""
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return after in {"gmt", "utc", "hrs", "hours", "local", "z"} or (ent.start > 0 and doc[ent.start - 1].text == "(")


def offices_told_of_the_past(doc: Doc, offices: list[Office], published: date | None) -> list[Office]:
    """The offices, with those stated only in sentences about a time long past made former."""
    if published is None or not offices:
        return offices
    past_sentences = _sentences_long_ago(doc, published)
    if not past_sentences:
        return offices
    current_elsewhere = {(o.person, o.title.lower()) for o in offices
                         if not o.former and o.evidence.start not in past_sentences}
    out = []
    seen: set[tuple[str, str, bool]] = set()
    for office in offices:
        reign = any(word in office.title.lower() for word in _REIGNS)
        if (not office.former and office.evidence.start in past_sentences and not reign
                and (office.person, office.title.lower()) not in current_elsewhere):
            office = replace(office, former=True)
        key = (office.person, office.title.lower(), office.former)
        if key not in seen:
            seen.add(key)
            out.append(office)
    return out
