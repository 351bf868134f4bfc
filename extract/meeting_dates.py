"""When a meeting took place: the date phrase on the meeting's own words, else the day a
party arrived, else the story's day; a date that shifts the narrative is told apart from one that describes.
"""
from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dates import DocDates
from newsgraph.extract.facts import PartialDate
from newsgraph.extract.lexicon import lex
from newsgraph.extract.measured_gaps import MeasuredGap, is_duration, is_gap_measure
from newsgraph.extract.meeting_clauses import (SUBJECT_DEPS, TRAVEL_VERBS, TRIP_NOUNS, content_sentences,
                                               meeting_governors)
from newsgraph.extract.narrative_dates import in_relative_clause, reporting_verb_of_date
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import children as _children


def shifted_day(date_ent: Span | None) -> bool:
    """ "The next day", "two days later": a day counted on from the story's day, so not that day
    itself ("later that day" is)."""
    if date_ent is None:
        return False
    words = date_ent.text.lower().split()
    return bool({"next", "following"} & set(words)) or ("later" in words and len(words) > 1 and "that" not in words)


def _reported_on(date_ent: Span, trigger: Token) -> bool:
    """ "The ministry said on Monday that A had met B", "A met B, officials said on Tuesday": the date is
    on the verb of saying whose reported clause holds the meeting; it tells when it was said."""
    verb = reporting_verb_of_date(date_ent.root)
    return verb is not None and any(trigger in c.subtree for c in verb.children if c.dep_ == "ccomp")


def date_entity(trigger: Token) -> Span | None:
    """The date or time entity of a meeting's sentence that belongs to its trigger."""
    sent = trigger.sent
    dates = [e for e in trigger.doc.ents if e.label_ in {"DATE", "TIME"} and sent.start <= e.start < sent.end
             and not is_gap_measure(e)  # "two days after A met B" measures a gap, it names no day
             and not is_duration(e)  # "met for two hours on Friday": how long, not when
             and not _since(e)]  # "the first meeting between A and B since 2019": a time before it
    # a day on the verb of saying that reports the meeting tells when it was said: another day wins over it
    # ("A met B on Monday, the ministry said on Tuesday"); alone it stands ("A met B, officials said last night")
    dates = [e for e in dates if not _reported_on(e, trigger)] or dates
    if not dates:
        return None
    if in_relative_clause(trigger) and not _right_after(trigger):  # "resumed on Monday, a week after A met B": Monday is not the meeting's
        own = [e for e in dates if e.root.head.i == trigger.i or e.root.head.head.i == trigger.i]
        return own[0] if own else None
    # the date phrase attached to the trigger or its governors beats the nearest one, the nearest
    # governor first ("arrived on Sunday and will meet A on Tuesday": Tuesday); first the phrase
    # that modifies the word itself ("will sail to Split on Saturday, where she will meet A to plan a
    # state visit later this year": Saturday, not the purpose's year), then one a word lower
    nodes = [trigger] + meeting_governors(trigger, 3)
    for node in nodes:
        for ent in dates:
            if _date_attachment(ent).i == node.i:
                return ent
    for node in nodes:
        for ent in dates:
            if ent.root.head.i == node.i or ent.root.head.head.i == node.i:
                return ent
    # else the nearest, but not one of something else the sentence tells ("A, who took office in May,
    # held talks", "met B for the first time since 2019", "met B to discuss the 1995 accords")
    told_of_the_meeting = [e for e in dates if not of_another_event(e, trigger)]
    return min(told_of_the_meeting, key=lambda e: abs(e.start - trigger.i)) if told_of_the_meeting else None


def vague_time(date_ent: Span | None) -> bool:
    """ "last week", "earlier this month", "in recent days": the meeting's own time phrase names a stretch,
    not a day, so the meeting takes no day from the story around it either."""
    if date_ent is None:
        return False
    return bool(set(date_ent.text.lower().split()) & {"week", "weeks", "month", "months", "recent", "days"})


