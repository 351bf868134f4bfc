"""A named body or site right before a building word, with lowercase words between, is the venue as a
whole: "the Marina Bay convention centre", "the Ministry of Finance building", "the Central Bank of
Norway headquarters" (the tagger ends the name before the building word, which it leaves out)."""
import pytest

from tests.conftest import meetings_between


@pytest.mark.parametrize("text, place", [
    ("Mark Brannigan held talks with Anna Lund at the Marina Bay convention centre on Wednesday.",
     "Marina Bay convention centre"),
    ("Mark Brannigan met Anna Lund at the Ministry of Finance building on Friday.", "Ministry of Finance building"),
    ("Mark Brannigan and Anna Lund met at the Central Bank of Norway headquarters.", "Central Bank of Norway headquarters"),
])
def test_the_name_and_its_building_word_are_the_venue(extract, text, place):
    assert {m.place for m in meetings_between(extract(text), "Brannigan", "Lund")} == {place}


@pytest.mark.parametrize("text, place", [
    ("Mark Brannigan met Anna Lund at the company's headquarters on Monday.", None),
    ("Mark Brannigan met Anna Lund at Vantor headquarters in Oslo on Tuesday.", "Vantor headquarters"),
])
def test_no_name_or_a_plain_one_is_unchanged(extract, text, place):
    assert {m.place for m in meetings_between(extract(text), "Brannigan", "Lund")} == {place}
