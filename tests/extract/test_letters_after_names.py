"""Letters after a name are no part of it: a parliament's ("Tom Hale MP", "Aoife Kelly TD") give the holder that
seat as an office, an honour's or a degree's ("OBE", "QC") give none. A name before such letters is a person's
even where NER read the two together as a body."""
import pytest

from tests.conftest import met_pairs, names, offices_by_surname


@pytest.mark.parametrize("text, expected, offices", [
    ("Irish Foreign Minister Sean Walsh held talks with opposition leader Ciaran Byrne and the party's health "
     "spokeswoman, Aoife Kelly TD.", {"Sean Walsh", "Ciaran Byrne", "Aoife Kelly"}, {("Kelly", "td", None)}),
    ("The minister met Labour's Tom Hale MP and Anna Reid MEP in London on Monday.", {"Tom Hale", "Anna Reid"},
     {("Hale", "mp", None), ("Reid", "mep", None)}),
    ('Mark Doyle TD said the meeting with the premier had been "constructive".', {"Mark Doyle"},
     {("Doyle", "td", None)}),
    ("The delegation was led by Fiona Campbell MSP, who convenes the committee.", {"Fiona Campbell"},
     {("Campbell", "msp", None)}),
])
def test_a_parliaments_letters_are_the_holders_seat(extract, text, expected, offices):
    facts = extract(text)
    assert names(facts) == expected, names(facts)
    assert offices <= offices_by_surname(facts), offices_by_surname(facts)


@pytest.mark.parametrize("text, expected", [
    ("Sir Peter Grant KBE met Foreign Secretary Helen Ward in London.", {"Peter Grant", "Helen Ward"}),
    ('Ana Soto QC said the ruling was "a victory".', {"Ana Soto"}),
    ("Dr Jane Roe PhD told the panel the data were sound.", {"Jane Roe"}),
])
def test_an_honours_letters_are_no_office_and_no_name(extract, text, expected):
    facts = extract(text)
    assert names(facts) == expected, names(facts)
    assert not any(t in {"kbe", "qc", "phd"} for _, t, _ in offices_by_surname(facts)), offices_by_surname(facts)


def test_the_member_named_with_letters_takes_part_in_the_talks(extract):
    facts = extract("Irish Foreign Minister Sean Walsh held talks with opposition leader Ciaran Byrne and the "
                    "party's health spokeswoman, Aoife Kelly TD.")
    assert frozenset({"Walsh", "Kelly"}) in met_pairs(facts), met_pairs(facts)
