""""The head of state" is the president or monarch named before, "the head of government" the prime
minister or chancellor; a deputy or vice holder is neither."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("President Ana Velez received Prime Minister Karl Odum on Monday. The head of state said the talks were "
     "“open and useful.”", "open and useful", "Ana Velez"),
    ("King Harald Bjorn met Prime Minister Lisa Holm at the palace. “We share one sea,” the head of state "
     "told the guests.", "share one sea", "Harald Bjorn"),
    ("President Ana Velez received Prime Minister Karl Odum on Monday. The head of government later said the "
     "budget was “nearly done.”", "nearly done", "Karl Odum"),
])
def test_the_head_of_state_or_government_is_its_holder(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("Vice President Tom Hale toured the plant. “Jobs are coming back,” the head of state said.", "coming back"),
    ("President Ana Velez met President Jorge Pena in Lima. The head of state called it “a new start.”",
     "new start"),
])
def test_no_holder_or_two_holders_name_nobody(extract, text, words):
    assert speaker_of(extract(text), words) is None
