"""A group under a proper name led by someone ("the Eminent Persons Group, led by A", "the Commonwealth Observer
Group, headed by B") is a delegation of the body whose acronym opens its name (here or where the article first
names it), else of the group itself; "the Group" later is that delegation at its meetings. Wordings of our own."""
import pytest

from tests.conftest import met_pairs, surnames


def _group(facts):
    assert len(facts.delegations) == 1, facts.delegations
    return next(iter(facts.delegations.values()))


@pytest.mark.parametrize("text, body", [
    ("The ASEAN Eminent Persons Group, led by former Prime Minister Tomas Berg and comprising Ana Soto and Lin "
     "Wei, visited Yangon last week. The Group held talks with Foreign Minister Carlos Ruiz on Monday.", "ASEAN"),
    ("Leaders welcomed the report of the ASEAN Eminent Persons Group. The Eminent Persons Group, headed by former "
     "Prime Minister Tomas Berg and comprising Ana Soto and Lin Wei, was in Yangon from Sunday. The Group met "
     "Foreign Minister Carlos Ruiz on Monday.", "ASEAN"),
    ("The Commonwealth Observer Group, led by former Prime Minister Tomas Berg and including Ana Soto and Lin Wei, "
     "arrived in Accra. The Group met Electoral Commission chairman Carlos Ruiz on Monday.",
     "Commonwealth Observer Group"),
])
def test_the_named_group_is_a_delegation(extract, text, body):
    facts = extract(text)
    group = _group(facts)
    assert group.represents == body
    assert surnames(facts, [group.head]) == {"Berg"}
    assert surnames(facts, group.members) >= {"Berg", "Soto", "Wei"}
    assert frozenset({"Berg", "Ruiz"}) in met_pairs(facts)


def test_an_unled_named_group_is_no_delegation(extract):
    facts = extract("The Financial Action Task Force Group published its report. Foreign Minister Carlos Ruiz "
                    "met Ana Soto in Paris.")
    assert not facts.delegations
