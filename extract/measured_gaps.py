"""Events a measured gap apart: "met B on Friday, two days after A held talks with C in Mogadishu",
"a day after meeting C in Berlin", "Two days after talks with C, A hosted B at the palace".

An event told in a phrase counted from another clause ("N days/weeks/hours after/before ...") took
place on that clause's day moved by the gap, and somewhere of its own: the place said in the phrase
is not the clause's, nor the clause's place the phrase's. The units are `offset_units.txt`.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.extract.dates import count_of
from newsgraph.extract.lexicon import lex

__all__ = ["MeasuredGap", "measured_gap", "across_gap", "is_gap_measure"]

_GAP_MARKERS = frozenset({"after", "before"})
_CLIMB_DEPS = frozenset({"dobj", "xcomp", "acomp", "pobj", "prep", "pcomp", "compound"})


@dataclass(frozen=True)
class MeasuredGap:
    """Where an event is counted from: the word of the other clause, and the days from that clause's
    day to the event's (-2 for "two days after", 3 for "three days before"; None for "hours after",
    "days before": apart, by no known number of days)."""

    clause: Token
    days: int | None


def _is_measure(measure: Token | None) -> bool:
    """A noun of a unit of `offset_units.txt` ("days", "a week", "hours")."""
    return measure is not None and (measure.lemma_.lower() in lex().offset_units or measure.lower_ in lex().offset_units)


def _gap_days(measure: Token) -> int | None:
    """The days a measure counts: "a day" 1, "two weeks" 14, "the day" 1; None where the unit gives no
    day ("hours after" may be the same day or the next) or no count ("days after" says not how many)."""
    per = lex().offset_units.get(measure.lemma_.lower()) or lex().offset_units.get(measure.lower_)
    if per is None:
        return None
    counts = [count_of(c.text) for c in measure.children if c.dep_ in {"nummod", "det"}]
    counts = [n for n in counts if n is not None] or ([1] if any(c.lower_ == "the" for c in measure.children) else [])
    return counts[0] * int(per) if counts else None


def _measure_of(marker: Token) -> tuple[Token | None, Token]:
    """The measure of an "after"/"before" and the clause it counts from: "two days after X" (the
    measure on the marker or on its clause), "a day after X" (the marker on the measure)."""
    head = marker.head
    if marker.dep_ == "mark":  # "two days after A met B": the measure on the event's verb, or on the
        # clause's verb right before the marker ("The talks come a day after A met B")
        own = next((c for c in head.children if c.dep_ == "npadvmod"), None)
        before = next((c for c in head.head.children if c.dep_ == "npadvmod" and c.right_edge.i + 1 == marker.i), None)
        return own or before, head.head
    own = next((c for c in marker.children if c.dep_ == "npadvmod"), None)
    if own is not None:  # "Two days after talks with C, A hosted B"
        return own, head
    if head.dep_ == "npadvmod" and head.i != head.head.i:  # "met B on Monday, a day after meeting C"
        return head, head.head
    return None, head


def _gap_markers(trigger: Token) -> list[Token]:
    """The "after"/"before" words of the trigger's sentence (a cheap cue: most sentences have none)."""
    return [t for t in trigger.sent if t.lower_ in _GAP_MARKERS and t.dep_ in {"mark", "prep"}]


def measured_gap(trigger: Token, levels: int = 4) -> MeasuredGap | None:
    """The clause a trigger's event is counted from, where the trigger lies in a measured phrase."""
    if not _gap_markers(trigger):
        return None
    node = trigger
    for _ in range(levels):
        if node.head.i == node.i:
            return None
        marker = None
        loose = _loose_measure(node)
        if loose is not None:  # "reopened on Sunday, a day after A met B", read as "reopened ... and met"
            days = _gap_days(loose[0])
            return MeasuredGap(node.head, None if days is None else -days if loose[1].lower_ == "after" else days)
        if node.dep_ == "advcl":
            marker = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _GAP_MARKERS), None)
        elif node.dep_ in {"pobj", "pcomp"} and node.head.lower_ in _GAP_MARKERS:
            marker = node.head
        if marker is not None:
            measure, clause = _measure_of(marker)
            if not _is_measure(measure) or clause.i == trigger.i:
                return None
            days = _gap_days(measure)
            return MeasuredGap(clause, None if days is None else -days if marker.lower_ == "after" else days)
        if node.dep_ not in _CLIMB_DEPS and node.dep_ != "advcl":
            return None
        node = node.head
    return None


def _loose_measure(verb: Token) -> tuple[Token, Token] | None:
    """A measure with an object-less "after"/"before" on a verb the parser coordinated with the clause
    it is counted from ("reopened on Sunday, a day after A met B" read as "reopened ..., met B"):
    the measure and its marker."""
    if verb.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _GAP_MARKERS]
    for measure in verb.children:
        if measure.dep_ == "npadvmod" and _is_measure(measure) and measure.i < verb.i:
            marker = next((c for c in measure.children if c.lower_ in _GAP_MARKERS and not list(c.children)),
                          marks[0] if marks else None)
            if marker is not None:
                return measure, marker
    return None


def _phrase_span(marker: Token) -> set[int] | None:
    """The words of a measured phrase ("a day after meeting C in Berlin"), None for an unmeasured one."""
    measure, _ = _measure_of(marker)
    if not _is_measure(measure):
        return None
    top = marker.head if marker.dep_ == "mark" else (measure if marker.head.i == measure.i else marker)
    return {t.i for t in top.subtree} | {t.i for t in measure.subtree}


def across_gap(trigger: Token) -> frozenset[int]:
    """The words of the sentence on the other side of a measured gap from the trigger: those of the
    measured phrases it is not in, or, when it is in one, every word outside that phrase."""
    spans = [span for span in (_phrase_span(m) for m in _gap_markers(trigger)) if span]
    if not spans:
        return frozenset()
    own = next((span for span in spans if trigger.i in span), None)
    if own is not None:
        return frozenset(t.i for t in trigger.sent if t.i not in own)
    return frozenset(i for span in spans for i in span)


def is_gap_measure(ent: Span) -> bool:
    """A date entity that measures a gap ("two days" of "two days after A met B"), not a day."""
    root = ent.root
    if root.dep_ != "npadvmod" or not _is_measure(root):
        return False
    doc = ent.doc
    return (any(c.lower_ in _GAP_MARKERS for c in root.children) or root.head.lower_ in _GAP_MARKERS
            or any(c.dep_ == "mark" and c.lower_ in _GAP_MARKERS for c in root.head.children)
            or (ent.end < len(doc) and doc[ent.end].lower_ in _GAP_MARKERS))  # "came a day after A met B"


_DURATION_PREPS = frozenset({"for", "over"})


def is_duration(ent: Span) -> bool:
    """A date or time entity that says how long something lasted ("met for two hours", "talks over
    three days", "lasted an hour"), not when: it names no day."""
    root = ent.root
    if not _is_measure(root):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return ((before is not None and before.lower_ in _DURATION_PREPS)
            or (root.dep_ in {"dobj", "npadvmod"} and root.head.lemma_.lower() == "last"))

