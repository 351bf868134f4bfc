"""Visitors listed by "included", a visit's purpose naming its host, and a name owning what follows a comma.

- "Other guests who met President A included B, C and D", "Others who called on A included B": those listed
  met A ("were" lists them as well).
- "paid a visit to see Governor A", "paid a visit to meet A": A is the one visited.
- "According to the ministry official, A's meeting with B ...": A owns the meeting; the office before the
  comma is someone else's, not A's.
"""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text", [
    "Other guests who met President Ana Lopes on Monday included Lars Holm, Anne Roux and Tomas Ruiz.",
    "Visitors who called on President Ana Lopes this week included Lars Holm, Anne Roux and Tomas Ruiz.",
    "The senators who met President Ana Lopes were Lars Holm, Anne Roux and Tomas Ruiz.",
])
def test_those_a_group_that_met_someone_includes_met_them(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Lopes", s}) for s in ("Holm", "Roux", "Ruiz")} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "Other prominent guests who paid a visit to see Governor Ana Lopes included Rosa Quispe and Lars Holm.",
    "Senator Rosa Quispe paid a visit to meet President Ana Lopes in her office.",
])
def test_the_purpose_of_a_visit_names_its_host(extract, text):
    assert frozenset({"Quispe", "Lopes"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Deputy Minister Rosa Quispe said President Ana Lopes would travel. According to the ministry official, "
    "Lopes's meeting with Lars Holm will focus on trade.",
    "Deputy Minister Rosa Quispe spoke on Monday. According to the ministry official, Lopes\u2019 meeting with "
    "Lars Holm will focus on trade.",
])
def test_a_name_owning_what_follows_does_not_take_the_office_before_its_comma(extract, text):
    assert not any(surname == "Lopes" and "official" in title for surname, title, _ in offices_by_surname(extract(text)))


def test_a_name_set_off_after_an_office_still_holds_it(extract):
    facts = extract("According to the ministry's spokeswoman, Rosa Quispe, the talks went well.")
    assert any(surname == "Quispe" and "spokeswoman" in title for surname, title, _ in offices_by_surname(facts))
