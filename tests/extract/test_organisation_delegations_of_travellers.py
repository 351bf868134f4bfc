"""An organisation's delegation told with no one in it ("the OSCE delegation was received by C") is the party of
the traveller told just before who holds an office of that organisation, with the companions a passive
"accompanied by" gives them in between. Wordings of our own."""
import pytest

from tests.conftest import met_pairs, surnames


@pytest.mark.parametrize("text", [
    "The Director General of the OSCE, Tomas Berg, arrived in Kyiv on Monday.\n\nBerg was accompanied by his "
    "deputy, Ana Soto, and by his adviser, Carlos Ruiz. After landing, the OSCE delegation was received by the "
    "President of Ukraine, Petro Lind.",
    "OSCE Secretary General Tomas Berg arrived in Kyiv on Monday. He is accompanied by Deputy Secretary General "
    "Ana Soto and Special Envoy Carlos Ruiz. The OSCE delegation was received by President Petro Lind.",
    "OSCE Secretary General Tomas Berg flew into Kyiv on Monday, accompanied by Ana Soto and Carlos Ruiz. Later "
    "the OSCE delegation held talks with President Petro Lind.",
])
def test_the_traveller_heads_the_delegation(extract, text):
    facts = extract(text)
    delegation = next(d for d in facts.delegations.values() if d.represents == "OSCE")
    assert surnames(facts, [delegation.head]) == {"Berg"}
    assert surnames(facts, delegation.members) == {"Berg", "Soto", "Ruiz"}
    assert frozenset({"Berg", "Lind"}) in met_pairs(facts)


@pytest.mark.parametrize("text, person", [
    ("Berg was accompanied by his deputy, Ana Soto, and by his adviser, Carlos Ruiz.", "Ana Soto"),
    ("Berg met his deputy, Ana Soto, on Monday.", "Ana Soto"),
    ("The minister brought her chief of staff, Ana Soto, to the talks.", "Ana Soto"),
])
def test_a_name_set_off_after_an_owned_office_is_a_person(extract, text, person):
    assert person in {p.name for p in extract(text).persons.values()}
