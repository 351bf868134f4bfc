"""Vocatives: the one a quote addresses ("Thank you, Mr. President", "Prime Minister, you said ...").

A vocative is a comma-separated part at the start or end of a quote that is an address: a title
("Prime Minister", "Senator"), optionally after an address word ("Mr.", "Madam"). It tells us two
things:
- the quote is speech, never a name or title in quotation marks (`statements.is_name_or_title`);
- the addressee holds that office, when the text says who was addressed: the person the reporting
  verb names as its hearer ("... ,” Lee told Costa", "... ,” Lee said to her"). Without a hearer the
  vocative gives no office: the speaker is never the one addressed, and a guess would be a wrong fact.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office, Statement
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex

_HONORIFIC_ONLY = {"sir", "madam", "madame", "ma'am", "dear"}


def address_title(part: str) -> str | None:
    """The title a vocative part addresses ("Mr. Prime Minister" -> "Prime Minister"), else None."""
    words = [w.strip(".!?;:\"\u201d\u201c") for w in part.split()]
    words = [w for w in words if w]
    if words and words[0].lower() in lex().vocatives | _HONORIFIC_ONLY:
        words = words[1:]
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    lowered = [w.lower() for w in words]
    if lowered[-1] not in lex().title_heads or not all(w in lex().title_heads | lex().title_modifiers for w in lowered):
        return None
    return " ".join(words)


def vocative_parts(words: str) -> list[str]:
    """The first and last comma-separated parts of a quote (where vocatives stand)."""
    parts = [p.strip() for p in words.split(",")]
    if len(parts) < 2:
        return []
    return [parts[0], parts[-1]]


def addressed_title(words: str) -> str | None:
    """The title a quote addresses in a vocative, if any."""
    for part in vocative_parts(words):
        title = address_title(part)
        if title:
            return title
    return None


def _hearer(verb: Token, people: PeopleIndex) -> str | None:
    """The person a reporting verb says was spoken to: "told Costa", "said to her"."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and people.person_of(child):
            return people.person_of(child)
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
            for obj in child.children:
                if obj.dep_ == "pobj" and people.person_of(obj):
                    return people.person_of(obj)
    return None


def vocative_offices(doc: Doc, statements: list[Statement], people: PeopleIndex,
                     offices: list[Office]) -> list[Office]:
    """An office for each addressee a vocative names and the reporting verb identifies."""
    held = {(o.person, o.title.lower()) for o in offices}
    out: list[Office] = []
    for statement in statements:
        if statement.quote_start is None or not statement.speaker.is_person:
            continue
        title = addressed_title(statement.text)
        if title is None:
            continue
        span = doc.char_span(statement.evidence.start, statement.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        hearers = {_hearer(t, people) for t in span
                   if t.pos_ == "VERB" and t.lemma_.lower() in lex().reporting_verbs
                   and not statement.quote_start <= t.idx < statement.quote_end}
        hearers.discard(None)
        hearers.discard(statement.speaker.key)
        if len(hearers) != 1:
            continue
        person = hearers.pop()
        if (person, title.lower()) in held:
            continue
        held.add((person, title.lower()))
        out.append(Office(person=person, title=title, org=None, org_is_country=False, former=False,
                          evidence=Evidence(statement.evidence.text, statement.evidence.start, statement.evidence.end),
                          confidence=0.6))
    return out
