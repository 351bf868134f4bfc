"""A meeting between countries told with its place and day ("Norway and Chile agreed ... after talks in
Oslo on Monday"), then told again with the people who met and no place or day of its own, is the same
meeting: it takes that place and day. Its own place, or a later sentence about other business, keeps its own."""
import pytest


def _with_people(facts):
    return [m for m in facts.meetings if any(a.kind == "person" for a in m.attendees)]


@pytest.mark.parametrize("text, place, day", [
    ("Norway and Chile agreed to expand salmon trade after talks in Oslo on Monday. Trade Minister Ole Dahl "
     "received a Chilean delegation headed by Economy Minister Rosa Quispe.", "Oslo", "2025-05-12"),
    ("Kenya and Uganda signed a border deal after talks in Kampala on Friday. President Sam Okello then hosted "
     "his Kenyan counterpart Peter Mwangi.", "Kampala", "2025-05-09"),
    ("Ghana and Togo held talks in Accra on Tuesday. Foreign Minister Ama Mensah received a Togolese delegation "
     "led by Interior Minister Koffi Agbeko.", "Accra", "2025-05-13"),
])
def test_the_people_meeting_takes_the_sides_place_and_day(extract, text, place, day):
    meeting = _with_people(extract(text))[0]
    assert (meeting.place, meeting.date.value if meeting.date else None) == (place, day)


def test_a_meeting_with_a_place_of_its_own_keeps_it(extract):
    facts = extract("Kenya and Uganda signed a border deal after talks in Kampala on Friday. President Sam Okello "
                    "hosted his Kenyan counterpart Peter Mwangi in Entebbe.")
    assert _with_people(facts)[0].place == "Entebbe"
