"""Nested sources: one person reports what another said. The quoted words belong to the one who said
them, the innermost reporting frame, not to the one passing them on ("according to A's post, B said",
"A told the agency that B had said", "A quoted B as saying", "B told aides it was '...', A said")."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words", [
    ("According to a post by Rosa Diaz on social media, Mayor Ivo Kerr said “the bridge will reopen in June.”",
     "bridge will reopen"),
    ("According to Rosa Diaz's post on social media, Mayor Ivo Kerr said the bridge “will reopen in June.”",
     "will reopen"),
    ("“The bridge will reopen in June,” Mayor Ivo Kerr said, according to Rosa Diaz.", "bridge will reopen"),
])
def test_according_to_a_messenger_the_one_who_said_it_speaks(extract, text, words):
    assert speaker_of(extract(text), words) == "Ivo Kerr"


@pytest.mark.parametrize("text, words", [
    ("Lena Park told the agency that Tom Reyes had said “nothing was agreed.”", "nothing was agreed"),
    ("Lena Park said Tom Reyes had told her that “nothing was agreed.”", "nothing was agreed"),
    ("Tom Reyes told colleagues the deal was “a disaster,” Lena Park said on Monday.", "a disaster"),
    ("Lena Park wrote on social media that Tom Reyes had called the deal “a disaster for the port.”",
     "a disaster for the port"),
])
def test_the_innermost_reporting_frame_names_the_speaker(extract, text, words):
    assert speaker_of(extract(text), words) == "Tom Reyes"


@pytest.mark.parametrize("text, words", [
    ("In a post on social media, Rosa Diaz quoted Mayor Ivo Kerr as saying “the bridge will reopen in June.”",
     "bridge will reopen"),
    ("Rosa Diaz quoted Ivo Kerr as saying the budget was “simply not enough.”", "simply not enough"),
    ("The newspaper cited Ivo Kerr as saying that “the bridge will reopen in June.”", "bridge will reopen"),
])
def test_the_one_quoted_as_saying_speaks(extract, text, words):
    assert speaker_of(extract(text), words) == "Ivo Kerr"
