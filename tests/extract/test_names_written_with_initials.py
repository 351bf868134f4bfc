"""A given name written as its initial, spaced or glued to the surname ("R. Kalnins", "P.Lamy"), makes a name
after a title and its complement, where NER ran a country or a portfolio into it or left it out; and such a
name is the person written out in full elsewhere when the initials fit one person only."""
import pytest

from tests.conftest import met_pairs, names, offices_by_surname


@pytest.mark.parametrize("text", [
    "President Jan Nowak spoke with Federal Chancellor of Austria K. Müller, EU High Representative for Trade "
    "P. Lamy, President of Latvia R. Kalnins and President of Estonia T. Tamm.",
    "President Jan Nowak spoke with Federal Chancellor of Austria K.Müller, EU High Representative for Trade "
    "P.Lamy, President of Latvia R.Kalnins and President of Estonia T.Tamm.",
])
def test_each_initialled_name_is_a_person_with_its_own_title(extract, text):
    facts = extract(text)
    surnames = {p.name.split(".")[-1].split()[-1] for p in facts.persons.values()}
    assert surnames == {"Nowak", "Müller", "Lamy", "Kalnins", "Tamm"}, names(facts)
    found = {(s.split(".")[-1], t, c) for s, t, c in offices_by_surname(facts)}
    assert {("Kalnins", "president", "Latvia"), ("Tamm", "president", "Estonia"),
            ("Müller", "federal chancellor", "Austria")} <= found, found


def test_the_listed_guests_each_met_the_host(extract):
    facts = extract("Foreign Minister Jan Nowak met Prime Minister of Latvia R. Kalnins and President of Estonia "
                    "T. Tamm separately in Riga.")
    pairs = {frozenset(x.split(".")[-1] for x in p) for p in met_pairs(facts)}
    assert pairs == {frozenset({"Nowak", "Kalnins"}), frozenset({"Nowak", "Tamm"})}, pairs


@pytest.mark.parametrize("text, expected", [
    ("Klaus Müller arrived on Monday. Later K. Müller met President Ana Torres.", {"Klaus Müller", "Ana Torres"}),
    ("Aleksander Kowalczyk met the press. Later President of Poland A.Kowalczyk spoke to reporters.",
     {"Aleksander Kowalczyk"}),
    ("Anna Kowalczyk arrived. Then Piotr Kowalczyk spoke, and A. Kowalczyk said the visit went well.",
     {"Anna Kowalczyk", "Piotr Kowalczyk"}),
])
def test_initials_are_the_person_they_fit(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))


def test_initials_that_fit_two_people_are_neither(extract):
    facts = extract("Anna Kowalczyk arrived. Then Adam Kowalczyk spoke, and A. Kowalczyk said the visit went well.")
    assert names(facts) == {"Anna Kowalczyk", "Adam Kowalczyk", "A. Kowalczyk"}, names(facts)
