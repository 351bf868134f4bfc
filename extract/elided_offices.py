"""Offices left out in a list of office holders: "Britain's prime minister, A, and Ireland's B", "German
Foreign Minister A, his French counterpart B and Poland's C", "the three finance ministers, A, B and
Spain's C". News names the office once and lets the country possessive before each later name stand
for it, so that name holds the same office in the country the possessive names.

Read along the surface, because the parser often breaks such lists (the last name comes out as a
second subject rather than a conjunct): from "Country's Name", step back over the list (names,
titles, commas, "and", possessives) to the nearest listed person with an office stated in the same
sentence. A verb or a preposition outside a title ends the list ("A's chief, X, met Spain's Y" is no
list), and a person with no office there ends the search.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_context import country_before_possessive
from newsgraph.extract.people import Mention, PeopleIndex

__all__ = ["elided_offices"]

_LIST_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PUNCT", "CCONJ", "PART", "PRON"}
_LIST_PUNCT = {",", "and", "'s", "\u2019s"}
_TITLE_PREPS = {"of", "for", "to"}  # inside a title: "Minister of Finance", "Ambassador to Japan"
_REACH = 40  # tokens: a list of four office holders with their titles


def _possessed_country(doc: Doc, mention: Mention) -> tuple[str, int] | None:
    """The country of "Ireland's", "New Zealand's" right before the name, and where it begins."""
    start = country_before_possessive(doc, mention.start)
    return None if start is None else (lex().country_for(doc[start:mention.start - 1].text), start)


def _model_before(doc: Doc, sent: Span, start: int, people: PeopleIndex, current: dict[str, Office]) -> Office | None:
    """The office of the nearest person listed before `start` in the same list."""
    k = start - 1
    while k >= max(sent.start, start - _REACH):
        tok = doc[k]
        mention = people.mention_at(k)
        if mention is not None and mention.kind == "name":
            return current.get(mention.person)  # a listed person with no office here: no model
        if tok.lower_ in _TITLE_PREPS and doc[k - 1].lower_ in lex().title_heads:
            k -= 1  # "Minister of Finance"
            continue
        if tok.pos_ not in _LIST_POS and tok.lower_ not in _LIST_PUNCT and tok.lower_ not in lex().title_heads:
            return None
        if tok.text in {";", ":", "(", ")"} or (tok.pos_ == "PUNCT" and tok.text not in {",", "'", "\u2019"}):
            return None
        k -= 1
    return None


def _sentence_offices(offices: list[Office], sent: Span) -> dict[str, Office]:
    """Each person's first current office read in this sentence."""
    out: dict[str, Office] = {}
    for office in offices:
        if not office.former and office.evidence.start == sent.start_char:
            out.setdefault(office.person, office)
    return out


def elided_offices(doc: Doc, people: PeopleIndex, offices: list[Office]) -> list[Office]:
    """Offices of the people named as "Country's Name" in a list after someone whose office is stated."""
    out: list[Office] = []
    for sent in doc.sents:
        current = _sentence_offices(offices, sent)
        if not current:
            continue
        for k in range(sent.start, sent.end):
            mention = people.mention_at(k)
            if mention is None or mention.kind != "name" or mention.start != k or mention.person in current:
                continue
            possessed = _possessed_country(doc, mention)
            if possessed is None or possessed[1] < 1 or doc[possessed[1] - 1].lower_ not in {"and", ","}:
                continue  # no "Country's" right after a list's "and" or comma
            country, start = possessed
            model = _model_before(doc, sent, start - 1, people, current)
            if model is None or (model.org_is_country and model.org == country):
                continue
            if model.org is not None and not model.org_is_country:
                continue  # "Acme's chief executive, A, and Spain's B": B's firm is not told
            office = Office(person=mention.person, title=model.title, org=country, org_is_country=True, former=False,
                            evidence=Evidence.of(sent), confidence=0.6)
            current[mention.person] = office  # "A, Spain's B and Italy's C": C follows B
            out.append(office)
    return out
