"""Datelines ("OSLO, Nov 7 (Reuters) - ..."): spaCy's NER reads them together with the story's first
words and loses the person named first; the words after the dateline are re-read on their own."""
import pytest

from newsgraph.extract.datelines import dateline_end, reread_after_dateline
from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("OSLO, Nov 7 - Jorge Vidal, the country's trade minister, said on Tuesday that exports had grown.", "Jorge Vidal"),
    ("HANOI, Feb. 14 -- Kwame Asante, the Ghanaian envoy, arrived for two days of talks.", "Kwame Asante"),
    ("SEOUL, June 2 — Lena Berg, Sweden's aid minister, said the grant would be doubled.", "Lena Berg"),
    ("LIMA, March 30 (Reuters) - Rosa Tamayo met Chile's president on Monday.", "Rosa Tamayo"),
])
def test_the_person_named_first_after_a_dateline_is_found(extract, text, name):
    assert name in names(extract(text))


def test_the_first_person_after_a_dateline_speaks_and_meets(extract):
    facts = extract("ACCRA, June 2 - Maria Santos, the trade minister, met Nigerian envoy Ade Bello on Monday. "
                    "\"We agreed on tariffs,\" Santos said.")
    assert {"Maria Santos", "Ade Bello"} <= names(facts)
    speakers = {facts.persons[s.speaker.key].name for s in facts.statements if s.speaker.key in facts.persons}
    assert speakers == {"Maria Santos"}
    pairs = {frozenset(facts.persons[a.key].name for a in m.attendees if a.key in facts.persons) for m in facts.meetings}
    assert frozenset({"Maria Santos", "Ade Bello"}) in pairs


def test_an_entity_run_across_the_dash_keeps_its_part_before_it(nlp):
    doc = nlp.make_doc("SEOUL, June 2 - Kim Yo-jong said talks were over.")
    doc.ents = [doc.char_span(0, 5, label="GPE"), doc.char_span(7, 27, label="DATE")]   # "June 2 - Kim Yo-jong"
    end = dateline_end(doc.text)
    reread = reread_after_dateline(doc, lambda text: [(0, 11, "PERSON")] if text.startswith("Kim Yo-jong") else [])
    assert [(e.text, e.label_) for e in reread.ents] == [("SEOUL", "GPE"), ("June 2", "DATE"), ("Kim Yo-jong", "PERSON")]
    assert reread.text[end:].startswith("Kim")


@pytest.mark.parametrize("text", [
    "Jorge Vidal, the trade minister, said exports had grown.",
    "The minister - who spoke in Oslo - said exports had grown.",
    "NEW rules - in force from June - change little.",
])
def test_text_without_a_dateline_is_left_as_the_ner_read_it(nlp, text):
    doc = nlp.make_doc(text)
    doc.ents = []
    calls = []
    reread_after_dateline(doc, lambda part: calls.append(part) or [])
    assert dateline_end(text) == 0
    assert calls == [] and list(doc.ents) == []


@pytest.mark.parametrize("text, city", [
    ("EAST AFRICAN COMMUNITY\nPress office\n\nChair holds talks on the border\n\nArusha, Tanzania, 4 June 2025\n\n"
     "1. The Chair, Ms Amina Juma, today received Mr Peter Okello at the secretariat.", "Arusha"),
    ("MINISTRY OF FOREIGN AFFAIRS\n\nLima, June 4, 2025\n\nThe minister, Rosa Vidal, today met Carlos Soto, "
     "the envoy of Chile.", "Lima"),
    ("Geneva, 4 June 2025\n\nThe High Commissioner Anna Berg today welcomed Tomas Vell for talks.", "Geneva"),
])
def test_a_press_releases_place_line_places_its_same_day_meeting(extract, text, city):
    facts = extract(text, published="2025-06-04")
    assert [m.place for m in facts.meetings] == [city], [(m.place, m.date) for m in facts.meetings]


def test_a_release_line_does_not_place_a_meeting_on_another_day(extract):
    facts = extract("Geneva, 4 June 2025\n\nThe High Commissioner Anna Berg met Tomas Vell last month.",
                    published="2025-06-04")
    assert all(m.place != "Geneva" for m in facts.meetings)


@pytest.mark.parametrize("text", [
    "Friday, July 4, 2025\n\nThe High Commissioner Anna Berg today welcomed Tomas Vell for talks.",
    "Monday, 7 July 2025\n\nThe High Commissioner Anna Berg today welcomed Tomas Vell for talks.",
    "June, 4 June 2025\n\nThe High Commissioner Anna Berg today welcomed Tomas Vell for talks.",
])
def test_a_line_of_a_weekday_and_date_places_nothing(extract, text):
    from newsgraph.extract.datelines import dateline_place
    assert dateline_place(text) is None
    assert all(m.place is None for m in extract(text, published="2025-07-04").meetings)
