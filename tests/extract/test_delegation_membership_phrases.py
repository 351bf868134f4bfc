"""Members of a delegation told on the person rather than on the group (extract/delegation_members.py):
a member noun in apposition or a who-clause ("A, a member of the X delegation"), a name the group's
of-phrase hangs on ("A of the X delegation"), one who speaks for the group; names in apposition to a
group noun ("X negotiators A and B"); and a verbless "among them" closing the group's phrase."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


def _all_members(facts) -> set[str]:
    keys = set().union(*[d.members for d in facts.delegations.values()]) if facts.delegations else set()
    return surnames(facts, keys)


@pytest.mark.parametrize("text, expected", [
    ("Kofi Ampofo-Darko, a member of the Ghanaian delegation, told reporters the talks would resume.", {"Ampofo-Darko"}),
    ("Colonel Yusuf Dembele, who is part of the Ghanaian delegation, said the truce would hold.", {"Dembele"}),
    ("Efua Sarpong and Yaw Oduro were among the members of the Ghanaian delegation.", {"Sarpong", "Oduro"}),
    ("Efua Sarpong, one of the members of the Ghanaian delegation, left early.", {"Sarpong"}),
    ("\"We need more time,\" said Ambassador Efua Sarpong of the Ghanaian delegation.", {"Sarpong"}),
    ("Yaw Oduro from the Ghanaian delegation said the text was acceptable.", {"Oduro"}),
    ("Speaking for the Ghanaian delegation, Ambassador Efua Sarpong said the draft was too weak.", {"Sarpong"}),
])
def test_membership_told_on_the_person(extract, text, expected):
    facts = extract(text)
    assert expected <= surnames(facts, delegation_of(facts, "Ghana").members)


@pytest.mark.parametrize("text", [
    "Efua Sarpong, a member of parliament, met the Ghanaian delegation on Monday.",
    "Ambassador Efua Sarpong met the head of the Ghanaian delegation in Accra.",
    "Efua Sarpong, who met members of the Ghanaian delegation on Monday, said the talks went well.",
    "Efua Sarpong spoke about the Ghanaian delegation at length.",
])
def test_people_merely_near_a_delegation_are_no_members(extract, text):
    assert "Sarpong" not in _all_members(extract(text))


@pytest.mark.parametrize("text", [
    "Bolivian negotiators Marisol Quispe and Hernan Vaca met their Chilean counterparts in Arica on Monday.",
    "The Bolivian negotiators, Marisol Quispe and Hernan Vaca, said they would return to La Paz.",
    "Bolivia's envoys, Marisol Quispe and Hernan Vaca, arrived in Arica on Monday.",
    "The talks resumed after Bolivia sent two negotiators, Marisol Quispe and Hernan Vaca.",
])
def test_names_in_apposition_to_a_group_noun(extract, text):
    facts = extract(text)
    assert {"Quispe", "Vaca"} <= surnames(facts, delegation_of(facts, "Bolivia").members)


def test_a_name_after_the_group_but_not_set_beside_it_is_no_member(extract):
    facts = extract("Bolivian negotiators met Chilean Foreign Minister Tomas Lagos in Arica on Monday.")
    assert "Lagos" not in _all_members(facts)


@pytest.mark.parametrize("text", [
    "Foreign Minister Amara Toure is leading a Guinean delegation of senior officials to Dakar, "
    "among them Ambassador Sekou Camara and adviser Fanta Kante.",
    "The Guinean delegation was headed by Foreign Minister Amara Toure and comprised ten officials, "
    "among them Ambassador Sekou Camara and adviser Fanta Kante.",
    "The Guinean delegation comprised ten officials, including Ambassador Sekou Camara and adviser Fanta Kante.",
    "Guinea sent a delegation of ten officials to Dakar, among whom were Ambassador Sekou Camara and adviser Fanta Kante.",
])
def test_among_them_closes_the_group_phrase(extract, text):
    facts = extract(text)
    assert {"Camara", "Kante"} <= surnames(facts, delegation_of(facts, "Guinea").members)


def test_among_them_after_another_verb_names_no_member(extract):
    facts = extract("A Guinean delegation arrived in Dakar and met several ministers, among them "
                    "Senegalese Interior Minister Sekou Camara and Trade Minister Fanta Kante.")
    assert not {"Camara", "Kante"} & _all_members(facts)


def test_the_two_negotiators_are_one_of_each_side(extract):
    """ "the two chief negotiators, A and B": one from each side, not both members of the last delegation."""
    facts = extract("The Norland delegation, led by Ana Vidal, included the trade envoy, Karl Moser. Sudria's team "
                    "was led by Tomas Berg. Next week the mediator is to see the two chief negotiators, Karl Moser "
                    "and Ole Dahl, in Geneva.")
    members = {facts.persons[m].name for d in facts.delegations.values() if d.represents == "Norland" for m in d.members}
    assert "Ole Dahl" not in members
