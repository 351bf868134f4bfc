"""A member list whose next name carries its own possessive title without a comma ("A, the utility's head of
gas B and C"): the words after the comma are B's title, not an apposition to A, so the list goes on.
Wordings of our own."""
import pytest

from tests.conftest import delegation_of


@pytest.mark.parametrize("text", [
    "Chile's Finance Minister Ana Soto led a delegation which included Mining Minister Pablo Reyes, "
    "Codelco's head of sales Marta Vidal and Chile's ambassador in Lima, Jorge Fuentes.",
    "Chile's Finance Minister Ana Soto led a delegation that comprised Mining Minister Pablo Reyes, "
    "the copper board's chief economist Marta Vidal, and Jorge Fuentes.",
    "The Chilean delegation, headed by Finance Minister Ana Soto, included Pablo Reyes, "
    "Codelco's director for Asia Marta Vidal and the embassy's trade attaché Jorge Fuentes.",
])
def test_every_listed_member_is_kept(extract, text):
    facts = extract(text)
    members = {facts.persons[m].name for m in delegation_of(facts, "Chile").members}
    assert members >= {"Ana Soto", "Pablo Reyes", "Marta Vidal", "Jorge Fuentes"}


def test_an_apposition_with_a_verb_still_ends_the_item(extract):
    facts = extract("Chile's Finance Minister Ana Soto led a delegation which included Pablo Reyes, "
                    "who briefed Governor Marta Vidal on Monday.")
    members = {facts.persons[m].name for m in delegation_of(facts, "Chile").members}
    assert "Marta Vidal" not in members
