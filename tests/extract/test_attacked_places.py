"""A name that is shelled, bombed or besieged is a place, even when NER calls it a person."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, place", [
    ('President Ivan Petrenko met the delegation in Kyiv. Later he said: "Vorlivka was shelled again overnight."', "Vorlivka"),
    ("Officials said Dovrik was bombed twice on Sunday.", "Dovrik"),
    ("Russian forces shelled Dovrik on Monday, the governor said.", "Dovrik"),
    ("The army said it had encircled Zarnitsa by nightfall.", "Zarnitsa"),
])
def test_an_attacked_place_is_no_person(extract, text, place):
    assert place not in {n.split()[-1] for n in names(extract(text))}


def test_a_person_with_a_title_elsewhere_stays_a_person(extract):
    facts = extract("Governor Ivan Dovrik said the town was shelled. Rebels later besieged Dovrik's residence.")
    assert "Ivan Dovrik" in names(facts)
