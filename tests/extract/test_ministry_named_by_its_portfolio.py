"""A ministry named by its portfolio alone, in lower case and with no country ("the foreign ministry told
reporters", "the defence ministry added"), speaks as that ministry; "the competent department" or "the
relevant department" names no portfolio and speaks for no one."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ('"We will send aid within days," the foreign ministry announced on Monday.', "send aid", "foreign ministry"),
    ('The defence ministry said: "No troops crossed the border."', "No troops crossed", "defence ministry"),
    ('"The figures are wrong," the finance ministry said on Monday, rejecting the report.', "figures are wrong",
     "finance ministry"),
])
def test_the_ministry_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ('"We will send aid within days," the competent department announced on Monday.', "send aid"),
    ('"The figures are wrong," the relevant department said.', "figures are wrong"),
])
def test_no_portfolio_names_no_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None
