"""Who a meeting is between when the sentence is passive, or when someone else asks for it."""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text, pair", [
    ("Talks were held by Foreign Minister Ana Ruiz with her Greek counterpart Nikos Pappas in Athens on Monday.",
     {"Ruiz", "Pappas"}),
    ("A meeting was held between Foreign Minister Ana Ruiz and Defence Minister Luka Babic in Rome.", {"Ruiz", "Babic"}),
    ("The talks in Quito were co-chaired by Ecuadorian Foreign Minister Lucia Mora and Greek Foreign Minister "
     "Nikos Pappas.", {"Mora", "Pappas"}),
    ("Consultations were conducted on Friday by Deputy Minister Omar Farid and Ambassador Lea Roth in Cairo.",
     {"Farid", "Roth"}),
])
def test_passive_talks_take_their_by_and_with_phrases(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_passive_talks_without_people_make_no_meeting(extract):
    assert not extract("A meeting was held in Rome on Monday.").meetings


@pytest.mark.parametrize("text, pair, asker", [
    ("Senator Rita Vance challenged President Amos Kibet to meet Governor Luis Pardo before the vote.",
     {"Kibet", "Pardo"}, "Vance"),
    ("President Amos Kibet urged Premier Ida Berg to meet Governor Luis Pardo.", {"Berg", "Pardo"}, "Kibet"),
    ("Mayor Tess Lund invited Minister Omar Farid to sit down with Governor Luis Pardo.", {"Farid", "Pardo"}, "Lund"),
])
def test_who_asks_for_a_meeting_with_a_third_person_is_not_at_it(extract, text, pair, asker):
    facts = extract(text)
    a, b = sorted(pair)
    assert statuses_between(facts, a, b) == {"Proposed"}
    assert not statuses_between(facts, asker, a) and not statuses_between(facts, asker, b)


def test_the_inviter_is_the_other_party_when_no_one_else_is_named(extract):
    facts = extract("President Amos Kibet invited Premier Ida Berg to meet in Nairobi.")
    assert statuses_between(facts, "Kibet", "Berg") == {"Proposed"}


@pytest.mark.parametrize("text", [
    "It is time for President Amos Kibet to meet Governor Luis Pardo, Senator Rita Vance said.",
    "It would be wise for Premier Ida Berg to meet Governor Luis Pardo soon.",
    "Senator Rita Vance said there was no need for Premier Ida Berg to meet President Amos Kibet.",
])
def test_a_for_to_clause_is_not_a_meeting_that_happened(extract, text):
    assert not met_pairs(extract(text))
