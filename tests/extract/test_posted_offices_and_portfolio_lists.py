"""Posted offices keep where the holder is sent ("Ambassador of Peru to the UAE", before or after the
name, "to the Republic of Chile" whole); a comma list of portfolios stays one office ("Minister for Energy,
Mining and Public Works X", "the Commissioner for Trade, Industry and Mining, Ambassador X"), with its last
portfolio word out of the name and the style "Ambassador" before the name no office of its own."""
import pytest

from tests.conftest import names


def _offices(facts) -> set[tuple[str, str]]:
    return {(facts.persons[o.person].name, o.title) for o in facts.offices}


@pytest.mark.parametrize("text, name, title", [
    ("The guests were Lena Brook, Deputy Minister of Trade, and Sara Lind, Ambassador of Norway to the UAE.",
     "Sara Lind", "Ambassador to the UAE"),
    ("Berik Tulen, the Ambassador of Latvia to the Republic of Peru, said the visit went well.", "Berik Tulen",
     "Ambassador to the Republic of Peru"),
    ("Waiting at the airport on Sunday was Ambassador of the Republic of Chile to Norway Pablo Ruiz.",
     "Pablo Ruiz", "Ambassador to Norway"),
    ("The group included Ambassador Extraordinary and Plenipotentiary of Spain to the Republic of Ghana Pablo Ruiz.",
     "Pablo Ruiz", "Ambassador Extraordinary and Plenipotentiary to the Republic of Ghana"),
])
def test_a_posted_office_keeps_where_it_is(extract, text, name, title):
    assert (name, title) in _offices(extract(text))


@pytest.mark.parametrize("text, name, title", [
    ("The ambassador flew to Lima on Monday. Sara Lind, the Ambassador, said so.", "Sara Lind", "Ambassador"),
    ("Sara Lind, the Ambassador of Norway, travelled to Lima on Monday.", "Sara Lind", "Ambassador"),
])
def test_a_place_the_clause_goes_to_is_no_posting(extract, text, name, title):
    offices = _offices(extract(text))
    assert (name, title) in offices, offices


@pytest.mark.parametrize("text, name, title", [
    ("Minister for Energy, Mining and Public Works Tomas Vell said the plan was ready.", "Tomas Vell",
     "Minister for Energy, Mining and Public Works"),
    ("Exports will grow after Minister for Energy, Mining and Public Works Tomas Vell met Omar Wells in Lima.",
     "Tomas Vell", "Minister for Energy, Mining and Public Works"),
    ("Minister for Trade, Tourism and Rural Roads Dina Korsak said the plan was ready.", "Dina Korsak",
     "Minister for Trade, Tourism and Rural Roads"),
    ("On Friday she welcomed the Minister of Foreign Affairs, Regional Integration and Overseas Citizens, "
     "H.E. Tomas Vell.", "Tomas Vell", "Minister of Foreign Affairs, Regional Integration and Overseas Citizens"),
])
def test_a_list_of_portfolios_is_one_office(extract, text, name, title):
    facts = extract(text)
    assert name in names(facts)
    assert (name, title) in _offices(facts)


@pytest.mark.parametrize("text, name, title", [
    ("Seated at the table were the Commissioner for Trade, Industry and Mining, Ambassador Tomas Vell, "
     "and the envoy Omar Wells.", "Tomas Vell", "Commissioner for Trade, Industry and Mining"),
    ("The Commissioner for Energy, Roads and Water, Ambassador Tomas Vell, arrived on Monday.", "Tomas Vell",
     "Commissioner for Energy, Roads and Water"),
    ("Present was the Commissioner for Health, Ambassador Dina Korsak, who spoke first.", "Dina Korsak",
     "Commissioner for Health"),
])
def test_a_kept_style_after_a_comma_set_office(extract, text, name, title):
    offices = _offices(extract(text))
    assert (name, title) in offices
    assert (name, "Ambassador") not in offices


def test_an_ambassador_alone_is_still_one(extract):
    offices = _offices(extract("The talks were attended by Ambassador Dina Korsak and Omar Wells."))
    assert ("Dina Korsak", "Ambassador") in offices


@pytest.mark.parametrize("text, name", [
    ("Ana Berg then hosted Laos's Minister of Foreign Affairs Phan Van Long, who led a large team.", "Phan Van Long"),
    ("The Chairperson of the Coastal Union Commission, H.E. Dr. Obiageli Ndukwe-Ade, opened the session.",
     "Obiageli Ndukwe-Ade"),
    ("Minister of Trade and Industry Tran Van Minh arrived in Lima on Monday.", "Tran Van Minh"),
])
def test_a_name_after_a_plain_complement_stays_whole(extract, text, name):
    assert name in names(extract(text))
