"""Capitals between a given name and a surname are initials written without stops ("Wulan TS Hartini"),
not an acronym that makes the name an organisation's; a title written short stays a title."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Wulan TS Hartini ended a trip to Europe on Friday.", "Wulan TS Hartini"),
    ("Governor Joko MS Santoso opened the new port on Monday.", "Joko MS Santoso"),
    ("The delegation was led by Ambassador Dewi SP Lestari, officials said.", "Dewi SP Lestari"),
])
def test_initials_stay_in_the_name(extract, text, name):
    assert name in names(extract(text))


def test_an_acronym_name_stays_no_person(extract):
    facts = extract("Officials of Zanu PF Harare met on Monday.")
    assert not any("Zanu" in n for n in names(facts))
