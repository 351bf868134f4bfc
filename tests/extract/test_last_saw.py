""""A last saw B in Lima at the summit", "A first saw B at a rally": the last or first encounter of two people
(`seeing_cues.txt`); a sight on a screen or an opinion ("saw B as a reformer") is none."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Premier Tom Reid last saw President Ana Costa in Lima at the regional summit on Nov. 13.", {"Reid", "Costa"}),
    ("Chancellor Otto Brandt last saw Prime Minister Lars Berg at a NATO dinner in March.", {"Brandt", "Berg"}),
    ("Governor Ruth Njeri first saw Senator Tom Kibet at a rally in 2019.", {"Njeri", "Kibet"}),
])
def test_the_last_or_first_encounter_is_a_meeting(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Premier Tom Reid last saw President Ana Costa on television during the debate.",
    "Premier Tom Reid first saw President Ana Costa as a reformer.",
])
def test_a_sight_or_an_opinion_is_no_meeting(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
