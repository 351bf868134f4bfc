"""Offices in an apposition after the name that the parse hides (a hyphenated head, a participle, a
subject set off by commas, two coordinated offices), offices named by an "as" phrase ("who sits as
vice-chair of"), a member of parliament, and an office verb's body kept in its title."""
import pytest

from tests.conftest import person_key


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, surname, title", [
    ("The group includes Ana Weber, director-general for European affairs, and Tom Holt.", "Weber",
     "director-general for European affairs"),
    ("The minister received Ryo Sato, managing executive officer of Tanaka Holdings.", "Sato",
     "managing executive officer of Tanaka Holdings"),
    ("We spoke to Claire Dubois, acting director of the port authority, on Friday.", "Dubois",
     "acting director of the port authority"),
    ("Ahn Min-su, South Korea\u2019s Minister of Trade, Industry and Energy, led the group.", "Min-su",
         "Minister of Trade, Industry and Energy"),
])
def test_an_apposition_after_the_name_with_a_hyphen_participle_or_commas(extract, text, surname, title):
    assert title in titles_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, titles", [
    ("Maria Lind, president and chief executive of Nordic Copper, sat down with the minister.", "Lind",
     {"president of Nordic Copper", "chief executive of Nordic Copper"}),
    ("The guests included Paul Okoro, chairman and managing director of the Delta Bank.", "Okoro",
     {"chairman of the Delta Bank", "managing director of the Delta Bank"}),
    ("Jan Berg, founder and chief executive of Fjord Energy, spoke first.", "Berg", {"chief executive of Fjord Energy"}),
])
def test_two_coordinated_offices_in_one_apposition(extract, text, surname, titles):
    assert titles <= titles_of(extract(text), surname)


def test_a_description_coordinated_with_an_office_is_no_second_office(extract):
    facts = extract("Tomas Herrera, a former ambassador to Japan and career diplomat, took charge in May.")
    assert not any("diplomat" in o.title for o in facts.offices)


@pytest.mark.parametrize("text, surname, title", [
    ("Karl Olsen, who took over as chair of the Baltic council this year, spoke first.", "Olsen",
     "chair of the Baltic council"),
    ("Heather Lowe, who sits as vice-chair of the committee, called it weak.", "Lowe", "vice-chair"),
    ("Peter Banda, who stays on as treasurer of the party, declined to comment.", "Banda", "treasurer of the party"),
])
def test_an_as_phrase_names_the_subjects_office(extract, text, surname, title):
    assert title in titles_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, title", [
    ("NDP MP Heather Lowe said nothing.", "Lowe", "NDP MP"),
    ("Labour MP Sarah Boyd voted against.", "Boyd", "MP"),
    ("The question came from Green Party MP Tom Ashby.", "Ashby", "MP"),
])
def test_a_member_of_parliament(extract, text, surname, title):
    assert any(title in t for t in titles_of(extract(text), surname))


@pytest.mark.parametrize("text, surname, title", [
    ("Omar Keita, who heads Mali's transitional government, refused.", "Keita", "head of the transitional government"),
    ("Lena Ek chairs the finance committee.", "Ek", "chair of the finance committee"),
    ("Ivo Kral, who runs the central bank, said rates would hold.", "Kral", "head of the central bank"),
])
def test_an_office_verbs_body_is_in_the_title(extract, text, surname, title):
    assert title in titles_of(extract(text), surname)
