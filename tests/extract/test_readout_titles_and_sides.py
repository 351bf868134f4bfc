"""Titles and sides as government readouts write them:
- a royal or noble title before one or two name words makes a person even where NER reads the whole as a
  group or a place ("Empress Masako", "Princess Ayaka", "Grand Duchess Teresa");
- "Ambassador of A to B Name": a country that closes the title's last complement is followed by the holder's
  name, even where NER runs the country on into it;
- a lone surname after a list of portfolios ("Minister of Land, Infrastructure and Transport Ota,") or after a title
  the parser compounds with it, where NER read the surname as a place, is the holder;
- "A, B etc. from the Korean side; C from the Mexican side", "Attending from the Chilean side were D and E",
  "F and G joined from the Peruvian side": the people a country's side brought to a meeting."""
import pytest

from tests.conftest import delegation_of, names, offices_by_surname, surnames


@pytest.mark.parametrize("text, name, title", [
    ("The queen met Emperor Naruhito and Empress Masako at the palace.", "Masako", "empress"),
    ("Empress Masako greeted the visiting president at the airport.", "Masako", "empress"),
    ("The guests were received by Emperor Hiroto and Empress Saeko on Tuesday.", "Saeko", "empress"),
    ("The prime minister called on Grand Duke Henri and Grand Duchess Teresa in the capital.", "Teresa", "grand duchess"),
])
def test_a_royal_title_before_a_name_makes_a_person(extract, text, name, title):
    facts = extract(text)
    assert name in names(facts), names(facts)
    assert (name, title) in {(facts.persons[o.person].name, o.title.lower()) for o in facts.offices}


@pytest.mark.parametrize("text", [
    "Prince Edward Island voted on Monday.",
    "Queen Elizabeth Hospital treated the injured.",
])
def test_a_place_or_building_named_after_royalty_is_no_person(extract, text):
    assert not {"Edward Island", "Edward", "Elizabeth Hospital", "Elizabeth"} & names(extract(text))


@pytest.mark.parametrize("text, surname, title, of", [
    ("Ambassador of Japan to France Suzuki attended the talks.", "Suzuki", "ambassador to france", "Japan"),
    ("Also present were Ambassador of Japan to the Republic of Korea Suzuki and Minister Sato.",
     "Suzuki", "ambassador to the republic of korea", "Japan"),
    ("The minister thanked Ambassador of Chile to Peru Araya for the invitation.", "Araya", "ambassador to peru", "Chile"),
])
def test_a_name_after_a_title_closed_by_a_country(extract, text, surname, title, of):
    facts = extract(text)
    assert surname in names(facts), names(facts)
    assert (surname, title, of) in offices_by_surname(facts)


@pytest.mark.parametrize("text, surname, title", [
    ("Attending were Minister of Agriculture, Forestry and Fisheries Ohno and Deputy Chief Cabinet Secretary Kato.",
     "Ohno", "minister of agriculture, forestry and fisheries"),
    ("Seated with him were Minister of Education, Culture and Sports Nomura, Deputy Chief Cabinet Secretary Okayama, "
     "Ambassador Hirano and others.", "Nomura", "minister of education, culture and sports"),
    ("Seated with him were Minister of Education, Culture and Sports Nomura, Deputy Chief Cabinet Secretary Okayama, "
     "Ambassador Hirano and others.", "Okayama", "deputy chief cabinet secretary"),
    ("The delegation included Minister of Land, Infrastructure and Transport Ueda, who spoke first.",
     "Ueda", "minister of land, infrastructure and transport"),
])
def test_a_surname_closing_a_title_ner_read_as_a_body_or_place(extract, text, surname, title):
    facts = extract(text)
    assert surname in names(facts), names(facts)
    assert title in {t for s, t, _ in offices_by_surname(facts) if s == surname}


def test_a_body_closing_a_title_is_no_name(extract):
    facts = extract("The Chairman of the Kenya Revenue Authority, Ruth Wanjiru, spoke.")
    assert names(facts) == {"Ruth Wanjiru"}


@pytest.mark.parametrize("text, country, members", [
    ("Prime Minister Ito held talks with President Garcia on Monday. (Also present were Minister for Foreign "
     "Affairs Sato and Vice Minister Kondo etc. from the Japanese side; Trade Secretary Ortega and Ambassador Ruiz "
     "etc. from the Mexican side).", "Japan", {"Sato", "Kondo"}),
    ("Prime Minister Ito held talks with President Garcia on Monday. (Also present were Minister for Foreign "
     "Affairs Sato and Vice Minister Kondo etc. from the Japanese side; Trade Secretary Ortega and Ambassador Ruiz "
     "etc. from the Mexican side).", "Mexico", {"Ruiz", "Ortega"}),
    ("Chancellor Weber received President Costa. Attending from the Chilean side were Foreign Minister Rojas and "
     "Trade Minister Pizarro, while Ambassador Klein and State Secretary Brandt joined from the German side.",
     "Chile", {"Rojas", "Pizarro"}),
    ("Chancellor Weber received President Costa. Attending from the Chilean side were Foreign Minister Rojas and "
     "Trade Minister Pizarro, while Ambassador Klein and State Secretary Brandt joined from the German side.",
     "Germany", {"Klein", "Brandt"}),
    ("The two presidents met in Lima. Present at the talks were Minister Quispe and Senator Mamani from the Peruvian "
     "side and Minister Ortiz from the Bolivian side.", "Peru", {"Quispe", "Mamani"}),
])
def test_the_people_a_countrys_side_brought(extract, text, country, members):
    facts = extract(text)
    delegation = delegation_of(facts, country)
    assert delegation is not None
    assert surnames(facts, delegation.members) >= members
    assert not surnames(facts, delegation.members) & {"Garcia", "Ito", "Weber", "Costa"} - members


def test_from_a_side_with_no_presence_told_lists_no_one(extract):
    facts = extract("Minister Sato and Minister Kondo heard the complaints from the Japanese side on Monday.")
    assert not any(d.members for d in facts.delegations.values())


@pytest.mark.parametrize("text, title, of", [
    ("The president welcomed Uganda's resident High Commissioner, Professor Ama Owusu, on Wednesday.",
     "resident high commissioner", "Uganda"),
    ("The president received Kenya's new High Commissioner, Professor Ama Owusu, on Wednesday.",
     "new high commissioner", "Kenya"),
    ("Peru's ambassador to the agency, Doctor Ana Soto, presented her credentials.", "ambassador to the agency", "Peru"),
])
def test_an_academic_title_between_the_office_and_the_name_is_a_form_of_address(extract, text, title, of):
    found = offices_by_surname(extract(text))
    assert {(t, o) for _, t, o in found} == {(title, of)}, found
