"""Meetings held at the edge of an event the story told before: "On the margins of the consultations, A
had a separate meeting with B", "On the sidelines of the summit, C met D". The event is named by a
definite meeting noun after a sideline noun (`sideline_nouns.txt`); when the story named that event
earlier with a day or a place ("The summit opened in Lima on Monday"), a sideline meeting that has none
takes them from there (the sidelines of an event are where and when it is held).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.dates import DocDates
from newsgraph.extract.facts import Meeting, MeetingStatus
from newsgraph.extract.lexicon import lex
from newsgraph.extract.meeting_dates import date_entity
from newsgraph.extract.meeting_places import meeting_place
from newsgraph.extract.people import PeopleIndex

__all__ = ["date_and_place_from_the_event"]

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _event_nouns() -> frozenset[str]:
    return lex().meeting_nouns | lex().talk_nouns


def _sideline_event(doc: Doc, start_char: int, end_char: int) -> Token | None:
    """The definite meeting noun after "on the sidelines of" in the sentence at these offsets."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.lower_ not in lex().sideline_nouns:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for event in (o for o in prep.children if o.dep_ == "pobj"):
                definite = any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in event.children)
                if definite and (event.lemma_.lower() in _event_nouns() or event.lower_ in _event_nouns()):
                    return event
    return None


def _told_before(event: Token) -> list[Token]:
    """The same event noun in earlier sentences, the nearest first ("the summit" -> "The summit opened ...")."""
    words = {event.lower_, event.lemma_.lower()}
    return [tok for tok in reversed(event.doc[:event.sent.start])
            if tok.pos_ in {"NOUN", "PROPN"} and (tok.lower_ in words or tok.lemma_.lower() in words)]


def date_and_place_from_the_event(doc: Doc, meetings: list[Meeting], dates: DocDates, people: PeopleIndex) -> None:
    """Give each sideline meeting without a day or a place those told with its event before."""
    for meeting in meetings:
        if meeting.date is not None and meeting.place is not None:
            continue
        event = _sideline_event(doc, meeting.evidence.start, meeting.evidence.end)
        for earlier in _told_before(event) if event is not None else []:
            if meeting.date is None:
                day = date_entity(earlier)
                if day is not None:
                    meeting.date = dates.resolve(day, future=meeting.status is MeetingStatus.SCHEDULED)
            if meeting.place is None:
                meeting.place = meeting_place(earlier, people)
