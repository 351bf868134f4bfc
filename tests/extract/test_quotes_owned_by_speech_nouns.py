"""A quote inside the clause or phrase of a noun for something said ("B's claim that ...", "B's
call for ...", "B's promise of ...") is the words of the noun's named owner, not of the
sentence's speaker. A noun that is no speech ("B's speech was 'full of lies'" is A's verdict), or a
reporting verb between the noun and the quote, leaves the quote to the usual frame."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Minister Hana Novak, responding to Senator Luka Horvat's claim that the plan was “a fraud”, said the "
     "figures were public.", "a fraud", "Luka Horvat"),
    ("Minister Hana Novak dismissed Senator Luka Horvat's remark that the deal was “dead”.", "dead", "Luka Horvat"),
    ("Minister Hana Novak, asked about Senator Luka Horvat's call for “immediate elections”, said: “The people "
     "will decide.”", "immediate elections", "Luka Horvat"),
    ("Minister Hana Novak rejected Senator Luka Horvat's description of the plan as “a fraud”.", "a fraud",
     "Luka Horvat"),
    ("Minister Hana Novak repeated President Ivo Kovac's warning that the country faced “hard times”.",
     "hard times", "Ivo Kovac"),
    ("Governor Aliyu Danjuma mocked Minister Grace Obi's promise of roads “fixed by June”.", "fixed by June",
     "Grace Obi"),
])
def test_a_quote_in_an_owned_speech_noun_is_the_owners(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Minister Hana Novak said Senator Luka Horvat's speech was “full of lies”.", "full of lies", "Hana Novak"),
    ("Minister Hana Novak denied Senator Luka Horvat's claim that she had said the plan was “a fraud”.", "a fraud",
     "Hana Novak"),
    ("Minister Hana Novak said her warning that the country faced “hard times” still stood.", "hard times",
     "Hana Novak"),
])
def test_other_frames_keep_the_quote(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker
