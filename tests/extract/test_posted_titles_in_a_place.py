"""A posted office with the place it sits in before a name ("Kenyan High Commissioner in Pretoria X", "the
Chilean Consul General in Sydney Y", "Ghana's Ambassador in New Delhi Z"): the name after the place is a person
who holds that office, place and all; the place never joins the name."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name, title, country", [
    ("His team included Deputy Secretary Omar Haddad and Kenyan High Commissioner in Pretoria Wanjiru Otieno.",
     "Wanjiru Otieno", "high commissioner in pretoria", "Kenya"),
    ("The Chilean Consul General in Sydney Ana Ruiz also spoke at the launch.", "Ana Ruiz",
     "consul general in sydney", "Chile"),
    ("On the host side was Ghana's Ambassador in New Delhi Kwame Mensah.", "Kwame Mensah",
     "ambassador in new delhi", "Ghana"),
    ("The guests were welcomed by Norwegian Ambassador in Hanoi Ingrid Solberg and two aides.", "Ingrid Solberg",
     "ambassador in hanoi", "Norway"),
])
def test_posted_office_in_a_place_before_a_name(extract, text, name, title, country):
    facts = extract(text)
    assert name in names(facts)
    assert (name.split()[-1], title, country) in offices_by_surname(facts)


def test_a_place_name_is_never_part_of_the_name(extract):
    facts = extract("Indian Ambassador in Lisbon Rohan Varma attended the reception on Friday.")
    assert "Rohan Varma" in names(facts)
    assert not any("Lisbon" in n for n in names(facts))


def test_an_office_that_is_not_a_posting_keeps_its_place_out(extract):
    """Guard: only a posted office (ambassador, consul, envoy) takes the place it sits in; "in Lagos" after
    a minister is where something happened."""
    facts = extract("The Trade Minister in Lagos said on Monday that exports had risen.")
    assert not any("lagos" in t for _, t, _ in offices_by_surname(facts))
