"""Interview turns labelled "Q." and "A." (or "Q -" and "A -") instead of "Q:" and "A:": the answers
are the interviewee's, like those of colon labels, and a "Q." run into the next capitalised word
("Q. Will you ...") is no person. A lone "A." opening a line, with no questions so set, is no turn."""
import pytest

from tests.conftest import names, speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Trade Minister Park Sun-young spoke to the Herald on Friday.\n\nQ. Will you resign?\n\n"
     "A. No. I was elected to do a job.", "elected to do a job", "Park Sun-young"),
    ("In an interview, Senator Teodoro Lim answered our questions.\n\nQ. What about the budget?\n\n"
     "A. It is a mess. We need to start over.\n\nQ. Will you vote for it?\n\nA. Never, not in a thousand years.",
     "not in a thousand years", "Teodoro Lim"),
    ("Governor Amina Sule spoke to reporters in Kano.\n\nQ - How bad is the flooding?\n\n"
     "A - Very bad. Three districts are under water.", "Three districts are under water", "Amina Sule"),
])
def test_stop_and_dash_labels_are_interview_turns(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, nobody", [
    ("Trade Minister Park Sun-young spoke to the Herald on Friday.\n\nQ. Will you resign?\n\n"
     "A. No. I was elected to do a job.", "Q. Will"),
    ("Senator Teodoro Lim spoke on Friday.\n\nQ. Will the bill pass?\n\nA. Yes, it will pass this week.", "Will"),
])
def test_a_question_label_is_no_name(extract, text, nobody):
    assert nobody not in names(extract(text))


def test_a_lone_answer_label_is_no_turn(extract):
    facts = extract("Senator Teodoro Lim spoke on Friday.\n\nA. Rahman Yusuf, his rival, did not attend the "
                    "hearing in the capital.")
    assert speaker_of(facts, "did not attend") is None
