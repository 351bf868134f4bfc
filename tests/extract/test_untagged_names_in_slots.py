"""Names the tagger leaves untagged: two or three capitalised words opening with a known given name,
as the subject or object of a verb or the object of "with"/"by", are a person; street, place,
organisation and title words, a country's word first, or a verb inside a name keep them out."""
import pytest

from tests.conftest import meetings_between, names


@pytest.mark.parametrize("text, a, b", [
    ("Ana Lopes met Tomas Ruiz on Monday.", "Lopes", "Ruiz"),
    ("Aiko Tanabe sat down with Tomas Ruiz in Lima.", "Tanabe", "Ruiz"),
    ("On Monday the envoy was received by Olga Petrova, and later Ana Lopes hosted Tomas Ruiz for dinner.", "Lopes", "Ruiz"),
])
def test_an_untagged_name_in_a_persons_slot_meets(extract, text, a, b):
    facts = extract(text)
    assert meetings_between(facts, a, b), f"no meeting between {a} and {b} in {names(facts)}"


@pytest.mark.parametrize("text, name", [
    ("Ana Lopes met Tomas Ruiz on Monday.", "Ana Lopes"),
    ("The minister talked with Aiko Tanabe about fishing quotas.", "Aiko Tanabe"),
    ("The petition was signed by Olga Petrova and two other lawmakers.", "Olga Petrova"),
])
def test_the_name_is_a_person(extract, text, name):
    assert name in names(extract(text))


@pytest.mark.parametrize("text, not_a_person", [
    ("Victoria Street was closed on Monday for the parade.", "Victoria Street"),
    ("Georgia Tech hosted the robotics contest.", "Georgia Tech"),
    ("The envoy met Lao Ambassador Khamla Vong on Friday.", "Lao Ambassador"),
    ("She leads the Office for Promoting Christian Unity.", "Christian Unity"),
    ("Jordan Valley farmers met the minister.", "Jordan Valley"),
])
def test_places_titles_and_names_of_bodies_stay_out(extract, text, not_a_person):
    assert not_a_person not in names(extract(text))
