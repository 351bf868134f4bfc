"""Four small classes seen in Middle East wire copy, each in wordings of our own:

- members told as one person's staff ("the delegation included Berg's adviser, A, and her chief of staff, B")
  were brought by that person, who heads the delegation;
- a meeting verb in the purpose clause of a call ("telephoned A to brief him", "rang B to congratulate her")
  is that call, not a meeting in person;
- joining a delegation in a purpose clause ("flew in from Gaza to join the Hamas delegation") makes the
  traveller a member, as "joined the delegation" does;
- "A and B sat across the table from each other" (or "opposite one another") put the two face to face.
"""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text, country", [
    ("Prime Minister Ida Berg met Egyptian President Omar Fahmy in Cairo on Monday. The small Norwegian "
     "delegation included Berg's foreign policy adviser, Tor Lie, and her chief of staff, Kari Moen.", "Norway"),
    ("Chancellor Ida Berg held talks with President Omar Fahmy in Cairo. The Austrian delegation comprised her "
     "economic adviser, Tor Lie, and her spokeswoman, Kari Moen.", "Austria"),
    ("The Danish delegation that met President Omar Fahmy on Monday included Prime Minister Ida Berg's security "
     "adviser, Tor Lie, and her deputy chief of staff, Kari Moen.", "Denmark"),
])
def test_the_principal_of_the_listed_staff_heads_the_delegation(extract, text, country):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert surnames(facts, [delegation.head]) == {"Berg"}
    assert {"Berg", "Lie", "Moen"} <= surnames(facts, delegation.members)


def test_staff_of_two_principals_name_no_head(extract):
    facts = extract("President Omar Fahmy met Ida Berg and Jon Dahl in Cairo. The Nordic delegation included "
                    "Berg's adviser, Tor Lie, and Dahl's spokeswoman, Kari Moen.")
    assert all(d.head is None for d in facts.delegations.values())


@pytest.mark.parametrize("text, other", [
    ("Before leaving for the summit, Prime Minister Fouad Karam telephoned Jordan's King Hamad to brief him.", "Hamad"),
    ("Prime Minister Fouad Karam phoned President Ana Soto on Sunday to congratulate her on her victory.", "Soto"),
    ("Prime Minister Fouad Karam rang President Ana Soto to consult her on the ceasefire.", "Soto"),
])
def test_a_purpose_of_a_call_is_the_call(extract, text, other):
    facts = extract(text)
    assert frozenset({"Karam", other}) not in met_pairs(facts)
    calls = [m for m in facts.meetings if m.channel.value == "Phone"]
    assert calls and all(m.channel.value == "Phone" for m in facts.meetings)


@pytest.mark.parametrize("text, country, joiner", [
    ("Senator Ana Soto flew in from Lima to join the Peruvian delegation.", "Peru", "Soto"),
    ("Minister Ismail Qasem crossed over from Rafah on Sunday so as to join the Hamas delegation.", "Hamas", "Qasem"),
    ("Deputy Minister Lars Berg came from Oslo on Monday to join the Norwegian delegation in Geneva.", "Norway", "Berg"),
])
def test_joining_a_delegation_in_a_purpose_clause(extract, text, country, joiner):
    facts = extract(text)
    assert joiner in surnames(facts, delegation_of(facts, country).members)


@pytest.mark.parametrize("text", [
    "President Ana Soto and rebel leader Juan Vela sat across the table from each other on Tuesday as talks opened.",
    "Ana Soto and Juan Vela were seated opposite one another at the state banquet.",
    "Ana Soto and Juan Vela stood next to each other for the photographs in Lima.",
])
def test_facing_each_other(extract, text):
    assert frozenset({"Soto", "Vela"}) in met_pairs(extract(text))
