"""An office word or modifier the tagger reads as a verb ("taoiseach", "acting") while the parse hangs it as a
modifier on the name or office word after it is part of the office: "former taoiseach A" held the office,
"Acting President B" holds an acting one. A real verb before a title stays out of it."""
from __future__ import annotations

import pytest

from tests.conftest import offices_by_surname


def _titles(facts, surname: str, former: bool | None = None) -> set[str]:
    return {o.title.lower() for o in facts.offices
            if facts.persons[o.person].name.split()[-1] == surname and (former is None or o.former == former)}


@pytest.mark.parametrize("text, surname", [
    ("Former taoiseach Cathal Moloney said the deal was fair.", "Moloney"),
    ("The deal was praised by ex-taoiseach Cathal Moloney and the unions.", "Moloney"),
    ("Ex-taoiseach Cathal Moloney, 81, attended the funeral.", "Moloney"),
])
def test_a_former_office_word_read_as_a_verb_is_the_past_office(extract, text, surname):
    assert "taoiseach" in _titles(extract(text), surname, former=True)


@pytest.mark.parametrize("text, surname, title", [
    ("Acting President Farhad Nazari met the visiting delegation.", "Nazari", "acting president"),
    ("Acting Foreign Minister Oleh Hrytsenko met the Polish ambassador.", "Hrytsenko", "acting foreign minister"),
    ("The talks were led by acting foreign minister Oleh Hrytsenko.", "Hrytsenko", "acting foreign minister"),
    ("The acting taoiseach Cathal Moloney spoke first.", "Moloney", "acting taoiseach"),
])
def test_acting_read_as_a_verb_stays_in_the_office(extract, text, surname, title):
    assert title in _titles(extract(text), surname)


@pytest.mark.parametrize("text, surname, title", [
    ("Acting on advice from lawyers, Minister Ana Quiroga withdrew the bill.", "Quiroga", "minister"),
    ("Kenya will host Foreign Minister Ana Quiroga next week.", "Quiroga", "foreign minister"),
])
def test_a_real_verb_before_an_office_stays_out_of_it(extract, text, surname, title):
    assert _titles(extract(text), surname) == {title}


def test_acting_with_a_country_possessive_gives_one_office(extract):
    facts = extract("Kenya's acting foreign minister, Wanjiru Odhiambo, met the Somali envoy.")
    assert ("Odhiambo", "acting foreign minister", "Kenya") in offices_by_surname(facts)
    assert _titles(facts, "Odhiambo") == {"acting foreign minister"}
