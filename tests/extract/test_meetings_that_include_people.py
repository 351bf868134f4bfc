"""A relative clause on a meeting that says whom it includes ("a lunch that will include C as well", "talks
with B, which also involved D", "a dinner that will include B and C") adds those people to it; one that includes
topics adds nobody."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pairs", [
    ("President Ana Torres and Prime Minister Omar Haddad arrived at the palace. They are due to hold a "
     "lunch that will include Vice President Jane Cole as well.",
     {frozenset({"Torres", "Haddad"}), frozenset({"Torres", "Cole"}), frozenset({"Haddad", "Cole"})}),
    ("President Ana Torres held talks with Prime Minister Omar Haddad, which also involved Foreign Minister Luis "
     "Vargas.", {frozenset({"Torres", "Haddad"}), frozenset({"Torres", "Vargas"}), frozenset({"Haddad", "Vargas"})}),
    ("President Ana Torres will host a dinner that will include Prime Minister Omar Haddad and Chancellor Greta "
     "Lind.", {frozenset({"Torres", "Haddad"}), frozenset({"Torres", "Lind"}), frozenset({"Haddad", "Lind"})}),
])
def test_the_included_people_take_part(extract, text, pairs):
    assert met_pairs(extract(text)) == pairs, met_pairs(extract(text))


def test_included_topics_add_nobody(extract):
    facts = extract("President Ana Torres held talks with Prime Minister Omar Haddad that included trade and security.")
    assert met_pairs(facts) == {frozenset({"Torres", "Haddad"})}, met_pairs(facts)
