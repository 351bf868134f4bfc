"""Principals of talks head their own side's delegation; post-posed "of <country>" gives a titled
name its country (which is how a principal's side is known)."""
import pytest

from tests.conftest import person_key

SIDES_NORWAY_PERU = (" On the Norwegian side, the talks were attended by Minister Erik Dahl and Ambassador Siri Holm."
                     " On the Peruvian side, the session was attended by Minister Juan Pardo.")


@pytest.mark.parametrize("opening", [
    "King Harald Lund of Norway and Peruvian President Rosa Quispe co-chaired talks in Lima.",
    "The talks in Lima were co-chaired by Peruvian President Rosa Quispe and King Harald Lund of Norway.",
    "Peruvian President Rosa Quispe held talks with King Harald Lund of Norway in Lima.",
])
def test_principals_head_their_sides(extract, opening):
    facts = extract(opening + SIDES_NORWAY_PERU)
    norway, peru = facts.delegations["Norway"], facts.delegations["Peru"]
    assert norway.head == person_key(facts, "Lund")
    assert peru.head == person_key(facts, "Quispe")
    assert person_key(facts, "Lund") in norway.members and person_key(facts, "Dahl") in norway.members


def test_principal_without_country_heads_the_side_left(extract):
    facts = extract("Prime Minister Ivo Marin held talks with Omani Foreign Minister Karim Bashir in Zagreb. "
                    "The Croatian delegation included Finance Minister Ana Horvat and Defence Minister Luka Babic. "
                    "The Omani delegation comprised Minister Said Harthy.")
    assert facts.delegations["Oman"].head == person_key(facts, "Bashir")
    assert facts.delegations["Croatia"].head == person_key(facts, "Marin")


def test_named_head_is_kept(extract):
    facts = extract("Ukraine sent a delegation headed by Defence Minister Petro Lysak. "
                    "President Olena Hrytsenko of Ukraine held talks with Chancellor Max Adler in Vienna.")
    assert facts.delegations["Ukraine"].head == person_key(facts, "Lysak")


def test_talks_without_sides_make_no_delegation(extract):
    facts = extract("Queen Ana Sorel of Belgium and Prime Minister Luc Damas co-chaired the talks on Monday.")
    assert not facts.delegations


@pytest.mark.parametrize("text, surname, country", [
    ("King Olaf Brandt of Norway arrived in Rome on Friday.", "Brandt", "Norway"),
    ("The summit was opened by President Tomas Vell of Chile.", "Vell", "Chile"),
    ("Reporters asked Prime Minister Hana Sato of Japan about the deal.", "Sato", "Japan"),
])
def test_postposed_country_of_titled_name(extract, text, surname, country):
    facts = extract(text)
    offices = [o for o in facts.offices if o.person == person_key(facts, surname)]
    assert offices and offices[0].org == country and offices[0].org_is_country


def test_postposed_city_is_not_a_country(extract):
    facts = extract("Governor Pedro Alba of Texas met Mayor Lena Voss of Hamburg on Friday.")
    offices = {o.person: o for o in facts.offices}
    assert not offices[person_key(facts, "Alba")].org_is_country
    assert offices[person_key(facts, "Alba")].org == "Texas"


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Lopez held talks with the Lao delegation on Monday.",
    "Speaker Maria Santos held talks with a delegation from Laos in the capital.",
    "The Lao delegation held talks with Foreign Minister Ana Lopez at the ministry.",
    "Chairwoman Ines Duarte co-chaired talks with a visiting Lao delegation.",
])
def test_one_person_meeting_a_lone_delegation_is_not_its_head(extract, text):
    """The side left to an unplaced principal needs another side headed by a principal: a person who
    holds talks with the only delegation named is its host, not its head."""
    facts = extract(text)
    laos = facts.delegations["Laos"]
    assert laos.head is None and not laos.members
