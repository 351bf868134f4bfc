"""Counterparts: "her Japanese counterpart X", "his counterpart from Colombia, X", "X, his opposite
number in Lima". The person named holds the same office as the clause's subject, in the country the
phrase names (a demonym before the noun, or "from/of/in <country or capital>" after it).

Read along the surface around each counterpart noun, because the parser attaches these appositions
in many ways (to the noun, to the country, to the verb). Only offices used the same way everywhere
are copied (presidents, prime ministers, ministers); a secretary's counterpart gets the minister's title
`counterpart_titles.txt` gives (a Secretary of State's counterpart is a Foreign Minister), and any other
title is not guessed.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.syntax import governing_verb, tokens_with

_PORTABLE_TITLE = re.compile(
    r"(?i)(prime |foreign |defen[cs]e |finance |interior |trade |health |deputy prime |vice[- ])?minister|(vice[- ])?president"
    r"|minister (of|for) [a-z ]+|chancellor|premier")
_PLACE_PREPS = {"from", "of", "in"}
_POSSESSIVES = {"his", "her", "their", "its", "the"}


def _counterpart_nouns(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each "counterpart", "equivalent" or "opposite number" phrase."""
    out = []
    for tok in tokens_with(doc, lex().counterpart_nouns | {"number", "numbers"}):
        low = tok.lower_
        if low in lex().counterpart_nouns:
            out.append((tok.i, tok.i + 1))
        elif low in {"number", "numbers"} and tok.i > 0 and doc[tok.i - 1].lower_ == "opposite":
            out.append((tok.i - 1, tok.i + 1))
    return out


def _country_after(doc: Doc, end: int) -> tuple[str | None, int]:
    """ "from Colombia", "of Peru", "in Lima": the country and where the phrase ends."""
    if end >= len(doc) or doc[end].lower_ not in _PLACE_PREPS:
        return None, end
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    stop = k
    while stop < len(doc) and doc[stop].text[:1].isupper() and stop - k < 4:
        stop += 1
    for n in range(stop, k, -1):  # the longest capitalised run that names a country or its capital
        country = lex().country_for(doc[k:n].text)
        if country:
            return country, n
    return None, end


def _country_before(doc: Doc, start: int) -> str | None:
    """ "her Japanese counterpart", "Peru's counterpart": a demonym or country right before."""
    for k in range(start - 1, max(-1, start - 3), -1):
        tok = doc[k]
        if tok.tag_ == "POS":
            continue
        country = lex().country_for(tok.text) if tok.text[:1].isupper() else None
        if country:
            return country
        if tok.lower_ in _POSSESSIVES or tok.pos_ not in {"ADJ", "PROPN", "NOUN"}:
            return None
    return None


def _named_after(doc: Doc, k: int, people: PeopleIndex) -> Mention | None:
    """The name that follows at k, with or without a comma or a form of address."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ in lex().honorifics:
        k += 1  # "her opposite number, Ms Ilse Jansen"
    mention = people.mention_at(k) if k < len(doc) else None
    return mention if mention is not None and mention.kind == "name" and mention.start == k else None


def _named_before(doc: Doc, start: int, people: PeopleIndex) -> Mention | None:
    """ "Ivan Duarte, his opposite number": the name right before ", his/her/the <noun>"."""
    k = start - 1
    while k >= 0 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in _POSSESSIVES):
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    mention = people.mention_at(k - 1)
    return mention if mention is not None and mention.kind == "name" else None


def _model_office(noun: Token, person: Mention, people: PeopleIndex, current: dict[str, Office]) -> Office | None:
    """The office of the one whose counterpart this is: the subject of the clause around the phrase."""
    doc = noun.doc
    for anchor in (noun, doc[person.start:person.end].root):
        verb = governing_verb(anchor)
        subjects = [people.person_of(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subjects += [people.person_of(p) for a in verb.children if a.dep_ == "agent" for p in a.children]
        for subject in subjects:
            if subject and subject != person.person and subject in current:
                return current[subject]
    return _subject_before(noun, person, people, current)


def _subject_before(noun: Token, person: Mention, people: PeopleIndex, current: dict[str, Office]) -> Office | None:
    """When the parse is broken (a date in brackets can cut the sentence in two), the nearest person
    with an office named before the phrase as a subject, in the same sentence of the text."""
    doc = noun.doc
    for k in range(noun.i - 1, max(-1, noun.i - 40), -1):
        if doc[k].text in {".", "!", "?"} or "\n" in doc[k].text:
            return None
        mention = people.mention_at(k)
        if mention is None or mention.kind != "name" or mention.person == person.person:
            continue
        root = doc[mention.start:mention.end].root
        subject = root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ in {"appos", "compound"} and root.head.dep_ in {"nsubj", "nsubjpass"})
        if subject and mention.person in current:
            return current[mention.person]
    return None


def counterpart_offices(doc: Doc, people: PeopleIndex, offices: list[Office]) -> list[Office]:
    """Offices of the people introduced as someone's counterpart (see the module docstring)."""
    current: dict[str, Office] = {}
    for office in offices:
        if not office.former:
            current.setdefault(office.person, office)
    out = []
    for start, end in _counterpart_nouns(doc):
        country, after = _country_after(doc, end)
        country = country or _country_before(doc, start)
        person = _named_after(doc, after, people) or _named_before(doc, start, people)
        if person is None:
            continue
        model = _model_office(doc[end - 1], person, people, current)
        if model is None:
            continue
        title = model.title.strip()
        if not _PORTABLE_TITLE.fullmatch(title):
            title = lex().counterpart_titles.get(title.lower())  # a Foreign Secretary's counterpart: a Foreign Minister
            if title is None:
                continue
        if country is not None and model.org_is_country and model.org == country:
            continue  # "the minister met her counterpart" at home: no country told apart
        out.append(Office(person=person.person, title=title, org=country, org_is_country=country is not None,
                          former=False, evidence=Evidence.of(doc[person.start].sent), confidence=0.6))
    return out


__all__ = ["counterpart_offices"]
