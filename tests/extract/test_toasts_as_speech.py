"""A toast is speech: the words a host "toasted" in quotation marks are the host's statement, before
or after the frame, with a parenthetical source between; a toast with no quoted words is none."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Foreign Minister Lena Vogt gave a supper for the envoys. Ms. Vogt, guests said, toasted "
     "“friendship, the oldest treaty of all.”", "oldest treaty", "Lena Vogt"),
    ("At the banquet, Prime Minister Ravi Nair toasted “the patience of both peoples”.",
     "patience of both peoples", "Ravi Nair"),
    ("“To the next fifty years,” Ambassador Ines Duarte toasted at the reception.",
     "next fifty years", "Ines Duarte"),
])
def test_quoted_words_of_a_toast_are_the_toaster_s(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_toast_without_quoted_words_is_no_statement(extract):
    facts = extract("Mayor Otto Brandt toasted the couple with champagne at the town hall.")
    assert not facts.statements
