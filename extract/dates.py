"""Resolve the dates news text gives ("on Thursday", "late Wednesday", "last month", "April 2022")
against the article's publication date, keeping the precision the text gives.

A weekday in past-tense news means the most recent such day on or before publication; in a
scheduled event it means the next one on or after. A month alone stays a month (xsd:gYearMonth):
we never invent a day.

`annotate_dates` is what the `ng_dates` component stores in `doc._.ng_dates`: every date or time
entity with both readings (told of the past, or planned), and the day the narrative is on at each
sentence. Meetings and other rules look their dates up there instead of resolving text themselves.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph.extract.facts import PartialDate
from newsgraph.extract.lexicon import lex
from newsgraph.extract.quotes import find_quotes, quoted_at
from newsgraph.extract.syntax import doc_text

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS) if m != "may"} | {"sept": 9}

def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _MONTH_ABBR.get(word)


def _day(d: date) -> PartialDate:
    return PartialDate(d.isoformat(), "day")


def _month(year: int, month: int) -> PartialDate:
    return PartialDate(f"{year:04d}-{month:02d}", "month")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


TIME_OF_DAY = {"morning", "afternoon", "evening", "night", "tonight", "midday", "noon", "overnight"}


_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|\bo'clock\b|\bmidnight\b", re.IGNORECASE)


def is_time_of_day(text: str) -> bool:
    """ "in the morning", "that afternoon", "at 19:00", "at 7 p.m.": a part or an hour of a day the
    discourse has already fixed."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & (set(WEEKDAYS) | set(MONTHS) | {"today", "yesterday", "tomorrow"}):
        return False
    return bool(words & TIME_OF_DAY) or bool(_CLOCK_TIME.search(text))


def resolve_date(text: str, published: date | None, *, future: bool = False,
                 reference: date | None = None) -> PartialDate | None:
    """The date an expression denotes, at its own precision, or None when it names no date.

    >>> resolve_date("late Wednesday", date(2025, 5, 15))
    PartialDate(value='2025-05-14', precision='day')
    >>> resolve_date("April 2022", date(2025, 5, 15))
    PartialDate(value='2022-04', precision='month')

    `reference` is the day the narrative is on (the last day the article named), for "in the morning".
    """
    low = re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip(" .,")
    words = re.findall(r"[a-z]+|\d+", low)
    if not words:
        return None

    # absolute dates: "15 May 2025", "May 15, 2025", "2025-05-15"
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", low)
    if iso:
        try:
            return _day(date(int(iso[1]), int(iso[2]), int(iso[3])))
        except ValueError:
            return None
    numeric = _NUMERIC_DATE.fullmatch(low)
    if numeric:  # "25/05/2025", "09.06.2025", "2025/05/25", "6/9/25"
        found = numeric_date(numeric, published)
        return _day(found) if found else None
    month = next((_month_number(w) for w in words if _month_number(w)), None)
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4 and 1800 < int(w) < 2200), None)
    day_num = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if month:
        if year is None:
            if published is None:
                return None
            year = published.year
            # a month alone in a past-tense story is the most recent such month (or the next one when scheduled)
            if not future and month > published.month:
                year -= 1
            elif future and month < published.month:
                year += 1
        if day_num:
            try:
                return _day(date(year, month, day_num))
            except ValueError:
                return None
        return _month(year, month)
    if year and len(words) <= 3 and not any(w in WEEKDAYS for w in words):
        return PartialDate(f"{year:04d}", "year")

    if published is None:
        return None
    if words[-2:] in (["last", "night"], ["last", "evening"]):
        return _day(published - timedelta(days=1))  # "late last night": the night before the story was written
    if is_time_of_day(text) and ("this" in words or "tonight" in words):
        return _day(published)  # "this morning", "tonight": deictic, the day the story was written
    if is_time_of_day(text):
        return _day(reference or published)  # the day the story is telling, else the day it was published
    if "today" in words:
        return _day(published)
    if "yesterday" in words:
        return _day(published - timedelta(days=1))
    if "tomorrow" in words:
        return _day(published + timedelta(days=1))
    ordinal = _DAY_OF_MONTH.fullmatch(low)
    if ordinal:
        return day_of_month(int(ordinal[1]), published, future=future)
    weekday = next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        delta = (published.weekday() - weekday) % 7
        if "next" in words or (future and "last" not in words):
            ahead = (weekday - published.weekday()) % 7
            if "next" in words and ahead == 0:
                ahead = 7
            return _day(published + timedelta(days=ahead))
        if "last" in words and delta == 0:
            delta = 7
        return _day(published - timedelta(days=delta))
    if "month" in words:
        if "last" in words or "previous" in words:
            return _month(*_shift_month(published.year, published.month, -1))
        if "next" in words:
            return _month(*_shift_month(published.year, published.month, 1))
        if "this" in words:
            return _month(published.year, published.month)
    if "year" in words:
        if "last" in words:
            return PartialDate(f"{published.year - 1:04d}", "year")
        if "next" in words:
            return PartialDate(f"{published.year + 1:04d}", "year")
        if "this" in words:
            return PartialDate(f"{published.year:04d}", "year")
    return None


