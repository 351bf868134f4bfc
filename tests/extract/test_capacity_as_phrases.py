"""The capacity a person acts in, given by an "as" phrase of their clause wherever it stands: "X attended
the summit in her role as trade minister", "In his role as envoy for the Sahel, X travelled",
"X, in his capacity as chairman of the board, signed", "X leads the delegation as deputy minister",
"X spoke at the forum as president of the association". Not where the verb casts its object ("described
Y as the best minister"), nor an office still to come ("sees himself as the next prime minister")."""
import pytest

from tests.conftest import person_key


def titles(facts, surname):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key]


@pytest.mark.parametrize("text, surname, title", [
    ("Lotte Brandvold attended the summit in her role as Norway's trade minister.", "Brandvold", "trade minister"),
    ("In his role as special envoy for the Great Lakes, Matthias Keller flew to Goma on Monday.", "Keller", "special envoy"),
    ("Kwesi Ampofo-Darko, in his capacity as chairman of the cocoa board, signed the contract.", "Ampofo-Darko", "chairman"),
    ("Henrike Maas leads the Dutch team as deputy foreign minister.", "Maas", "deputy foreign minister"),
    ("Ritu Banerjee spoke at the congress as president of the nurses' association.", "Banerjee", "president"),
    ("Yara Quintela will represent Angola at the talks as foreign minister.", "Quintela", "foreign minister"),
])
def test_as_phrase_gives_the_subjects_office(extract, text, surname, title):
    held = titles(extract(text), surname)
    assert any(title in t for t in held), held


@pytest.mark.parametrize("text, surname", [
    ("Marek Zielny described Anna Brix as the best finance minister in decades.", "Zielny"),
    ("Marek Zielny described Anna Brix as the best finance minister in decades.", "Brix"),
    ("Tomas Berg sees himself as the next prime minister.", "Berg"),
    ("Kemal Arslan praised Leyla Demirel as president of the bar.", "Arslan"),
    ("Mia Sorensen arrived as the president finished his speech.", "Sorensen"),
])
def test_no_office_from_a_cast_object_or_a_future_post(extract, text, surname):
    assert titles(extract(text), surname) == []


def test_fronted_capacity_before_an_appointment_stays_the_subjects(extract):
    facts = extract("As party leader, Ilse Brandt appointed Jonas Weber as finance minister.")
    assert "party leader" in titles(facts, "Brandt")
    assert "party leader" not in titles(facts, "Weber")
