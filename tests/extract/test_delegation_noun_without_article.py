"""With no article at all ("members of delegation will comprise ...", as some regional English writes it), a
delegation noun in the singular takes up the one already named, as "the delegation" would; one with a modifier
or determiner of its own is not taken up this way."""
import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text", [
    "A delegation from Fiji will travel to Canberra next month. The secretary said members of delegation will "
    "comprise of Prime Minister Tomasi Vuki and Foreign Minister Mere Tora.",
    "A delegation from Fiji arrived in Canberra on Monday. Officials said members of delegation included Prime "
    "Minister Tomasi Vuki and Foreign Minister Mere Tora.",
    "A delegation from Fiji landed in Canberra on Sunday. According to officials, members of delegation are Prime "
    "Minister Tomasi Vuki and Foreign Minister Mere Tora.",
])
def test_a_bare_delegation_noun_takes_up_the_one_told(extract, text):
    facts = extract(text)
    assert {"Vuki", "Tora"} <= surnames(facts, delegation_of(facts, "Fiji").members)
