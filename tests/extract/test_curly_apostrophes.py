"""Curly apostrophes read as straight ones by the statistical components (extract/pipeline.py): the model was trained
on "'s" and took "Guyana’s Resident" for an organisation. The text and its offsets stay as written."""
from __future__ import annotations

import pytest

from tests.conftest import offices_by_surname, speaker_of


@pytest.mark.parametrize("curly", [
    "Belize\u2019s Resident Ambassador Carlos Mena attended the talks in Georgetown.",
    "The minister met Peru\u2019s Resident Ambassador Luis Soto on Monday.",
    "Jamaica\u2019s Deputy High Commissioner Mark Reid said the talks went well.",
])
def test_a_curly_possessive_names_the_country_as_a_straight_one_does(extract, curly):
    straight = curly.replace("\u2019", "'")
    assert offices_by_surname(extract(curly)) == offices_by_surname(extract(straight)), offices_by_surname(extract(curly))
    assert any(country in {"Belize", "Peru", "Jamaica"} for _, _, country in offices_by_surname(extract(curly)))


def test_text_and_quotes_stay_as_written(extract):
    text = ("Foreign Minister Ana Solis said: \u201cWe don\u2019t expect Belize\u2019s position to change.\u201d")
    facts = extract(text)
    assert speaker_of(facts, "position to change") == "Ana Solis"
    assert any("don\u2019t" in s.text for s in facts.statements), [s.text for s in facts.statements]
