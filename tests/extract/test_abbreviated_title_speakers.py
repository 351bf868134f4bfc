"""An office written short as a definite description that frames a quote ("the PM said", "the CS
told the committee", "the CM told reporters") stands for the person holding that office (the one holder, or among
several the one the sentence before is about), not for an organisation with that acronym
(extract/described_speakers.py, abbreviated_title_speaker; title_expansions.txt)."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Prime Minister John Mwangi met the governors. Governor Ruth Chebet walked out.\n\n"
     "\"We are not hiding any money,\" the PM said in a statement.", "not hiding any money", "John Mwangi"),
    ("Treasury Cabinet Secretary John Mwangi met the governors. Health Cabinet Secretary Ruth Chebet also "
     "attended.\n\nMr Mwangi, however, insisted that revenue was low.\n\n"
     "\"We are not hiding any money,\" the CS told the committee.", "not hiding any money", "John Mwangi"),
    ("Treasury Cabinet Secretary John Mwangi met the governors. Health Cabinet Secretary Ruth Chebet also "
     "attended.\n\nMr Mwangi, however, insisted that revenue was low.\n\n\"We are not hiding any money. We pay "
     "as it comes in,\" the CS told the committee.", "We pay as it comes in", "John Mwangi"),
    ("Chief Minister Ravi Naidu met the investors. Industries Minister Lata Rao signed the deal.\n\n"
     "\"This is a good day for the state,\" the CM told reporters.", "a good day for the state", "Ravi Naidu"),
])
def test_a_shortened_office_is_its_holder(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_bodys_acronym_stays_the_body(extract):
    facts = extract("The WHO and the UN met on Monday. \"We agree on the plan,\" the UN said.")
    assert speaker_of(facts, "We agree on the plan") != "John Mwangi"
    assert all(s.speaker.kind != "person" for s in facts.statements)


def test_a_shortened_office_nobody_holds_is_nobody(extract):
    facts = extract("Governor Ruth Chebet met the farmers.\n\n\"The rains are late,\" the PM said.")
    assert all(s.speaker.kind != "person" or facts.persons[s.speaker.key].name != "Ruth Chebet"
               for s in facts.statements)
