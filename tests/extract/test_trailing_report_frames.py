"""A report frame after the reported clause ("The sides agreed to meet again, Minister Ana Roe told
reporters") is the sentence's main clause: its subject is the most salient person for a pronoun in the
next sentence, however the parser hangs the frame: as a conjunct of the reported verb, or with the
reporter read as an apposition of the last name before it ("It was a useful session with Rob Kahn, Dan
Weir, the trade secretary, said")."""
import pytest


def _speakers(facts):
    return {facts.persons[s.speaker.key].name for s in facts.statements if s.speaker.kind == "person"}


@pytest.mark.parametrize("text, speaker", [
    ("Premier Liv Berg and Trade Minister Kari Holm agreed to meet again in Oslo, Foreign Minister Ana Roe told "
     "reporters on Monday. She said the next round would be \"decisive\".", "Ana Roe"),
    ("The plan was backed by Governor Mark Tan, Interior Minister Tom Ode told journalists. He called it "
     "\"long overdue\".", "Tom Ode"),
    ("Governor Ann Cole and Mayor Rita Ode agreed to talk again in Austin, state spokeswoman Mia Park told "
     "reporters. She said a deal was \"within reach\".", "Mia Park"),
])
def test_a_pronoun_after_a_trailing_report_frame_is_the_reporter(extract, text, speaker):
    assert _speakers(extract(text)) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("It was a useful session with Prime Minister Rob Kahn, Dan Weir, the trade secretary, said. He added that "
     "it had been \"constructive\".", "Dan Weir"),
    ("It was a productive visit by Chancellor Karl Brandt, Erik Moe, the defence minister, said. He called it "
     "\"frank\".", "Erik Moe"),
    ("It was a cordial dinner with Governor Mark Tan, Tom Ode, the senator, said on Sunday. He said it was "
     "\"long overdue\".", "Tom Ode"),
])
def test_a_reporter_read_as_an_apposition_is_the_main_subject(extract, text, speaker):
    assert _speakers(extract(text)) == {speaker}


def test_a_reporter_of_another_gender_leaves_the_pronoun_to_the_main_subject(extract):
    facts = extract("Premier Tom Ode and Trade Minister Kari Holm agreed to meet again in Oslo, Foreign Minister "
                    "Ana Roe told reporters. He said the talks were \"a good start\".")
    assert _speakers(facts) == {"Tom Ode"}


def test_a_name_listed_after_another_is_no_reporter(extract):
    """An apposition followed by no reporting verb ("with Rob Kahn, Dan Weir and others") stays a side mention."""
    facts = extract("Premier Liv Berg held a useful session with Rob Kahn, Dan Weir, the trade secretary, and two "
                    "aides. She called it \"constructive\".")
    assert _speakers(facts) == {"Liv Berg"}
