"""A body "chaired by" / "headed by" a name in a participle after it gives a current office over the
whole capitalised name of the body ("the Senate Roads and Transport Committee, chaired by X"), a past
one only with a past auxiliary ("was chaired by"); an office set off by a comma before an abbreviated
office word ("the cabinet member for roads, Cllr X") is the name's too."""
import pytest


def _offices(facts) -> set[tuple[str, str, bool]]:
    return {(facts.persons[o.person].name, o.title, o.former) for o in facts.offices}


@pytest.mark.parametrize("text, name, title", [
    ("The mayors will appear before the Senate Roads and Transport Committee, chaired by Nakuru Senator Tomas "
     "Vell, on Monday.", "Tomas Vell", "chair of the Senate Roads and Transport Committee"),
    ("Farmers wrote to the Regional Water and Land Board, chaired by Dina Korsak, last week.", "Dina Korsak",
     "chair of the Regional Water and Land Board"),
    ("The bill goes to the Joint Health and Welfare Committee, headed by Omar Wells, in May.", "Omar Wells",
     "head of the Joint Health and Welfare Committee"),
])
def test_a_participle_after_the_body_gives_a_current_office(extract, text, name, title):
    offices = _offices(extract(text))
    assert (name, title, False) in offices, offices


def test_a_past_auxiliary_makes_it_former(extract):
    offices = _offices(extract("The inquiry was chaired by Dina Korsak until it closed in 2019."))
    assert not any(n == "Dina Korsak" and not former for n, _, former in offices), offices


@pytest.mark.parametrize("text, name, titles", [
    ("Next came a word from the council's cabinet member for roads, Cllr Tomas Vell.", "Tomas Vell",
     {"Councillor", "cabinet member for roads"}),
    ("The mayor thanked the deputy chair for schools, Cllr Dina Korsak, for her work.", "Dina Korsak",
     {"Councillor", "deputy chair for schools"}),
    ("The council's lead member for parks, Cllr Omar Wells, opened the garden.", "Omar Wells",
     {"Councillor", "lead member for parks"}),
])
def test_a_comma_set_office_before_an_abbreviated_one(extract, text, name, titles):
    offices = _offices(extract(text))
    assert titles <= {t for n, t, _ in offices if n == name}, offices
