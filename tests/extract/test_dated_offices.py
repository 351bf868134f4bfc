"""Offices told in a sentence about a time long past are former ones ("In 1994 she saw
President X"), unless the article also tells them as current, or the date sits beside a recent one."""
import pytest


def _offices(facts):
    return {(facts.persons[o.person].name.split()[-1], o.title.lower(), o.former) for o in facts.offices}


@pytest.mark.parametrize("text, surname, title", [
    ("In 1994 she had three rounds of talks in Kigali with President Jean Mugabo.", "Mugabo", "president"),
    ("The Chilean foreign minister, Pedro Soto, wrote to her twice in 1986.", "Soto", "foreign minister"),
    ("Back in 1979 Defence Minister Olu Adeyemi signed the first border protocol.", "Adeyemi", "defence minister"),
    ("She first met Ambassador Ruth Kimani in March 1992, at a dinner in Nairobi.", "Kimani", "ambassador"),
])
def test_an_office_told_decades_ago_is_former(extract, text, surname, title):
    assert (surname, title, True) in _offices(extract(text, published="2025-06-01"))


@pytest.mark.parametrize("text, published, surname, title", [
    # a recent date in the same sentence tells the present
    ("President Jean Mugabo, who took office in 1999, met the envoy on Monday.", "2025-06-01", "Mugabo", "president"),
    # not long enough ago
    ("In 2019 she held talks with President Jean Mugabo in Kigali.", "2025-06-01", "Mugabo", "president"),
    # the article tells the office now as well
    ("President Jean Mugabo opened the summit on Monday. In 1994 he received the envoy in Kigali.", "2025-06-01",
     "Mugabo", "president"),
    # reigns last for decades
    ("In 1990, King Harald Olsen opened the bridge over the fjord.", "2025-06-01", "Olsen", "king"),
    # present tense: the past date is background
    ("Foreign Minister Pedro Soto, a diplomat since 1980, says the talks will go on.", "2025-06-01", "Soto",
     "foreign minister"),
])
def test_an_office_stays_current_without_a_past_told_alone(extract, text, published, surname, title):
    assert (surname, title, False) in _offices(extract(text, published=published))


def test_without_a_publication_date_nothing_changes(extract):
    assert ("Mugabo", "president", False) in _offices(
        extract("In 1994 she had three rounds of talks in Kigali with President Jean Mugabo.", published=None))


def test_a_time_on_the_24_hour_clock_is_no_year(extract):
    facts = extract("According to Navy Captain Luc Morel, the boat sank on Saturday night (1908 GMT) off the coast.",
                    published="2009-01-19")
    assert ("Morel", "captain", False) in _offices(facts) or ("Morel", "navy captain", False) in _offices(facts)


@pytest.mark.parametrize("text, surname, former", [
    # a sentence with no date of its own keeps the time its paragraph named
    ("The crisis over the border broke in 1986. The Chilean foreign minister, Pedro Soto, wrote her two letters.",
     "Soto", True),
    # a new paragraph sets its own time
    ("The crisis over the border broke in 1986.\n\nThe Chilean foreign minister, Pedro Soto, told reporters he was ready.",
     "Soto", False),
    # a later date in the paragraph brings the story back
    ("The talks failed in 1986. Last week the Chilean foreign minister, Pedro Soto, tried again.", "Soto", False),
])
def test_a_sentence_without_a_date_keeps_its_paragraphs_time(extract, text, surname, former):
    assert (surname, "foreign minister", former) in _offices(extract(text, published="2025-06-01"))


@pytest.mark.parametrize("text", [
    "In 1979 the young clerk travelled with the then Foreign Minister, Kofi Mensah, to Abuja to see his "
    "Nigerian counterpart, Musa Bello.",
    "Former Foreign Minister Kofi Mensah recalled how he had argued with his Nigerian counterpart, Musa Bello.",
    "The former foreign minister, Kofi Mensah, said he never trusted his Nigerian counterpart, Musa Bello.",
])
def test_the_counterpart_of_a_former_minister_held_the_office_then(extract, text):
    offices = _offices(extract(text, published="2025-06-01"))
    assert ("Bello", "foreign minister", True) in offices, offices
    assert ("Bello", "foreign minister", False) not in offices, offices
