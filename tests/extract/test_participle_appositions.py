"""An office apposition opened by an adverb and a participle ("X, the newly elected president of the bar
association,", "X, the recently appointed head of the agency,") is still the name's office, and the
adverb is no part of the title; "a member of parliament from Lebanon" leaves no "from" behind."""
import pytest

from tests.conftest import person_key


def titles(facts, surname):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key]


@pytest.mark.parametrize("text, surname, title", [
    ("Victor Amankwah, the newly elected president of the bar association, said judges must be independent.",
     "Amankwah", "president of the bar association"),
    ("Lucia Ferreira, the recently appointed head of the tax agency, promised reforms.", "Ferreira", "head of the tax agency"),
    ("Tomasz Lewandowski, the newly installed governor of the region, toured the flooded towns.",
     "Lewandowski", "governor of the region"),
])
def test_participle_apposition_is_an_office(extract, text, surname, title):
    held = titles(extract(text), surname)
    assert title in held, held
    assert not any("newly" in t or "recently" in t for t in held), held


def test_place_of_origin_is_no_part_of_the_title(extract):
    held = titles(extract("Samir Khoury, a member of parliament from Lebanon, called for calm."), "Khoury")
    assert held == ["member of parliament"], held


def test_participle_on_a_non_office_gives_nothing(extract):
    # negative: the apposition's head is no office word
    assert titles(extract("Mirela Popescu, the newly crowned champion, spoke first."), "Popescu") == []
