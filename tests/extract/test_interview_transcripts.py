"""Interviews printed as transcripts: "A:" answers are the interviewee's, an upper-case surname that
labels turns of a dialogue is a speaker, and role labels ("QUESTION:", "HOST:") are nobody."""
import pytest


def _said(facts) -> list[tuple[str, str]]:
    return [(facts.persons[s.speaker.key].name, s.text) for s in facts.statements if s.speaker.is_person]


_QA = ("Q: Will the tariffs come down this year?\n"
       "A: We are working on it, and I expect progress by the summer.\n\n"
       "Q: Have you met your Egyptian counterpart yet?\n"
       "A: Twice, and we will see each other again in March.\n")


@pytest.mark.parametrize("intro", [
    "Trade Minister Omar Haddad spoke to our reporter in Amman.\n\n",
    "By Lina Sabbagh\n\nIn an interview at his office, Trade Minister Omar Haddad set out his plans.\n\n",
    "Interview: Omar Haddad, the trade minister, on tariffs and trucks\n\n",
    "Our correspondent Lina Sabbagh sat down with Omar Haddad, Jordan's trade minister, on Sunday.\n\n",
])
def test_answers_are_the_interviewees(extract, intro):
    said = _said(extract(intro + _QA))
    assert ("Omar Haddad", "We are working on it, and I expect progress by the summer.") in said, said
    assert ("Omar Haddad", "Twice, and we will see each other again in March.") in said, said
    assert not any("tariffs come down" in text for _, text in said), said


@pytest.mark.parametrize("intro", [
    # two people introduced, neither tied to the interview
    "Trade Minister Omar Haddad and Finance Minister Rania Saleh attended the launch on Sunday.\n\n",
    # nobody named
    "The minister answered our questions in Amman.\n\n",
])
def test_answers_of_nobody_named_give_no_statement(extract, intro):
    assert _said(extract(intro + _QA)) == []


def test_answers_without_questions_are_no_interview(extract):
    facts = extract("Trade Minister Omar Haddad spoke in Amman.\n\nA: list of the measures follows below.\n")
    assert _said(facts) == []


@pytest.mark.parametrize("dialogue, speaker, words", [
    ("HOST: Welcome back to the programme.\nOKAFOR: Thank you for having me tonight.\n"
     "HOST: The council voted the budget down. What now?\nOKAFOR: We go back to the table on Monday.\n",
     "Okafor", "We go back to the table on Monday."),
    ("ANCHOR: Joining us from Nairobi is the minister.\nWANJIKU: Good evening to you and your viewers.\n"
     "ANCHOR: Will the talks resume?\nWANJIKU: They will, once both delegations are back in town.\n",
     "Wanjiku", "They will, once both delegations are back in town."),
    ("MODERATOR: Let us turn to trade.\nBAKARE-EZE: Our exports grew by a fifth last year.\n"
     "MODERATOR: And imports?\nBAKARE-EZE: They fell, which is the real story here.\n",
     "Bakare-Eze", "They fell, which is the real story here."),
])
def test_a_surname_labelling_turns_of_a_dialogue_is_a_speaker(extract, dialogue, speaker, words):
    facts = extract("Transcript of the evening programme\n\n" + dialogue)
    said = _said(facts)
    assert (speaker, words) in said, said
    assert not any(name.lower() in {"host", "anchor", "moderator"} for name in (p.name for p in facts.persons.values()))


@pytest.mark.parametrize("text", [
    "LONDON: The talks went on late into the night.\n\nNOTE: Figures are provisional.\n",
    "Transcript\n\nNOTE: Edited for length.\nHOST: Welcome.\nNOTE: The line dropped here.\nHOST: We are back.\n",
    "KEY POINTS: Tariffs fall in June.\nDATE: 3 May\nKEY POINTS: Trucks get new lanes.\nDATE: 4 May\n",
])
def test_headings_and_single_labels_add_nobody(extract, text):
    facts = extract(text)
    assert facts.statements == [] and facts.persons == {}, (facts.statements, facts.persons)


def test_a_question_label_is_no_person(extract):
    facts = extract("Press briefing\n\nSpokesperson Carla Benton took questions.\n\n"
                    "MS BENTON: Good afternoon, everyone.\n\nQUESTION: Will he meet the president there?\n\n"
                    "MS BENTON: I have nothing to announce on that today.\n\nQUESTION: And on the ceasefire?\n")
    assert {p.name for p in facts.persons.values()} == {"Carla Benton"}
    assert [name for name, _ in _said(facts)] == ["Carla Benton", "Carla Benton"]
