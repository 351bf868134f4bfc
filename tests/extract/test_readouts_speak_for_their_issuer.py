"""A readout or a press release that "says" something speaks for whoever put it out, like a statement
does ("a readout from the ministry said the two sides 'agreed ...'": the ministry's words). A
release that is no document ("the release of the hostages") speaks for nobody."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The readout from the Ministry of Foreign Affairs stated Minister Le Van Hai and his counterpart “agreed "
     "to step up cooperation”.", "step up cooperation", "Ministry of Foreign Affairs"),
    ("A readout issued by the Egyptian presidency said the leaders had “a frank exchange”.", "a frank exchange",
     "Egypt"),
    ("“The two sides agreed to meet again in June,” said a readout from the Ministry of Foreign Affairs.",
     "meet again in June", "Ministry of Foreign Affairs"),
    ("A press release from Petronas said output would rise “significantly” next year.", "significantly",
     "Petronas"),
])
def test_a_readout_speaks_for_its_issuer(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("The release of the hostages was “a relief”, Minister Idris Halim said.", "a relief", "Idris Halim"),
])
def test_a_release_that_is_no_document_is_no_speaker(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
