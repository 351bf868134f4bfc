"""A dateline's city in capitals with accented letters ("ÅLESUND -", "SÃO PAULO, May 2 -") is read as
one; and a town word without a name in a meeting's clause ("talks in the coastal city", "in the
capital") is that city, while the story has named no other town before it."""
import pytest

from newsgraph.extract.datelines import dateline_place
from tests.conftest import meetings_between


@pytest.mark.parametrize("text, city", [
    ("ÅLESUND - Foreign Minister Kari Lund met Jussi Salo.", "Ålesund"),
    ("SÃO PAULO, May 2 (Reuters) - Ana Lopes met Tomas Ruiz.", "São Paulo"),
    ("ZÜRICH (AP) — Ana Lopes met Tomas Ruiz.", "Zürich"),
])
def test_a_dateline_with_accented_capitals(text, city):
    assert dateline_place(text) == city


@pytest.mark.parametrize("text, place", [
    ("ÅLESUND - Trade ministers Kari Lund and Jussi Salo signed a fisheries pact on Monday following "
     "talks in the coastal city.", "Ålesund"),
    ("OSLO, March 2 (Reuters) - Foreign Minister Kari Lund held talks with Jussi Salo in the capital on Monday.", "Oslo"),
    ("MOMBASA, June 3 - Governor Omar Farah received Envoy Jonas Berg in the port city on Tuesday.", "Mombasa"),
])
def test_a_nameless_town_word_is_the_dateline_city(extract, text, place):
    facts = extract(text)
    assert {m.place for m in facts.meetings if len(m.attendees) >= 2} == {place}


@pytest.mark.parametrize("text", [
    "OSLO, March 2 (Reuters) - Foreign Minister Kari Lund visited Bergen. She held talks with Jussi Salo in the "
    "port city on Monday.",
    "OSLO, March 2 (Reuters) - Foreign Minister Kari Lund flew to Stavanger. Later she held talks with Jussi Salo "
    "in the city.",
    "Foreign Minister Kari Lund held talks with Jussi Salo in the capital on Monday.",
])
def test_no_dateline_city_when_another_town_came_first_or_there_is_no_dateline(extract, text):
    facts = extract(text)
    assert "Oslo" not in {m.place for m in meetings_between(facts, "Lund", "Salo")}
