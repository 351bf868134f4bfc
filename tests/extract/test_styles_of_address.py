"""Styles of address and titles of honour before a name ("His Highness Sheikh", "His Royal Highness
Prince", "H.H.", "Dato' Seri", a chieftaincy "Chief" after an office set off by a comma): how the
holder is addressed, never an office and never a person of their own. Wordings of our own."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, surname", [
    ("MUSCAT -- His Highness Sheikh Salim bin Nasser Al Habsi, Minister of Transport, received the Peruvian envoy.",
     "Habsi"),
    ("On Sunday His Royal Highness Prince Talal bin Saud Al Fahad telephoned the Kenyan president.", "Fahad"),
    ("The envoy was welcomed at the palace by His Excellency Omar Rashid Al Kaabi, the Emir's adviser.", "Kaabi"),
    ("Her Royal Highness Princess Noura bint Fahd Al Sudairi opened the new wing of the hospital.", "Sudairi"),
])
def test_a_style_of_address_is_no_office(extract, text, surname):
    titles = {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}
    assert not any(w in t for t in titles for w in ("highness", "excellency")), titles
    assert not {"sheikh", "prince", "princess"} & titles, titles


@pytest.mark.parametrize("text, style", [
    ("Sheikh Salim bin Nasser Al Habsi met the delegation. H.H. Sheikh Salim praised the ties between them.",
     "H.H."),
    ("Prince Talal bin Saud Al Fahad hosted the dinner. Later H.R.H. Prince Talal left for Jeddah.", "H.R.H."),
    ("Dato' Seri Aminah Yusof Rahmat chaired the talks, and Dato' Seri Aminah thanked the guests.", "Dato"),
])
def test_a_style_of_address_is_no_persons_name(extract, text, style):
    found = names(extract(text))
    assert not any(style in n for n in found), found


@pytest.mark.parametrize("text, surname, title", [
    ("KUALA LUMPUR: Malaysian Trade Minister Dato' Seri Mohd Azlan Abdul Karim met the Thai envoy on Friday.",
     "Karim", "trade minister"),
    ("Malaysian Home Minister Datuk Seri Haris Fadzil Osman opened the border post.", "Osman", "home minister"),
    ("Malaysian Transport Minister Tun Budi Harjono Wibowo arrived in Perth.", "Wibowo", "transport minister"),
])
def test_a_name_after_malay_styles_is_whole_and_keeps_the_office(extract, text, surname, title):
    facts = extract(text)
    assert any(n.endswith(surname) and len(n.split()) >= 3 for n in names(facts)), names(facts)
    assert not any(n in {"Mohd", "Haris", "Budi"} for n in names(facts)), names(facts)
    assert any(s == surname and t == title for s, t, _ in offices_by_surname(facts)), offices_by_surname(facts)


@pytest.mark.parametrize("text, surname, title", [
    ("The Governor of Kano State, Chief Tunde Bakare, attended the signing.", "Bakare", "governor of kano state"),
    ("In a statement, the Special Adviser to the President on Media, Chief Obinna Eze, said the talks went well.",
     "Eze", "special adviser to the president on media"),
])
def test_a_chieftaincy_title_after_an_office_set_off_by_a_comma(extract, text, surname, title):
    titles = {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}
    assert any(title in t for t in titles), titles
    assert "chief" not in titles, titles


def test_a_serving_rank_after_an_office_set_off_by_a_comma_is_held_too(extract):
    titles = {t for s, t, _ in offices_by_surname(extract(
        "The junta's spokesman, Lieutenant-Colonel Pedro Mbala, said the prisoners were safe.")) if s == "Mbala"}
    assert {"spokesman", "lieutenant-colonel"} <= titles, titles


def test_a_chief_with_a_complement_keeps_the_office(extract):
    facts = extract("The delegation included Chief Robert Kelly of the Tsawwa First Nation and two mayors.")
    assert any(s == "Kelly" and "chief" in t for s, t, _ in offices_by_surname(facts)), offices_by_surname(facts)


def test_an_abbreviated_title_is_no_organisation(extract):
    facts = extract("In Boise, Lt. Gov. Carla Jensen will host the visitors at the Capitol.")
    assert not any(o.org == "Lt." for o in facts.offices), [(o.title, o.org) for o in facts.offices]


@pytest.mark.parametrize("text, style, full_name", [
    ("The team was led by acting agriculture minister Mawlawi Abdul Rahim Sultani.", "Mawlawi", "Abdul Rahim Sultani"),
    ("Haji Gul Mohammad Khan, a senior tribal elder, met the governor on Monday.", "Haji", "Gul Mohammad Khan"),
    ("The commerce minister, Sardar Tariq Ali Khosa, received the visitors.", "Sardar", "Tariq Ali Khosa"),
    ("Alhaj Yusuf Ibrahim Danjuma, chairman of the traders' union, said the border should reopen.", "Alhaj",
     "Yusuf Ibrahim Danjuma"),
    ("The lawyer for the family, Barrister Emeka Obi-Nwankwo, said the case would continue.", "Barrister",
     "Emeka Obi-Nwankwo"),
    ("Maulana Fazal Rahim Ashrafi addressed the gathering in Peshawar on Friday.", "Maulana", "Fazal Rahim Ashrafi"),
])
def test_honorifics_of_pilgrimage_learning_and_rank_are_no_part_of_the_name(extract, text, style, full_name):
    found = names(extract(text))
    assert full_name in found and not any(style in n for n in found), found


@pytest.mark.parametrize("text, full_name", [
    ("Indonesian Finance Minister Sri Mulyani Indrawati met the World Bank president in Jakarta.", "Sri Mulyani Indrawati"),
    ("Finance Minister Sri Wahyuni Lestari said the deficit would stay below 3 percent.", "Sri Wahyuni Lestari"),
    ("Sri Mulyani told reporters on Monday that the budget was sound.", "Sri Mulyani"),
    ("Health Minister Seri Rahayu Putri opened the clinic.", "Seri Rahayu Putri"),
])
def test_sri_alone_opens_the_name(extract, text, full_name):
    """"Sri" is a style only after another Malay style ("Tan Sri", "Dato' Sri"); alone it is a given name."""
    assert full_name in names(extract(text))


@pytest.mark.parametrize("text, full_name", [
    ("Tan Sri Muhyiddin Ahmad met the Thai envoy in Kuala Lumpur.", "Muhyiddin Ahmad"),
    ("The minister, Dato' Sri Anwar Hamid, opened the fair.", "Anwar Hamid"),
    ("Datuk Seri Rahman Idris chaired the meeting.", "Rahman Idris"),
])
def test_sri_after_a_malay_style_is_a_style(extract, text, full_name):
    found = names(extract(text))
    assert full_name in found and not any(n.startswith(("Sri", "Seri")) for n in found), found
