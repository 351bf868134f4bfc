"""A group met without names ("held separate meetings with leaders of three nations", "met three visiting
ministers") and named by "be" in the next sentence ("The three leaders are B, C and D", "They were B and
C") gives the host a meeting with each; separate meetings pair no two guests."""
import pytest

from tests.conftest import met_pairs


def test_separate_meetings_with_a_group_named_next(extract):
    facts = extract("Prime Minister Ravi Menon on Monday held separate meetings with leaders of three island nations "
                    "on the sidelines of the forum. The three leaders are President Ana Lemaru of Tonga, Prime "
                    "Minister Joe Kiribo of Tuvalu and President Mark Tebau of Nauru.")
    assert met_pairs(facts) == {frozenset({"Menon", "Lemaru"}), frozenset({"Menon", "Kiribo"}),
                                frozenset({"Menon", "Tebau"})}, met_pairs(facts)


@pytest.mark.parametrize("text, host, guests", [
    ("President Ana Costa met three visiting foreign ministers on Tuesday. They were Pedro Soto of Chile, "
     "Ilze Ozola of Latvia and Kenji Sato of Japan.", "Costa", {"Soto", "Ozola", "Sato"}),
    ("Governor Ruth Njeri hosted two mayors at her office. The mayors were Paul Okoro and Grace Adeyemi.",
     "Njeri", {"Okoro", "Adeyemi"}),
    ("Senator Tom Kibet received four envoys in Nairobi on Friday. The envoys were Lars Berg, Kenji Sato, "
     "Pedro Soto and Ilze Ozola.", "Kibet", {"Berg", "Sato", "Soto", "Ozola"}),
])
def test_the_host_met_each_of_the_group_named_next(extract, text, host, guests):
    found = met_pairs(extract(text))
    assert {frozenset({host, g}) for g in guests} <= found, found


@pytest.mark.parametrize("text", [
    "The chancellor held talks with two governors in Berlin. The governors were Max Huber and Karl Bauer.",
    "President Ana Costa met three visiting ministers on Tuesday. Her predecessors were Pedro Soto and Ilze Ozola.",
])
def test_no_group_named_after_a_meeting_with_a_named_host(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
