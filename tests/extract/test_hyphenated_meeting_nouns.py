"""Hyphenated meeting nouns ("a tete-a-tete", "a one-on-one", "a get-together", "a sit-down"), which
the tokenizer splits at each hyphen and the parser may hang on any part: the whole word is looked up in
meeting_nouns.txt (extract/syntax.py: `hyphenated_word`; extract/meetings.py: `_hyphenated_meeting_noun`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Chancellor Lena Hartmann and President Paolo Bianchi held a tete-a-tete over dinner in Vienna.",
    "Chancellor Lena Hartmann had a one-on-one with President Paolo Bianchi at the palace.",
    "Chancellor Lena Hartmann and President Paolo Bianchi had a brief get-together in Vienna.",
    "Chancellor Lena Hartmann held a sit-down with President Paolo Bianchi on Friday.",
    "Chancellor Lena Hartmann and President Paolo Bianchi had a tête-à-tête in the garden.",
])
def test_a_hyphenated_meeting_noun_is_a_meeting(extract, text):
    facts = extract(text)
    assert frozenset(("Hartmann", "Bianchi")) in met_pairs(facts)
    assert any("-" in m.trigger for m in facts.meetings)  # told by the whole word


@pytest.mark.parametrize("text", [
    "Chancellor Lena Hartmann won a one-on-one contest against President Paolo Bianchi.",
    "Chancellor Lena Hartmann had a one-on-one by video with President Paolo Bianchi.",
    "Chancellor Lena Hartmann refused a sit-down with President Paolo Bianchi.",
])
def test_no_meeting_in_person_from_a_modifier_or_a_call(extract, text):
    assert frozenset(("Hartmann", "Bianchi")) not in met_pairs(extract(text))
