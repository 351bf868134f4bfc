"""Two wordings of a visit the parser misreads (extract/meetings.py):
- "called on the Speaker of the National Assembly, A, at ...": the name set off by commas after the
  title is read as the verb's object; it is the one called on (`_called_on`). "called on ..., A, to
  resign" stays a demand.
- "B and C travel to Kumasi on Friday, where they are to meet D", "The delegation travels to Kumasi,
  where it will meet D": "they"/"it" in the where-clause of a trip is the one who travels, also when
  the clause hangs on the day and "where" on the infinitive (`_where_antecedent`, `_traveller`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Minister Ines Faro called on the Speaker of the National Assembly, Kofi Boakye Amponsah, at Parliament Buildings.",
    "Minister Ines Faro called on the Speaker of the National Assembly, Kofi Boakye Amponsah, at Parliament Buildings, "
    "and later sat down with the budget committee.",
    "Minister Ines Faro called on the Speaker of the National Assembly, Kofi Boakye Amponsah, at his residence, and later flew home.",
])
def test_the_name_after_the_title_is_called_on(extract, text):
    assert frozenset(("Faro", "Amponsah")) in met_pairs(extract(text))


def test_a_demand_with_the_name_after_the_title_is_no_visit(extract):
    facts = extract("Minister Ines Faro called on the Speaker of the National Assembly, Kofi Boakye Amponsah, to resign.")
    assert frozenset(("Faro", "Amponsah")) not in met_pairs(facts)


@pytest.mark.parametrize("text, visitors", [
    ("Senators Mary Dunne and Tom Walsh fly to Kumasi on Friday, where they are to meet King Osei Bonsu.", ("Dunne", "Walsh")),
    ("Senators Mary Dunne and Tom Walsh are due to travel on to Kumasi on Friday, where they are scheduled to meet "
     "the Asante king, Osei Bonsu.", ("Dunne", "Walsh")),
    ("A delegation led by Senator Mary Dunne and including Deputy Tom Walsh arrived in Ghana on Monday. "
     "The delegation travels to Kumasi on Friday, where it will meet King Osei Bonsu.", ("Walsh",)),
])
def test_they_in_the_where_clause_of_a_trip_are_the_travellers(extract, text, visitors):
    facts = extract(text)
    meetings = [m for m in facts.meetings if any(facts.persons[a.key].name.endswith("Bonsu") for a in m.attendees if a.kind == "person")]
    assert meetings and meetings[0].status.value == "Scheduled", facts.meetings
    members = {p for d in facts.delegations.values() for p in [d.head, *d.members] if p}
    keys = {a.key for a in meetings[0].attendees if a.kind == "person"} | (
        members if any(a.kind == "delegation" for a in meetings[0].attendees) else set())
    for visitor in visitors:
        assert any(facts.persons[k].name.endswith(visitor) for k in keys), meetings[0]


def test_they_who_met_workers_at_a_site_are_not_the_king(extract):
    facts = extract("Senators Mary Dunne and Tom Walsh toured a factory in Kumasi on Friday, where they met workers. "
                    "King Osei Bonsu was not there.")
    assert not any("Bonsu" in p for p in met_pairs(facts))


@pytest.mark.parametrize("text, visitor", [
    ("A delegation led by President Marcelo Ribas and including Secretary Anna Kowal arrived in Rabat on Monday. "
     "The next day, the delegation travelled to the national football complex in Kenitra, where it was welcomed "
     "by head coach Rachid Amri.", "Kowal"),
    ("Senators Mary Dunne and Tom Walsh flew to the old port in Kumasi on Friday, where they met King Osei Bonsu.", "Walsh"),
    ("Senators Mary Dunne and Tom Walsh drove to the regional assembly in Kumasi, where they held talks with Governor Ama Sefako.", "Walsh"),
])
def test_the_where_clause_of_a_town_after_the_goal(extract, text, visitor):
    facts = extract(text)
    members = {p for d in facts.delegations.values() for p in [d.head, *d.members] if p}
    found = False
    for meeting in facts.meetings:
        keys = {a.key for a in meeting.attendees if a.kind == "person"}
        if any(a.kind == "delegation" for a in meeting.attendees):
            keys |= members
        names = {facts.persons[k].name.split()[-1] for k in keys}
        found = found or (visitor in names and len(names - {visitor}) >= 1 and names & {"Amri", "Bonsu", "Sefako"})
    assert found, facts.meetings
