"""Offices abbreviated in the South and South-East Asian press: "EAM" (External Affairs Minister), "DPM" (Deputy
Prime Minister) and the modifier "Dy." (Deputy) before an abbreviated office ("Dy. PM"), expanded like "PM" and
"FM" (title_expansions.txt)."""
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


@pytest.mark.parametrize("text, surname", [
    ("DPM Heng Kok Wah met Australian Treasurer Jim Chalmers in Canberra.", "Wah"),
    ("The treasurer met DPM Gan Siew Lan on Monday.", "Lan"),
    ("Singapore's DPM Gan Siew Lan said the deal was done.", "Lan"),
])
def test_dpm_is_the_deputy_prime_minister(extract, text, surname):
    assert "deputy prime minister" in {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}
