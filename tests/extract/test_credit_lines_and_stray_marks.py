"""Quote layouts of features and liveblogs:
- a credit line after a quote ('"..." - Jane Roe, mayor', or a dash line under the quote) names
  its speaker; a bullet that tells something ("- Ana Ruiz met the envoy") credits nobody;
- a paragraph opened with a closing mark by mistake ('\u201d... the race is over,\u201d wrote X') still
  opens a quote;
- a class noun with an organisation's name as its compound ("wrote Time magazine") is that
  organisation; a publishing verb's quote that is a clause of its own is the text put out."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("\"We will build the bridge, whatever it costs.\" \u2014 Mayor Tom Reyes, at the opening of the works.",
     "We will build the bridge", "Tom Reyes"),
    ("Two mayors spoke at the fair.\n\n\"Nobody leaves this valley hungry.\"\n\u2014 Tom Reyes, mayor of Olmo",
     "Nobody leaves this valley hungry", "Tom Reyes"),
    ("President Ana Ruiz watched the speech from Lima.\n\n\"She is ready. She never quits.\"\n"
     "-President Ruiz, posting after the speech.", "She is ready", "Ana Ruiz"),
])
def test_a_credit_line_names_the_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_bullet_that_tells_something_credits_nobody(extract):
    facts = extract("Recap of the day:\n\n\"Nobody leaves this valley hungry.\"\n- Tom Reyes met the governor at noon.")
    assert speaker_of(facts, "Nobody leaves this valley hungry") != "Tom Reyes"


@pytest.mark.parametrize("text, words, speaker", [
    ("Montana counts its ballots on Sunday.\n\n\u201d \u2026 as for Montana, nobody else has a chance,\u201d wrote "
     "Time magazine.", "nobody else has a chance", "Time magazine"),
    ("Senator Dana Cole spoke last.\n\n\u201dWe will not give up,\u201d Cole said.", "We will not give up", "Dana Cole"),
])
def test_a_paragraph_opened_with_a_closing_mark_opens_a_quote(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("\"The race is over,\" wrote Time magazine on Friday.", "The race is over", "Time magazine"),
    ("\"The mine will close,\" the Lusaka Herald newspaper reported.", "The mine will close", "Lusaka Herald newspaper"),
])
def test_a_class_noun_named_by_its_compound_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("After the vote, Senator Dana Cole issued a statement, \u201cTonight the people chose hope. It was the "
     "closest race in our history.\u201d", "Tonight the people chose hope", "Dana Cole"),
    ("Minister Paul Okafor released a short note: \"We will not attend the summit.\"", "We will not attend",
     "Paul Okafor"),
])
def test_a_published_quote_of_its_own_is_the_text(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