def _since(ent: Span) -> bool:
    """ "since 2019", "since last May": the start of a stretch of time, never the day of the meeting told."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "since":
        return True
    node = ent.root
    for _ in range(4):  # "since the summit in May": the date inside the since-phrase
        if node.head.i == node.i or node.head.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
        if node.lower_ == "since":
            return True
    return False


def day_across_gap(gap: MeasuredGap, dates: DocDates, *, future: bool = False) -> PartialDate | None:
    """The day of an event counted from another clause ("met B on Friday, two days after A met C": the
    Wednesday before), where that clause names a day; None where it names none or only a month."""
    if gap.days is None:
        return None  # "hours after": maybe that day, maybe the next
    ent = date_entity(gap.clause)
    if ent is not None:
        day = dates.resolve(ent, future=future)
        start = date.fromisoformat(day.value) if day is not None and day.precision == "day" else None
    else:  # "The border closed on Sunday. The closure came a day after ...": the day the story is on
        start = None if future else dates.days.get(gap.clause.sent.start)
    return PartialDate((start + timedelta(days=gap.days)).isoformat(), "day") if start else None


def _date_attachment(ent: Span) -> Token:
    """The word a date phrase modifies: the verb or noun of "on Friday" (through its preposition),
    of "Friday" alone, of "later this year"."""
    head = ent.root.head
    return head.head if head.dep_ == "prep" and head.i != head.head.i else head


_CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "xcomp", "ccomp", "csubj", "parataxis"})
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "poss", "amod", "nmod"})
_SAME_TIME_MARKS = frozenset({"when", "while", "as"})


def of_another_event(ent: Span, trigger: Token) -> bool:
    """Whether a date tells the time of something else the meeting's sentence says, not the meeting's:
    inside a clause or apposition the trigger is not in ("A, who took office in May, met B", "A, elected
    in 2022, met B", "met B to discuss the deal signed in March"); inside a phrase about another event
    ("for the first time since 2019", "according to a statement published on Monday":
    `relative_time_markers.txt`, `other_event_words.txt`); or modifying another noun ("the 1995 accords",
    "the 2023 earthquake"). A clause on the meeting noun itself ("talks held on Tuesday"), a time clause
    ("as crowds gathered on Monday") and an event the meeting was part of ("at Tuesday's summit") keep it."""
    root = ent.root
    head = root.head
    if (root.dep_ in _NOUN_MODIFIER_DEPS and not ent.start <= head.i < ent.end and head.i != trigger.i
            and head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() not in lex().meeting_nouns):
        return True
    if root.dep_ == "npadvmod" and head.pos_ in {"NOUN", "PROPN"}:
        return False  # "meet A, B and C next Tuesday": a bare time phrase is the clause's, wherever the parser hung it
    other_words = lex().relative_time_markers | lex().other_event_words
    node = root
    while node.head.i != node.i:
        below, node = node, node.head
        if node.i == trigger.i or node.is_ancestor(trigger):
            return False
        if node.lower_ in other_words and node.dep_ in {"prep", "advmod", "mark"}:
            # "met B after arriving in Rome on Monday": the arrival starts the same visit
            return below.lemma_.lower() not in TRAVEL_VERBS | lex().arrival_nouns
        if node.dep_ in {"advcl", "pcomp"} and node.lemma_.lower() in TRAVEL_VERBS and any(
                c.dep_ in {"mark", "prep"} and c.lower_ in other_words for c in node.children):
            return False  # "after he arrived in Rome on Monday"
        on_the_meeting_noun = node.dep_ in {"acl", "relcl"} and node.head.i == trigger.i
        if _names_a_groups_head(node):
            continue  # "met a delegation led by B in Rome on Monday": the parser hung the meeting's day on "led"
        if node.dep_ in _CLAUSE_DEPS and not on_the_meeting_noun and not any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in _SAME_TIME_MARKS for c in node.children):
            return True
    return False


def _names_a_groups_head(participle: Token) -> bool:
    """ "a delegation led by B", "a team headed by C": a passive participle on a noun only says who
    is at a group's head (`led_by_verbs.txt`); it tells no event with a time of its own."""
    return (participle.dep_ == "acl" and participle.tag_ == "VBN"
            and participle.lemma_.lower() in lex().led_by_verbs
            and any(c.dep_ == "agent" for c in participle.children))


def _right_after(noun: Token) -> bool:
    """ "agreed on Tuesday to ..., after talks in Seoul", "signed a pact Monday following a meeting":
    a meeting noun right after whose end the clause's event came (no "a week after") took place
    that same day, so the clause's date is the meeting's."""
    head = noun.head
    return (noun.pos_ == "NOUN" and noun.dep_ == "pobj" and head.lower_ in {"after", "following"}
            and not any(c.dep_ in {"npadvmod", "advmod", "nummod"} for c in head.children)
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree))


def arrival_days(doc: Doc, people: PeopleIndex, dates: DocDates) -> list[dict[str, PartialDate]]:
    """Per sentence, the day each person was said to arrive or begin a visit ("A arrived in Baghdad on
    Wednesday", "A began a visit to Manila on Tuesday"), for a meeting of theirs told after it, also in
    the next paragraph ("Demir met B and discussed ...", "During the visit, A held talks with B")."""
    out: list[dict[str, PartialDate]] = []
    for sent in content_sentences(doc):
        here: dict[str, PartialDate] = {}
        for tok in sent:
            if tok.pos_ not in {"VERB", "AUX"} or tok.tag_ != "VBD":
                continue
            trips = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in TRIP_NOUNS]
            if tok.lemma_.lower() not in TRAVEL_VERBS and not trips:
                continue
            day = next((dates.resolve(e, future=False) for e in sent.ents if e.label_ == "DATE"
                        and (e.root.head.i == tok.i or e.root.head.head.i == tok.i)), None)
            if day is None or day.precision != "day":
                continue
            for subject in _children(tok, SUBJECT_DEPS):
                person = people.person_of(subject)
                if person:
                    here[person] = day
        out.append(here)
    return out


def moves_on(sent: Span) -> bool:
    """ "The next day ...", "Later, ...", "Afterwards, ...": the sentence tells a later time than the one before."""
    return any(t.lower_ in lex().moving_on_words for t in sent)
