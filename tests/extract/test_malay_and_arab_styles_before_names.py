"""Styles of rank and descent written before Malay, Bruneian and Arab names ("Datin Paduka", "Pehin Dato",
"Tengku", "Sayyid": styles_of_address.txt) are how the holder is addressed, never part of the name, even
right after an office word ("Foreign Minister Sayyid A B")."""
from __future__ import annotations

import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name", [
    ("Datin Paduka Zaiton Rasid, the tourism minister, opened the fair.", "Zaiton Rasid"),
    ("The fair was opened by Dato' Paduka Halim Sulaiman on Monday.", "Halim Sulaiman"),
    ("Brunei's Pehin Dato Awang Jefri Osman met the envoy.", "Awang Jefri Osman"),
    ("Tengku Razali Hamzah, the trade minister, signed the pact in Seoul.", "Razali Hamzah"),
    ("The pact was signed by Tengku Razali Hamzah and the Korean minister.", "Razali Hamzah"),
    ("Omani Minister of Culture Sayyid Dhiyazan bin Haitham Al Said opened the exhibition.",
     "Dhiyazan bin Haitham Al Said"),
    ("Sayyid Fahd bin Mahmoud Al Said, the deputy prime minister, received the envoy.", "Fahd bin Mahmoud Al Said"),
])
def test_a_style_before_a_name_is_no_part_of_it(extract, text, name):
    assert names(extract(text)) == {name}


def test_the_office_before_the_style_is_the_named_persons(extract):
    facts = extract("Omani Minister of Culture Sayyid Dhiyazan bin Haitham Al Said opened the exhibition.")
    assert ("Said", "minister of culture", "Oman") in offices_by_surname(facts)


@pytest.mark.parametrize("text, name", [
    # a style word inside or closing a name is the name's (only a leading one is a style)
    ("Karim Sayyid, the mayor of the town, opened the fair.", "Karim Sayyid"),
    ("The fair was opened by Mayor Karim Sayyid.", "Karim Sayyid"),
])
def test_a_style_word_after_the_given_name_stays_in_the_name(extract, text, name):
    assert names(extract(text)) == {name}
