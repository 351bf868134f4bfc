"""Two ways a quote's speaker went to the wrong person:
- a stray opening mark before the words that introduce a quote ('"Bale replied and said: "It was ..."'): the words
  up to the colon are the writer's, not quoted, and the quote after them is the one named there;
- a sentence reported by an outlet ('A thanked the minister, the news agency reported'): A is what the sentence is
  about, so a "he said" next is A's, not that of someone named in an opening phrase ("Referring to B's speech, he
  said")."""
import pytest

from tests.conftest import speaker_of

_VISIT = "Prime Minister Sam Tari made a courtesy call on Commodore Joe Bale, his counterpart, this morning.\n\n"


@pytest.mark.parametrize("frame", [
    '"Bale reciprocated and said: "It was a privilege to host the leaders".',
    '\u201cBale replied: \u201cIt was a privilege to host the leaders.\u201d',
    '"Commodore Bale then said: "It was a privilege to host the leaders."',
])
def test_a_stray_mark_before_the_words_that_introduce_a_quote(extract, frame):
    text = (_VISIT + '"This means a lot for our government," Mr Tari said.\n\n"We are also grateful for the welcome.\n\n'
            + frame + '\n\n"Our ministry is finalising the new offices in the capital," he said.')
    facts = extract(text)
    assert speaker_of(facts, "It was a privilege") == "Joe Bale"
    assert speaker_of(facts, "Our ministry is finalising") == "Joe Bale"
    assert speaker_of(facts, "reciprocated") is None and speaker_of(facts, "replied") is None


@pytest.mark.parametrize("frame", [
    "the Baltic news agency reported",
    "the state broadcaster reported",
    "Interfax reported",
])
def test_a_clause_an_outlet_reports_is_the_sentences_main_one(extract, frame):
    facts = extract("Foreign Minister Tom Hale and former president Ivan Berg held talks on Tuesday.\n\n"
                    f"Berg thanked the minister for attending the forum, {frame}.\n\n"
                    "Referring to Hale's address to the forum, he said, \"We followed your remarks with interest.\"")
    assert speaker_of(facts, "We followed your remarks") == "Ivan Berg"


def test_a_person_who_reports_stays_the_main_subject(extract):
    facts = extract("Foreign Minister Tom Hale and former president Ivan Berg held talks on Tuesday.\n\n"
                    "Berg had thanked the minister, Hale told reporters.\n\n"
                    "\"It was a fine forum,\" he said.")
    assert speaker_of(facts, "It was a fine forum") == "Tom Hale"
