"""A dateline's agency credit run together with its closing bracket and dash ("Ghent, May 3 (EFE).-") is
one token; the office right after it starts there ("Belgian Foreign Minister X"), so the holder's
counterpart can take it too."""
import pytest

from tests.conftest import person_key


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, surname, title", [
    ("Ghent, May 3 (EFE).- Belgian Foreign Minister Ana Claes held talks with Dutch officials.", "Claes",
     "Foreign Minister"),
    ("Porto, Jan 9 (EFE).- Interior Minister Rui Saraiva said the border would reopen.", "Saraiva",
     "Interior Minister"),
    ("Accra, Oct 2 (AFP)- Trade Minister Kofi Mensah signed the accord.", "Mensah", "Trade Minister"),
])
def test_office_after_an_agency_credit(extract, text, surname, title):
    assert titles_of(extract(text), surname) == {title}


def test_counterpart_of_an_office_after_a_credit(extract):
    facts = extract("Ghent, May 3 (EFE).- Belgian Foreign Minister Ana Claes and her Dutch counterpart, "
                    "Pieter de Wit, held talks.")
    assert titles_of(facts, "Wit") == {"Foreign Minister"}
