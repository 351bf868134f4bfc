"""Datelines: "LONDON, March 2 (Reuters) - ...", "VIENNA (AP) — ...", the place and date a story is
filed from, written before its first sentence.

spaCy's NER reads the dateline and the first words of the story as one phrase: in "SEOUL, June 2 -
Kim Yo-jong, the leader's sister, said ..." it tags "June 2 - Kim Yo-jong" as one DATE, and in
"OSLO, Nov 7 - Jorge Vidal, the trade minister, said ..." it finds no person at all; the same words
without the dateline it reads right. `reread_after_dateline` gives the rest of the first paragraph
to the NER again, on its own, and takes its reading of those words.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.extract.dates import MONTHS, WEEKDAYS
from newsgraph.extract.lexicon import lex

__all__ = ["dateline_end", "dateline_place", "reread_after_dateline"]

_CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # "TROMSØ", "SÃO PAULO", "ZÜRICH"
# "LONDON, ...", "VIENNA (AP) ...", "(ADDIS ABABA) - ...", "ISLAMABAD, Pakistan: ...", and a city in title case
# before an agency's name between slashes ("Ulaanbaatar/MONTSAME/ ...")
_DATELINE = re.compile(rf"\A\s*(?:[^\n]*\n\s*\n\s*)?(?:\(?([{_CAPITALS}][{_CAPITALS}.'\- ]{{2,30}}?)(?:,| \(| -| \u2014| \u2013|\) )"
                       rf"|([{_CAPITALS}][a-z]+(?: [{_CAPITALS}][a-z]+)?)/[{_CAPITALS}]{{2,}}/)")
# where a dateline ends: a dash, an agency's name between slashes, or a colon after the country ("ISLAMABAD,
# Pakistan: ...")
_DASH = re.compile(r"\s(?:-{1,2}|\u2014|\u2013)\s|/[A-Z]{2,}/\s*|(?<=[a-z]): ")
_DASHES = {"-", "--", "\u2014", "\u2013"}
_REREAD_CHARS = 600  # the rest of the first paragraph, enough context for the NER


# a press release's place-and-date line, alone in its paragraph among the first few or opening the
# first one before a dash: "Addis Ababa, Ethiopia, 28 May 2025", "Geneva, 3 March 2024", "Nairobi,
# Kenya - June 4, 2025", "Arusha, Tanzania, 2 May 2024 – The Secretary-General today ..."
_RELEASE_LINE = re.compile(
    r"^[ \t]*([A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,3})(?:, [A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,3})?"
    r"(?:,| -| \u2014| \u2013) *(?:\d{1,2} [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})"
    r"(?:[ \t]*$|[ \t]+(?:-{1,2}|\u2014|\u2013)[ \t])", re.MULTILINE)
_RELEASE_HEAD_CHARS = 800


def dateline_place(text: str) -> str | None:
    """ "LONDON, March 2 - ...", "VIENNA (AP) — ...", or a press release's own line "Addis Ababa,
    Ethiopia, 28 May 2025" above its first paragraph: the city a story is filed from."""
    match = _DATELINE.match(text)
    if match:
        city = (match.group(1) or match.group(2)).strip().title()
        return city if city and lex().country_for(city) != city else None
    release = _RELEASE_LINE.search(text[:_RELEASE_HEAD_CHARS])
    if release is None:
        return None
    city = release.group(1).strip()
    if any(word in WEEKDAYS or word in MONTHS for word in city.lower().split()):
        return None  # "Friday, July 4, 2008", "On Monday, 3 March 2024 - ...": a date, filed from nowhere it says
    return city if lex().country_for(city) != city else None


def dateline_end(text: str) -> int:
    """Character offset where a dateline ends ("BEIJING, Aug 18 (Xinhua) --"), 0 when there is none."""
    match = _DATELINE.match(text)
    if not match:
        return 0
    city_end = match.end(1) if match.group(1) else match.end(2)
    dash = _DASH.search(text, city_end, city_end + 60)
    return dash.end() if dash else 0


EntityReader = Callable[[str], Iterable[tuple[int, int, str]]]


def reread_after_dateline(doc: Doc, read_entities: EntityReader) -> Doc:
    """The NER's reading of the rest of the first paragraph on its own replaces its reading of those
    words after the dateline; an entity run across the dash keeps its part before it ("June 2")."""
    end = dateline_end(doc.text)
    if not end:
        return doc
    line_end = doc.text.find("\n", end)
    stop = min(end + _REREAD_CHARS, line_end if line_end >= 0 else len(doc.text))
    last = doc.char_span(end, stop, alignment_mode="contract")
    if last is None:
        return doc
    stop = last.end_char
    kept = [e for e in doc.ents if e.end_char <= end or e.start_char >= stop]
    kept += [left for e in doc.ents if e.start_char < end < e.end_char and (left := _before_dash(e, end)) is not None]
    for start, finish, label in read_entities(doc.text[end:stop]):
        span = doc.char_span(end + start, end + finish, label=label)
        if span is not None:
            kept.append(span)
    doc.ents = filter_spans(kept)
    return doc


def _before_dash(ent: Span, end: int) -> Span | None:
    """The part of an entity before the dateline's dash ("June 2" of "June 2 - Kim Yo-jong")."""
    tokens = [t for t in ent if t.idx < end]
    while tokens and (tokens[-1].text in _DASHES or tokens[-1].is_space or tokens[-1].is_punct):
        tokens.pop()
    if not tokens:
        return None
    return Span(ent.doc, tokens[0].i, tokens[-1].i + 1, label=ent.label_)


@Language.factory("ng_datelines", requires=["doc.ents"], assigns=["doc.ents"])
def make_datelines(nlp: Language, name: str) -> "DatelineComponent":
    """After spaCy's `ner`: the entities after a dateline, re-read on their own (see the module)."""
    return DatelineComponent([nlp.get_pipe(step) for step in ("tok2vec", "ner") if step in nlp.pipe_names],
                             nlp.make_doc)


class DatelineComponent:
    """Re-reads the words after a dateline with the pipeline's own `tok2vec` and `ner` (one NER
    pass over at most 600 characters per article that has a dateline)."""

    def __init__(self, steps: list[Callable[[Doc], Doc]], make_doc: Callable[[str], Doc]) -> None:
        self.steps = steps
        self.make_doc = make_doc

    def read_entities(self, text: str) -> list[tuple[int, int, str]]:
        part = self.make_doc(text)
        for step in self.steps:
            part = step(part)
        return [(e.start_char, e.end_char, e.label_) for e in part.ents]

    def __call__(self, doc: Doc) -> Doc:
        return reread_after_dateline(doc, self.read_entities)
