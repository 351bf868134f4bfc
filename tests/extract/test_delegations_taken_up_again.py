"""A delegation told once and taken up by "the panel", "the troika" or a bare "the delegation" in the next
sentence is the same delegation, even when a member state's president leads it: "An African Union
delegation arrived ... The delegation, led by Kenyan President A, ..." is the Union's delegation headed by A,
not a Kenyan one. Those "also part of the delegation" and those accompanying its head are its members; a
subject list's "along with B" adds B to that side of the meeting."""
import pytest

from tests.conftest import delegation_of, met_pairs, surnames


@pytest.mark.parametrize("text", [
    "An African Union delegation reached Lusaka on Monday. The panel, led by Kenyan President Samuel Otieno, "
    "held talks with Zambian President Peter Banda.",
    "An African Union delegation reached Lusaka on Monday. The delegation, led by Kenyan President Samuel Otieno, "
    "held talks with Zambian President Peter Banda.",
    "An African Union delegation reached Lusaka on Monday, and the troika, headed by Kenyan President Samuel "
    "Otieno, went straight into talks with Zambian President Peter Banda.",
])
def test_the_body_keeps_its_delegation_whoever_leads_it(extract, text):
    facts = extract(text)
    union = delegation_of(facts, "African Union")
    assert surnames(facts, [union.head]) == {"Otieno"}
    assert not [d for d in facts.delegations.values() if d.represents == "Kenya"]
    assert frozenset({"Otieno", "Banda"}) in met_pairs(facts)


@pytest.mark.parametrize("text, members", [
    ("An African Union delegation reached Lusaka on Monday. The panel, led by Kenyan President Samuel Otieno, held "
     "talks with Zambian President Peter Banda. Otieno was accompanied by Malian President Ibrahim Keita and "
     "Ghanaian minister Kofi Mensah.", {"Otieno", "Keita", "Mensah"}),
    ("An African Union delegation reached Lusaka on Monday. The delegation, led by Kenyan President Samuel Otieno, "
     "met Zambian President Peter Banda. Malian President Ibrahim Keita was also part of the delegation.",
     {"Otieno", "Keita"}),
])
def test_members_of_the_delegation_taken_up(extract, text, members):
    facts = extract(text)
    union = delegation_of(facts, "African Union")
    assert members <= surnames(facts, union.members), surnames(facts, union.members)


def test_a_panel_with_no_delegation_before_is_none(extract):
    facts = extract("The panel, led by Judge Samuel Otieno, heard evidence from Governor Peter Banda on Monday.")
    assert not facts.delegations


@pytest.mark.parametrize("text", [
    "Governor Ana Ruiz, Senator Luis Vega and Mayor Rosa Diaz, along with Bishop Paul Moreno, sat down with "
    "President Juan Ortiz on Monday.",
    "Ministers Ana Ruiz and Luis Vega, together with Rosa Diaz, held talks with President Juan Ortiz.",
    "Ana Ruiz, Luis Vega and Rosa Diaz, accompanied by their adviser Paul Moreno, met President Juan Ortiz in Quito.",
])
def test_a_companion_after_a_subject_list_joins_it(extract, text):
    pairs = met_pairs(extract(text))
    last = "Moreno" if "Moreno" in text else "Diaz"
    assert {frozenset({"Ruiz", "Ortiz"}), frozenset({last, "Ortiz"})} <= pairs, pairs
