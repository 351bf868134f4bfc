"""Where a meeting took place: the finest place the clause names, a country only when nothing
finer is said, generic words dropped, events are not places, other clauses' places ignored."""
import pytest


def _places(facts):
    return {m.place for m in facts.meetings if len(m.attendees) >= 2}


@pytest.mark.parametrize("text, place", [
    ("Premier Ada Roth met President Ilse Kern in Finland on Monday.", "Finland"),
    ("While in Norway, Premier Ada Roth met President Ilse Kern.", "Norway"),
    ("Premier Ada Roth arrived in Chile for talks with President Ilse Kern.", "Chile"),
])
def test_a_country_when_nothing_finer_is_said(extract, text, place):
    assert _places(extract(text)) == {place}


@pytest.mark.parametrize("text, place", [
    ("Premier Ada Roth will meet President Ilse Kern in Damascus, Syria, on Friday.", "Damascus"),
    ("In Syria, Premier Ada Roth met President Ilse Kern at the Tishreen Palace.", "Tishreen Palace"),
    ("Premier Ada Roth held talks with President Ilse Kern in Lyon, France.", "Lyon"),
])
def test_the_finer_place_wins_over_the_country(extract, text, place):
    assert _places(extract(text)) == {place}


@pytest.mark.parametrize("text, place", [
    ("Premier Ada Roth met President Ilse Kern in Sichuan province on Friday.", "Sichuan"),
    ("Premier Ada Roth and President Ilse Kern held talks in the Gansu region.", "Gansu"),
    ("Premier Ada Roth met President Ilse Kern in New York City.", "New York City"),
])
def test_generic_words_after_a_name_are_dropped(extract, text, place):
    assert _places(extract(text)) == {place}


@pytest.mark.parametrize("text", [
    "Premier Ada Roth met President Ilse Kern on the sidelines of the G20 summit in Osaka.",
    "On the sidelines of the Pacific Leaders' Meeting in Osaka, Premier Ada Roth held talks with President Ilse Kern.",
    "Premier Ada Roth had a meeting with President Ilse Kern at the margins of the forum in Osaka.",
])
def test_the_place_of_the_event_on_whose_sidelines_they_met(extract, text):
    assert _places(extract(text)) == {"Osaka"}


@pytest.mark.parametrize("text", [
    "In a meeting with President Ilse Kern, Premier Ada Roth discussed troops serving in Mali.",
    "Premier Ada Roth met President Ilse Kern to discuss refugees arriving in Greece.",
    "After talks with President Ilse Kern, Premier Ada Roth praised the police working in Haiti.",
])
def test_a_place_in_another_clause_is_not_the_meeting_place(extract, text):
    assert _places(extract(text)) == {None}


def test_the_place_visited(extract):
    facts = extract("General Omar Diallo visited the capital, Bamako, to discuss security with President Awa Keita.")
    assert _places(facts) == {"Bamako"}


@pytest.mark.parametrize("text, place", [
    ("President Ada Roth has begun her two-day visit to India. Roth will meet Prime Minister Ravi Das.", "India"),
    ("President Ada Roth arrived in Kenya on Monday. She held talks with President Joy Wanjiku.", "Kenya"),
    ("Premier Kai Lund invited President Ada Roth to visit Chile in May. Lund and Roth had long exchanges there.", "Chile"),
])
def test_the_place_of_the_visit_told_just_before(extract, text, place):
    facts = extract(text)
    assert place in {m.place for m in facts.meetings if len(m.attendees) >= 2}, facts.meetings


@pytest.mark.parametrize("text", [
    "Ana Vidal meets Tom Hale in Lisbon\n\nPresident Ana Vidal met Minister Tom Hale on Tuesday.",
    "Ana Vidal holds talks with Tom Hale in Lisbon\n\nPresident Ana Vidal held talks with Minister Tom Hale on Tuesday.",
    "Vidal, Hale meet in Lisbon\n\nPresident Ana Vidal received Minister Tom Hale on Tuesday.",
])
def test_the_headline_gives_the_place_of_the_meeting_the_lede_tells(extract, text):
    facts = extract(text)
    lede = [m for m in facts.meetings if m.evidence.start > 10 and len(m.attendees) >= 2]
    assert lede and all(m.place == "Lisbon" for m in lede), facts.meetings
