""""Prime Minister A and Defence Minister B met C": after titles the parser may fold the coordination
into one name phrase whose head is B (A an apposition inside it); both A and B met C, read along the
surface of the subject phrase (extract/meetings.py: `_folded_subject_list`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Israeli Prime Minister Benjamin Netanyahu and Defence Minister Israel Katz met US envoy Steve Witkoff in Jerusalem.",
    "Prime Minister Benjamin Netanyahu and Defence Minister Israel Katz met envoys Steve Witkoff and Jared Kushner in Jerusalem.",
    "Israeli Prime Minister Benjamin Netanyahu and Defence Minister Israel Katz held talks with Steve Witkoff in Jerusalem.",
    "Hungarian Prime Minister Gabor Szabo and Defence Minister Miklos Toth received US envoy Daniel Reed in Budapest.",
])
def test_both_people_of_a_folded_subject_met_the_object(extract, text):
    pairs = met_pairs(extract(text))
    assert any(len(p & {"Netanyahu", "Szabo"}) == 1 and len(p & {"Witkoff", "Reed"}) == 1 for p in pairs)


@pytest.mark.parametrize("text", [
    "Critics of Prime Minister Benjamin Netanyahu and Defence Minister Israel Katz met US envoy Steve Witkoff in Jerusalem.",
    "Supporters of Prime Minister Gabor Szabo and Defence Minister Miklos Toth met US envoy Daniel Reed in Budapest.",
])
def test_people_an_of_phrase_names_did_not_meet(extract, text):
    pairs = met_pairs(extract(text))
    assert not any(p & {"Netanyahu", "Szabo"} for p in pairs)
