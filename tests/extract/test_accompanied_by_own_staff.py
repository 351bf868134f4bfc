""""A was accompanied by his deputy B" as a clause of its own, like the participle "A, accompanied by his
adviser B,", puts B on A's own side: no meeting of A and B. A host who accompanies a visitor ("A was
accompanied by Governor B on a tour of the port") is still being together."""
import pytest


def _pairs(facts):
    name = lambda a: facts.persons[a.key].name if a.kind == "person" else a.key  # noqa: E731
    return {frozenset(name(a) for a in m.attendees) for m in facts.meetings}


@pytest.mark.parametrize("text", [
    "Premier Tomas Berg was accompanied by his deputy prime minister, Ole Dahl, and Foreign Minister Ana Vidal.",
    "Minister Ana Vidal was accompanied by her chief of staff Ole Dahl.",
    "Governor Ana Vidal was accompanied by her two aides, Ole Dahl and Liv Berg, on the trip to Lusaka.",
])
def test_a_holders_own_staff_accompanying_is_no_meeting(extract, text):
    assert _pairs(extract(text)) == set()


def test_a_host_accompanying_a_visitor_is_together(extract):
    facts = extract("Premier Tomas Berg was accompanied by Governor Ana Vidal on a tour of the port.")
    assert frozenset({"Tomas Berg", "Ana Vidal"}) in _pairs(facts)
