"""One person per name, even when NER cuts a name short or the article varies it."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, whole", [
    ("Envoy Sees Minister Sharif Khattak\n\nOn Sunday the envoy sat down with Qatari Foreign Minister Imran Sharif "
     "Khattak at a hotel in Doha.", "Imran Sharif Khattak"),
    ("Lunch with Minister Sharif Khattak\n\nThe ambassador hosted Foreign Minister Imran Sharif Khattak for lunch.",
     "Imran Sharif Khattak"),
    ("Visit by Minister Sharif Khattak\n\nThe Secretary held talks this morning with Trade Minister Imran Sharif "
     "Khattak in Doha.", "Imran Sharif Khattak"),
])
def test_a_compound_surname_and_the_full_name_are_one_person(extract, text, whole):
    found = names(extract(text))
    assert whole in found
    assert not any(n != whole and set(n.split()) < set(whole.split()) for n in found)


@pytest.mark.parametrize("text, whole", [
    ("Secretary of Commerce Antony J. Kell met the governors in Ohio.", "Antony J. Kell"),
    ("Under Secretary of State Robert J. Lamb visited Paris.", "Robert J. Lamb"),
    ("Secretary of State Lionel K. Marsh met today with Foreign Minister Amira Khan Durrani in Geneva.", "Lionel K. Marsh"),
])
def test_a_first_name_before_an_initial_belongs_to_the_name(extract, text, whole):
    assert whole in names(extract(text))


@pytest.mark.parametrize("text, full, short", [
    ("Minister Maria Jose Fernandez Ruiz arrived in Lima. Fernandez Ruiz met President Tomas Vell.",
     "Maria Jose Fernandez Ruiz", "Fernandez Ruiz"),
    ("Prime Minister Rafael Dominguez Ortega met Chancellor Greta Holm. Dominguez Ortega told reporters “We agree.”",
     "Rafael Dominguez Ortega", "Dominguez Ortega"),
    ("Chancellor Nadia Rahman Chowdhury arrived in Rome. Rahman Chowdhury met the pope.",
     "Nadia Rahman Chowdhury", "Rahman Chowdhury"),
])
def test_a_shorter_variant_is_the_same_person(extract, text, full, short):
    facts = extract(text)
    assert full in names(facts) and short not in names(facts)
