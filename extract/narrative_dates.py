"""The day a dateless meeting took place, from the story around it.

News tells a day once and then narrates it: "The minister arrived in Rome on Tuesday. She was
welcomed at the airport by the mayor, and later dined with the prime minister." The welcome and the
dinner carry no date of their own, yet a reader dates both to Tuesday. `narrative_day` gives such a
meeting the last day the story named, with three guards that keep background out:

- the day was named shortly before, in the same paragraph (this sentence or the `window`
  sentences before it), or it is the day of publication ("arrived today"), which a story
  about that day narrates throughout (a month or a year named in another paragraph, "set up in
  1996", is background and does not end it);
- the meeting is told as a plain past event (simple past or past passive): not in the present
  ("is in Beijing for talks"), not in the perfect ("have met", "had met": time
  left open, or before the story's day), not habitual or earlier ("often", "previously", "once"),
  not placed relative to another event ("a day after X met Y", "since they met");
- the last date named before it is a day (after "in January" the story is in January, not on
  the day named before), read as past news (a weekday is the latest one on or before publication).

It fills only the date; the meeting's status is left as the trigger's own grammar decided.
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from newsgraph.extract.dates import DocDates
from newsgraph.extract.facts import PartialDate
from newsgraph.extract.lexicon import lex
from newsgraph.extract.syntax import doc_text, predicate_read_as_modifier

__all__ = ["narrative_day", "in_relative_clause"]

_PERFECT_AUXILIARIES = frozenset({"have", "has", "had", "'ve", "'d"})


def _clause_chain(anchor: Token) -> list[Token]:
    """The anchor and the words it hangs from, up to its sentence's root (at most 8)."""
    return [anchor, *islice(anchor.ancestors, 7)]


def in_relative_clause(token: Token, levels: int = 3) -> bool:
    """Whether `token` (or a word it hangs from, within `levels`) heads a clause placed relative to
    another event: "two weeks after X visited Y", "before they met", "while in Peru". A date
    named in the sentence then belongs to the other event, not to this one."""
    node = token
    for _ in range(levels):
        if any(c.dep_ in {"mark", "prep", "advmod"} and c.lower_ in lex().relative_time_markers for c in node.children):
            return True
        if node.dep_ not in {"conj", "xcomp", "dobj", "pobj", "prep", "compound", "amod"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _told_in_the_past(verb: Token) -> bool:
    """A simple past ("met", "held talks") or a past passive ("was greeted"), also when the
    verb is a participle hanging from one ("Accompanied by X, she spoke")."""
    if verb.tag_ == "VBD" or predicate_read_as_modifier(verb):
        return True
    if verb.tag_ == "VBN":
        auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if any(c.lower_ in {"was", "were"} for c in auxiliaries):
            return True
        return not auxiliaries and verb.dep_ in {"advcl", "acl", "conj"} and verb.head.tag_ == "VBD"
    return False


def backgrounded(anchor: Token) -> bool:
    """Whether the meeting is told as background rather than as the story's own past events."""
    chain = _clause_chain(anchor)
    verbs = [t for t in chain if t.pos_ in {"VERB", "AUX"}] or chain[:1]
    own_verb = verbs[0]
    if not _told_in_the_past(own_verb):
        return True  # "is in China for talks", "is acting as a go-between": not a day's event
    for child in own_verb.children:
        if child.dep_ == "aux" and child.lower_ in _PERFECT_AUXILIARIES:
            return True
        if child.dep_ in {"advmod", "npadvmod"} and child.lower_ in lex().off_day_adverbs:
            return True
    if any(t.lower_ in lex().relative_time_markers for t in chain[1:]):
        return True  # "a day after X visited Y": the trigger sits under "after"
    return any(c.lower_ in lex().relative_time_markers and c.dep_ in {"mark", "prep", "advmod"}
               for t in chain[:2] for c in t.children)


def _last_named_date(dates: DocDates, doc: Doc, start: int, end: int, *, days_only: bool = False) -> PartialDate | None:
    """The last date named between tokens `start` and `end`, read as past news, at its own
    precision (durations such as "two days" name no date and are passed over; with `days_only`,
    months and years too). A day on a verb of saying is passed over when another is named
    ("A met B on Monday, the ministry told reporters on Tuesday": when it was told, not when it happened)."""
    named = [m for i, m in dates.mentions.items() if start <= i < end and m.past is not None and not m.quoted
             and (not days_only or m.past.precision == "day")]
    told = [m for m in named if reporting_verb_of_date(doc[m.start]) is None] or named
    return max(told, key=lambda m: m.start).past if told else None


def reporting_verb_of_date(tok: Token) -> Token | None:
    """The verb of saying a date's word is on, when that verb reports a clause ("said on Monday that
    ...", "A met B, the ministry told the agency on May 9"), else None ("announced on Tuesday a fund")."""
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB":
            reports = node.lemma_.lower() in lex().reporting_verbs and any(c.dep_ == "ccomp" for c in node.children)
            return node if reports else None
    return None


def narrative_day(anchor: Token, dates: DocDates, *, window: int = 6) -> PartialDate | None:
    """The day a dateless, past, in-the-story meeting inherits (None when it should not guess)."""
    if backgrounded(anchor):
        return None
    doc = anchor.doc
    sentences = [s for s in doc.sents if not all(t.is_space for t in s) and s.start <= anchor.sent.start]
    paragraph_start = doc_text(doc).rfind("\n", 0, anchor.sent.start_char) + 1
    nearby = [s for s in sentences[-(window + 1):] if s.start_char >= paragraph_start]
    published = dates.published.isoformat() if dates.published is not None else None
    # a date after the meeting's word in its own sentence, not given to the meeting, is another event's
    # ("A met B, according to a statement published on Monday")
    named = _last_named_date(dates, doc, nearby[0].start, anchor.i) if nearby else None
    if named is None and published is not None:  # a story of the day it was published narrates that day throughout
        named = _last_named_date(dates, doc, 0, anchor.sent.end, days_only=True)  # "last year" elsewhere is background
        named = named if named is not None and named.value == published else None
    if named is None or named.precision != "day" or (published is not None and named.value > published):
        return None  # no day, or the story has moved to a month or a year ("in January, ...")
    return named
