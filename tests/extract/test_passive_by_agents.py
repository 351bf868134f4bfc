"""A passive reporting verb's "by X" is the speaker: "was characterised by Nairobi as 'cordial'",
"hailed by Minister X as 'historic'", "was called 'a disgrace' by Senator X"; with two by-phrases
each quote goes to the one nearest before it."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Their phone call was characterised by Nairobi as \"cordial\" and by Kampala, in a terser note, as "
     "\"businesslike\".", "cordial", "Kenya"),
    ("Their phone call was characterised by Nairobi as \"cordial\" and by Kampala, in a terser note, as "
     "\"businesslike\".", "businesslike", "Uganda"),
    ("The agreement, hailed by Minister Ruth Sande as \"a historic step\", was signed at noon.",
     "a historic step", "Ruth Sande"),
    ("The plan was called \"a disgrace\" by Senator Mia Holt on Tuesday.", "a disgrace", "Mia Holt"),
    ("The governor was told by Minister Paul Okafor that the budget was \"final\".", "final", "Paul Okafor"),
])
def test_the_by_agent_of_a_passive_reporting_verb_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("Dubbed \"the Iron Lady\" by the press, Minister Ruth Sande rarely gives interviews.", "the Iron Lady"),
    ("The bridge, built by engineer Tom Reyes in 1990, is still called \"the old lady\" by locals.", "the old lady"),
])
def test_an_unnamed_or_non_reporting_by_phrase_names_nobody(extract, text, words):
    assert speaker_of(extract(text), words) is None
