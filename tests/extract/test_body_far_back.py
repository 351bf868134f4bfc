"""A bare "the ministry" far from its antecedent is the one ministry the article named, and
nobody when it named two."""
import pytest

from tests.conftest import speaker_of

_MIDDLE = ("One company withdrew at the last minute, citing a board meeting.\n\n"
           "Its chief executive flew to Johannesburg instead. Another firm sent only a deputy.\n\n")


@pytest.mark.parametrize("first, words, speaker", [
    ("Zambia's Ministry of Energy and Water Development hosted the chief executives on Tuesday.",
     "within the month", "Zambia|Ministry of Energy and Water Development"),
    ("The Ministry of Mines of Ghana received four mining firms in Accra on Monday.",
     "within the month", "Ghana|Ministry of Mines"),
])
def test_the_one_ministry_named_far_back(extract, first, words, speaker):
    facts = extract(first + "\n\n" + _MIDDLE + "The ministry said a second session would be held \"within the month\".")
    got = speaker_of(facts, words)
    assert got is not None and speaker.split("|")[-1] in got


def test_two_ministries_far_back_name_nobody(extract):
    facts = extract("Kenya's Ministry of Trade and Uganda's Ministry of Energy met the firms on Monday.\n\n" + _MIDDLE
                    + "The ministry said a second session would be held \"within the month\".")
    assert speaker_of(facts, "within the month") is None
