"""A given name that is also a capital standing for its country ("Santiago" for Chile, "Lima" for Peru) opens a
person's name before a surname, whether NER tagged the name as a person or as an organisation: the person
keeps the whole name, the office and the quotes given to the surname later. Before an office word, an
organisation word or a whole name, the word is still the city."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name", [
    ("President Ana Moreno received on Tuesday her Uruguayan counterpart, Santiago Ibarra, at the palace.",
     "Santiago Ibarra"),
    ("The deal was welcomed by the mining minister, Santiago Ferrán, on Friday.", "Santiago Ferrán"),
    ("The prize went to the poet Lima Barreto's grandson.", "Lima Barreto"),
    ("The motion was signed by Santiago Olmedo and two other deputies.", "Santiago Olmedo"),
])
def test_capital_as_given_name_opens_the_name(extract, text, name):
    facts = extract(text)
    assert name in names(facts), names(facts)
    assert name.split()[-1] not in names(facts)


def test_the_person_keeps_office_and_quotes(extract):
    facts = extract("President Ana Moreno received on Tuesday her Uruguayan counterpart, Santiago Ibarra, at "
                    "the palace. Ibarra said the talks had been \"long but useful.\"")
    assert ("Ibarra", "president", "Uruguay") in offices_by_surname(facts)
    speakers = {facts.persons[s.speaker.key].name for s in facts.statements if s.speaker.kind == "person"}
    assert "Santiago Ibarra" in speakers


@pytest.mark.parametrize("text, place_title", [
    ("The Santiago Mayor Rosa Vial also came to the signing.", "mayor"),
    ("The Peruvian Consul General in Lima Ana Ruiz met the delegation.", "consul general in lima"),
])
def test_the_capital_before_an_office_or_a_whole_name_is_still_the_city(extract, text, place_title):
    facts = extract(text)
    assert not any(n.startswith(("Santiago", "Lima")) for n in names(facts)), names(facts)
    assert any(t == place_title for _, t, _ in offices_by_surname(facts))
