"""A meeting verb in the simple present inside a quotation, with no auxiliary and no date ("I sit with
President A and nothing changes", "He meets A, he smiles for the cameras and he flies home") tells a habit
or a complaint, not a meeting that took place. Past tense in a quote, and a headline's present, still do."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    '"I sit with President Ana Vidal and nothing changes," Senator Tom Berg said.',
    '"Every month I meet President Ana Vidal, and every month she promises more," Senator Tom Berg said.',
    '"He meets President Ana Vidal, he smiles for the cameras and he flies home," Senator Tom Berg said of '
    'Premier Lars Holm.',
])
def test_a_habit_told_in_a_quote_is_no_meeting(extract, text):
    assert met_pairs(extract(text)) == set()


@pytest.mark.parametrize("text", [
    '"I met President Ana Vidal yesterday," Senator Tom Berg said.',
    "President Ana Vidal meets Senator Tom Berg in Oslo",
])
def test_a_meeting_told_as_held_stays(extract, text):
    assert frozenset({"Vidal", "Berg"}) in met_pairs(extract(text))
