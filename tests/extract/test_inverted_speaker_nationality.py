"""An inverted reporting frame after a quote ('"...," tweeted Chadian Senator Ana Roe'): the tagger
may read the nationality word as a proper noun; it modifies the title, and the name after it speaks,
not the country."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("“This is a historic day,” tweeted Chilean Senator Valentina Rojas.", "historic day", "Valentina Rojas"),
    ("“We are ready,” tweeted Uzbek Senator Dilnoza Karimova on Sunday.", "We are ready", "Dilnoza Karimova"),
    ("“The vote was stolen,” tweeted Salvadoran Senator Mauricio Funes Lara after the count.", "vote was stolen",
     "Mauricio Funes Lara"),
    ("Deputies met on Monday. “We need answers,” tweeted Filipino Deputy Ramon Dizon.", "We need answers",
     "Ramon Dizon"),
])
def test_the_name_after_a_nationality_speaks(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # a country's own name opening an organisation's name is still the organisation
    ("The coalition Chile Vamos met on Monday. “We won,” tweeted Chile Vamos.", "We won", "Chile Vamos"),
])
def test_a_name_that_opens_with_a_country_is_kept(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
