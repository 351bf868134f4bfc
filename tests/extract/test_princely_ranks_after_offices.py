"""A royal or princely rank between an office with its complement and the name ("Minister of Culture and
Heritage Prince X", "Governor of the Northern Province Sheikh Y") opens the name: the office ends before it
and is never cut into a first portfolio and a second office ending in the rank ("Heritage Prince"). A rank
made one title by the word before it ("Crown Prince", "Grand Duke") is still the office."""
import pytest

from tests.conftest import offices_by_surname


def titles_of(facts, surname):
    return {t for s, t, _ in offices_by_surname(facts) if s == surname}


@pytest.mark.parametrize("text, surname, title", [
    ("The dinner was attended by Minister of Culture and Heritage Prince Faisal bin Turki.", "Turki",
     "minister of culture and heritage"),
    ("Also present were Minister of Water and Agriculture Prince Bandar bin Khalid and two aides.", "Khalid",
     "minister of water and agriculture"),
    ("The delegation was received by Minister of Trade and Industry Sheikh Hamad bin Rashid on Monday.", "Rashid",
     "minister of trade and industry"),
    ("Minister of Housing and Planning Princess Reema bint Saud opened the exhibition.", "Saud",
     "minister of housing and planning"),
])
def test_rank_opens_the_name_after_a_coordinated_portfolio(extract, text, surname, title):
    titles = titles_of(extract(text), surname)
    assert title in titles, titles
    assert not any(t.endswith(("prince", "princess", "sheikh")) for t in titles), titles


def test_rank_after_a_single_complement(extract):
    titles = titles_of(extract("The guests included Governor of the Coastal Province Prince Turki bin Fahd."), "Fahd")
    assert "governor of the coastal province" in titles, titles


@pytest.mark.parametrize("text, surname, title", [
    ("The visitors were received by Crown Prince Hamad bin Isa at the palace.", "Isa", "crown prince"),
    ("Later the envoy called on the Minister of Defence and Crown Prince Khalid bin Nasser.", "Nasser", "crown prince"),
])
def test_a_rank_made_one_title_stays_the_office(extract, text, surname, title):
    """Guard: "Crown Prince" is an office in its own right."""
    assert title in titles_of(extract(text), surname)
