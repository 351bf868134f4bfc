"""Names the tagger misses, cuts or calls an organisation (extract/people.py): Pacific and Malay forms of
address, names after a country's possessive or a relative, Portuguese particles, long titles before a
name, and Japanese family names written first in capitals."""
from __future__ import annotations

import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, expected", [
    ("Leaders met Fiji's Ratu Peni Vakalolo and Tonga's Sione Lavaka Tupou in Nuku'alofa.",
     {"Peni Vakalolo", "Sione Lavaka Tupou"}),
    ("Australia's Mark Ellison held talks with Samoa's Toleafoa Tuilagi on Monday. Tuilagi said the talks helped.",
     {"Mark Ellison", "Toleafoa Tuilagi"}),
    ("Kiribati's Teuea Tabane, the foreign minister, arrived in Suva.", {"Teuea Tabane"}),
    ("Vanuatu's Kalo Natapei and New Zealand's Aroha Tipene met on Tuesday.", {"Kalo Natapei", "Aroha Tipene"}),
])
def test_a_name_after_a_countrys_possessive_is_a_person_where_the_article_backs_it(extract, text, expected):
    assert expected <= names(extract(text))


@pytest.mark.parametrize("text", [
    "Russia's Gazprom Neft signed a supply deal with India's Tata Steel.",
    "Japan's Toyota Motor and Germany's Deutsche Telekom said profits rose.",
    "South Korea's Hanwha Ocean announced a shipbuilding deal.",
])
def test_a_company_after_a_countrys_possessive_stays_no_person(extract, text):
    assert names(extract(text)) == set()


@pytest.mark.parametrize("text, expected", [
    ("She is survived by her daughter, Ama Boateng-Asare Owusu.", "Ama Boateng-Asare Owusu"),
    ("He leaves his wife, Yaa Asantewaa Ofori, and two sons.", "Yaa Asantewaa Ofori"),
    ("The minister travelled with her son Kwaku Darko Mensah.", "Kwaku Darko Mensah"),
])
def test_a_name_after_a_relative_is_a_person(extract, text, expected):
    assert expected in names(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Datuk Seri Hamzah Rashid received President Jose Ramos in Putrajaya.", {"Hamzah Rashid", "Jose Ramos"}),
    ("President Jose Ramos was received by Dato Hamzah Rashid.", {"Hamzah Rashid", "Jose Ramos"}),
    ("Ratu Peni Vakalolo welcomed the visitors in Suva.", {"Peni Vakalolo"}),
])
def test_pacific_and_malay_forms_of_address_are_not_part_of_the_name(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Tomé dos Reis Amaral met Ana do Rosario Lopes in Dili.",
     {"Tomé dos Reis Amaral", "Ana do Rosario Lopes"}),
    ("Brazilian Senator Maria do Carmo Pires met Portuguese President Marcelo dos Anjos in Lisbon.",
     {"Maria do Carmo Pires", "Marcelo dos Anjos"}),
    ("Joana da Cunha Reis and Paulo do Amaral signed the accord.", {"Joana da Cunha Reis", "Paulo do Amaral"}),
])
def test_portuguese_particles_stay_inside_the_name(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Iraqi team included Minister of Oil Hadi al-Rikabi and Minister of Water Resources Aziz Karim.",
     {"Hadi al-Rikabi", "Aziz Karim"}),
    ("Ambassador to the Republic of Korea Marek Wrona attended the dinner.", {"Marek Wrona"}),
    ("U.S. Ambassador to Saudi Arabia Thomas Reed accompanied her.", {"Thomas Reed"}),
    ("Singapore's Minister for Trade and Industry Tan Bee Hoon met the visitors.", {"Tan Bee Hoon"}),
    ("Deputy Director-General for International Cooperation Seo Min-kyu of the agency spoke.", {"Seo Min-kyu"}),
])
def test_a_long_title_before_a_name_leaves_the_name_whole(extract, text, expected):
    assert names(extract(text)) == expected


def test_a_long_title_before_an_organisation_makes_no_person(extract):
    assert names(extract("The Ministry of Home Affairs Annual Report was published on Monday.")) == set()


@pytest.mark.parametrize("text, expected", [
    ("The notes were signed by Mr. KOBAYASHI Hiroshi, Director-General, and Ms. NAKAMURA Yumiko.",
     {"KOBAYASHI Hiroshi", "NAKAMURA Yumiko"}),
    ("Mr. OTA Takeshi, Minister for Foreign Affairs of Japan, held talks with his guest.", {"OTA Takeshi"}),
    ("On the same day, Ms. SATO Keiko met the delegation.", {"SATO Keiko"}),
])
def test_a_japanese_family_name_in_capitals_first_is_a_person(extract, text, expected):
    assert names(extract(text)) == expected


def test_capitals_of_an_organisation_stay_no_person(extract):
    assert names(extract("Officials from the NATO Summit and ZANU PF met in Harare.")) == set()
