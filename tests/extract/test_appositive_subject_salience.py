"""A name set in apposition to a sentence's subject ("Her deputy, the negotiator Ana Roe, thinks ...")
is that subject: a pronoun in the next sentence ("he said") prefers it to the subject before."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Last week she met Mali's Prime Minister Oumar Traore. Traore, a former banker, later thanked her.\n\n"
     "Her deputy, the veteran negotiator Paul Okafor, thinks her calm is her weapon. "
     "\"Deadlines mean little to her,\" he said.",
     "Deadlines mean little to her", "Paul Okafor"),
    ("Minister Ruth Sande signed the deal with Governor Lena Voss. Voss praised the minister warmly.\n\n"
     "The governor's rival, former senator Mia Holt, is less sure it will last. "
     "\"A signature is not a road,\" she told reporters.",
     "A signature is not a road", "Mia Holt"),
    ("The envoy Karl Berg spent the week in Doha with Sheikh Hamad Thani. Thani hosted him twice.\n\n"
     "His predecessor, Jonas Wik, thinks the talks are close. \"They are one paragraph apart,\" he said.",
     "one paragraph apart", "Jonas Wik"),
])
def test_a_pronoun_goes_to_the_name_in_apposition_to_the_last_subject(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_an_apposition_to_an_object_does_not_gain_a_subjects_weight(extract):
    facts = extract("Governor Lena Voss welcomed her guest, the trade minister Paul Okafor, in Lagos. "
                    "\"We have waited long for this day,\" she said.")
    assert speaker_of(facts, "waited long for this day") == "Lena Voss"
