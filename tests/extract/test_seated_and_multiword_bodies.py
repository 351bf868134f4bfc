"""A government body placed in its capital speaks for that country ("the foreign ministry in Hanoi
said": Vietnam's foreign ministry), and a nationality of two words names the body whole ("the North
Korean foreign ministry", never the South's). An embassy in a capital is some other country's."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The foreign ministry in Hanoi said the claims were “baseless”.", "baseless", "Vietnam|foreign ministry"),
    ("The interior ministry in Kuala Lumpur said in a statement that the men were “foreign nationals”.",
     "foreign nationals", "Malaysia|interior ministry"),
    ("“The strike is unprotected,” the government in Nairobi said on Monday.", "strike is unprotected", "Kenya"),
    ("The ministry of defence in Ankara said the operation was “proceeding as planned”.", "proceeding as planned",
     "Turkey"),
])
def test_a_body_in_its_capital_speaks_for_the_country(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("The North Korean foreign ministry said the drills were “a rehearsal for invasion”.", "rehearsal for invasion",
     "North Korean foreign ministry"),
    ("The South Korean unification ministry said the offer was “sincere”.", "sincere",
     "South Korean unification ministry"),
    ("“We will respond in kind,” the North Korean defence ministry said in a statement.", "respond in kind",
     "North Korean defence ministry"),
])
def test_a_nationality_of_two_words_names_the_body(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # an embassy sits abroad: whose it is, the capital does not say
    ("The embassy in Nairobi said in a statement that “all consular services are suspended”.",
     "consular services"),
])
def test_an_embassy_in_a_capital_is_not_that_country(extract, text, words):
    assert speaker_of(extract(text), words) != "Kenya"
