"""A meeting's day and place said around it rather than on it.

- "X agreed on Tuesday ..., after talks between A and B": a meeting noun right after whose end the
  clause's event came (no "a week after") took place that day. "Two days after talks", "a week
  after A met B" keep the other event's date away.
- "The ministers agreed on Wednesday ..., after a three-way meeting in Lisbon. A received B and C
  for four hours.": the meeting told without its people in the sentence before is the same one.
- A long title with a second complement as the "with" party: "held talks with Minister of State at
  the Ministry of Foreign Affairs Sheikh A".
"""
import pytest

from tests.conftest import meetings_between, met_pairs


@pytest.mark.parametrize("text, day", [
    ("Norway and Chile agreed on Tuesday to step up cooperation, after talks in Oslo between Foreign Minister "
     "Ina Berg and her Chilean counterpart Luis Vera.", "2025-05-13"),
    ("After talks with Foreign Minister Luis Vera, Foreign Minister Ina Berg announced on Tuesday a new fund.",
     "2025-05-13"),
    ("Foreign Minister Ina Berg signed a fisheries pact on Tuesday following a meeting with her counterpart "
     "Luis Vera.", "2025-05-13"),
])
def test_a_meeting_right_before_the_clauses_event_has_its_day(extract, text, day):
    facts = extract(text)
    dates = {m.date.value for m in meetings_between(facts, "Berg", "Vera") if m.date}
    assert dates == {day}


@pytest.mark.parametrize("text, day", [
    ("The deal was signed on Friday, two days after talks between Minister Ina Berg and Minister Luis Vera.",
     "2025-05-07"),
    ("Talks on trade resumed on Monday, a week after Minister Ina Berg met Minister Luis Vera in Oslo.", "2025-05-05"),
])
def test_a_meeting_some_time_before_does_not_take_the_clauses_day(extract, text, day):
    """Not the clause's day: that day moved back by the measured gap (measured_gaps.py)."""
    facts = extract(text)
    assert frozenset({"Berg", "Vera"}) in met_pairs(facts)
    assert [m.date.value for m in meetings_between(facts, "Berg", "Vera") if m.date] == [day]


@pytest.mark.parametrize("text, place", [
    ("The foreign ministers of three countries agreed on Wednesday to set up a joint unit, after a three-way "
     "meeting in Lisbon. Minister Ana Solt received Minister Jon Lek and Minister Ida Brenn for four hours.", "Lisbon"),
    ("A meeting of the border ministers took place in Porto on Wednesday.\n\n"
     "Minister Ana Solt sat down with Minister Jon Lek for most of the afternoon.", "Porto"),
    ("Two ministers held talks in Faro on Wednesday, officials said. Minister Jon Lek met Minister Ana Solt "
     "at the town hall.", None),
])
def test_a_meeting_told_first_without_its_people_gives_the_next_sentence_its_day_and_place(extract, text, place):
    facts = extract(text)
    told = meetings_between(facts, "Solt", "Lek")
    assert told and {m.date.value for m in told if m.date} == {"2025-05-14"}
    if place:
        assert {m.place for m in told} == {place}


def test_a_plan_told_without_people_gives_no_day_to_the_next_sentence(extract):
    facts = extract("Leaders will hold a summit in Rome next week. Minister Ana Solt received Minister Jon Lek.")
    told = meetings_between(facts, "Solt", "Lek")
    assert told and all(m.place is None for m in told)


@pytest.mark.parametrize("text", [
    "Deputy Secretary Rae Whit held talks yesterday with Minister of State at the Ministry of Foreign Affairs "
    "Sheikh Hamad bin Saud Al-Kuwari.",
    "Deputy Secretary Rae Whit met Minister of State for Foreign Affairs at the Ministry of Trade Sheikh Hamad "
    "bin Saud Al-Kuwari yesterday.",
])
def test_a_long_titled_partner_after_with_is_the_named_holder(extract, text):
    assert frozenset({"Whit", "Al-Kuwari"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text, pair", [
    ("His Excellency Mr. Tomás Ruiz Vidal, Minister of Foreign Affairs of Peru, who is on a visit to Kenya, "
     "called on the Hon'ble Vice-President of Kenya, Shri Omar Kibet Langat, on Wednesday morning.", {"Vidal", "Langat"}),
    ("Envoy Rita Sol called on the Prime Minister of Kenya, Ruth Wambui, at her office.", {"Sol", "Wambui"}),
    ("Minister Ivo Dane met the Governor of the Central Bank, Lia Hart, in Oslo.", {"Dane", "Hart"}),
])
def test_the_person_a_title_with_its_complement_introduces_is_the_party(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text, place", [
    ("Envoy Rita Sol called on the Prime Minister of Kenya, Ruth Wambui, at her office.", None),
    ("Minister Ivo Dane met the President of Chile, Lia Hart, on Monday.", None),
    ("Minister Ivo Dane met Lia Hart on the sidelines of the summit in Lima.", "Lima"),
])
def test_a_titles_country_is_no_meeting_place(extract, text, place):
    assert {m.place for m in extract(text).meetings} == {place}
