"""An office said of a pronoun subject belongs to the person the pronoun stands for: "X has been appointed.
He is the country's new finance minister.", "X met the delegation. She is the chief executive of Y.",
"X met Y. She is the mayor of Z." (the pronoun's gender picks Y). A trade is still no office ("He is a
lawyer")."""
import pytest

from tests.conftest import person_key


def titles(facts, surname):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key]


@pytest.mark.parametrize("text, surname, title", [
    ("Tomas Vrbicky has been appointed. He is the country's new finance minister.", "Vrbicky", "finance minister"),
    ("Anita Deshmukh met the visitors on Monday. She is the chief executive of Sunline Power.", "Deshmukh", "chief executive"),
    ("Karl Lenzing met Maria Robledo in Cadiz. She is the mayor of the city.", "Robledo", "mayor"),
    ("Ngozi Achebe spoke first. She has been the governor of the central bank since 2021.", "Achebe", "governor"),
])
def test_office_of_a_pronoun_subject(extract, text, surname, title):
    held = titles(extract(text), surname)
    assert any(title in t for t in held), held


def test_pronoun_picks_the_person_of_its_gender(extract):
    facts = extract("Karl Lenzing met Maria Robledo in Cadiz. She is the mayor of the city.")
    assert not any("mayor" in t for t in titles(facts, "Lenzing"))


def test_trade_after_a_pronoun_is_no_office(extract):
    assert titles(extract("Karl Lenzing met Maria Robledo. He is a lawyer."), "Lenzing") == []