# a day of the month without its month: "the 12th", "on the 3rd"
_DAY_OF_MONTH = re.compile(r"(?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)")


def day_of_month(day: int, published: date, *, future: bool = False) -> PartialDate | None:
    """ "met on the 12th": that day of the month the story is published in, or of the month before when
    the day is still to come (of the month after, for a plan whose day has passed)."""
    year, month = published.year, published.month
    if not future and day > published.day:
        year, month = _shift_month(year, month, -1)
    elif future and day < published.day:
        year, month = _shift_month(year, month, 1)
    found = _valid(year, month, day)
    return _day(found) if found else None


# a date written in figures alone: day, month and year (in some order) joined by "/", "." or "-"
_NUMERIC_DATE = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{2,4})")


def numeric_date(match: re.Match, published: date | None) -> date | None:
    """The day a date in figures names: year first ("2025/05/25"), else day first ("25/05/2025",
    "09.06.2025": most of the world, and dots always) or month first ("06/25/2025": the United States).
    Where both readings of a slashed date are days, the one nearer the publication day."""
    first, sep, second, last = match[1], match[2], int(match[3]), match[4]
    if len(first) == 4:
        return _valid(int(first), second, int(last))
    if len(last) not in {2, 4}:
        return None
    year = int(last) + (2000 if len(last) == 2 else 0)
    day_first = _valid(year, second, int(first))
    month_first = _valid(year, int(first), second) if sep == "/" else None
    readings = [d for d in (day_first, month_first) if d is not None]
    if len(readings) < 2 or published is None:
        return readings[0] if readings else None
    return min(readings, key=lambda d: abs((d - published).days))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def numeric_dates(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the dates written in figures ("on 09.06.2025"), which the tagger often calls a
    number or a product."""
    out = []
    for tok in doc:
        match = _NUMERIC_DATE.fullmatch(tok.text) if tok.text[:1].isdigit() and len(tok) >= 6 else None
        if match and numeric_date(match, None) is not None:
            out.append((tok.i, tok.i + 1))
    return out


def ordinal_days(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of "the 3rd" in "met on the 3rd": an ordinal the tagger left a number, standing alone
    after "on", is a day of the month."""
    out = []
    for ent in doc.ents:
        tok = ent.root
        if (ent.label_ == "ORDINAL" and len(ent) == 1 and _DAY_OF_MONTH.fullmatch(tok.lower_)
                and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.i > 0 and doc[tok.i - 1].lower_ == "the"):
            out.append((tok.i - 1, tok.i + 1))
    return out


def _mark_numeric_dates(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Make each date in figures (or "the 3rd") a DATE entity, replacing a number or product the tagger saw there."""
    ents = list(doc.ents)
    for start, end in spans:
        overlapping = [e for e in ents if e.start < end and start < e.end]
        if any(e.label_ not in DATE_LABELS | {"CARDINAL", "ORDINAL", "PRODUCT", "MONEY", "QUANTITY"} for e in overlapping):
            continue
        ents = [e for e in ents if e not in overlapping] + [Span(doc, start, end, label="DATE")]
    doc.ents = sorted(ents, key=lambda e: e.start)


DATE_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class DateMention:
    """A date or time entity and the date it denotes, read as past news and as a plan."""

    start: int  # token offsets of the entity
    end: int
    text: str
    label: str
    past: PartialDate | None  # "Thursday" in "met on Thursday": the most recent Thursday
    planned: PartialDate | None  # "Thursday" in "will meet on Thursday": the next one
    quoted: bool = False  # said inside a quotation: the speaker's day, not the story's

    def reading(self, *, future: bool) -> PartialDate | None:
        return self.planned if future else self.past


@dataclass(frozen=True)
class DocDates:
    """The resolved dates of one Doc (`doc._.ng_dates`)."""

    published: date | None
    mentions: dict[int, DateMention] = field(default_factory=dict)  # by the entity's first token
    days: dict[int, date | None] = field(default_factory=dict)  # by sentence start: the narrative's day

    def of(self, span: Span) -> DateMention | None:
        """The resolved mention of a date entity (None for a span that is not one)."""
        found = self.mentions.get(span.start)
        return found if found is not None and found.end == span.end else None

    def resolve(self, span: Span, *, future: bool = False) -> PartialDate | None:
        """The date a date entity denotes, as a plan when `future`."""
        found = self.of(span)
        return found.reading(future=future) if found else None


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}


def count_of(word: str) -> int | None:
    """The number a count word or figure says ("two" -> 2, "a" -> 1, "3" -> 3), None for any other word."""
    low = word.lower()
    if low.isdigit() and len(low) <= 3:
        return int(low)
    return _COUNT_WORDS.get(low)


_CLAUSE_END = r"(?=\s*(?:[,.;:!?)\]]|$)|\s+(?:and|but|as|while|when)\b)"


@lru_cache(maxsize=8)
def _day_offset_patterns(entries: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern, str, str], ...]:
    """`day_offsets.txt` compiled: one pattern per phrase, with the value it carries and its longest
    literal word (a text without that word cannot match, so the pattern need not run over it)."""
    count = r"(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + ")"
    compiled = []
    for phrase, value in entries:
        words = phrase.split()
        parts = [count if w == "N" else re.escape(w[:-1]) + "s?" if w in {"days", "weeks"} else re.escape(w)
                 for w in words]
        tail = _CLAUSE_END if words[-1] in {"after", "before"} else r"\b"
        anchor = max((w.rstrip("s") if w in {"days", "weeks"} else w for w in words if w != "N"), key=len)
        compiled.append((re.compile(r"\b" + r"\s+".join(parts) + tail, re.IGNORECASE), value, anchor))
    return tuple(compiled)


def _offset_days(value: str, count: str | None) -> int | None:
    """The days a `day_offsets` value adds: "1", "-1", "N", "-N", "7N" with `count` read as a number."""
    value = value.replace(" ", "")
    if "N" not in value:
        return int(value)
    if count is None:
        return None
    n = int(count) if count.isdigit() else _COUNT_WORDS[count.lower()]
    factor = value.replace("N", "")
    return n * int(factor + "1" if factor in {"", "-", "+"} else factor)


def day_offsets(doc: Doc) -> dict[int, tuple[int, int]]:
    """Every phrase that moves from the story's last day ("the next day", "two days later", "the night
    before"), as token start -> (token end, days added); of overlapping phrases the longest."""
    found: list[tuple[int, int, int]] = []
    text = doc_text(doc)
    lowered = text.lower()
    for pattern, value, anchor in _day_offset_patterns(tuple(sorted(lex().day_offsets.items()))):
        if anchor not in lowered:
            continue
        for match in pattern.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            days = _offset_days(value, match.groupdict().get("n"))
            if span is not None and len(span) and days is not None:
                found.append((span.start, span.end, days))
    kept: dict[int, tuple[int, int]] = {}
    for start, end, days in sorted(found, key=lambda f: f[0] - f[1]):  # the longest first
        if not any(s < end and start < e for s, (e, _) in kept.items()):
            kept[start] = (end, days)
    return kept


def _mark_day_offsets(doc: Doc, offsets: dict[int, tuple[int, int]]) -> None:
    """Make each day-moving phrase a DATE entity (the tagger often leaves "the next day" out, or tags
    only "The day" of "The day before"), unless it overlaps a name or another kind of entity."""
    ents = list(doc.ents)
    for start, (end, _) in offsets.items():
        overlapping = [e for e in ents if e.start < end and start < e.end]
        if any(e.label_ not in DATE_LABELS for e in overlapping):
            continue
        ents = [e for e in ents if e not in overlapping] + [Span(doc, start, end, label="DATE")]
    doc.ents = sorted(ents, key=lambda e: e.start)


def _shifted(day: date | None, days: int) -> PartialDate | None:
    return _day(day + timedelta(days=days)) if day is not None else None


def annotate_dates(doc: Doc, published: date | None) -> DocDates:
    """Every DATE/TIME entity of `doc` resolved against `published`; "in the morning" takes the day
    the narrative is on (the last day named up to its sentence, else the publication day), and "the
    next day", "two days later" move from the last day named before them (`day_offsets.txt`), read
    as past news and as a plan alike. Such phrases become DATE entities of `doc` if the tagger missed them.
    A date inside a quotation is the speaker's ("'Today our children ask ...', he said"): it does not
    move the day the narrative is on."""
    quotes = find_quotes(doc_text(doc))
    offsets = day_offsets(doc)
    if offsets:
        _mark_day_offsets(doc, offsets)
    figures = numeric_dates(doc) + ordinal_days(doc)
    if figures:
        _mark_numeric_dates(doc, figures)
    dates = DocDates(published)
    current: date | None = None  # the last day named, read as past news
    planned: date | None = None  # the same, read as a plan
    ents = [e for e in doc.ents if e.label_ in DATE_LABELS]  # one pass: `sent.ents` rebuilds every entity
    k = 0
    for sent in doc.sents:
        first = k
        while k < len(ents) and ents[k].start < sent.end:
            k += 1
        in_sent = [e for e in ents[first:k] if e.start >= sent.start and e.end <= sent.end]
        moved: dict[int, tuple[PartialDate | None, PartialDate | None]] = {}
        for ent in in_sent:  # in text order: "arrived on Monday and met her the next day"
            if ent.label_ != "DATE":
                continue
            if quoted_at(quotes, ent.start_char):
                continue  # the speaker's day, not the story's
            if ent.start in offsets and offsets[ent.start][0] == ent.end:
                past, plan = _shifted(current, offsets[ent.start][1]), _shifted(planned, offsets[ent.start][1])
                moved[ent.start] = (past, plan)
            else:
                past, plan = resolve_date(ent.text, published), resolve_date(ent.text, published, future=True)
            if past and past.precision == "day":
                current = date.fromisoformat(past.value)
            if plan and plan.precision == "day":
                planned = date.fromisoformat(plan.value)
        dates.days[sent.start] = current
        for ent in in_sent:
            past, plan = moved.get(ent.start) or (
                resolve_date(ent.text, published, reference=current),
                resolve_date(ent.text, published, future=True, reference=planned))  # "on Friday morning": the plan's Friday
            dates.mentions[ent.start] = DateMention(ent.start, ent.end, ent.text, ent.label_, past=past, planned=plan,
                                                    quoted=quoted_at(quotes, ent.start_char))
    return dates

