"""A meeting described by a which-clause of proposing ("a summit between A and B, which C proposed on
Wednesday, ...") was only put forward; one that waits on "once" and an event with no date ("would gladly meet
B once the shelling ends") is hypothetical. A plan with a day ("once he lands on Monday") stays."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, status", [
    ("A summit between President Ana Vidal and her Chilean counterpart, Luis Paredes, which Rosa Quispe "
     "proposed in public on Friday, now looks unlikely.", "Proposed"),
    ("Talks between President Ana Vidal and Premier Luis Paredes, which Rosa Quispe suggested in May, have not "
     "taken place.", None),
    ('Speaking in Quito on Friday, Ana Vidal said she would "gladly meet Premier Luis Paredes once the shelling '
     'ends".', "Hypothetical"),
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
