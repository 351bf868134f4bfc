"""A titled leader and "his counterpart B" as one subject of a verb of exchange ("discussed", "exchanged
views") are the two sides of it, also where the parser hangs the counterpart on the leader's name
under the title ("Laos's Prime Minister A and his Thai counterpart B ...")."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text", [
    "Laos's Prime Minister Somchai Vong and his Thai counterpart Anan Suksai early Sunday discussed bilateral cooperation.",
    "Kenya's President Ruth Njeri and her Ugandan counterpart Moses Okello on Friday discussed cross-border trade.",
    "Chile's Foreign Minister Paula Reyes and her Bolivian counterpart Diego Mamani early Tuesday discussed water rights.",
])
def test_leader_and_counterpart_discussing_met(extract, text):
    found = met_pairs(extract(text))
    assert len(found) == 1 and len(next(iter(found))) == 2, found


@pytest.mark.parametrize("text", [
    "Kenya's President Ruth Njeri and the national assembly on Friday discussed the budget.",
    "Kenya's President Ruth Njeri and her party on Friday discussed the budget.",
])
def test_a_leader_and_a_body_discussing_name_no_pair(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))


@pytest.mark.parametrize("text, name", [
    ("President Ruth Njeri met her Ugandan counterpart Moses Okello on Friday.", "Moses Okello"),
    ("Kenya's President Ruth Njeri and her Ugandan counterpart Moses Okello on Friday discussed cross-border trade.",
     "Moses Okello"),
    ("The minister later hosted his Rwandan counterpart Jean Bosco Habimana at the lodge.", "Jean Bosco Habimana"),
])
def test_an_untagged_name_after_a_counterpart_phrase_is_the_counterpart(extract, text, name):
    assert name in names(extract(text)), names(extract(text))


def test_no_name_after_a_counterpart_phrase_without_capitals(extract):
    found = names(extract("President Ruth Njeri met her Ugandan counterpart on the border on Friday."))
    assert found == {"Ruth Njeri"}, found
