"""List-shaped offices: "the Governor of X, A, the Mayor of Y, B, and the head of Z, C" gives each
person the office set off before their name, even where NER misreads the place or the name."""
import pytest

from tests.conftest import met_pairs, person_key


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, expected", [
    ("The Intendant of the Maule Region, Ana Soto, received the Governor of Talca Province, "
     "Luis Ferrada, the Mayor of Curepto, Jorge Pino, and local fire chiefs.",
     {"Soto": "Intendant", "Ferrada": "Governor", "Pino": "Mayor"}),
    ("She met the chairman of the water board, Felix Ortiz, and the Prefect of Gironde, Marc Dubois.",
     {"Ortiz": "chairman", "Dubois": "Prefect"}),
    ("Attending were the Minister of Health, Carla Moreno, the head of the port authority, Ines Calvo, "
     "and the Governor of Cusco, Raul Vega.",
     {"Moreno": "Minister", "Calvo": "head", "Vega": "Governor"}),
])
def test_each_listed_person_gets_the_office_before_the_name(extract, text, expected):
    facts = extract(text)
    for surname, head in expected.items():
        assert any(head in t for t in titles_of(facts, surname)), (surname, titles_of(facts, surname))


def test_place_in_title_complement_is_the_posts_place_not_a_person(extract):
    facts = extract("The Governor of the Kivu Province, Paul Mbeki, received the Mayor of Lakeport, Dana Holt, "
                    "on Friday.")
    holt = person_key(facts, "Holt")
    assert any(o.title.startswith("Mayor") for o in facts.offices if o.person == holt)
    assert not any(p.name in {"Lakeport", "Kivu"} for p in facts.persons.values())


def test_listed_officials_all_meet_the_host(extract):
    facts = extract("The Prefect of the Nord region, Pierre Lagrange, held talks with the Mayor of Dunkirk, "
                    "Anne Roussel, and the director of the harbour, Luc Meyer.")
    pairs = met_pairs(facts)
    assert frozenset({"Lagrange", "Roussel"}) in pairs
    assert frozenset({"Lagrange", "Meyer"}) in pairs
