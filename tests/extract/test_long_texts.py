"""Texts over the pipeline's max_length are extracted in pieces, with offsets into the whole text.

The pipeline's `max_length` is lowered for these tests (the code path is the one a 1M-character
article takes), so the texts stay small enough to run quickly."""
from __future__ import annotations

import itertools
from contextlib import contextmanager
from datetime import date

import pytest

from newsgraph.extract.facts import ArticleMeta
from newsgraph.extract.long_texts import piece_starts
from newsgraph.extract.pipeline import extract_article, extract_many

LIMIT = 3000

_SUBJECTS = ("The harbour board", "A group of engineers", "The city council", "Local farmers", "The rail union")
_VERBS = ("reviewed", "discussed", "postponed", "approved", "questioned")
_OBJECTS = ("the budget for the new bridge", "a plan to repair the old docks", "the rules for night trains",
            "a proposal on water prices", "the schedule of the autumn fair")
_WHEN = ("on Monday", "last week", "after a long debate", "before the holiday", "in a short session")


def filler(paragraphs: int) -> str:
    """Paragraphs of varied plain sentences with no people in them."""
    combos = itertools.cycle(itertools.product(_SUBJECTS, _VERBS, _OBJECTS, _WHEN))
    out = []
    for _ in range(paragraphs):
        sentences = [f"{s} {v} {o} {w}." for s, v, o, w in itertools.islice(combos, 4)]
        out.append(" ".join(sentences))
    return "\n\n".join(out)


FIRST = "Governor Ada Quist met Minister Rolf Eberl in Bern on Sunday."
SECOND = "Mayor Tomas Lindqvist met Senator Petra Vogt in Oslo on Thursday."
QUOTE = '"We will open the new harbour next spring," Lindqvist said.'


def long_article() -> str:
    return "\n\n".join([FIRST, filler(12), SECOND + " " + QUOTE, filler(12)])


@contextmanager
def max_length(nlp, limit: int):
    old = nlp.max_length
    nlp.max_length = limit
    try:
        yield nlp
    finally:
        nlp.max_length = old


def test_pieces_end_at_paragraphs_and_stay_under_the_limit():
    text = long_article()
    starts = piece_starts(text, LIMIT)
    assert len(starts) >= 3
    ends = [*starts[1:], len(text)]
    assert all(0 < end - start <= LIMIT for start, end in zip(starts, ends))
    assert all(text[s - 2:s] == "\n\n" for s in starts[1:])


def test_without_paragraphs_pieces_end_at_sentences_then_spaces():
    one_paragraph = filler(30).replace("\n\n", " ")
    starts = piece_starts(one_paragraph, 1000)
    assert len(starts) > 2 and all(one_paragraph[s - 2:s] == ". " for s in starts[1:])
    no_stops = "word " * 1000
    assert all(no_stops[s - 1] == " " for s in piece_starts(no_stops, 700)[1:])
    assert piece_starts("x" * 2500, 1000) == [0, 1000, 2000]  # nothing to cut at: hard cuts


def test_a_short_text_is_one_piece():
    assert piece_starts("Short text.", 1000) == [0]


def test_offsets_from_a_later_piece_point_into_the_whole_article(nlp):
    text = long_article()
    meta = ArticleMeta(id="long", published=date(2025, 5, 15))
    with max_length(nlp, LIMIT):
        assert len(piece_starts(text, nlp.max_length)) >= 3
        facts = extract_article(text, meta, nlp=nlp)
    assert facts.text == text
    by_place = {m.place: m for m in facts.meetings}
    assert {"Bern", "Oslo"} <= set(by_place)
    later = by_place["Oslo"].evidence
    assert later.start > LIMIT // 2  # it was read in a later piece
    assert text[later.start:later.end] == later.text and SECOND in later.text
    first = by_place["Bern"].evidence
    assert text[first.start:first.end] == first.text and first.text.strip() == FIRST
    quote = next(s for s in facts.statements if "harbour" in s.text)
    assert text[quote.evidence.start:quote.evidence.end] == quote.evidence.text
    assert text[quote.quote_start:quote.quote_end].startswith("We will open")
    for person in facts.persons.values():
        for mention in person.mentions:
            assert text[mention.start:mention.end] == mention.text
    lindqvist = next(p for p in facts.persons.values() if p.name.endswith("Lindqvist"))
    assert lindqvist.mentions and all(m.start > LIMIT // 2 for m in lindqvist.mentions)


def test_pieces_of_one_article_do_not_mix_with_its_neighbours(nlp):
    items = [("Chancellor Mira Holt met President Ivo Sand in Vienna on Tuesday.", ArticleMeta(id="a")),
             (long_article(), ArticleMeta(id="b")),
             ("Prime Minister Lena Dorn met Chancellor Mira Holt in Prague on Friday.", ArticleMeta(id="c"))]
    with max_length(nlp, LIMIT):
        out = list(extract_many(items, nlp=nlp, batch_size=2))
    assert [f.meta.id for f in out] == ["a", "b", "c"]
    assert [f.text for f in out] == [text for text, _ in items]
    assert {m.place for m in out[1].meetings} >= {"Bern", "Oslo"}
    assert [m.place for m in out[2].meetings] == ["Prague"]


def test_a_tiny_limit_is_refused():
    with pytest.raises(ValueError):
        piece_starts("some text", 1)


def test_worker_processes_use_this_process_pipeline(nlp):
    """`-j 2` workers extract with the pipeline as this process has it (forked, not loaded again):
    here with its lowered max_length, the pronoun after the cut cannot reach the name before it, in
    this process and in the workers alike (a pipeline loaded afresh would read the text whole)."""
    text = "Mayor Tomas Lindqvist arrived in Oslo on Monday.\n\nHe met Senator Petra Vogt there on Tuesday."
    items = [(text, ArticleMeta(id=f"a{i}")) for i in range(3)]
    with max_length(nlp, 60):
        serial = list(extract_many(items, nlp=nlp))
        parallel = list(extract_many(items, nlp=nlp, n_process=2, batch_size=1))
    assert parallel == serial
    assert not serial[0].meetings  # cut: "He" is nobody here
    assert extract_article(text, ArticleMeta(id="whole"), nlp=nlp).meetings  # whole: he met her
