"""Offices passed from one person to another (`succession_verbs.txt`): "X succeeded Y as chief of army
staff", "X, who replaced Y as health minister,", "Y was replaced as interior minister by X", "X takes
over from Y as head of the customs service". The successor holds the office named after "as", the
predecessor held it before. A succession still to come ("X will succeed Y as governor") leaves the
office with the predecessor and gives the successor nothing yet.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.removed_offices import verb_phrase
from newsgraph.extract.syntax import tokens_with

TitleOf = Callable[[list[Token]], tuple[str, "str | None", bool, "str | None"]]

_MODALS = frozenset({"will", "would", "shall", "'ll", "may", "might", "could"})
_AWAITING = frozenset({"set", "expect", "due", "poise", "tip", "plan"})  # "is set to succeed", "is expected to replace"


def _still_to_come(verb: Token) -> bool:
    """ "will succeed", "is expected to replace", "is to take over": the handover has not happened."""
    if any(c.lower_ in _MODALS and c.dep_ == "aux" for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in _AWAITING or verb.head.lemma_ == "be")
    return False


def _office_noun(verb: Token, predecessor: Token | None) -> Token | None:
    """The office after "as", on the verb or (as the parser also reads it) on the predecessor's name."""
    holders = [verb] + ([predecessor] if predecessor is not None else [])
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if (noun is not None and noun.lemma_.lower() in lex().title_heads
                    and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)):
                return noun
    return None


def _office_run(noun: Token, people: PeopleIndex) -> list[Token]:
    """The office phrase: the noun with its modifiers and complements, without "by X", dates or names."""
    banned: set[int] = set()
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and (child.lower_ in {"by", "from", "since", "until"}
                                                or any(c.ent_type_ in {"DATE", "TIME"} for c in child.children)):
            banned |= {t.i for t in child.subtree}
        if child.dep_ in {"relcl", "acl", "appos", "punct", "det"}:
            banned |= {t.i for t in child.subtree}
    return [t for t in noun.subtree if t.i not in banned and people.mention_at(t.i) is None and t.tag_ != "POS"]


def _parties(verb: Token) -> tuple[Token | None, Token | None]:
    """(successor, predecessor) tokens of a succession verb, active or passive, main or relative clause."""
    successor = predecessor = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            successor = child
        elif child.dep_ == "nsubjpass":
            predecessor = child
        elif child.dep_ == "dobj":
            predecessor = child
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            successor = next((o for o in child.children if o.dep_ == "pobj"), successor)
        elif child.dep_ == "prep" and child.lower_ == "from" and verb_phrase(verb) == "take over":
            predecessor = next((o for o in child.children if o.dep_ == "pobj"), predecessor)
    if successor is not None and successor.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        successor = verb.head  # "X, who replaced Y as ..."
    return successor, predecessor


def succession_offices(doc: Doc, people: PeopleIndex, title_of: TitleOf) -> list[Office]:
    """The offices a succession gives its successor (current) and its predecessor (former)."""
    out: list[Office] = []
    verbs = tokens_with(doc, {v.split()[0] for v in lex().succession_verbs}, lemma=True)
    for verb in verbs:
        if verb.pos_ != "VERB" or verb_phrase(verb) not in lex().succession_verbs and verb.lemma_.lower() not in lex().succession_verbs:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        successor, predecessor = _parties(verb)
        noun = _office_noun(verb, predecessor)
        if noun is None:
            continue
        if successor is None:  # "Y was replaced as minister by X": the parser hangs the "by" on the office
            by = next((c for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"), None)
            successor = next((o for o in by.children if o.dep_ == "pobj"), None) if by is not None else None
        title, country, former, org = title_of(_office_run(noun, people))
        if not title:
            continue
        to_come = _still_to_come(verb)
        for token, past in ((successor, False), (predecessor, not to_come)):
            person = people.person_of(token) if token is not None else None
            if person is None or (token is successor and to_come):
                continue
            out.append(Office(person=person, title=title, org=org or country, org_is_country=org is None and country is not None,
                              former=past or former, evidence=Evidence.of(verb.sent), confidence=0.7))
    return out


__all__ = ["succession_offices"]
