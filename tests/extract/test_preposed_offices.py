"""Offices set off by a comma before the name, with forms of address or a military rank between
("the Chairperson of the Regional Commission, H.E. Mr. X", "the commander of the navy, Admiral X")."""
import pytest

from tests.conftest import person_key


def offices_of(facts, surname):
    key = person_key(facts, surname)
    return {(o.title, o.former) for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title", [
    ("Kenya's Minister of Roads and Public Transport Development, Hon. Peter Kamau, on Monday hosted the investors.",
     "Kamau", "Minister of Roads and Public Transport Development"),
    ("The Chairperson of the Regional Commission, H.E. Mr. Ali Hassan Farah, today received the envoys.",
     "Farah", "Chairperson of the Regional Commission"),
    ("Earlier, the chairperson held a call with the Executive Secretary of the East African Community, "
     "Dr. Rose Mbeki Otieno, ahead of the summit.", "Otieno", "Executive Secretary of the East African Community"),
    ("He will see the Saudi Minister of State for Gulf Affairs, Faisal bin Ahmed Al-Rashid, next week.",
     "Al-Rashid", "Minister of State for Gulf Affairs"),
    ("The talks were held under the auspices of the US special envoy for the Sahel, Paul Morgan.",
     "Morgan", "special envoy for the Sahel"),
    ("Speaking at a rally in the capital, Norway's Prime Minister, Ola Brekke said the deal was done.",
     "Brekke", "Prime Minister"),
])
def test_an_office_phrase_before_a_comma_and_a_form_of_address_is_the_names(extract, text, surname, title):
    assert (title, False) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, titles", [
    ("The commander of the Chilean Navy, Admiral Jorge Soto, stayed home.", "Soto",
     {"commander of the Navy", "Admiral"}),
    ("Its leader, Lieutenant General Omar Idris, has not met him.", "Idris", {"leader", "Lieutenant General"}),
    ("The minister of defense, General (r) Hernan Pardo, met the governors.", "Pardo", {"minister of defense"}),
])
def test_a_serving_rank_between_the_office_and_the_name_is_held_too(extract, text, surname, titles):
    """A serving officer's rank is the rank held, as it is without the office before it; a retired one's is not."""
    assert offices_of(extract(text), surname) == {(t, False) for t in titles}


@pytest.mark.parametrize("text, surname, title", [
    ("Ottawa's high commissioner in Nairobi, Louise Tremblay, joined the minister.", "Tremblay",
     "high commissioner in Nairobi"),
    ("Egypt's ambassador in Rome, Samir Fahmy, spoke by phone.", "Fahmy", "ambassador in Rome"),
    ("Yesterday the ambassador in Lima, Carla Mendes, handed over the letter.", "Mendes", "ambassador in Lima"),
])
def test_the_city_an_ambassador_sits_in_stays_in_the_title(extract, text, surname, title):
    assert (title, False) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname", [
    ("After talks with the president of Peru, Maria Lopez said the border would reopen.", "Lopez"),
    ("In a letter to the head of the central bank, Tomas Berg asked for lower rates.", "Berg"),
    ("Before meeting the head of the customs agency, Tomas Berg flew to Oslo.", "Berg"),
])
def test_no_office_from_an_introductory_phrase(extract, text, surname):
    facts = extract(text)
    assert not [o for o in facts.offices if facts.persons[o.person].name.endswith(surname)]
