"""A companion participle that opens the sentence ("Joined by C, A met B", "Flanked by C and D, A
received B") puts C on the subject's side of that meeting: C met B, and the participle is no meeting
of its own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, companions", [
    ("Joined by Interior Minister Pavel Kroll, President Ana Vidal met Chancellor Otto Brandt in Vienna.",
     {"Kroll"}),
    ("Flanked by her deputies Lars Holm and Tom Berg, Foreign Minister Ana Vidal received the Polish envoy "
     "Otto Brandt on Monday.", {"Holm", "Berg"}),
    ("Accompanied by Governor Rosa Quispe, Premier Ana Vidal held talks with President Otto Brandt in Lima.",
     {"Quispe"}),
    ("Assisted by two aides, Lars Holm and Tom Berg, Ana Vidal will meet Otto Brandt on Friday.", {"Holm", "Berg"}),
])
def test_an_opening_companion_met_the_other_side(extract, text, companions):
    pairs = met_pairs(extract(text))
    assert frozenset({"Vidal", "Brandt"}) in pairs
    for companion in companions:
        assert frozenset({companion, "Brandt"}) in pairs


def test_the_opening_participle_is_no_meeting_of_its_own(extract):
    facts = extract("Joined by Interior Minister Pavel Kroll, President Ana Vidal met Chancellor Otto Brandt.")
    assert len(facts.meetings) == 1


def test_an_opening_companion_without_a_meeting_meets_no_one_else(extract):
    facts = extract("Joined by reporters, President Ana Vidal toured the port of Gdansk.")
    assert met_pairs(facts) == set()
