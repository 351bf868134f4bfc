"""A meeting's partner told after a relative clause of how long it lasted ("negotiations that went on for hours
with B", "a meeting that ran for three hours with B"): the parser hangs "with B" on the clause, not the noun."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Chancellor Otto Brandt flew home on Monday after negotiations that went on for hours with Prime Minister "
     "Lars Berg.", {"Brandt", "Berg"}),
    ("Minister Ana Ruiz left Geneva after a meeting that ran for three hours with envoy Pedro Soto.", {"Ruiz", "Soto"}),
    ("President Luis Ortega spoke to the press after talks which continued until dawn with rebel leader Jorge Mena.",
     {"Ortega", "Mena"}),
])
def test_the_partner_after_the_clause_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


def test_a_clause_that_is_no_duration_names_no_partner(extract):
    text = "Minister Ana Ruiz praised the talks that began in May, speaking with envoy Pedro Soto by phone."
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
