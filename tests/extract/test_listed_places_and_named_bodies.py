"""Two more kinds of words NER or the title rule take for people: a short name listed with places after
a locative preposition or before a place noun ("in Suva, Nausori and Lami", "Tarrow, Kessel and Amber
areas"), and the common noun of a body or an event after a title word ("the Union General Secretariat",
"the Pacific Leaders Summit", "the General Directorate")."""
import pytest

from tests.conftest import names


def words_of(facts) -> set[str]:
    return {w for n in names(facts) for w in n.split()}


@pytest.mark.parametrize("text, place", [
    ("Fighting was reported in Goma, Rutshuru and Masisi on Sunday.", "Rutshuru"),
    ("The storm cut power in Suva, Nausori and Lami on Friday.", "Lami"),
])
def test_a_name_listed_with_places_is_a_place(extract, text, place):
    assert place not in words_of(extract(text))


@pytest.mark.parametrize("text, person", [
    ("The summit brought together Macron, Scholz and Meloni in Rome.", "Meloni"),
    ("Leaders of France, Germany and Tom Baker met in Oslo.", "Tom Baker"),
    ("The new line will stop in Darwin, Katherine and Tennant.", "Katherine"),  # a given name: not taken
])
def test_people_in_lists_stay_people(extract, text, person):
    assert person in names(extract(text))


@pytest.mark.parametrize("text, word", [
    ("The chairman met the Secretary-General at the Union General Secretariat in Rabat.", "Secretariat"),
    ("Tanaka invited Premier Mark Brown to the Pacific Leaders Summit in Tokyo.", "Summit"),
    ("The delegation met the Secretary-General of the Council at the General Directorate on Monday.", "Directorate"),
])
def test_a_body_or_event_noun_after_a_title_word_is_no_name(extract, text, word):
    assert word not in words_of(extract(text))


def test_a_name_after_a_title_word_is_still_taken(extract):
    assert "Mark Brown" in names(extract("Tanaka invited Premier Mark Brown to the Pacific Leaders Summit in Tokyo."))
