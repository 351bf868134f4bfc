"""Offices abbreviated in the South Asian press: "EAM" (External Affairs Minister) and the modifier "Dy."
(Deputy) before an abbreviated office ("Dy. PM"), expanded like "PM" and "FM" (title_expansions.txt)."""
from __future__ import annotations

import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text", [
    "EAM Pranav Deshmukh met the Omani foreign minister in Muscat.",
    "The Omani foreign minister met EAM Pranav Deshmukh in Muscat.",
    "Indian EAM Pranav Deshmukh said the talks were useful.",
])
def test_eam_is_the_external_affairs_minister(extract, text):
    facts = extract(text)
    assert "Pranav Deshmukh" in names(facts)
    assert "external affairs minister" in {t for s, t, _ in offices_by_surname(facts) if s == "Deshmukh"}


@pytest.mark.parametrize("text", [
    "Dy. PM Farooq Awan Malik met the Chinese ambassador.",
    "The Chinese ambassador called on Dy. PM Farooq Awan Malik on Monday.",
    "Pakistan's Dy. PM Farooq Awan Malik said the corridor would open.",
])
def test_dy_before_an_office_is_deputy(extract, text):
    facts = extract(text)
    assert "deputy prime minister" in {t for s, t, _ in offices_by_surname(facts) if s == "Malik"}
    assert "prime minister" not in {t for s, t, _ in offices_by_surname(facts) if s == "Malik"}
