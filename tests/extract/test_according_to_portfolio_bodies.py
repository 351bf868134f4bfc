"""The source of an "according to" phrase that is a government body with its own portfolio is named
as that body, as it is when it is a reporting verb's subject ("according to Peru's foreign ministry":
Peru's foreign ministry, not Peru). A country or a body without a portfolio word stays as it was."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Prime Minister Fumio Sato held talks with President Joko Santoso on Monday. Sato “expressed deep "
     "appreciation” for Indonesia's support, according to the Japanese foreign ministry.", "deep appreciation",
     "Japanese foreign ministry"),
    ("“The border will reopen on Monday,” according to Peru's interior ministry.", "border will reopen",
     "Peru|interior ministry"),
    ("According to the foreign ministry in Hanoi, the patrol was “a serious violation”.", "serious violation",
     "Vietnam|foreign ministry"),
])
def test_an_according_to_body_is_named_by_its_portfolio(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("“The border will reopen on Monday,” according to the Peruvian government.", "border will reopen", "Peru"),
])
def test_a_government_without_a_portfolio_stays_the_country(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
