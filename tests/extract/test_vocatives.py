"""Vocatives: a title addressed in a quote makes it speech, and gives the hearer that office."""
import pytest

from newsgraph.extract.vocatives import address_title, addressed_title
from tests.conftest import speaker_of


@pytest.mark.parametrize("part, title", [
    ("Mr. President", "President"), ("Madam Speaker", "Speaker"), ("Prime Minister", "Prime Minister"),
    ("Senator", "Senator"), ("Mr. Vogel", None), ("the minister", None), ("we object", None),
])
def test_address_title(part, title):
    assert address_title(part) == title


@pytest.mark.parametrize("words, title", [
    ("Thank you, Mr. President", "President"), ("Prime Minister, you said the border would open", "Prime Minister"),
    ("We are grateful, Madam Speaker.", "Speaker"), ("Yes, and no", None), ("Welcome", None),
])
def test_addressed_title(words, title):
    assert addressed_title(words) == title


def _offices(facts) -> set[tuple[str, str]]:
    return {(facts.persons[o.person].name, o.title) for o in facts.offices}


@pytest.mark.parametrize("text, hearer, title", [
    ("“Welcome, Prime Minister,” Maria Costa told Hans Vogel at the door.", "Hans Vogel", "Prime Minister"),
    ("“Senator, you voted for the war,” Ann Moss told Tim Hale during the debate.", "Tim Hale", "Senator"),
    ("Tim Hale met Ann Moss on Friday. “Thanks, Madam Speaker,” he said to her.", "Ann Moss", "Speaker"),
])
def test_the_hearer_of_a_vocative_holds_its_office(extract, text, hearer, title):
    assert (hearer, title) in _offices(extract(text))


@pytest.mark.parametrize("text", [
    "“Thank you, Mr. President,” said Prime Minister Hans Vogel after the talks.",
    "“Madam Chair, I object,” said Tim Hale.",
    "Ann Moss and Tim Hale debated on Friday. “Senator, you are wrong,” Moss said.",
])
def test_a_vocative_without_a_named_hearer_gives_no_office_to_anyone(extract, text):
    facts = extract(text)
    titles = {o.title for o in facts.offices}
    assert not titles & {"President", "Chair", "Senator"}


@pytest.mark.parametrize("text, words, speaker", [
    ("“Welcome, Prime Minister,” President Maria Costa told Hans Vogel at the door.", "Welcome", "Maria Costa"),
    ("“Thanks, Senator,” Governor Tim Hale said.", "Thanks, Senator", "Tim Hale"),
    ("“Good morning, Mr. Ambassador,” Minister Paul Grant said.", "Good morning", "Paul Grant"),
])
def test_a_quote_addressing_a_title_is_speech_not_a_title(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_vocative_does_not_repeat_an_office_the_hearer_already_has(extract):
    facts = extract("President Maria Costa received Hans Vogel. “Thank you, Madam President,” Vogel told her.")
    assert [o.title for o in facts.offices if facts.persons[o.person].name == "Maria Costa"] == ["President"]
