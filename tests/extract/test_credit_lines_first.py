"""A credit line under a quote ('"..."' then "-Senator Ana Ruiz, after the vote.") names its speaker
before any guess from the quote before it, and a hyphen glued to the credit's first word
("-President") does not hide the name."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("“We will be back next year,” Mayor Tom Reyes said.\n\n“A fine night for the city.”\n\n"
     "-Governor Lucia Serra, writing on social media.\n", "fine night for the city", "Lucia Serra"),
    ("“The bridge opens in May,” Minister Karl Odum said.\n\n“Finally some good news for commuters!”\n\n"
     "-Senator Rosa Tamm, after the announcement.\n", "good news for commuters", "Rosa Tamm"),
    ("Senator Rosa Tamm spoke first. “It was a long day,” she said.\n\n“We owe the nurses more than thanks.”\n\n"
     "--President Ana Velez, in a post on Sunday.\n", "owe the nurses", "Ana Velez"),
])
def test_a_credit_line_beats_the_speaker_before(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a dash line that tells something is no credit: the quote stays the last speaker's
    ("“We will be back next year,” Mayor Tom Reyes said. “A fine night for the city.”\n\n"
     "-Governor Lucia Serra met the mayor on Monday.\n", "fine night for the city", "Tom Reyes"),
])
def test_a_dash_line_with_a_verb_is_no_credit(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_hyphens_inside_words_stay(nlp):
    assert [t.text for t in nlp.make_doc("An e-mail from Anglo-Saxon X-Ray fans")][:3] == ["An", "e", "-"]
    assert "-" in [t.text for t in nlp.make_doc("-Governor Lucia Serra")]
