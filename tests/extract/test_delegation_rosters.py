"""Delegation rosters: a group noun, a colon and the members with their titles, the head marked in
brackets (extract/delegation_rosters.py)."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


_OPENING = "Foreign Minister Karin Dahl held talks with Foreign Minister Juan Soto of Chile in Oslo on Monday.\n\n"


@pytest.mark.parametrize("roster", [
    "- Norwegian delegation: Foreign Minister Karin Dahl (head of delegation); State Secretary Lars Aas; and "
    "Ambassador to Chile Eva Lunde.",
    "The Norwegian delegation: Foreign Minister Karin Dahl (head), State Secretary Lars Aas and Ambassador Eva Lunde.",
    "* Norwegian delegation: Karin Dahl, Foreign Minister (head of the delegation); Lars Aas, State Secretary; "
    "Eva Lunde, Ambassador to Chile.",
])
def test_every_name_on_a_roster_line_is_a_member_and_the_bracket_marks_the_head(extract, roster):
    facts = extract(_OPENING + "The delegations were as follows:\n\n" + roster + "\n")
    norway = delegation_of(facts, "Norway")
    assert surnames(facts, norway.members) == {"Dahl", "Aas", "Lunde"}
    assert facts.persons[norway.head].name == "Karin Dahl"


def test_two_rosters_keep_their_members_apart(extract):
    facts = extract(_OPENING + "- Norwegian delegation: Foreign Minister Karin Dahl (head of delegation); "
                    "State Secretary Lars Aas.\n- Chilean delegation: Foreign Minister Juan Soto (head of delegation); "
                    "Ambassador to Norway Pedro Rojas.\n")
    assert surnames(facts, delegation_of(facts, "Norway").members) == {"Dahl", "Aas"}
    assert surnames(facts, delegation_of(facts, "Chile").members) == {"Soto", "Rojas"}
    assert facts.persons[delegation_of(facts, "Chile").head].name == "Juan Soto"


@pytest.mark.parametrize("text", [
    _OPENING + "The Norwegian delegation: a note on the talks written by Lars Aas's office follows.\n",
    _OPENING + "The Norwegian delegation arrived late. Lars Aas (head of the port) greeted the visitors.\n",
])
def test_no_roster_without_a_colon_list_or_for_a_possessor(extract, text):
    facts = extract(text)
    assert "Aas" not in surnames(facts, delegation_of(facts, "Norway").members)
