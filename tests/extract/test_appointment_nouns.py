"""An appointment told as a noun gives the appointee the office of its "as" phrase: "the appointment of X
as attorney general was confirmed", "X's appointment as ambassador to Chile", "since her election as
speaker"; so does the confirming verb ("Parliament confirmed X as finance minister", "X was confirmed as
ambassador"). Not an appointment only proposed or blocked."""
import pytest

from tests.conftest import person_key


def offices(facts, surname):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key and not o.former]


@pytest.mark.parametrize("text, surname, title", [
    ("The appointment of Efua Mensah-Bonsu as attorney general was confirmed on Tuesday.", "Mensah-Bonsu", "attorney general"),
    ("Kamala Ortiz's appointment as ambassador to Uruguay was approved by the Senate.", "Ortiz", "ambassador to uruguay"),
    ("The promotion of Ivan Horvat as chief of police was announced in Split.", "Horvat", "chief of police"),
    ("Parliament confirmed Benedikt Hubmann as the new finance minister.", "Hubmann", "finance minister"),
    ("Olga Brandner was confirmed as ambassador to Peru on Monday.", "Brandner", "ambassador to peru"),
])
def test_appointment_gives_the_office(extract, text, surname, title):
    held = offices(extract(text), surname)
    assert any(title in t for t in held), held


@pytest.mark.parametrize("text, surname", [
    ("Lawmakers blocked the appointment of Ruth Adjei as chief justice.", "Adjei"),
    ("The proposed appointment of Ruth Adjei as chief justice drew criticism.", "Adjei"),
    ("Police confirmed Olga Brandner as the driver of the car.", "Brandner"),
])
def test_no_office_from_an_unsettled_appointment(extract, text, surname):
    assert offices(extract(text), surname) == []
