"""News varies a name with a description: "... the car carrying Rainer Holl pulled up. The German economics
minister was then a day into his visit." A description of an office with a nationality, opening the
sentence right after one naming a single person the article has given no office or country, is that person and
tells the office; "the minister" later is them too. Not when the sentence before names two people, nor when the
person already holds an office."""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text, surname, title, country", [
    ("Shortly after ten the car carrying Rainer Holl pulled up at the hall. The German economics minister was "
     "then only a day into his visit.", "Holl", "economics minister", "Germany"),
    ("Crowds waited for hours to see Ana Pires. The Portuguese foreign minister arrived just before noon.",
     "Pires", "foreign minister", "Portugal"),
    ("Henrik Lindqvist landed in Lagos late on Monday. The Swedish trade minister said little.",
     "Lindqvist", "trade minister", "Sweden"),
])
def test_the_description_tells_the_office(extract, text, surname, title, country):
    assert (surname, title, country) in offices_by_surname(extract(text))


def test_the_minister_later_is_the_same_person(extract):
    facts = extract("Shortly after ten the car carrying Rainer Holl pulled up at the hall. The German economics "
                    "minister was then only a day into his visit. Chinese Vice Premier Li Dong received the "
                    "minister for an hour.")
    assert frozenset({"Holl", "Dong"}) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "Rainer Holl greeted Ana Pires at the airport. The German economics minister said little.",
    "Economy Minister Rainer Holl arrived at the airport. The Austrian foreign minister said little.",
])
def test_no_single_unplaced_person_no_office(extract, text):
    assert not {o for o in offices_by_surname(extract(text)) if o[2] == "Austria" or o[1] == "economics minister"}
