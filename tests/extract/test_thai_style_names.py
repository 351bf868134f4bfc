"""Surnames of several glued parts ("Chan-o-wat", "Pao-chin-da") stay whole, and a leader known by the
given name keeps an officer's rank in front of it ("Gen Somsak" is Prime Minister Somsak Chan-o-wat); a rank
before a shared surname still tells two people apart."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Prime Minister Somsak Chan-o-wat on Tuesday urged calm. Gen Somsak said the army would stay neutral.",
     "Somsak Chan-o-wat"),
    ("Deputy Prime Minister Anupong Pao-chin-da visited the south on Friday. Gen Anupong met local leaders there.",
     "Anupong Pao-chin-da"),
    ("Prime Minister Somsak Chanwat on Tuesday urged calm. Gen Somsak said the army would stay neutral.",
     "Somsak Chanwat"),
])
def test_one_person_with_the_whole_surname(extract, text, name):
    assert names(extract(text)) == {name}, names(extract(text))


def test_a_rank_before_a_shared_surname_is_the_officer(extract):
    facts = extract("Prime Minister Nawaz Karim met army chief General Raheel Karim on Monday. Gen Karim said "
                    "the army backed the government.")
    assert names(facts) == {"Nawaz Karim", "Raheel Karim"}, names(facts)
