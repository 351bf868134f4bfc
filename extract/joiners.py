"""People who join a meeting told before: "A and B also joined the meeting", "C took part in the
talks", "D sat in on the session", "E also attended" (`joining_predicates.txt`).

Such a sentence names no meeting of its own: its meeting noun is definite and has no parties of its
own ("the meeting", not "a meeting with X"), or there is no object and "also" says the event is the
one just told. Its subjects are added to the real in-person meeting of the sentence before.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import tokens_with

_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_EVENT_PRONOUNS = frozenset({"it", "them"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Joining:
    """People a sentence says joined the event told before; `noun` is its meeting noun, if any."""

    sent: Span
    people: tuple[str, ...]
    noun: Token | None


def _predicate(tok: Token) -> bool:
    """Whether the token is a joining predicate: "join", "attend", "take part", "sit in"."""
    phrases = lex().joining_predicates
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma in phrases:
        return True
    return any(f"{lemma} {c.lower_}" in phrases for c in tok.children if c.dep_ in {"dobj", "prt", "prep", "advmod"})


def _event_of(verb: Token) -> Token | None:
    """What was joined: the object, or the object of "in/on/at" ("took part in the talks", "sat in
    on the session"), looking one preposition deep under a particle."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ != "part":
            return child
    for prep in (c for c in verb.children if c.dep_ in {"prep", "prt", "advmod"}):
        for obj in prep.children:
            if obj.dep_ == "pobj":
                return obj
            if obj.dep_ == "prep":  # "sat in on the talks"
                found = next((o for o in obj.children if o.dep_ == "pobj"), None)
                if found is not None:
                    return found
    return None


def _told_meeting(noun: Token) -> bool:
    """ "the meeting", "those talks", "it": a meeting already told, with no parties of its own."""
    if noun.lower_ in _EVENT_PRONOUNS:
        return True
    words = lex().meeting_nouns | lex().talk_nouns
    if noun.lower_ not in words and noun.lemma_.lower() not in words:
        return False
    children = list(noun.children)
    if any(c.dep_ == "poss" for c in children) or any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of", "on"} for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)


def _subjects(verb: Token, people: PeopleIndex) -> list[str]:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects and verb.dep_ in {"xcomp", "conj"}:
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    out: list[str] = []
    for subject in subjects:
        for tok in subject.subtree:
            person = people.person_of(tok)
            if person and person not in out:
                out.append(person)
    return out


def _refused(verb: Token) -> bool:
    """ "did not attend", "decided not to take part", "refused to join": no one joined."""
    node, hops = verb, 0
    while hops < 3:
        if any(c.dep_ == "neg" for c in node.children) or node.lemma_.lower() in lex().decline_verbs:
            return True
        if node.dep_ not in {"xcomp", "ccomp"} or node.head is node:
            return False
        node, hops = node.head, hops + 1
    return False


def joinings(doc: Doc, people: PeopleIndex) -> list[Joining]:
    """Every sentence part saying named people joined the meeting told before."""
    out = []
    for tok in tokens_with(doc, {w.split()[0] for w in lex().joining_predicates}, lemma=True):
        if not _predicate(tok):
            continue
        event = _event_of(tok)
        also = any(c.lower_ == "also" for c in tok.children) or any(t.lower_ == "also" for t in doc[max(tok.sent.start, tok.i - 3):tok.i])
        if event is None and not also:
            continue
        if event is not None and not _told_meeting(event):
            continue
        if _refused(tok):
            continue
        named = _subjects(tok, people)
        if named:
            out.append(Joining(tok.sent, tuple(named), event))
    return out
