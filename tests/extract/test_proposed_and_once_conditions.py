"""A meeting described by a which-clause of proposing ("a summit between A and B, which C proposed on
Wednesday, ...") was only put forward; one that waits on "once" and an event with no date ("would sit down
with B once the water cannon stops") is hypothetical. A plan with a day ("once he lands on Monday") stays."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, status", [
    ("But a summit between President Ana Vidal and her Chilean counterpart, Luis Paredes, which Rosa Quispe "
     "publicly proposed on Wednesday, appears off the table for now.", "Proposed"),
    ("Talks between President Ana Vidal and Premier Luis Paredes, which Rosa Quispe suggested in May, have not "
     "taken place.", None),
    ('Speaking in Manila on Wednesday, Ana Vidal said she would "happily sit down with Premier Luis Paredes once '
     'the water cannon stops".', "Hypothetical"),
    ("Ana Vidal said she would meet Premier Luis Paredes once the blockade ends.", "Hypothetical"),
])
def test_an_offer_or_a_wait_is_no_meeting(extract, text, status):
    facts = extract(text)
    assert met_pairs(facts) == set()
    if status:
        assert status in {m.status.value for m in facts.meetings}


def test_a_plan_with_a_day_is_scheduled(extract):
    facts = extract("Ana Vidal will meet Premier Luis Paredes once he lands in Lima on Monday.")
    assert frozenset({"Vidal", "Paredes"}) in met_pairs(facts)
