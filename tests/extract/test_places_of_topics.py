"""A place inside what a meeting was about ("talks on irrigation and a solar park in the Fergana valley",
"a meeting about the port in Haifa") is where the topic is, not where the people met."""
import pytest


def _places(facts):
    return {m.place for m in facts.meetings}


@pytest.mark.parametrize("text, stray", [
    ("Minister Petra Lang held talks with Bakhtiyor Umarov on irrigation and a proposed solar park in the "
     "Fergana valley.", "Fergana"),
    ("Premier Jon Berg held a meeting with Mayor Ana Ruiz about the new port in Haifa.", "Haifa"),
    ("Minister Lena Dahl had discussions with Governor Oskar Lind regarding schools in Kiruna.", "Kiruna"),
])
def test_the_topics_place_is_not_the_meetings(extract, text, stray):
    assert stray not in _places(extract(text))


@pytest.mark.parametrize("text, place", [
    ("Minister Petra Lang held talks and a dinner with Bakhtiyor Umarov in Bonn.", "Bonn"),
    ("On the sidelines of the summit in Lima, Premier Jon Berg met Mayor Ana Ruiz.", "Lima"),
    ("Premier Jon Berg met Mayor Ana Ruiz on trade in Geneva on Monday.", "Geneva"),
])
def test_the_meetings_own_place_stays(extract, text, place):
    assert place in _places(extract(text))
