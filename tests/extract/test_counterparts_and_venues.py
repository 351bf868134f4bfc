"""Counterparts, titled names with of-phrases, venues, places hung on a partner's name, subject
control ("lost no time ... opening talks") and plural groups taking part in a meeting."""
import pytest

from tests.conftest import met_pairs, person_key


def offices_of(facts, surname):
    key = person_key(facts, surname)
    return {(o.title.lower(), o.org) for o in facts.offices if o.person == key and not o.former}


def places(facts):
    return {m.place for m in facts.meetings if len(m.attendees) >= 2}


# -- counterparts: the subject's office, in the country the phrase names ------------------------------

@pytest.mark.parametrize("text, surname, office", [
    ("Foreign Minister Ana Ruiz received her counterpart from Peru, Pablo Vera, in Santiago.",
     "Vera", ("foreign minister", "Peru")),
    ("President Kofi Mensah held talks with his Colombian counterpart Ivan Duarte.",
     "Duarte", ("president", "Colombia")),
    ("President Kofi Mensah met Ivan Duarte, his opposite number in Bogota, on Monday.",
     "Duarte", ("president", "Colombia")),
    ("Ada Roth, the president of Peru, welcomed Jorge Pino, her equivalent from Chile, on Monday.",
     "Pino", ("president", "Chile")),
    ("President Kofi Mensah receives on Friday (June 2) his counterpart from Peru, Jorge Pino, at the "
     "Kosrae Palace, his official residence.", "Pino", ("president", "Peru")),
])
def test_a_counterpart_holds_the_subjects_office_in_the_named_country(extract, text, surname, office):
    facts = extract(text)
    assert office in offices_of(facts, surname)
    assert frozenset({surname, "Ruiz" if "Ruiz" in text else ("Roth" if "Roth" in text else "Mensah")}) in met_pairs(facts)


def test_a_title_that_differs_between_countries_is_not_copied(extract):
    facts = extract("Attorney General Ana Ruiz met her Peruvian counterpart, Pablo Vera, in Lima.")
    assert offices_of(facts, "Vera") == set()


@pytest.mark.parametrize("text, surname, office", [
    ("Secretary of State Ana Ruiz met her Peruvian counterpart, Pablo Vera, in Lima.", "Vera", ("foreign minister", "Peru")),
    ("The Foreign Secretary, Ms Priya Raman, met her Dutch opposite number, Ms Ilse Jansen, in London.",
     "Jansen", ("foreign minister", "Netherlands")),
    ("Defense Secretary Mark Dunn held talks with his Japanese counterpart, Kenji Ota, on Friday.",
     "Ota", ("defense minister", "Japan")),
    ("Home Secretary Laura Pemberton received Klaus Reiter, her German counterpart, in London.",
     "Reiter", ("interior minister", "Germany")),
])
def test_a_secretarys_counterpart_abroad_is_the_matching_minister(extract, text, surname, office):
    facts = extract(text)
    assert office in offices_of(facts, surname), offices_of(facts, surname)


# -- "Minister of Finance Ole Dahl": the name after a title with an of-phrase ------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Minister of Finance Ole Dahl met President of Ghana Kofi Ansah in Accra.", "Dahl", "Ansah"),
    ("Minister of Finance Ole Dahl held talks with Secretary of the Treasury Ana Ruiz.", "Dahl", "Ruiz"),
    ("President of Ghana Kofi Ansah received Secretary of State Ana Ruiz in Accra.", "Ansah", "Ruiz"),
])
def test_titled_names_with_an_of_phrase_are_people_who_meet(extract, text, a, b):
    assert frozenset({a, b}) in met_pairs(extract(text))


def test_the_title_of_someone_is_not_that_someone(extract):
    facts = extract("President Kofi Mensah said the spokesman of Mensah met reporters.")
    assert not met_pairs(facts)


# -- venues: airports and palaces, whatever NER made of their names -------------------------------

@pytest.mark.parametrize("text, place", [
    ("President Ada Lind greeted Chancellor Ilse Brandt at Vantaa International Airport on Monday.",
     "Vantaa International Airport"),
    ("President Ada Lind was received at Kotoka International Airport by President Kofi Mensah.",
     "Kotoka International Airport"),
    ("President Kofi Mensah received his counterpart from Peru, Jorge Pino, at the Kosrae Palace on Friday.",
     "Kosrae Palace"),
    ("Prime Minister Ole Dahl met President Ada Lind at the airport in Abuja before flying on.", "Abuja"),
])
def test_airports_and_palaces_are_meeting_places(extract, text, place):
    assert place in places(extract(text))


# -- a place phrase the parser hung on the partner's name ---------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Secretary of State Ana Ruiz met today with Chilean Foreign Minister Pablo Vera in New York City "
     "to discuss trade.", "New York City"),
    ("President Ada Lind met on Monday with Prime Minister Ole Dahl in Bergen to sign the accord.", "Bergen"),
    ("Chancellor Ilse Brandt held talks with President Ada Lind at Bellevue Palace, aides said.", "Bellevue Palace"),
])
def test_a_place_after_the_partners_name_is_the_meeting_place(extract, text, place):
    assert places(extract(text)) == {place}


def test_where_the_guests_come_from_is_not_the_meeting_place(extract):
    facts = extract("President Ada Lind held talks with the presidents of six countries in South America.")
    assert "South America" not in places(facts)


# -- subject control: "A and B lost no time ... opening talks" ----------------------------------------

@pytest.mark.parametrize("text", [
    "President Ada Lind, Prime Minister Ole Dahl and Chancellor Ilse Brandt wasted little time getting "
    "down to work, opening talks within the hour.",
    "Prime Minister Ole Dahl and Chancellor Ilse Brandt lost no time on Monday, beginning talks over lunch.",
    "President Ada Lind and Chancellor Ilse Brandt wasted no time, launching talks at the airport.",
])
def test_the_subjects_of_lost_no_time_hold_the_talks(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Dahl", "Brandt"}) in pairs or frozenset({"Lind", "Brandt"}) in pairs
    if "Dahl" in text and "Lind" in text:
        assert {frozenset({"Lind", "Dahl"}), frozenset({"Dahl", "Brandt"}), frozenset({"Lind", "Brandt"})} <= pairs


# -- "the two took part in the summit": the pair just told ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Prime Minister Ole Dahl met Chancellor Ilse Kern in Oslo on Monday. On Tuesday, the 2 leaders took "
    "part in a summit with the heads of six Nordic states.",
    "President Ada Roth received Chancellor Ilse Kern in Bern on Monday. Later the two participated in "
    "the conference on energy.",
    "Chancellor Ilse Kern visited President Ada Roth on Monday. On Wednesday both leaders participated in "
    "a summit of the region.",
])
def test_a_pair_taking_part_in_a_later_meeting(extract, text):
    facts = extract(text)
    pair = [m for m in facts.meetings if {facts.persons[a.key].name.split()[-1] for a in m.attendees
                                          if a.kind == "person"} >= {"Kern"} and len(m.attendees) >= 2]
    assert len(pair) == 2, [(m.trigger, m.attendees) for m in facts.meetings]
