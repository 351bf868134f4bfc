"""Where the parser hangs a sentence's verb on its subject noun as a clause ("Kenya's new ambassador, A, called on
B" read as a noun phrase), the one who met is the name set off after the noun, not the country that owns it
(extract/meeting_clauses.py `controller_subjects`)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Pakistan's new high commissioner, Tariq Mahmood, called on Bangladeshi Prime Minister Nasreen Haque in Dhaka "
     "on Wednesday.", {"Mahmood", "Haque"}),
    ("Kenya's new ambassador, Grace Wanjiku, called on President Kwame Mensah at the Jubilee House on Monday.",
     {"Wanjiku", "Mensah"}),
    ("Chile's outgoing consul, Pedro Soto, called on Governor Ana Ruiz in Tacna on Friday.", {"Soto", "Ruiz"}),
])
def test_the_name_set_off_after_the_subject_noun_met(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text)), met_pairs(extract(text))
