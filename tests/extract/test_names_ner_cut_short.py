"""Names the tagger cut short: a known given name (and a surname) left before the other surnames
("met Lucía | Ortega Vidal", "met Josefina Ibáñez | Correa"), and the second syllable of a given name after a
family name written first ("Ri Son | Gwon"), typed as a nationality, a body or nothing."""
import pytest

from tests.conftest import met_pairs, names, offices_by_surname, speaker_of


@pytest.mark.parametrize("text, full", [
    ("The foreign minister met Lucía Ortega Vidal in Lima on Monday.", "Lucía Ortega Vidal"),
    ("On Friday the envoy received Catalina Ruiz Tagle at the embassy.", "Catalina Ruiz Tagle"),
    ("The talks were chaired by Mariana Soto Beltrán, who flew in from Quito.", "Mariana Soto Beltrán"),
    ("The prize went to Beatriz Morales Ibarra, a lawyer from Cali.", "Beatriz Morales Ibarra"),
    ("Chilean Foreign Minister Tomás Ferrer met Josefina Ibáñez Correa in Santiago.", "Josefina Ibáñez Correa"),
    ("Talks with Rafaela Quiroga Mena, the trade envoy, ended late.", "Rafaela Quiroga Mena"),
])
def test_a_given_name_before_two_surnames_opens_the_name(extract, text, full):
    assert full in names(extract(text))


@pytest.mark.parametrize("text", [
    "The minister met Lucía Ortega Vidal in Lima. Ortega Vidal said: \"We agreed on the route.\"",
    "Lucía Ortega Vidal met the minister in Lima. Later Ortega Vidal told reporters: \"We agreed on the route.\"",
])
def test_the_surnames_alone_refer_to_the_same_person(extract, text):
    facts = extract(text)
    assert speaker_of(facts, "We agreed on the route") == "Lucía Ortega Vidal"
    assert len([n for n in names(facts) if "Vidal" in n]) == 1


@pytest.mark.parametrize("text, full, surname", [
    ("North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday.", "Choe Son Hui", "Hui"),
    ("The delegation was led by Vice Minister Pak Myong Ho, who met the host on Tuesday.", "Pak Myong Ho", "Ho"),
    ("Ri Son Gwon, a senior official, said the talks had failed.", "Ri Son Gwon", "Gwon"),
])
def test_a_given_names_second_syllable_stays_in_the_name(extract, text, full, surname):
    facts = extract(text)
    assert full in names(facts)
    assert not any(n == surname for n in names(facts))


def test_the_family_name_alone_refers_back(extract):
    facts = extract("North Korean Foreign Minister Choe Son Hui met Sergei Lavrov in Moscow on Monday. "
                    "Choe told reporters: \"The talks were useful.\"")
    assert speaker_of(facts, "The talks were useful") == "Choe Son Hui"
    assert frozenset({"Hui", "Lavrov"}) in met_pairs(facts)
    assert ("hui", "foreign minister", "North Korea") in {(s.lower(), t, o) for s, t, o in offices_by_surname(facts)}
