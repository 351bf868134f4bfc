"""Abbreviated military ranks before a name ("Lieut. Col. X", "Sen. Col. X", "Cdr. X") are the person's rank,
never a person of their own ("Lieut"), and never cut the office before them off the name. A rank the
expansion table cannot write out whole is kept as written; a serving officer's full rank set off after an
office ("the head of the air force, Air Vice Marshal X") is held as well."""
import pytest

from tests.conftest import names, person_key


def titles(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, expected", [
    ("Also present were Deputy Minister of Fisheries Arturo Benzi and Deputy Minister of Defence "
     "Sen. Col. Tomas Ferreyra.", "Ferreyra", {"Deputy Minister of Defence", "Sen. Col."}),
    ("Lieut. Col. Oskar Brandvold, who leads the battalion, said the convoy was late.", "Brandvold",
     {"Lieut. Col."}),
    ("The visitors were welcomed by Cdr. Ines Baptista at the naval base.", "Baptista", {"Commander"}),
    ("The talks were attended by Police Commissioner Lieut. Gen. Hamid Rahimi and two aides.", "Rahimi",
     {"Police Commissioner", "Lieut. Gen."}),
])
def test_abbreviated_rank_is_the_names_title(extract, text, surname, expected):
    facts = extract(text)
    assert expected <= titles(facts, surname)
    assert not any(n.lower().startswith(("lieut", "sen", "cdr")) for n in names(facts))


def test_abbreviated_rank_is_no_person(extract):
    facts = extract("Deputy Minister of Transport Lieut. Gen. Olek Nowicki opened the bridge on Monday.")
    assert {n for n in names(facts)} == {"Olek Nowicki"}
    assert "Deputy Minister of Transport" in titles(facts, "Nowicki")


def test_two_titled_names_in_a_list_keep_their_own_offices(extract):
    facts = extract("On the host side were Minister of Mines Kalinda Phiri and Minister of Defence "
                    "Lieut. Gen. Joseph Banda.")
    assert titles(facts, "Banda") == {"Minister of Defence", "Lieut. Gen."}
    assert titles(facts, "Phiri") == {"Minister of Mines"}


@pytest.mark.parametrize("text, surname, expected", [
    ("The chief of the Peruvian navy, Admiral Rosa Quispe, joined the delegation.", "Quispe", "Admiral"),
    ("The head of the air force, Air Vice Marshal Dev Malhotra, inspected the base.", "Malhotra",
     "Air Vice Marshal"),
    ("Our commander in the region, Vice Admiral Hugo Lenz, was not consulted.", "Lenz", "Vice Admiral"),
])
def test_serving_rank_after_a_set_off_office_is_held(extract, text, surname, expected):
    assert expected in titles(extract(text), surname)


def test_a_known_single_abbreviation_is_still_written_out(extract):
    """Guard: a rank the table writes out wholly keeps its full form ("Lt. Col." is "Lieutenant Colonel")."""
    assert "Lieutenant Colonel" in titles(extract("Lt. Col. Mira Haas briefed the press on Friday."), "Haas")


def test_senator_is_still_senator(extract):
    """Guard: "Sen." before a name, not before a rank, is a senator."""
    assert "Senator" in titles(extract("Sen. Paula Grant asked for a vote on the bill."), "Grant")


def test_retired_rank_after_a_set_off_office_is_no_office(extract):
    """Guard: a retired officer's rank between the office and the name is how he is addressed."""
    facts = extract("The minister of the interior, Colonel (retd) Abel Mutua, met the governors.")
    key = person_key(facts, "Mutua")
    assert not any(o.title == "Colonel" and not o.former for o in facts.offices if o.person == key)


@pytest.mark.parametrize("text, surname", [
    ("The opposition leader met Commodore Vatu Naivalu in Suva on Monday.", "Naivalu"),
    ("Commodore Ilse Brandt, who commands the fleet, said the ships would sail.", "Brandt"),
    ("Prime Minister Ana Kolo was received in Apia by Commodore Rafael Ortega of the navy.", "Ortega"),
])
def test_a_naval_rank_before_a_name_is_a_title_not_a_name(extract, text, surname):
    facts = extract(text)
    assert "Commodore" in titles(facts, surname)
    assert not any(n.startswith("Commodore") for n in names(facts))
