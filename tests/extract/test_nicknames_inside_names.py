"""A nickname in quotation marks between a given name and a surname ("Budi “Bebe” Santoso") is part of
one person's name: the name is the given name and surname, the nickname an alias; no quote is made of it."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name, nickname", [
    ("President Budi “Bebe” Santoso met French President Louis Caron on Monday.", "Budi Santoso", "Bebe"),
    ("President Ferdinand \"Bongbong\" Marcos Jr. met Prime Minister Anthony Albanese in Manila.",
     "Ferdinand Marcos Jr.", "Bongbong"),
    ("Former senator Manuel “Lito” Lapid told reporters the bill would pass.", "Manuel Lapid", "Lito"),
])
def test_the_nickname_is_an_alias(extract, text, name, nickname):
    facts = extract(text)
    person = next(p for p in facts.persons.values() if p.name == name)
    assert nickname in person.aliases
    assert not any(s.text == nickname for s in facts.statements)


def test_a_quote_between_two_names_is_no_nickname(extract):
    facts = extract('"We agree," said President Ana Ruiz. "Fully," added Lena Berg.')
    assert {"Ana Ruiz", "Lena Berg"} <= names(facts)
