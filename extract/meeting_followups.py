"""Where and when a meeting was, told in a sentence of its own right after it.

Readouts and wire copy often name the meeting first and its place or day next: "A held talks with B.
The meeting took place in Doha.", "A met B on Monday. The talks were held at the Taj Palace hotel.",
"A sat down with B. The meeting, held in Shanghai on Tuesday, lasted two hours." A definite meeting
noun ("the meeting", "the talks", "their talks", `meeting_nouns` and `talk_nouns`) that is the subject
of "take place", "be held", "happen" or "occur", or carries a "held ..." participle, gives its place
and date to the meeting told just before (within `WINDOW` characters), where that meeting has none
(a place only inferred from the story around it gives way to the stated one).
Only a meeting in person that happened or is arranged takes them.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dates import DocDates
from newsgraph.extract.facts import Channel, Meeting, MeetingStatus, PartialDate
from newsgraph.extract.lexicon import lex

__all__ = ["places_and_dates_told_after", "WINDOW"]

WINDOW = 400  # characters between the end of the meeting's sentence and the follow-up
_DETERMINERS = {"the", "this", "that", "their", "the two", "his", "her"}
_HAPPEN = {"happen", "occur"}
_ANOTHER = {"next", "previous", "last", "first", "second", "third", "upcoming", "earlier", "later", "final",
            "following", "subsequent", "new", "another", "other", "round"}


def _is_followup_subject(tok: Token) -> bool:
    """ "The meeting", "Their talks": a definite meeting noun, which refers to one already told."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex().meeting_nouns | lex().talk_nouns:
        return False
    if any(c.lower_ in _ANOTHER for c in tok.children):
        return False  # "the next meeting", "the first round of talks": another one
    return any(c.dep_ in {"det", "poss"} and c.lower_ in _DETERMINERS for c in tok.children)


def _event_verb(noun: Token) -> Token | None:
    """The verb that says where or when the noun's meeting was: "took place", "was held", or the
    participle hanging on it ("The meeting, held in Shanghai, ...")."""
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        verb = noun.head
        lemma = verb.lemma_.lower()
        if lemma == "take" and any(c.lower_ == "place" and c.dep_ == "dobj" for c in verb.children):
            return verb
        if lemma in _HAPPEN or (lemma == "hold" and noun.dep_ == "nsubjpass"):
            return verb
    return next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "hold"), None)


def _where_and_when(verb: Token, place_of: Callable[[Token], str | None], dates: DocDates) -> tuple[str | None, PartialDate | None]:
    place = None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "on"}):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            place = place or place_of(pobj)
    when = None
    for ent in verb.doc.ents:
        if ent.label_ == "DATE" and ent.root.head.i in {verb.i} | {c.i for c in verb.children if c.dep_ == "prep"}:
            when = dates.resolve(ent)
            break
    return place, when


def places_and_dates_told_after(doc: Doc, meetings: list[Meeting], dates: DocDates,
                                place_of: Callable[[Token], str | None], is_site: Callable[[str], bool]) -> None:
    """Give each meeting without a place or date the ones a follow-up sentence tells (see the module)."""
    real = [m for m in meetings if m.channel is Channel.IN_PERSON
            and m.status in (MeetingStatus.OCCURRED, MeetingStatus.SCHEDULED)]
    if not real:
        return
    for sent in doc.sents:
        for noun in (t for t in sent if _is_followup_subject(t)):
            verb = _event_verb(noun)
            if verb is None:
                continue
            place, when = _where_and_when(verb, place_of, dates)
            if place is None and when is None:
                continue
            meeting = _told_before(real, sent)
            if meeting is None:
                continue
            if place and meeting.place and is_site(place) and not is_site(meeting.place):
                meeting.place, meeting.locality = place, meeting.place  # "met in Berlin. The talks were held at the Chancellery."
            elif place and (meeting.place is None or meeting.place not in meeting.evidence.text):
                meeting.place = place  # also over a place only inferred from the story around it
            if when and meeting.date is None:
                meeting.date = when


def _told_before(meetings: list[Meeting], sent: Span) -> Meeting | None:
    """The meeting whose sentence ends last before this one, if close enough."""
    before = [m for m in meetings if m.evidence.end <= sent.start_char and sent.start_char - m.evidence.end < WINDOW]
    return max(before, key=lambda m: m.evidence.end) if before else None
