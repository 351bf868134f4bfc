"""Informal names of offices: "the country's top diplomat" is its foreign minister; "a diplomat" on its
own is an occupation, not an office."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname", [
    ("Spain's top diplomat, Ana Costa, flew to Lima on Monday.", "Costa"),
    ("Kenya's chief diplomat Ruth Wambui met the envoy in Nairobi.", "Wambui"),
    ("Talks were led by Lars Berg, Norway's top diplomat, and ran late.", "Berg"),
])
def test_a_top_diplomat_is_the_foreign_minister(extract, text, surname):
    assert any(who == surname and title == "foreign minister" for who, title, _ in offices_by_surname(extract(text)))


@pytest.mark.parametrize("text, surname", [
    ("Eva Holm, a seasoned Swedish diplomat, retired in May.", "Holm"),
    ("Karl Berg, a veteran diplomat, spoke first.", "Berg"),
    ("The report was written by Mia Roth, a career diplomat.", "Roth"),
])
def test_a_diplomat_is_an_occupation_not_an_office(extract, text, surname):
    assert not any(who == surname for who, _, _ in offices_by_surname(extract(text)))
