"""A name set off by a comma after an office whose complement is a body with its own complement ("the head
of the Office for Trade and Investment, Marko Jovanić") is a person even where NER tags none: the body's
"for ..." is inside the office's "of ...", not the office's end."""
import pytest


def _names(facts):
    return {p.name for p in facts.persons.values()}


@pytest.mark.parametrize("text, name", [
    ("The delegation included the head of the Office for Trade and Investment, Marko Jovanić.", "Marko Jovanić"),
    ("Among the guests was the director of the city's Office for Culture and Heritage, Ana Kovač, who spoke "
     "first.", "Ana Kovač"),
    ("The chairman of the Commission for Water and Sanitation, Tomas Vell, said the plan was ready.", "Tomas Vell"),
    ("The visitors included the head of the Office for Border Affairs and Returns, Dragan Petrić.", "Dragan Petrić"),
    ("Talks were chaired by the director of the Agency for Ports and Shipping, Lejla Hadžić.", "Lejla Hadžić"),
])
def test_a_name_after_a_nested_body_title_is_a_person(extract, text, name):
    assert name in _names(extract(text))


def test_the_office_names_the_body(extract):
    facts = extract("The delegation included the head of the Office for Trade and Investment, Marko Jovanić.")
    assert [(o.title, o.org) for o in facts.offices] == [("head of the Office for Trade and Investment",
                                                          "Office for Trade and Investment")]


def test_a_body_with_no_name_after_it_names_nobody(extract):
    assert _names(extract("She met the head of the Office for Trade and Investment in Zagreb.")) == set()
