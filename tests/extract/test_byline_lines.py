"""A line near the top that opens with two or three name words, the first a known given name, closed by the
line's end, a bar or a comma, is the writer's byline: a person, though NER tags nothing on such lines
("Mehmet Aslan  |14.03.2023 - Update", "Fatima Bello | Abuja | 14 March 2024"). A dateline's place of the
same shape ("Victoria Falls, Zimbabwe", "Santa Cruz, Bolivia") is no person."""
import pytest


def _names(facts):
    return {p.name for p in facts.persons.values()}


@pytest.mark.parametrize("text, name", [
    ("Border talks open\n\nMehmet Aslan  |14.03.2023 - Update : 15.03.2023\n\nANKARA\n\nTurkey hosted talks on Monday.",
     "Mehmet Aslan"),
    ("Trade deal signed\n\nFatima Bello | Abuja | 14 March 2024\n\nNigeria signed the deal on Friday.", "Fatima Bello"),
    ("Leaders meet in Lusaka\n\nGrace Mwale Banda, Lusaka\n\nZambia hosted the summit on Monday.", "Grace Mwale Banda"),
])
def test_a_byline_line_names_the_writer(extract, text, name):
    assert name in _names(extract(text))


@pytest.mark.parametrize("text", [
    "Falls tourism booms\n\nVictoria Falls, Zimbabwe\n\nTourists returned on Monday.",
    "Trade talks\n\nSanta Cruz, Bolivia | 3 May 2024\n\nBolivia hosted talks.",
])
def test_a_dateline_place_is_no_byline(extract, text):
    assert _names(extract(text)) == set()
