"""A surname that is also a city's name ("Medina", "Florence", "Lima") stands for the person a full name in the
article introduced, unless the article uses the word as a place itself. Wordings of our own."""
import pytest

from tests.conftest import delegation_of, met_pairs, names, speaker_of


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Lopes received Peru's Vice-President Tomás Medina on Monday. "
    "Medina led a delegation which included Trade Minister Rosa Quispe.",
    "Peru's Vice-President Tomás Medina arrived in Lisbon on Monday. Medina headed a delegation that "
    "included Trade Minister Rosa Quispe, and was received by Foreign Minister Ana Lopes.",
    "Vice-President Tomás Medina of Peru, who was received by Foreign Minister Ana Lopes, led a delegation. "
    "Trade Minister Rosa Quispe was also part of it. Medina thanked his hosts.",
])
def test_the_surname_alone_is_the_person(extract, text):
    facts = extract(text)
    assert names(facts) >= {"Tomás Medina", "Ana Lopes"}
    assert "Medina" not in names(facts)
    assert frozenset({"Medina", "Lopes"}) in met_pairs(facts)


@pytest.mark.parametrize("text, words", [
    ('Interior Minister Luis Medina met the press. "We came to work," Medina said.', "We came to work"),
    ('Medina, speaking through an interpreter, was blunt. Interior Minister Luis Medina had flown in overnight. '
     '"We came to work," he said.', "We came to work"),
])
def test_the_surname_alone_speaks(extract, text, words):
    assert speaker_of(extract(text), words) == "Luis Medina"


def test_a_city_the_article_travels_to_stays_a_place(extract):
    facts = extract("Pilgrims' envoy Omar Said met Imam Khalid Rahman. They flew to Medina on Friday and "
                    "prayed in Medina.")
    assert "Medina" not in names(facts)


def test_the_led_delegation_keeps_its_head(extract):
    facts = extract("Prime Minister Ana Lopes hosted Peru's Vice-President Tomás Medina. Medina led a delegation "
                    "which included Trade Minister Rosa Quispe.")
    delegation = delegation_of(facts, "Peru")
    assert {facts.persons[m].name for m in delegation.members} >= {"Tomás Medina", "Rosa Quispe"}
