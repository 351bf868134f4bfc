"""A member list goes on past an apposition to a country's or body's title set off by a comma ("B, a
joint secretary, and India's Ambassador to Peru, C"); a delegation whose head's country is unknown
stands for the one country whose government posts its members hold."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country, members", [
    ("Ms. Rao, who arrived in Lima on Sunday, travels with a delegation that includes Ravi Menon, Joint "
     "Secretary (Americas) at the Foreign Office, and India's Ambassador to Peru, Sunita Pillai.",
     "India", {"Rao", "Menon", "Pillai"}),
    ("Minister Daw Khin Aye travelled with a delegation that included Soe Win, director of the trade office, "
     "and Myanmar's Ambassador to Thailand, Aung Kyaw.", "Myanmar", {"Aye", "Win", "Kyaw"}),
    ("Minister Samir Haddad travels with a delegation that includes George Nassar, a senior adviser, and "
     "Lebanon's Consul General in Dubai, Rami Khoury.", "Lebanon", {"Haddad", "Nassar", "Khoury"}),
])
def test_a_member_after_an_owned_title_is_listed(extract, text, country, members):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert members <= surnames(facts, delegation.members)


def test_a_country_said_of_a_member_otherwise_does_not_name_the_side(extract):
    facts = extract("Minister Claire Dunmore travels with a delegation that includes Tom Reid, a banker "
                    "of Irish birth, and Ana Lopes, a surveyor.")
    assert "Ireland" not in {d.represents for d in facts.delegations.values()}
