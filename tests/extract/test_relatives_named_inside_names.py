"""A name after a kinship noun and "of" ("the son of President Carlos Mena", "the widow of Ana Vidal") is
another person, though the name is the beginning of the relative's own ("Carlos Mena Ruiz"): two people,
each with their own office, and a bare surname later is the one whose surname it is."""
import pytest


def _names(facts):
    return {p.name for p in facts.persons.values()}


@pytest.mark.parametrize("text, relative, named", [
    ("The team includes Carlos Mena Ruiz, a senator and eldest son of President Carlos Mena.", "Carlos Mena Ruiz",
     "Carlos Mena"),
    ("Ana Vidal Soto, the daughter of the late Ana Vidal, spoke first.", "Ana Vidal Soto", "Ana Vidal"),
    ("Among the guests was Jorge Paz Leon, nephew of Senator Jorge Paz.", "Jorge Paz Leon", "Jorge Paz"),
])
def test_a_relative_named_inside_a_name_is_another_person(extract, text, relative, named):
    assert {relative, named} <= _names(extract(text))


def test_the_relatives_office_stays_with_the_relative(extract):
    facts = extract("The team includes Carlos Mena Ruiz, a senator and eldest son of President Carlos Mena.")
    assert {(facts.persons[o.person].name, o.title) for o in facts.offices} >= {("Carlos Mena", "President")}
    assert ("Carlos Mena Ruiz", "President") not in {(facts.persons[o.person].name, o.title) for o in facts.offices}


def test_a_short_form_with_no_kinship_is_the_same_person(extract):
    facts = extract("President Carlos Mena Ruiz met reporters on Monday. President Carlos Mena said the talks went well.")
    assert _names(facts) == {"Carlos Mena Ruiz"}
