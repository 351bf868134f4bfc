"""Offices the text says someone has lost: "FBI Director X was fired on Tuesday", "X, who was ousted
as vice-president", "Chairman X stepped down". The office named with such a person is a past one.

Read from the parse: the name is the passive subject or the object of a removal verb ("was dismissed",
"Lee fired Director X", also where the parser reads the verb as a modifier of the name) or the
subject of a leaving verb ("resigned", "stepped down"), the verb is past and not under a modal
("may be fired", "will resign" and "refused to resign" keep the office current). The verbs are the
`removal_verbs` and `leaving_verbs` word lists.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import lex

__all__ = ["names_the_lost_office", "removal_verb", "verb_phrase"]

_MODALS = {"will", "would", "may", "might", "could", "should", "must", "can", "shall", "'ll"}


def verb_phrase(verb: Token) -> str:
    """The verb's lemma with its particle ("step down")."""
    particle = next((c.lower_ for c in verb.children  # the parser reads "stepped down" with an adverb, too
                     if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.tag_ in {"RB", "RP"})), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _is_past_fact(verb: Token) -> bool:
    """A past event the text asserts: no modal, no negation, not the infinitive of another verb."""
    if any(c.dep_ == "neg" or c.lower_ in _MODALS for c in verb.children):
        return False
    if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "refused to resign", "was asked to step down"
    return verb.tag_ in {"VBD", "VBN"}


def removal_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The past verb that removed the person named at [start, end) from office, if any."""
    root = doc[start:end].root
    candidates: list[tuple[Token, str]] = []
    if root.dep_ in {"nsubj", "nsubjpass"}:
        candidates.append((root.head, root.dep_))
    elif root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"} and root.head.i < root.i:
        candidates.append((root.head.head, root.head.dep_))  # "Peru's interior minister, X, resigned on Tuesday"
    for child in root.children:  # "X, who was removed as deputy mayor"
        if child.dep_ == "relcl":
            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that"}), None)
            if subject is not None:
                candidates.append((child, subject.dep_))
    if root.dep_ == "dobj":
        candidates.append((root.head, "dobj"))  # "Lee fired FBI Director X"
    for child in root.children:
        # "Lee fired Director X", parsed as one noun phrase with the verb as a modifier of the name
        if child.dep_ in {"amod", "compound"} and child.tag_ == "VBD" and 0 < child.i < start:
            candidates.append((child, "dobj"))
    for verb, role in candidates:
        if role == "dobj" and any(c.dep_ == "prep" and c.lower_ == "from" for c in [*verb.children, *root.children]):
            continue  # "removed Senator X from the committee": a seat lost, not the office named
        removed = role in {"nsubjpass", "dobj"} and verb.lemma_.lower() in lex().removal_verbs
        left = role == "nsubj" and verb_phrase(verb) in lex().leaving_verbs
        if (removed or left) and _is_past_fact(verb):
            return verb
    return None


def names_the_lost_office(verb: Token) -> bool:
    """ "was removed as committee chair": the office lost is the one after "as", not every office the
    person is named with."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
