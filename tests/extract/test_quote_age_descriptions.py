"""An age description framing a quote ("the 64-year-old said", "said the 71-year-old veteran") is the
person the text is about right then, when that person is the only one named in the sentence before.
Wordings of our own."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text", [
    'Prime Minister Jonas Berg spoke after the vote. "We lost this round," the 64-year-old said.',
    'Jonas Berg conceded defeat on Sunday. "It is time for new faces," said the 71-year-old veteran.',
    'Jonas Berg left the party in 2019.\n\n"I never looked back," the 58-year-old told reporters on Friday.',
])
def test_the_age_description_is_the_person_just_told(extract, text):
    facts = extract(text)
    quoted = [s.text for s in facts.statements]
    assert quoted and speaker_of(facts, quoted[0]) == "Jonas Berg"


@pytest.mark.parametrize("text", [
    'Jonas Berg met Petra Holm on Sunday. "It is time for new faces," the 71-year-old said.',
    '"It is time," the 30-year-old said.',
])
def test_no_speaker_when_the_topic_is_not_one_person(extract, text):
    facts = extract(text)
    assert all(s.speaker.kind != "person" for s in facts.statements)
