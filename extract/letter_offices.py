"""Offices written as letters after a name: "Tom Hale MP", "Aoife Kelly TD", "Anna Reid MEP" (`parliament_letters.txt`).

The letters are the seat in a parliament the holder has; the name finder leaves them out of the name. Letters
for an honour or a degree ("OBE", "QC", "PhD": `honour_letters.txt`) state no office.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex

__all__ = ["letter_offices"]


def letter_offices(doc: Doc, people: PeopleIndex) -> list[Office]:
    """One office for each person whose name is followed by a parliament's letters, as the letters are written."""
    out: list[Office] = []
    seen: set[tuple[str, str]] = set()
    for mention in people.name_mentions():
        letters = doc[mention.end].text if mention.end < len(doc) else ""
        if letters not in lex().parliament_letters or (mention.person, letters) in seen:
            continue
        seen.add((mention.person, letters))
        out.append(Office(person=mention.person, title=letters, org=None, org_is_country=False, former=False,
                          evidence=Evidence.of(doc[mention.start].sent), confidence=0.8))
    return out
