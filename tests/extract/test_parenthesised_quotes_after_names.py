"""A quoted clause that fills a parenthesis right after a person's name is that person's words
("President Kofi Mensah ('We will never surrender our land') rallied ..."). A parenthesised nickname
or title with no verb of its own ("Ana Roe ('the Iron Lady')") is no speech."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("President Kofi Mensah (“We will never surrender our land”) rallied supporters in Kumasi.",
     "never surrender our land", "Kofi Mensah"),
    ("Senator Lai Ching (\"I will not be silenced\") spoke for three hours.", "I will not be silenced", "Lai Ching"),
    ("Governor Ruth Akinyi ('Our county is open for business') addressed investors in Nairobi.",
     "open for business", "Ruth Akinyi"),
])
def test_a_quoted_clause_in_parentheses_after_a_name_is_theirs(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("Minister Ana Roe (\"the Iron Lady\") arrived on Monday.", "the Iron Lady"),
    ("Minister Ana Roe (“Annie” to her friends) arrived on Monday.", "Annie"),
])
def test_a_parenthesised_nickname_is_no_speech(extract, text, words):
    assert speaker_of(extract(text), words) is None
