"""The people a country's side brought, told as the subjects of a joining predicate the side phrase
hangs on, where the text speaks of the sides' delegations: "Both delegations sat down after lunch. On
the Chilean side, A and B took part", "C and D attended for the Omani side" (wordings of the team's
own)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


@pytest.mark.parametrize("text, country, members", [
    ("Foreign Minister Lars Engen held talks with his Chilean counterpart Rosa Ibarra in Oslo on Tuesday, later "
     "joined by both delegations. On the Chilean side, Deputy Minister Tomas Rivas and ambassador Lucia Mendez took part; Engen was joined "
     "by state secretary Kari Holm.", "Chile", {"Rivas", "Mendez"}),
    ("Trade Minister Ana Lobo met her Omani counterpart Said Harthi in Lisbon on Monday before the two delegations "
     "sat down together. Deputy Minister Omar Saadi and adviser Nasser Rawahi attended for the Omani side.",
     "Oman", {"Saadi", "Rawahi"}),
    ("Prime Minister Jan Vos received President Ilir Dervishi in The Hague on Friday, and the delegations then "
     "held wider talks. On the Albanian side, Foreign Minister Elira Hoxha also took part.", "Albania", {"Hoxha"}),
])
def test_subjects_of_taking_part_on_a_side_are_its_members(extract, text, country, members):
    facts = extract(text)
    assert members <= surnames(facts, delegation_of(facts, country).members)


@pytest.mark.parametrize("text", [
    "On the Chilean side of the border, farmers Juan Soto and Pedro Lagos joined the protest on Sunday.",
    "On the Chilean side, the mood was calm, said Deputy Minister Tomas Rivas.",
    # a host's side at a visiting delegation's meeting, with no word of the sides' delegations
    "A Finnish delegation led by Minister Aino Lehto visited the port of Varna on Monday. On the Bulgarian side, "
    "Mayor Petar Ivanov and Deputy Minister Rada Koleva took part in the meeting.",
])
def test_no_members_from_a_place_or_a_predicate_that_is_no_taking_part(extract, text):
    facts = extract(text)
    members = surnames(facts, {m for d in facts.delegations.values() for m in d.members})
    assert not members & {"Soto", "Lagos", "Rivas", "Ivanov", "Koleva"}
