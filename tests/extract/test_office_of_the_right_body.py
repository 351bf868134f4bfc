"""The `of` of an office is the country or body it serves, never the place it is posted to nor a word of
the title itself: "Angola's ambassador to the United Nations" is Angola's, "Kenya's Cabinet Secretary for
Foreign Affairs" is Kenya's (Foreign Affairs is the portfolio), "Police Inspector-General X" and "Major
General X" name no body. A real body stays ("FBI Director X", "Secretary General of NATO X")."""
import pytest

from tests.conftest import person_key


def orgs(facts, surname):
    key = person_key(facts, surname)
    return {o.title: o.org for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title, org", [
    ("Paulo Mendonca, Angola's ambassador to the United Nations, called for a ceasefire.", "Mendonca",
     "ambassador to the United Nations", "Angola"),
    ("Kenya's Cabinet Secretary for Foreign Affairs, Musalia Wekesa, met the Chinese envoy.", "Wekesa",
     "Cabinet Secretary for Foreign Affairs", "Kenya"),
    ("Police Inspector-General Usman Baba-Kwari told reporters that 40 people had been detained.", "Baba-Kwari",
     "Police Inspector-General", None),
    ("Major General Haruto Ishikawa inspected the base on Monday.", "Ishikawa", "Major General", None),
])
def test_office_serves_the_right_body(extract, text, surname, title, org):
    found = orgs(extract(text), surname)
    assert found.get(title, "missing") == org, found


@pytest.mark.parametrize("text, surname, org", [
    ("FBI Director Kash Pettersen testified on Tuesday.", "Pettersen", "FBI"),
    ("Secretary General of NATO Mark Ruddock spoke in Vilnius.", "Ruddock", "NATO"),
    ("Interior Ministry spokesman Khalid al-Mutairi said the suspects had fled.", "al-Mutairi", "Interior Ministry"),
    ("Central Bank Governor Pablo Ortiga left rates unchanged.", "Ortiga", "Central Bank"),
])
def test_a_real_body_stays(extract, text, surname, org):
    assert org in orgs(extract(text), surname).values()
