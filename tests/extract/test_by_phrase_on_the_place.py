"""In a passive meeting clause the parser may hang the by-phrase on the place before it ("was met at the
door of the residence by the Premier"): it still names who met them. A title alone that NER took for a
body ("the Tánaiste") is nobody's organisation. "Earlier in the day" keeps the story's day."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Premier Ana Vidal hosted the talks. Prime Minister Lars Holm was met at the door of the residence by the "
     "Premier.", {"Vidal", "Holm"}),
    ("Chancellor Otto Brandt opened the summit. The Danish delegation, led by Prime Minister Lars Holm, arrived "
     "at noon. The visitors were greeted on the front lawn of Holmgard by the Chancellor and the Minister for "
     "Trade, Rosa Quispe.", {"Brandt", "Holm"}),
    ("Prime Minister Lars Holm was received at the gates of the palace by Governor Rosa Quispe on Monday.",
     {"Holm", "Quispe"}),
])
def test_a_by_phrase_hung_on_the_place_names_the_hosts(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_a_lone_title_is_no_organisation_at_the_meeting(extract):
    facts = extract("Taoiseach Sean Boyle chaired the meeting. Prime Minister Lars Holm was welcomed at the gates "
                    "of Castle Hall by the Tánaiste and then by the Taoiseach.")
    assert {a.kind for m in facts.meetings for a in m.attendees} == {"person"}


@pytest.mark.parametrize("phrase", ["Earlier in the day", "Later in the day", "Later that day"])
def test_a_meeting_earlier_or_later_in_the_day_is_on_that_day(extract, phrase):
    facts = extract(f"Prime Minister Lars Holm held talks with President Ana Vidal in Lima on Thursday. {phrase}, "
                    "Holm met Energy Minister Rosa Quispe at her office.")
    second = next(m for m in facts.meetings if any("quispe" in a.key for a in m.attendees))
    assert second.date is not None and second.date.value == "2025-05-15"
