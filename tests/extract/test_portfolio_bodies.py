"""A government body with a portfolio word ("Peru's foreign ministry", "the Ghanaian
interior ministry") speaks as that body, named as the text names it; a bare "the ministry" later
is the same body; a body with no portfolio ("Russia's government") stays the country."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Lima reacted the same evening. Peru's foreign ministry accused Quito of \"bad faith\" in a short note.",
     "bad faith", "Peru|foreign ministry"),
    ("The Ghanaian interior ministry promised the new border posts would open \"before the harvest\".",
     "before the harvest", "Ghanaian interior ministry"),
    ("Poland's defence ministry said the drills would go on \"as planned\".", "as planned",
     "Poland|defence ministry"),
])
def test_a_portfolio_body_speaks_as_itself(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_the_ministry_later_is_the_same_body(extract):
    facts = extract("Poland's defence ministry said the drills would go on \"as planned\".\n\n"
                    "The exercise involves 3,000 troops. \"No civilian will be affected,\" the ministry added.")
    assert speaker_of(facts, "No civilian will be affected") == "Poland|defence ministry"


@pytest.mark.parametrize("text, words, speaker", [
    ("Russia's government said the talks were \"useful\".", "useful", "Russia"),
    ("The Kenyan government said the border would stay \"fully open\".", "fully open", "Kenya"),
])
def test_a_body_without_a_portfolio_is_the_country(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_it_after_a_portfolio_body_is_the_same_body(extract):
    facts = extract("Lima reacted the same evening. Peru's foreign ministry said in a note that the envoy would "
                    "be recalled. It accused the neighbours of \"sheltering smugglers\".")
    assert speaker_of(facts, "sheltering smugglers") == "Peru|foreign ministry"
