"""Sentences that list who was at a gathering: its roster.

"Also attending the summit are A, B and C", "Leaders attending the summit in Lima included A and B",
"Among the leaders at the summit were A and B", "Other guests at the conference included C": a meeting
noun (`meeting_nouns.txt`) that people attend or are "at", in a sentence whose verb is "be" or "include"
and lists them. `meetings.py` adds the people to the gathering told before under the same word ("the
summit"), or makes the gathering from the list when none was.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.syntax import children

__all__ = ["event_roster", "attended_by_its_subject"]

_LISTING = frozenset({"be", "include"})


def _gathering(noun: Token) -> bool:
    return noun.pos_ in {"NOUN", "PROPN"} and (noun.lemma_.lower() in lex().meeting_nouns
                                                or noun.lower_ in lex().meeting_nouns)


def _attended_event(word: Token) -> Token | None:
    """The gathering "attending E" or "at E" names on `word`."""
    if word.lemma_.lower() == "attend":
        return next((o for o in children(word, {"dobj"}) if _gathering(o)), None)
    for prep in children(word, {"prep"}):
        if prep.lower_ == "at":
            return next((o for o in children(prep, {"pobj"}) if _gathering(o)), None)
    return None


def event_roster(sent: Span) -> Token | None:
    """The gathering a sentence lists the people of, or None."""
    root = sent.root
    if root.lemma_.lower() == "attend" and root.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" and c.i > root.i for c in root.children):
        return _attended_event(root)  # "Also attending the summit are A and B", the parser making "attending" the verb
    if root.lemma_.lower() not in _LISTING:
        return None
    # "Also attending the summit are A and B": the participle opens the sentence, the list follows "are"
    for word in children(root, {"csubj", "advcl", "nsubj", "prep"}):
        if word.lemma_.lower() == "attend" and word.i < root.i and word.tag_ == "VBG":
            event = _attended_event(word)
            if event is not None:
                return event
    # "Leaders attending the summit included A", "Other leaders at the summit included A", "Among the
    # leaders at the summit were A": a plural noun before the verb says where its people were
    nouns = children(root, {"nsubj"}) + [o for p in children(root, {"prep"}) if p.lower_ == "among"
                                         for o in children(p, {"pobj"})]
    for noun in nouns:
        if noun.i > root.i or noun.tag_ not in {"NNS", "NNPS"} and noun.lower_ not in {"those"}:
            continue
        for word in [noun, *children(noun, {"acl"})]:
            event = _attended_event(word)
            if event is not None:
                return event
    return None


def attended_by_its_subject(noun: Token) -> bool:
    """ "A is attending the summit", "A attended the conference in Lima", "A arrived for the summit", "A was at
    the forum": a gathering its one party attends or came to, whose other people may be listed after ("Also
    attending the summit are B and C")."""
    if not _gathering(noun):
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() == "attend"
    verb = noun.head.head if noun.dep_ == "pobj" else None
    return (verb is not None and noun.head.lower_ in {"for", "at", "to"}
            and (verb.lemma_.lower() in lex().travel_verbs or verb.lemma_.lower() == "be"))
