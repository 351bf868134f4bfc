"""A noun for what someone says as the subject of "was," before a quote ("Lee's motto was, '...'"):
the owner of the words is the speaker, as with a colon."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Governor Ruth Olin ran the state for ten years. Olin's motto was, “Fix the roads first.”",
     "Fix the roads first", "Ruth Olin"),
    ("Coach Pavel Novak trained the team for a decade; Novak's dictum to his players was, “Nobody rests in May.”",
     "Nobody rests in May", "Pavel Novak"),
    ("Senator Ida Marsh spoke last. Her answer to the critics was, “Read the bill before you judge it.”",
     "Read the bill", "Ida Marsh"),
])
def test_the_owner_of_the_words_before_was_comma_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # not a noun for words: the quote is a name
    ("Governor Ruth Olin ran the state. Her favourite film was, of all things, “Brief Encounter.”",
     "Brief Encounter"),
])
def test_a_thing_that_is_not_speech_names_no_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None
