"""A described partner whose name follows the title's complement, when the parser hangs the complement on
the verb: "met China's ambassador to Peru, A," -- the name, not the country, is the one met."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "The tour comes a week after Mr Okonjo met Chile's ambassador to Kenya, Tomas Ruiz, to discuss a loan.",
    "Last month Samuel Okonjo received Spain's consul for Mombasa, Tomas Ruiz, at his office.",
    "Two days earlier Samuel Okonjo had met Peru's envoy to the European Union, Tomas Ruiz, to discuss tariffs.",
    "Since then Samuel Okonjo has met Spain's envoy to the African Union, Tomas Ruiz, twice.",
])
def test_the_name_after_the_complement_is_the_partner(extract, text):
    assert frozenset({"Okonjo", "Ruiz"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Samuel Okonjo met the ambassador to discuss a loan, Tomas Ruiz said.",
    "Samuel Okonjo met the ambassador in Nairobi, Tomas Ruiz said on Monday.",
])
def test_a_speaker_after_the_comma_is_not_the_partner(extract, text):
    assert frozenset({"Okonjo", "Ruiz"}) not in met_pairs(extract(text))
