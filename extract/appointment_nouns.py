"""Offices told by a noun of appointment (`appointment_nouns.txt`): "The appointment of X as attorney
general was confirmed", "X's election as speaker of the house", "after her confirmation as finance
minister, X ...". The person named by the noun's of-phrase or possessor holds the office of its "as"
phrase. Not where the appointment is only wished, proposed, opposed or called off ("lawmakers blocked
the appointment of X as ...", "the proposed appointment of X as ...").
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import tokens_with

TitleOf = Callable[[list[Token]], tuple[str, "str | None", bool, "str | None"]]

_UNSETTLED = frozenset({"proposed", "planned", "expected", "possible", "potential", "rumoured", "rumored",
                        "likely", "mooted", "contested", "disputed", "pending"})


def _appointee(noun: Token, people: PeopleIndex) -> tuple[Token, str] | None:
    """The person the noun appoints: its possessor ("X's appointment") or its of-phrase ("of X")."""
    for child in noun.children:
        if child.dep_ == "poss" and people.person_of(child):
            return child, people.person_of(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and people.person_of(obj):
                return obj, people.person_of(obj)
    return None


def _office_noun(noun: Token, appointee: Token) -> Token | None:
    """The office after "as", on the noun or (as the parser also reads it) on the appointee's name."""
    for holder in (noun, appointee):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                office = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if office is not None and office.lemma_.lower() in lex().title_heads \
                        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in office.children):
                    return office
    return None


def _unsettled(noun: Token) -> bool:
    """Only planned, wished, proposed, refused or called off: "the proposed appointment", "opposed the
    appointment", "sought his election"."""
    if any(c.lower_ in _UNSETTLED for c in noun.children):
        return True
    verb = noun.head
    while verb.dep_ in {"prep", "pobj", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    refusals = lex().proposal_verbs | lex().cancel_verbs | lex().decline_verbs | lex().wish_verbs
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in refusals | {"oppose", "block", "challenge", "contest", "protest"}
                                    or any(c.dep_ == "neg" for c in verb.children))


def _office_run(office: Token, people: PeopleIndex) -> list[Token]:
    """The office phrase without determiners, dates, clauses or names."""
    banned: set[int] = set()
    for child in office.children:
        if child.dep_ in {"relcl", "acl", "appos", "punct", "det"} or (
                child.dep_ == "prep" and any(c.ent_type_ in {"DATE", "TIME"} for c in child.children)):
            banned |= {t.i for t in child.subtree}
    return [t for t in office.subtree if t.i not in banned and people.mention_at(t.i) is None and t.tag_ != "POS"]


def appointment_noun_offices(doc: Doc, people: PeopleIndex, title_of: TitleOf) -> list[Office]:
    """The offices the appointment nouns of the article give their appointees."""
    out: list[Office] = []
    for noun in tokens_with(doc, lex().appointment_nouns, lemma=True):
        if noun.pos_ != "NOUN" or _unsettled(noun):
            continue
        found = _appointee(noun, people)
        office = _office_noun(noun, found[0]) if found else None
        if office is None:
            continue
        title, country, former, org = title_of(_office_run(office, people))
        if title:
            out.append(Office(person=found[1], title=title, org=org or country, org_is_country=org is None and country is not None,
                              former=former, evidence=Evidence.of(noun.sent), confidence=0.7))
    return out


__all__ = ["appointment_noun_offices"]
