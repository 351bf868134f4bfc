"""The word right before "bin"/"ibn"/"bint" is a given name, even one that is also a title ("Sultan bin
Khalid al-Busaidi"), so it is neither cut off the name nor read as an office."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name", [
    ("Later, Oman's Minister of State, Sultan bin Khalid al-Busaidi, met the envoy.", "Sultan bin Khalid al-Busaidi"),
    ("Sultan bin Rashid Al Nuaimi, the UAE's trade minister, arrived on Monday.", "Sultan bin Rashid Al Nuaimi"),
    ("The talks were chaired by Emir bin Saleh al-Harbi of the Shura Council.", "Emir bin Saleh al-Harbi"),
])
def test_a_title_word_before_bin_is_the_given_name(extract, text, name):
    facts = extract(text)
    assert name in names(facts), names(facts)
    assert not any(title in {"sultan", "emir"} for _, title, _ in offices_by_surname(facts))


def test_a_title_before_a_given_name_stays_a_title(extract):
    assert "Mohammed bin Rashid" in names(extract("Sheikh Mohammed bin Rashid met the minister in Dubai."))
