""""The two Heads of State" / "both heads of government" are the two leaders named before, not a body; and
an office "in" a body ("Principal Secretary in the State Department for Mining, Ambassador X") is the office a name
set off after it holds, not the style "Ambassador"."""
import pytest

_BETWEEN = "\n\nFuel prices rose again this week, traders said, and several roads remain closed.\n\n"


def _pairs(facts):
    name = lambda a: facts.persons[a.key].name if a.kind == "person" else a.key  # noqa: E731
    return {frozenset(name(a) for a in m.attendees) for m in facts.meetings}


@pytest.mark.parametrize("opening, later", [
    ("President Ana Vidal of Norland will visit Sudria at the invitation of President Tomas Berg.",
     "The two Heads of State are to sit down for formal talks in the capital on Thursday."),
    ("Premier Ana Vidal and Prime Minister Tomas Berg flew in on Monday.",
     "Both heads of government then held talks behind closed doors."),
    ("King Tomas Berg received the credentials of envoys on Monday. President Ana Vidal arrives on Friday.",
     "The two heads of state are due to meet at the palace on Saturday."),
])
def test_heads_of_state_are_the_two_leaders_named_before(extract, opening, later):
    pairs = _pairs(extract(opening + _BETWEEN + later))
    assert frozenset({"Ana Vidal", "Tomas Berg"}) in pairs
    assert not any("Heads of State" in pair or "heads of state" in pair for pair in pairs)


@pytest.mark.parametrize("text, title", [
    ("The Deputy Secretary in the Department of Trade and Regional Integration, Ambassador Karl Moser, said the "
     "plans were ready.", "Deputy Secretary in the Department of Trade and Regional Integration"),
    ("The Principal Secretary in the State Department for Mining, Ambassador Karl Moser, opened the session.",
     "Principal Secretary in the State Department for Mining"),
    ("The Director in the Office of the Prime Minister, Ambassador Karl Moser, read the statement.",
     "Director in the Office of the Prime Minister"),
])
def test_an_office_in_a_body_before_a_styled_name_is_the_office(extract, text, title):
    facts = extract(text)
    assert title in {o.title for o in facts.offices}
