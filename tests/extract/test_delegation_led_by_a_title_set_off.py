"""A team or delegation "led by its Secretary-General, A" (the name set off after the title), also where the tagger
read "led" as a past tense on the noun, is that body's delegation with A at its head; the body told again by its
first words ("the Andean delegation") is the same delegation (extract/delegations.py)."""
from __future__ import annotations

import pytest

from tests.conftest import met_pairs, surnames


def _of_body(facts, body: str):
    found = [d for d in facts.delegations.values() if d.represents and d.represents.startswith(body)]
    assert len(found) == 1, {k: (d.represents, surnames(facts, d.members)) for k, d in facts.delegations.items()}
    return found[0]


@pytest.mark.parametrize("text, body, head", [
    ("President Ana Ruiz on Monday met a team from the Andean Secretariat led by its president, Jorge Pardo.",
     "Andean Secretariat", "Pardo"),
    ("Prime Minister Luis Soto received a mission from the Caribbean Development Fund headed by its president, "
     "Dr Elena Vidal, on Monday.", "Caribbean Development Fund", "Vidal"),
    ("A team from the Pacific Islands Forum led by its chair, Dr Mere Tuilagi, met Foreign Minister Ana Ruiz in Suva.",
     "Pacific Islands Forum", "Tuilagi"),
])
def test_a_body_team_led_by_its_title_set_off_is_its_delegation(extract, text, body, head):
    facts = extract(text)
    delegation = _of_body(facts, body)
    assert surnames(facts, [delegation.head]) == {head}


def test_the_body_told_again_by_its_first_words_is_the_same_delegation(extract):
    facts = extract("President Ana Ruiz met a team from the Andean Secretariat led by its president, Jorge Pardo. "
                    "The Andean delegation also included Director Luis Soto and adviser Elena Vidal.")
    delegation = _of_body(facts, "Andean")
    assert {"Pardo", "Soto", "Vidal"} <= surnames(facts, delegation.members)
    assert frozenset({"Ruiz", "Soto"}) in met_pairs(facts)
