"""Government readouts and transcripts: speakers named once, then only by office ("The President
reaffirmed the 'unshakable' alliance"); Kremlin-style turns ("President of Russia X (retranslated): ...");
a readout's headline is no office ("Readout of President X's Meeting ...")."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("President Maria Olsen met today with Prime Minister Kenji Sato of Japan. The President reaffirmed "
     "the \"unshakable\" alliance between the two countries.", "unshakable", "Maria Olsen"),
    ("Secretary of State Tom Reyes met with Foreign Minister Ana Costa of Brazil on Monday. The Secretary "
     "underscored the United States' \"deep commitment\" to the region.", "deep commitment", "Tom Reyes"),
    ("Vice President Laura Kim spoke with President Diego Mora of Chile on Tuesday. The Vice President "
     "emphasized that the two nations share \"a common future.\"", "a common future", "Laura Kim"),
    ("Chancellor Hans Weber received President Ana Lima in Berlin. The Chancellor expressed his "
     "\"sincere gratitude\" for the support.", "sincere gratitude", "Hans Weber"),
    ("Prime Minister Ravi Nair hosted President Elena Petrova in New Delhi. The Prime Minister highlighted "
     "\"the enormous potential\" of the railway project.", "the enormous potential", "Ravi Nair"),
])
def test_an_office_named_again_in_a_readout_is_its_holder(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_an_office_never_held_by_anyone_named_gives_no_speaker(extract):
    text = "The President met with King Omar of Jordan today. The President reaffirmed the \"ironclad\" support."
    assert speaker_of(extract(text), "ironclad") is None


@pytest.mark.parametrize("text, words, speaker", [
    ("Talks took place in the capital.\n\nPresident of Russia Viktor Orlov: Mr President, friends, I am "
     "very glad to welcome you here. Our trade grew by a third last year.\n\nPresident of Brazil Paulo "
     "Mendes: Thank you. We came here to sign the energy agreement.", "I am very glad", "Viktor Orlov"),
    ("Talks took place in the capital.\n\nPresident of Russia Viktor Orlov: Welcome to the capital.\n\n"
     "Prime Minister of India Ravi Nair (retranslated): Thank you, Mr President. We came here to deepen "
     "our ties.", "We came here to deepen", "Ravi Nair"),
    ("The ministers spoke to the press.\n\nMinister for Foreign Affairs of Norway Lars Berg (via "
     "interpreter): Our position has not changed since the spring.\n\nLars Berg: That is all.",
     "Our position has not changed", "Lars Berg"),
])
def test_a_turn_labelled_with_an_office_of_a_country(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("headline, title", [
    ("Readout of President Maria Olsen's Meeting with Prime Minister Kenji Sato", "President"),
    ("Statement of Minister Ana Costa on the Floods", "Minister"),
    ("Readout of Secretary Tom Reyes's Call with Foreign Minister Ana Costa", "Secretary"),
])
def test_a_readout_headline_is_no_part_of_the_office(extract, headline, title):
    facts = extract(headline + "\n\nThe meeting took place on Monday.")
    titles = {o.title for o in facts.offices}
    assert title in titles and not any(t.lower().startswith(("readout", "statement")) for t in titles)


@pytest.mark.parametrize("text, words, speaker", [
    ("Talks were held by video, according to a NATO readout. The allies \"agreed to keep the supply lines "
     "open,\" the readout said.", "agreed to keep the supply", "NATO"),
    ("An Interpol statement was released at noon. \"Forty suspects were detained,\" the statement said.",
     "Forty suspects", "Interpol"),
    ("The talks ended late, a Red Cross communique said. \"Both sides accepted the exchange,\" the "
     "communique added.", "Both sides accepted", "Red Cross"),
])
def test_a_document_named_by_its_issuer_in_front(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
