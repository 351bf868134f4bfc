"""Quotations: where quoted words begin and end in an article's text, by character offsets.

Curly, straight, guillemet and doubled-apostrophe marks, single quotation marks outside double
ones, and a paragraph end closing a quote left open. Statements, pronoun resolution and dates all
ask whether a word is quoted, so the spans of a text are found once (`find_quotes` keeps the
last few texts) and looked up by binary search (`quoted_at`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache


_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb"}
_CLOSERS = {"\u201d", "\u00bb"}


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # character offset of the first quoted character
    end: int  # character offset after the last quoted character

    def contains(self, char: int) -> bool:
        return self.start <= char < self.end


_MARK = re.compile("``|''(?!')|[\u201c\u00ab\u201d\u00bb\"]")


def _marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(position, width, kind) of each quotation mark: kind is "open", "close" or "straight".
    Besides curly and straight quotes, `` and '' (two apostrophes, as some papers print them) count."""
    for match in _MARK.finditer(text):
        mark = match.group()
        kind = "open" if mark == "``" or mark in _OPENERS else "close" if mark in _CLOSERS else "straight"
        yield match.start(), len(mark), kind


@lru_cache(maxsize=4)
def find_quotes(text: str) -> tuple[QuoteSpan, ...]:
    """Quoted spans, by character offsets of their content (without the marks).

    Quotes never run past the end of a paragraph: an unclosed quote ends there (the next paragraph
    of a long quote opens with a mark of its own). Single quotation marks count too, outside double
    ones, where a paragraph uses them as quotes ("‘We will win,’ she said")."""
    spans: list[QuoteSpan] = []
    start = 0
    for paragraph in re.split(r"(\n)", text):
        if paragraph != "\n":
            double = _double_quotes(paragraph)
            spans += [QuoteSpan(start + q.start, start + q.end) for q in double]
            spans += [QuoteSpan(start + q.start, start + q.end) for q in _single_quotes(paragraph, double)]
        start += len(paragraph)
    spans.sort(key=lambda q: q.start)
    return tuple(_trim(text, s) for s in spans if text[s.start:s.end].strip())


def quoted_at(quotes: Sequence[QuoteSpan], char: int) -> bool:
    """Whether the character at `char` is inside one of `quotes` (sorted and apart, as `find_quotes`
    gives them): a binary search, since every token of an article asks."""
    i = bisect_right(quotes, char, key=lambda q: q.start) - 1
    return i >= 0 and quotes[i].contains(char)


def _double_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i, width, kind in _marks(text):
        if kind == "straight":
            before = text[i - 1] if i else " "
            after = text[i + width] if i + width < len(text) else " "
            kind = "open" if (before.isspace() or before in "([{\u2014-:") and not after.isspace() else "close"
        elif kind == "close" and open_at is None and not text[:i].strip() and text[i + width:].strip():
            kind = "open"  # a paragraph opened with a closing mark by mistake ("\u201d\u2026 in the case of X, ...\u201d")
        if kind == "open":
            # a new quote opens while one is open: the old one ran on unclosed, unless it ends with the colon that
            # opens the new one ("“A replied and said: “It was ...”": the first mark is stray, the words
            # before the colon tell who speaks)
            if open_at is not None and not text[open_at:i].rstrip().endswith(":"):
                spans.append(QuoteSpan(open_at, i))
            open_at = i + width
        elif open_at is not None:
            spans.append(QuoteSpan(open_at, i))
            open_at = None
    if open_at is not None:
        spans.append(QuoteSpan(open_at, len(text)))
    return spans


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014:-]))[\u2018'](?=[^\s'\u2019])")


def _single_quotes(text: str, double: list[QuoteSpan]) -> list[QuoteSpan]:
    """‘...’ or '...' outside double quotes. An apostrophe between two letters ("don’t") never closes;
    the first mark before a space or next to punctuation ("win,’") closes, but one after a plural
    ("leaders’ ") only when no other does."""
    inside = lambda i: any(q.start - 1 <= i <= q.end for q in double)  # noqa: E731
    spans: list[QuoteSpan] = []
    pos = 0
    while True:
        match = _SINGLE_OPEN.search(text, pos)
        if match is None:
            break
        i = match.start()
        if inside(i):
            pos = i + 1
            continue
        closers = [j for j in range(i + 2, len(text)) if text[j] in "\u2019'" and not inside(j)
                   and not (text[j - 1].isalnum() and j + 1 < len(text) and text[j + 1].isalnum())]
        strong = [j for j in closers if text[j - 1] in ".,!?;:" or j + 1 == len(text) or text[j + 1] in ".,;:!?)\u2014"]
        weak = [j for j in closers if j + 1 == len(text) or text[j + 1].isspace()]
        # a plural's apostrophe ("leaders’ ") only closes when nothing else does
        weak = [j for j in weak if text[j - 1] not in "sS"] or ([] if strong else weak)
        end = min(strong[:1] + weak[:1], default=None)
        if end is None:
            break
        spans.append(QuoteSpan(i + 1, end))
        pos = end + 1
    return spans


def _trim(text: str, span: QuoteSpan) -> QuoteSpan:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end)
