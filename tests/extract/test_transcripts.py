"""Transcript turns: a speaker label at the start of a line gives a statement by that person."""
import pytest

from newsgraph.extract.transcripts import find_turns
from tests.conftest import speaker_of

_OPENING = ("President Maria Costa received Prime Minister Hans Vogel and Secretary of State Paul Grant "
            "in Lisbon on Monday.\n\n")


@pytest.mark.parametrize("label, words, speaker", [
    ("THE PRESIDENT", "We agreed to open the border next month.", "Maria Costa"),
    ("The President", "Our teams will meet again in May.", "Maria Costa"),
    ("THE PRIME MINISTER", "I thank my host for a frank exchange.", "Hans Vogel"),
    ("THE SECRETARY OF STATE", "The text will be ready by Friday.", "Paul Grant"),
])
def test_an_office_label_is_the_person_holding_that_office(extract, label, words, speaker):
    facts = extract(f"{_OPENING}{label}: {words}\n")
    assert speaker_of(facts, words.rstrip(".")) == speaker


@pytest.mark.parametrize("label, words, speaker", [
    ("PRIME MINISTER VOGEL", "We have no quarrel with anyone here.", "Hans Vogel"),
    ("MR. GRANT", "Let me add a word on the timetable.", "Paul Grant"),
    ("Secretary Grant", "The timetable has not changed at all.", "Paul Grant"),
    ("COSTA", "That is the end of it for today.", "Maria Costa"),
])
def test_a_name_label_is_that_person(extract, label, words, speaker):
    facts = extract(f"{_OPENING}{label}: {words}\n")
    assert speaker_of(facts, words.rstrip(".")) == speaker


@pytest.mark.parametrize("line", [
    "Q: Madam President, when will the border open?",
    "QUESTION: Will the prime minister stay for dinner tonight?",
    "WASHINGTON: The talks went on until late at night.",
    "NOTE: This transcript has been edited for length.",
    "A: Not before the summer, as far as I know.",
])
def test_labels_of_nobody_named_give_no_statement(extract, line):
    facts = extract(f"{_OPENING}{line}\n")
    assert facts.statements == []


def test_a_label_that_fits_two_people_gives_no_statement(extract):
    facts = extract("President Maria Costa hosted President Ivan Petrov in Lisbon on Monday.\n\n"
                    "THE PRESIDENT: We have signed four agreements today.\n")
    assert facts.statements == []


@pytest.mark.parametrize("text", [
    "Costa: Border Talks Are Over For Now\n\n" + _OPENING,
    _OPENING + "VOGEL: Border Deal Is Dead, Says Dutch Leader\n",
    "Grant: Timetable Will Not Slip\n\nIt was a long day in Lisbon.\n",
])
def test_headlines_in_label_form_are_not_turns(extract, text):
    assert extract(text).statements == []


def test_a_quoted_turn_is_left_to_the_quote_rules(extract):
    facts = extract(_OPENING + "Prime Minister Hans Vogel: “We are ready to sign.”\n")
    assert [s.text for s in facts.statements] == ["We are ready to sign."]


def test_first_person_in_a_turn_is_the_speaker(extract):
    facts = extract(_OPENING + "THE PRESIDENT: I will travel to Madrid next week.\n")
    statement = facts.statements[0]
    assert facts.persons[statement.speaker.key].name == "Maria Costa"
    assert facts.text[statement.quote_start:statement.quote_end] == "I will travel to Madrid next week."


def test_find_turns_offsets():
    text = "Intro.\n\nMS. ROE: First answer.\nQ: And then?\nplain line: not a label\n"
    turns = find_turns(text)
    assert [(t.label, text[t.speech_start:t.speech_end]) for t in turns] == [
        ("MS. ROE", "First answer."), ("Q", "And then?")]


def _turn_speakers(facts) -> list[tuple[str, str]]:
    return [(facts.persons[s.speaker.key].name, s.text) for s in facts.statements]


def test_a_turn_runs_on_over_its_paragraphs_up_to_the_next_label(extract):
    facts = extract(_OPENING + "PRIME MINISTER VOGEL: We signed three accords this morning.\n\n"
                    "The first one covers the rail link between our capitals.\n\n"
                    "The other two deal with fishing quotas and student visas.\n\n"
                    "MR. GRANT: I have nothing to add to that summary.\n")
    assert _turn_speakers(facts) == [
        ("Hans Vogel", "We signed three accords this morning."),
        ("Hans Vogel", "The first one covers the rail link between our capitals."),
        ("Hans Vogel", "The other two deal with fishing quotas and student visas."),
        ("Paul Grant", "I have nothing to add to that summary.")]


@pytest.mark.parametrize("stop", [
    "Q Madam President, is the rail link funded yet?",  # a reporter's turn without a colon
    "END 4:05 P.M. CET",  # a sign-off in capitals
    "(Laughter and applause.)",  # a bracketed note
    "Second Round Of Talks",  # a heading
])
def test_a_line_that_is_no_speech_ends_the_turn(extract, stop):
    facts = extract(_OPENING + "THE PRESIDENT: We signed three accords this morning.\n\n"
                    f"{stop}\n\nThe ferry line will reopen as soon as the port is repaired.\n\n"
                    "MR. GRANT: I have nothing to add to that summary.\n")
    assert [s.text for s in facts.statements if "ferry" in s.text] == []


def test_the_last_turn_keeps_only_its_labelled_paragraph(extract):
    facts = extract(_OPENING + "MR. GRANT: I have nothing to add to that summary.\n\n"
                    "The ministers left Lisbon for Porto on the evening train.\n")
    assert [s.text for s in facts.statements] == ["I have nothing to add to that summary."]


@pytest.mark.parametrize("label, name", [
    ("CHANCELLOR ADLER", "Adler"),
    ("MS. ODUYA", "Oduya"),
    ("FOREIGN MINISTER DE SOUZA", "De Souza"),
])
def test_a_person_named_only_in_a_label_is_a_person(extract, label, name):
    facts = extract(_OPENING + f"{label}: Our teams will keep working through the summer.\n")
    assert [(facts.persons[s.speaker.key].name, s.text) for s in facts.statements] == [
        (name, "Our teams will keep working through the summer.")]


@pytest.mark.parametrize("label", ["WASHINGTON", "WHITE HOUSE", "SECRETARY GENERAL", "PRESIDENT FRANCE"])
def test_a_label_without_a_name_adds_nobody(extract, label):
    facts = extract(_OPENING + f"{label}: Our teams will keep working through the summer.\n")
    assert facts.statements == [] and len(facts.persons) == 3
