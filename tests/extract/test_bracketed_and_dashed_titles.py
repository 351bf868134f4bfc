"""Offices before a name with a bracketed qualifier ("Additional Secretary (Europe) Ms X", the
qualifier kept in the title) and two offices joined by a spaced dash ("Second Vice Premier - Minister of
Trade of Moldova X": both are the holder's) (extract/offices.py, pre_name_titles)."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname, title", [
    ("He was met on arrival by Additional Secretary (Europe) Ms Farah Naz Qureshi and the envoy.",
     "Qureshi", "additional secretary (europe)"),
    ("Members of the team include Trade Minister Rina Das, Principal Secretary (Finance) Meera Patnaik "
     "and Director Sunil Rao.", "Patnaik", "principal secretary (finance)"),
    ("The visitors were met by Deputy Secretary (Gulf Affairs) Omar Farooq Siddiqui at the ministry.",
     "Siddiqui", "deputy secretary (gulf affairs)"),
])
def test_a_bracketed_qualifier_stays_with_the_office(extract, text, surname, title):
    offices = offices_by_surname(extract(text))
    assert any(s == surname and t == title for s, t, _ in offices), offices


def test_a_bracketed_office_before_a_name_is_not_the_name_before_s(extract):
    offices = offices_by_surname(extract("Members of the team include Trade Minister Rina Das, Principal "
                                         "Secretary (Finance) Meera Patnaik and Director Sunil Rao."))
    assert not any(s == "Das" and "principal" in t for s, t, _ in offices)


@pytest.mark.parametrize("text, surname, first, second", [
    ("He held a video call with Second Vice Premier - Minister of Trade of Moldova Ana Ciobanu on Friday.",
     "Ciobanu", "second vice premier", "minister of trade"),
    ("The council, which he runs jointly alongside Deputy Prime Minister - Minister of Energy of the Republic of Armenia "
     "Aram Sargsyan, met on Monday.", "Sargsyan", "deputy prime minister", "minister of energy"),
    ("The envoy also met Vice President - Minister of Defence of Ruritania Tomas Valdek.",
     "Valdek", "vice president", "minister of defence of ruritania"),
])
def test_two_offices_joined_by_a_dash_are_both_held(extract, text, surname, first, second):
    titles = {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}
    assert {first, second} <= titles, titles


def test_a_dash_after_a_name_joins_no_offices(extract):
    offices = offices_by_surname(extract("Prime Minister Aram Sargsyan - Minister of Energy Levan Beridze "
                                         "was not there - spoke first."))
    assert not any(s == "Beridze" and "prime" in t for s, t, _ in offices)
