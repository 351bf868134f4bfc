"""A delegation's from-phrase names a state or town the tagger read as a person's name ("a delegation from
Tamaulipas"): a group comes from a place or a body, so a bare name there that is named nowhere else as a
person is the place the delegation represents (delegation_bodies._unclaimed_person_entity)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of


@pytest.mark.parametrize("text, place, head", [
    ("A delegation from Tamaulipas, led by Governor Lucia Vargas, arrived in Houston on Monday.", "Tamaulipas",
     "Vargas"),
    ("A delegation from Bihar Sharif, led by Mayor Anjali Devi, visited the plant on Monday.", "Bihar Sharif",
     "Devi"),
    ("A cross-party delegation from Kodava Kodagu, led by Minister Ravi Gowda, reached the capital on Tuesday.",
     "Kodava Kodagu", "Gowda"),
    ("A delegation from Nuevo Leon, led by Governor Ramiro Salas, reached the border crossing on Tuesday.",
     "Nuevo Leon", "Salas"),
])
def test_a_place_read_as_a_name_in_the_from_phrase_is_what_the_group_represents(extract, text, place, head):
    facts = extract(text)
    delegation = delegation_of(facts, place)
    assert delegation.head and facts.persons[delegation.head].name.endswith(head), delegation


def test_a_person_named_again_elsewhere_is_no_place(extract):
    facts = extract("A delegation from Anna Lee's office arrived on Monday, led by Tom Field. Anna Lee said the "
                    "visit went well.")
    assert not [d for d in facts.delegations.values() if d.represents and "Lee" in d.represents], facts.delegations


def test_a_person_after_from_who_is_quoted_later_is_no_place(extract):
    facts = extract("A delegation from Carla Mendes arrived on Monday, led by Tom Field. Carla Mendes said the "
                    "visit went well.")
    assert not [d for d in facts.delegations.values() if d.represents and "Mendes" in d.represents], facts.delegations
