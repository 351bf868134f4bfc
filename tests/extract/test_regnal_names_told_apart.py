"""A bare royal name told before a regnal-numbered one is another person: "King Abdullah received A ...
Jordan's King Abdullah II" names two kings. Told after it, the bare name is that king again."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text", [
    "King Faisal received Lebanese Prime Minister Omar Haddad at the palace on Sunday. Haddad later telephoned "
    "Jordan's King Faisal II.",
    "King Hussein hosted President Ana Soto for dinner on Friday. The talks were welcomed by Morocco's King "
    "Hussein III, who was not present.",
])
def test_a_bare_name_before_a_regnal_one_is_another_person(extract, text):
    found = names(extract(text))
    assert {"Faisal", "Faisal II"} <= found or {"Hussein", "Hussein III"} <= found, found


@pytest.mark.parametrize("text", [
    "Jordan's King Faisal II arrived in Washington on Monday. King Faisal met President Ana Soto at the White House.",
    "King Faisal II of Jordan flew to Lima. There, King Faisal held talks with President Ana Soto.",
])
def test_a_bare_name_after_the_regnal_one_is_that_king(extract, text):
    facts = extract(text)
    assert names(facts) == {"Faisal II", "Ana Soto"}
    assert frozenset({"II", "Soto"}) in met_pairs(facts)
