"""One person holding several offices told in a row: a second office joined by "and" after the first
office's complement ("Head of the State Chancery and Government Spokesman X"), and a comma list of
offices set off after the name ("X, Governor of Halland, Deputy Premier and Minister of Energy;")."""
import pytest

from tests.conftest import person_key


def titles_of(facts, surname):
    key = person_key(facts, surname)
    return {o.title for o in facts.offices if o.person == key and not o.former}


@pytest.mark.parametrize("text, surname, expected", [
    ("Deputy Head of the State Chancery and Government Spokesman Arvid Lund spoke to reporters.",
     "Lund", {"Deputy Head of the State Chancery", "Government Spokesman"}),
    ("The minister met Chair of the Harbour Board and Chief Executive Officer Ola Dahl in Bergen.",
     "Dahl", {"Chair of the Harbour Board", "Chief Executive Officer"}),
    ("Secretary of State and Foreign Minister Tilde Norum opened the conference.",
     "Norum", {"Secretary of State", "Foreign Minister"}),
    ("The delegation included Energy Minister Mia Berg, Director of the Tax Office and Chief Negotiator "
     "Ola Dahl, and Trade Minister Per Sunde.",
     "Dahl", {"Director of the Tax Office", "Chief Negotiator"}),
])
def test_second_office_after_a_complement_is_split_off(extract, text, surname, expected):
    assert expected <= titles_of(extract(text), surname), titles_of(extract(text), surname)


def test_portfolio_words_after_and_stay_one_office(extract):
    assert titles_of(extract("Minister of Trade and Industry Ola Dahl spoke on Monday."), "Dahl") \
        == {"Minister of Trade and Industry"}


def test_definite_leader_before_and_is_not_the_named_persons_office(extract):
    titles = titles_of(extract("Talks between the President of Ruritania and Chancellor Ola Dahl ended late."), "Dahl")
    assert not any("President" in t for t in titles), titles


@pytest.mark.parametrize("text, surname, expected", [
    ("The dinner was also attended by Arvid Lund, Governor of Halland, Deputy Premier and Minister "
     "of Energy; and Mia Berg, Adviser to the President.",
     "Lund", {"Governor of Halland", "Deputy Premier", "Minister of Energy"}),
    ("Arvid Lund, First Secretary and Prime Minister of Ruritania and Governor of Halland, opened the fair.",
     "Lund", {"First Secretary", "Prime Minister of Ruritania", "Governor of Halland"}),
    ("Guests included Kari Moe, Mayor of Tromsø, Chair of the Arctic Council and Special Envoy for Fisheries, "
     "who spoke first.",
     "Moe", {"Mayor of Tromsø", "Chair of the Arctic Council", "Special Envoy for Fisheries"}),
    ("Arvid Lund, Governor of Halland, Deputy Premier and Minister of Trade and Industry, opened the fair.",
     "Lund", {"Governor of Halland", "Deputy Premier", "Minister of Trade and Industry"}),
])
def test_comma_list_of_offices_after_the_name(extract, text, surname, expected):
    assert expected <= titles_of(extract(text), surname), titles_of(extract(text), surname)


def test_office_list_stops_at_a_place_or_the_next_name(extract):
    facts = extract("Arvid Lund, Governor of Halland, Sweden, opened the fair.")
    assert titles_of(facts, "Lund") == {"Governor of Halland"}
    facts = extract("Present were Arvid Lund, Governor of Halland, Energy Minister Mia Berg and Ola Dahl.")
    assert titles_of(facts, "Lund") == {"Governor of Halland"}
    assert titles_of(facts, "Berg") == {"Energy Minister"}
