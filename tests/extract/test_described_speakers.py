"""A description that frames a quote and fits nobody word for word ("the chairwoman said", "the
Vermont Republican told reporters", "the veteran campaigner said"): the person the sentence before
is about speaks, unless the description could be someone else."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Grace Okafor has led the tenants' union since 2019. “We will not pay the new rent,” the veteran "
     "campaigner said on Monday.", "not pay the new rent", "Grace Okafor"),
    ("Senator Paul Dreyer voted against the budget on Tuesday. “It spends money we do not have,” the "
     "Vermont Republican told reporters.", "money we do not have", "Paul Dreyer"),
    ("Nadia Pires spent a decade in the navy before entering politics.\n\n“I know what the sailors need,” "
     "the candidate said at the dock.", "what the sailors need", "Nadia Pires"),
    ("Daniel Moreno runs a chain of bakeries in Leipzig. He is backing the mayor. “She keeps the streets clean,” "
     "the businessman said.", "streets clean", "Daniel Moreno"),
])
def test_a_loose_description_framing_a_quote_is_the_person_just_written_about(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    # two people in the sentence before: either may be meant
    ("Grace Okafor met Ruth Bello on Monday. “We will not pay the new rent,” the veteran campaigner said.",
     "not pay the new rent"),
    # the sentence before is about something else
    ("The budget vote failed on Tuesday. “It spends money we do not have,” the Vermont Republican said.",
     "money we do not have"),
    # someone else's helper, an unnamed man, a source
    ("Senator Paul Dreyer voted against the budget. “He will not change his mind,” the spokesman said.",
     "not change his mind"),
    ("Senator Paul Dreyer left the hall early. “He looked tired,” the man said.", "looked tired"),
    # an office the person does not hold, or an office two people hold
    ("Senator Paul Dreyer voted against the budget. “We will veto it,” the governor said.", "veto it"),
    ("Mayor Rita Vance spoke after Mayor Tom Hale. “The port is a wreck,” the mayor said.", "port is a wreck"),
    # too far back: two paragraphs
    ("Grace Okafor has led the tenants' union since 2019.\n\nThe rent went up in May.\n\n"
     "“We will not pay,” the veteran campaigner said.", "We will not pay"),
])
def test_a_description_that_could_be_someone_else_names_no_speaker(extract, text, words):
    assert speaker_of(extract(text), words) is None
