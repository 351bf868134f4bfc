"""Delegations that the text sends to talks meet there (`delegation_talks`); when a sentence already
tells a meeting of those very delegations, that is the meeting, not a second one."""
from tests.conftest import met_pairs


def _real_meetings_of_both(facts):
    return [m for m in facts.meetings if m.status.value in {"Occurred", "Scheduled"}
            and sum(a.kind == "delegation" for a in m.attendees) >= 2]


def test_talks_told_by_a_sentence_are_not_added_twice(extract):
    facts = extract("The Norwegian delegation to the talks in Lima was led by Deputy Minister Lars Eide. The Chilean "
                    "delegation at the talks was headed by Ambassador Rosa Vial. The Norwegian delegation held talks "
                    "with the Chilean delegation on Friday.")
    assert frozenset(("Eide", "Vial")) in met_pairs(facts)
    assert len(_real_meetings_of_both(facts)) == 1, [(m.trigger, m.attendees) for m in facts.meetings]


def test_talks_told_only_through_the_delegations_are_still_found(extract):
    facts = extract("Norway sent a delegation led by Deputy Minister Lars Eide to the talks in Lima. The Chilean "
                    "delegation at the talks was headed by Ambassador Rosa Vial.")
    assert frozenset(("Eide", "Vial")) in met_pairs(facts)
