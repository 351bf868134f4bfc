"""Block quotes: a paragraph of speech without quotation marks after "X said:"."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("intro, block, speaker", [
    ("Foreign Minister Karl Odum spoke to reporters after the talks. Odum said:",
     "We have agreed on a plan for the harbour, and both sides will send experts next week.", "Karl Odum"),
    ("Senator Lia Marsh released the following statement:",
     "The vote today was a step backwards for our state and for every family in it.", "Lia Marsh"),
    ("Asked about the strike, Governor Rosa Tamm told the committee:",
     "Nobody wants the buses to stop, and I will meet the drivers again on Friday.", "Rosa Tamm"),
    ("The Red Cross said in a statement on Monday:",
     "Our teams reached the flooded villages at dawn and found most roads cut off.", "Red Cross"),
])
def test_the_paragraph_after_an_introducing_colon_is_the_speakers(extract, intro, block, speaker):
    facts = extract(f"{intro}\n\n{block}\n\nThe session ended an hour later.\n")
    assert speaker_of(facts, block[:30]) == speaker
    statement = next(s for s in facts.statements if block[:30] in s.text)
    assert statement.kind.value == "direct"
    assert "session ended" not in statement.text


def test_a_block_runs_on_while_it_stays_in_the_first_person(extract):
    facts = extract("Mayor Tom Reyes wrote to residents on Sunday:\n\n"
                    "The storm has cut power to half the city and crews are working through the night.\n\n"
                    "We expect most homes to have power again by Tuesday evening.\n\n"
                    "The city council will meet on Wednesday to discuss the damage.\n")
    assert speaker_of(facts, "The storm has cut power") == "Tom Reyes"
    assert speaker_of(facts, "We expect most homes") == "Tom Reyes"
    assert speaker_of(facts, "council will meet") is None


@pytest.mark.parametrize("intro, block", [
    ("The following ministers attended the meeting:", "Ana Silva, Piet de Vries, Karl Odum and Lia Marsh."),
    ("An unnamed adviser said:", "The plan was never meant to pass in its current form at all."),
    ("The agenda for the day was as follows:", "Opening remarks, a working lunch and a closing press session."),
    ("The Daily Ledger also noted the empty seats at the rally:",
     "Even the mayor, Ruth Olin, remarked on how few people had turned up that night."),
    ("Foreign Minister Karl Odum said:", "\u201cWe are ready to sign the text as it stands,\u201d he told the press."),
])
def test_no_block_without_a_named_speaker_or_a_speech_paragraph(extract, intro, block):
    facts = extract(f"{intro}\n\n{block}\n")
    assert not any(s.kind.value == "direct" and s.text == block for s in facts.statements)
