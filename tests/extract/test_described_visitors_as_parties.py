"""A description that stands for the one person named before who fits it, as a meeting's party:
"the Moroccan official" (any office holder of that country), "the Moroccan minister" and "the visiting
minister" (also a deputy minister on the visit, when no one else fits). Never when two people fit, and
never "the president" for a vice president without anything else narrowing it. Wordings of our own."""
import pytest

from tests.conftest import met_pairs

_VISIT = "President Ruth Mwale received Moroccan Deputy Foreign Minister Youssef Alami on Monday. "


@pytest.mark.parametrize("follow", [
    "The Moroccan official is due to call on Vice President Daniel Phiri on Tuesday.",
    "On Tuesday the Moroccan minister met Vice President Daniel Phiri.",
    "The visiting minister later held talks with Vice President Daniel Phiri.",
    "Vice President Daniel Phiri will host the Moroccan official for dinner on Wednesday.",
])
def test_the_description_is_the_visitor(extract, follow):
    assert frozenset({"Alami", "Phiri"}) in met_pairs(extract(_VISIT + follow))


def test_two_who_fit_leave_the_description_unresolved(extract):
    text = ("President Ruth Mwale received Moroccan Foreign Minister Youssef Alami and Moroccan Trade Minister "
            "Nadia Bennani on Monday. The Moroccan minister later met Vice President Daniel Phiri.")
    pairs = met_pairs(extract(text))
    assert frozenset({"Alami", "Phiri"}) not in pairs and frozenset({"Bennani", "Phiri"}) not in pairs


def test_the_president_is_not_the_vice_president(extract):
    text = "Vice President Daniel Phiri arrived in Rabat on Monday. The president later met Youssef Alami."
    assert frozenset({"Phiri", "Alami"}) not in met_pairs(extract(text))
