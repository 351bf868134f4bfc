"""Offices the text implies are past: the holder was removed ("was fired", "who was ousted as ..."),
left ("resigned", "stepped down as ..."), or is called "ousted"/"sacked" before the title. Modal,
negated and wished removals keep the office current."""
import pytest

from tests.conftest import person_key


def offices_of(facts, surname):
    key = person_key(facts, surname)
    return {(o.title.lower(), o.former) for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title", [
    ("Agency Director Paul Grant was fired on Tuesday after the audit.", "Grant", "agency director"),
    ("The board said Treasurer Nina Holm had been dismissed for misconduct.", "Holm", "treasurer"),
    ("Police Commissioner Raj Mehta was sacked by the governor last week.", "Mehta", "police commissioner"),
    ("Party chairman Tom Reed resigned on Monday, two days after the vote.", "Reed", "party chairman"),
    ("Mayor Ellen Voss stepped down in March, citing her health.", "Voss", "mayor"),
])
def test_removed_or_departed_holders_hold_the_office_formerly(extract, text, surname, title):
    offices = offices_of(extract(text), surname)
    assert (title, True) in offices and (title, False) not in offices, offices


@pytest.mark.parametrize("text, surname, title", [
    ("Ivan Petrov, who had been ousted as vice-chancellor in May, came home.", "Petrov", "vice-chancellor"),
    ("Chairman Tom Reed stepped down as party leader after the vote.", "Reed", "party leader"),
    ("Lena Dorn resigned as finance minister in 2019 and joined a bank.", "Dorn", "finance minister"),
])
def test_the_office_named_after_as_is_the_one_lost(extract, text, surname, title):
    assert (title, True) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, title", [
    ("The ousted president Omar Diallo left the country on Sunday.", "Diallo", "president"),
    ("Reporters waited for the sacked minister Karl Berg outside his home.", "Berg", "minister"),
    ("Deposed King Tomas Vell lives in exile.", "Vell", "king"),
])
def test_participles_before_a_title_make_it_past(extract, text, surname, title):
    assert (title, True) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, title", [
    ("Treasurer Nina Holm may be dismissed next week, officials said.", "Holm", "treasurer"),
    ("Governor Lisa Marsh refused to resign despite the protests.", "Marsh", "governor"),
    ("Senator Mark Ibsen will step down in the autumn, aides say.", "Ibsen", "senator"),
    ("Director Paul Grant was not fired, the ministry said.", "Grant", "director"),
])
def test_removals_that_did_not_happen_keep_the_office_current(extract, text, surname, title):
    offices = offices_of(extract(text), surname)
    assert (title, False) in offices and (title, True) not in offices, offices


def test_a_lost_office_is_past_where_another_sentence_names_it(extract):
    facts = extract("Agency Director Paul Grant warned about the leak in March. On Tuesday Grant was dismissed "
                    "by the president.")
    assert offices_of(facts, "Grant") == {("agency director", True)}


def test_losing_one_office_leaves_another_current(extract):
    facts = extract("Senator Ruth Kane was removed as committee chair on Friday. Kane said she would stay on.")
    offices = offices_of(facts, "Kane")
    assert ("committee chair", True) in offices
    assert ("senator", True) not in offices
