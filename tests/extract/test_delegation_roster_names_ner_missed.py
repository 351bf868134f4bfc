"""Names in a delegation's roster that NER did not take for people (a given name it does not know read as
a place or a people), and a roster in a relative clause on the subject ("a delegation that included A and B
called on C"): every name-shaped item of the list is a member (extract/people.py,
extract/name_context.py, extract/delegation_members.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, names, surnames


@pytest.mark.parametrize("text", [
    "The Indonesian delegation, made up of Budi Santoso, Siti Rahayu and Agus Wibowo, met officials in Canberra.",
    "Indonesia has named its delegation. Its members are Budi Santoso, Siti Rahayu and Agus Wibowo.",
    "The Indonesian delegation comprised Budi Santoso, Siti Rahayu and Agus Wibowo.",
    "Jakarta sent an Indonesian delegation consisting of Budi Santoso, Siti Rahayu and Agus Wibowo to Perth.",
])
def test_every_name_of_a_roster_is_a_member(extract, text):
    facts = extract(text)
    assert {"Santoso", "Rahayu", "Wibowo"} <= surnames(facts, delegation_of(facts, "Indonesia").members)


@pytest.mark.parametrize("text", [
    "Led by Prime Minister Lani Vuki, the Fijian delegation also comprised Attorney General Siromi Turaga and Mosese Naivalu.",
    "The Fijian delegation included Attorney General Siromi Turaga, Mosese Naivalu and Prime Minister Lani Vuki.",
])
def test_a_roster_name_after_a_titled_member(extract, text):
    facts = extract(text)
    assert {"Turaga", "Naivalu"} <= surnames(facts, delegation_of(facts, "Fiji").members)


@pytest.mark.parametrize("text", [
    "The Indonesian delegation visited Bondi Beach, Darling Harbour and the opera house with Agus Wibowo.",
    "Agus Wibowo said Budi Santoso and Siti Rahayu had been invited, but the delegation had not yet been named.",
])
def test_lists_outside_a_roster_make_no_person(extract, text):
    found = names(extract(text))
    assert "Bondi Beach" not in found and "Darling Harbour" not in found


@pytest.mark.parametrize("text", [
    "A Swiss delegation that included State Secretary Laura Keller and Ambassador Beat Frei called on Prime Minister Hun Sokha.",
    "A Swiss delegation which comprised Laura Keller and Beat Frei held talks with Hun Sokha.",
    "The Swiss delegation, which included Laura Keller and Beat Frei, met Hun Sokha.",
])
def test_a_relative_roster_runs_up_to_the_main_verb(extract, text):
    facts = extract(text)
    assert surnames(facts, delegation_of(facts, "Switzerland").members) == {"Keller", "Frei"}


def test_a_relative_roster_on_the_object_keeps_the_next_clause_out(extract):
    facts = extract("Hun Sokha met a Swiss delegation that included Laura Keller, and Beat Frei said the talks went well.")
    assert surnames(facts, delegation_of(facts, "Switzerland").members) == {"Keller"}


@pytest.mark.parametrize("text", [
    "Tsetseg Batbayar and Enkhbold Dorj were part of the Mongolian delegation.",
    "Tsetseg Batbayar and Enkhbold Dorj were members of the Mongolian delegation that visited Seoul.",
    "The Mongolian delegation reached Seoul on Monday. Tsetseg Batbayar and Enkhbold Dorj were among the members of the delegation.",
    "The Mongolian delegation consisted of Tsetseg Batbayar and Enkhbold Dorj.",
])
def test_a_roster_no_name_of_which_ner_knew(extract, text):
    facts = extract(text)
    assert {"Batbayar", "Dorj"} <= surnames(facts, delegation_of(facts, "Mongolia").members)


@pytest.mark.parametrize("text", [
    "The Mongolian delegation included Foreign Ministry and Trade Ministry officials.",
    "The Mongolian delegation consisted of Ulaanbaatar City and Darkhan Province officials.",
])
def test_bodies_in_a_roster_are_no_persons(extract, text):
    assert not names(extract(text))
