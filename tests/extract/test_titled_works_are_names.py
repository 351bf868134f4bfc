"""A quote right after a noun for a titled thing (a film, a memoir, a slogan, a song: see
`titled_work_nouns.txt`) is that thing's name, not its speaker's words; and a title-case quote with
"from", "with" or "by" inside ("Letters from Gaza") reads as a title. A quote that is that noun's
predicate ("said the film 'was a disgrace'") is still speech."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words", [
    ("The film “Letters from Gaza” won the prize, Culture Minister Ayelet Cohen announced.", "Letters from Gaza"),
    ("Minister Kwesi Appiah said his memoir, “a life in three capitals,” would appear in May.",
     "a life in three capitals"),
    ("Senator Paulo Mendes said the slogan “jobs for every village” had won the election.", "jobs for every village"),
    ("Minister Aida Bekova said the documentary “mothers of the steppe” would air in June.", "mothers of the steppe"),
    ("Minister Rania Salah said the song “rivers of home” would open the ceremony.", "rivers of home"),
])
def test_a_quote_after_a_titled_work_noun_is_a_name(extract, text, words):
    assert speaker_of(extract(text), words) is None


@pytest.mark.parametrize("text, words, speaker", [
    ("Minister Ayelet Cohen said the film “was a disgrace to the nation”.", "disgrace to the nation", "Ayelet Cohen"),
    ("Senator Paulo Mendes called the book “a pack of lies”.", "a pack of lies", "Paulo Mendes"),
])
def test_a_predicate_or_a_characterisation_stays_speech(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
