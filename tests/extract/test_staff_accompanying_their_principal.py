"""Companions whose offices name the principal's own office ("the Director General was accompanied by the Deputy
Director General, A, and by the Special Adviser to the Director General, B") are the principal's staff: no
meeting with them. A host escorting a visitor still meets them. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "The Director General of the agency, Tomas Berg, arrived in Kyiv on Monday. On this trip the Director General "
    "travels accompanied by his Deputy Director General, Ana Soto, and by the Special Adviser to the Director "
    "General, Carlos Ruiz.",
    "The Director General of the agency, Tomas Berg, reached Accra on Sunday. He was accompanied by the Deputy "
    "Director General, Ana Soto.",
])
def test_the_staff_are_not_met(extract, text):
    assert not met_pairs(extract(text))


def test_a_host_escorting_the_visitor_meets_them(extract):
    facts = extract("President Tomas Berg of Chile arrived in Lima on Monday. He was accompanied by Governor Ana "
                    "Soto of Lima on a tour of the port.")
    assert frozenset({"Berg", "Soto"}) in met_pairs(facts)
