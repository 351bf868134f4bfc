"""A speaker's description whose phrase ends in a name set off by commas ("the mayor of the old port,
Eva Moss, said"): the parser hangs the name on the word before it, but it names the speaker."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("“I am not going anywhere,” the governor of Oregon, Lisa Brandt, told reporters.", "not going anywhere",
     "Lisa Brandt"),
    ("The mayor of the northern port city, Karl Jensen, said the harbour was “ready for the storm.”",
     "ready for the storm", "Karl Jensen"),
    ("The reporter I sat beside, Maria Costa, said the hall was “far too cold for a debate.”",
     "far too cold", "Maria Costa"),
])
def test_the_name_set_off_at_the_end_of_the_subject_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # the word before the name is someone too: the name may be theirs ("a friend of the governor, X,")
    ("The nephew of the ambassador, Karl Jensen, said the harbour was “ready for the storm.”", "ready for the storm"),
])
def test_a_name_that_may_be_the_other_persons_is_not_the_speakers(extract, text, words):
    assert speaker_of(extract(text), words) is None
