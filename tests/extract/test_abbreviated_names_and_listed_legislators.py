"""Abbreviations around names, in wordings of our own: a given name written short ("Ma. Luisa", whose
full stop the tokenizer reads as a sentence's end); a plural abbreviated title before a list of
legislators ("Sens. A, D-N.H., B, R-Utah", "Reps. C of Ohio and D of Iowa"); a "retired" rank between an
office set off by a comma and the name."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, full", [
    ("The visitors were welcomed by House Speaker Ma. Luisa Dacanay in the chamber.", "Ma. Luisa Dacanay"),
    ("Philippine Foreign Secretary Ma. Luisa Santos Reyes spoke with him. Santos Reyes said the talks were good.",
     "Ma. Luisa Santos Reyes"),
    ("The firm was founded by Ma. Cristina Lim. Lim said it grew fast.", "Ma. Cristina Lim"),
])
def test_a_given_name_written_short(extract, text, full):
    found = names(extract(text))
    assert full in found and "Ma" not in found, found


def test_a_surname_before_a_full_stop_is_no_abbreviation(extract):
    found = names(extract("The firm was founded by Jack Ma. Joyce Lim joined it later."))
    assert not any(n.startswith("Ma. ") for n in found), found


def test_the_speaker_keeps_the_office(extract):
    facts = extract("The visitors were welcomed by House Speaker Ma. Luisa Dacanay in the chamber.")
    assert any(s == "Dacanay" and "speaker" in t for s, t, _ in offices_by_surname(facts)), offices_by_surname(facts)


@pytest.mark.parametrize("text, surnames, title", [
    ("She is joined by Sens. Ramiro Valdivia, D-N.H., Kevin Adeyemi, D-Md., and Curtis Langeland, R-S.D.",
     {"Valdivia", "Adeyemi", "Langeland"}, "senator"),
    ("Traveling with her are Reps. Naomi Fujimoto of Oregon, Kevin Pritchard of Alabama and Ilona Kovach of Ohio.",
     {"Fujimoto", "Pritchard", "Kovach"}, "representative"),
    ("The bill was backed by Govs. Ana Ruiz of Iowa and Tom Berg of Utah on Monday.", {"Ruiz", "Berg"}, "governor"),
])
def test_a_plural_abbreviated_title_before_a_list(extract, text, surnames, title):
    offices = offices_by_surname(extract(text))
    assert {s for s, t, _ in offices if t == title} == surnames, offices


def test_a_party_tag_is_no_name(extract):
    found = names(extract("She is joined by Sens. Ramiro Valdivia, D-N.H., and Curtis Langeland, R-S.D."))
    assert not any("Sens" in n or "N.H" in n for n in found), found


@pytest.mark.parametrize("text, surname, office", [
    ("The ministers were joined by Chile's Defence Minister, retired General Pablo Rojas Vidal, in the afternoon.",
     "Vidal", "defence minister"),
    ("The army's chief of staff, retired Colonel Ines Mora Paz, opened the session.", "Paz", "chief of staff"),
    ("Peru's interior minister, retired Admiral Jorge Salas Ugarte, met the mayors.", "Ugarte", "interior minister"),
])
def test_a_retired_rank_after_an_office_set_off_by_a_comma(extract, text, surname, office):
    offices = offices_by_surname(extract(text))
    assert any(s == surname and office in t for s, t, _ in offices), offices
