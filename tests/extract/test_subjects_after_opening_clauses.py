"""A name set off by a comma after an opening participle clause ("Speaking outside the Treasury,
Ms Roe, who ..., said ...") is the subject of the main verb even where the parser hangs it on the
clause's last noun as an apposition: a pronoun after it ("she said") is that person, not the
subject of the sentence before (extract/coref.py, _subject_hung_on_opening_clause)."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("The mayors met Finance Secretary Ruth Okello at the Treasury. Transport Secretary Alice Wanjala also "
     "joined the meeting.\n\nSpeaking to reporters outside the Treasury, Ms Joyce Barasa, who is the "
     "Lakeside mayor, said the towns were out of money.\n\n"
     "\"Our clinics have no medicine. We cannot go on like this,\" she said.",
     "Our clinics have no medicine", "Joyce Barasa"),
    ("Foreign Minister Lars Holm chaired the first session. Holm said the talks were useful.\n\n"
     "Opening the second session alongside Holm, Norland's Premier Aput Nielsen said the islanders "
     "would decide. \"We are not spectators. We live here,\" he said.",
     "We are not spectators", "Aput Nielsen"),
    ("Interior Minister Karl Dahl met the chiefs. Dahl said the roads would open.\n\n"
     "Walking out of the talks with Dahl, Fjordland's Mayor Sven Lie said nothing had changed. "
     "\"We got words. We need trucks,\" he said.",
     "We got words", "Sven Lie"),
])
def test_a_pronoun_goes_to_the_subject_after_an_opening_clause(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_an_apposition_inside_the_opening_clause_stays_an_apposition(extract):
    facts = extract("Minister Omar Said chaired the talks. Said thanked the guests.\n\n"
                    "Meeting his deputy, Felix Nandi, at the airport, the minister was calm. "
                    "\"We will finish this week,\" he said.")
    assert speaker_of(facts, "We will finish this week") == "Omar Said"
