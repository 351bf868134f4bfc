"""How the parties of an exchange were in contact: in person, by telephone or by video link.

A call is a contact, not a meeting in person; it is kept (so "who spoke to whom" can be asked) with
its channel, and who-met leaves it out unless asked. The channel is read from the words next to the
trigger ("spoke by phone", "a telephone call", "held talks via video link", "a virtual summit") and
from the trigger itself ("phoned", "videoconference").
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.facts import Channel
from newsgraph.extract.lexicon import lex


def _cue(tok: Token) -> Channel | None:
    low = tok.lower_
    if low in lex().video_cues or tok.lemma_.lower() in lex().video_cues:
        return Channel.VIDEO
    if low in lex().phone_cues or tok.lemma_.lower() in lex().phone_cues:
        return Channel.PHONE
    return None


def channel_of(trigger: Token, window: int = 5) -> Channel:
    """The channel of the exchange a trigger announces: a phone or video word in the trigger, its
    own phrase, or within a few words of it in the same clause; else in person."""
    own = _cue(trigger)
    if own is not None:
        return own
    for tok in trigger.subtree:
        if tok.i != trigger.i and abs(tok.i - trigger.i) <= window * 2:
            found = _cue(tok)
            if found is not None and tok.head.i != tok.i:
                return found
    sent = trigger.sent
    for tok in sent[max(0, trigger.i - window - sent.start):min(len(sent), trigger.i + window + 1 - sent.start)]:
        found = _cue(tok)
        if found is not None and tok.head.i in {trigger.i, trigger.head.i} | {c.i for c in trigger.children}:
            return found
    if trigger.lemma_.lower() in lex().call_verbs and trigger.pos_ == "VERB":
        if any(c.dep_ == "prep" and c.lower_ == "on" for c in trigger.children):
            return Channel.IN_PERSON  # "the envoy called on the minister": a visit
        return Channel.PHONE  # "Vidal phoned Moss", "called his counterpart"
    if trigger.lower_ in lex().call_nouns or trigger.lemma_.lower() in lex().call_nouns:
        return Channel.PHONE  # "a call with", unless a video word said otherwise above
    return Channel.IN_PERSON


def is_call_trigger(tok: Token, has_person_object: bool) -> bool:
    """ "phoned Moss", "called his counterpart" (not "called for", "called off", "called him a liar")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in lex().call_verbs:
        return False
    if any(c.dep_ in {"prt", "oprd", "xcomp", "ccomp"} for c in tok.children):
        return False
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in {"for", "on", "off", "in", "out"} for c in tok.children):
        return False
    return has_person_object


def in_person_cue(trigger: Token, window: int = 10) -> bool:
    """ "spoke with A in person", "talked face to face with B", "spoke on the sidelines of the summit":
    a phrase of `in_person_cues` within a few words after the trigger, in its sentence."""
    sent = trigger.sent
    after = trigger.doc[trigger.i + 1:min(trigger.i + 1 + window, sent.end)]
    text = " " + " ".join(t.lower_ for t in after) + " "
    return any(f" {cue} " in text for cue in lex().in_person_cues)
