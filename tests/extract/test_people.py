"""People: one node per person, the fullest name, and no people from bad NER spans."""
import pytest

from tests.conftest import names, person_key


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Mark Halvorsen spoke on Monday. Halvorsen said the deal was close.", {"Mark Halvorsen"}),
    ("Angela Merkel arrived in Paris. Mrs Merkel met reporters there.", {"Angela Merkel"}),
    ("Jonas Birk visited Lima. Mr Birk later flew home.", {"Jonas Birk"}),
    ("Sergei Lavrov led the team. Joining Lavrov in Geneva are Yuri Ushakov and Kirill Dmitriev.",
     {"Sergei Lavrov", "Yuri Ushakov", "Kirill Dmitriev"}),
    ("Emmanuel Macron's office said Macron would travel.", {"Emmanuel Macron"}),
    ("Olaf Scholz and Rishi Sunak spoke by phone. Scholz thanked Sunak.", {"Olaf Scholz", "Rishi Sunak"}),
])
def test_one_node_per_person(extract, text, expected):
    assert names(extract(text)) == expected


def test_short_form_becomes_alias(extract):
    facts = extract("Foreign Minister Andrzej Kowalczyk arrived late. Kowalczyk said little.")
    person = facts.persons[person_key(facts, "Kowalczyk")]
    assert person.name == "Andrzej Kowalczyk"
    assert "Kowalczyk" in person.aliases


def test_countries_are_not_people(extract):
    facts = extract("Ukraine and Russia held talks. Washington welcomed the move, said Senator Tom Bradley.")
    assert names(facts) == {"Tom Bradley"}


def test_honorific_gives_gender(extract):
    facts = extract("Ms Jane Doyle chaired the session.")
    assert facts.persons[person_key(facts, "Doyle")].gender == "female"


def test_surname_goes_to_most_recent_of_two_namesakes(extract):
    facts = extract("Ed Miliband met reporters. His brother David Miliband stayed away. Miliband later left.")
    assert names(facts) == {"Ed Miliband", "David Miliband"}


def test_empty_text_has_no_people(extract):
    facts = extract("The weather was fine and the markets were calm.")
    assert facts.persons == {}


@pytest.mark.parametrize("text", [
    "Rafael Ordaz, also known as El Profe, spoke. El Profe later left.",
    "Reporters met Nguyen Van Thanh, better known as Uncle Thanh, on Monday.",
])
def test_also_known_as_is_one_person(extract, text):
    facts = extract(text)
    assert len(facts.persons) == 1, names(facts)


def test_name_with_particles(extract):
    facts = extract("President Ursula von der Leyen met Prime Minister Mark Rutte.")
    assert names(facts) == {"Ursula von der Leyen", "Mark Rutte"}


# -- name shapes ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Envoys from Seoul said President Park Min-jun would travel.", {"Park Min-jun"}),
    ("The talks were opened by Choi Ha-eun and Kim Do-yoon on Monday.", {"Choi Ha-eun", "Kim Do-yoon"}),
    ("Accompanied by Han Seo-jin, the minister flew home.", {"Han Seo-jin"}),
])
def test_hyphenated_given_names_are_kept_whole(extract, text, expected):
    assert names(extract(text)) == expected


def test_surname_first_names_take_no_gender_from_their_first_word(extract):
    facts = extract("Officials said Lee Ha-rin would attend the forum.")
    assert facts.persons[next(iter(facts.persons))].gender is None


@pytest.mark.parametrize("text, expected", [
    ("Ahmed Karimi opened the session on Monday.", {"Ahmed Karimi"}),
    ("Mohammed Haddad was elected chairman of the council.", {"Mohammed Haddad"}),
    ("Khaled Omari and Tarek Nasser signed the accord.", {"Khaled Omari", "Tarek Nasser"}),
])
def test_first_names_ending_like_participles_are_kept(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Workers at General Motors walked out on Monday.",
    "Shares of General Electric fell after the report.",
    "The deal was struck with General Dynamics last year.",
])
def test_a_title_word_opening_a_company_name_makes_no_person(extract, text):
    assert names(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "Ministers met at Ronald Reagan Airport before flying on.",
    "Parliament debated the Clean Water Act for a week.",
    "The Vienna Convention was cited by both sides.",
])
def test_buildings_laws_and_treaties_are_not_people(extract, text):
    assert names(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "Voters backed the ruling Ubuntu-PF again.",
    "The newspaper Dagens Kurir printed the letter. Dagens Kurir later apologised.",
    "Rescuers reached the town of Mbeleni. Mbeleni had no power.",
])
def test_organisations_and_places_the_text_classifies_are_not_people(extract, text):
    assert names(extract(text)) == set()


def test_a_place_name_is_no_person_but_a_named_persons_surname_stays(extract):
    facts = extract("Floods hit Gabon on Monday. Gabon asked for help. Nadia Kessler, the envoy, arrived in Dakar. "
                    "Kessler said more aid would come.")
    assert names(facts) == {"Nadia Kessler"}


def test_regnal_numbers_and_demonyms_around_a_name(extract):
    facts = extract("Moroccan King Hassan III received the envoy.")
    assert names(facts) == {"Hassan III"}


# -- people who share a surname ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "President Karimov arrived in Tashkent. His daughter Lola Karimov greeted him. President Karimov then spoke.",
    "Lola Karimov, the president's daughter, opened the school. Later, President Karimov toured it.",
    "The president's wife, Lola Karimov, stayed home while President Karimov flew to Paris.",
])
def test_a_titled_surname_is_not_the_relative_who_shares_it(extract, text):
    facts = extract(text)
    assert len(facts.persons) == 2, [(p.name, p.aliases) for p in facts.persons.values()]


@pytest.mark.parametrize("text, woman_aliases", [
    ("First Lady Lola Karimov opened the school. President Karimov was abroad. Mrs Karimov praised the staff.",
     {"Karimov"}),
    ("Lola Karimov chaired the board. Mr Karimov, her father, stayed away. Ms Karimov thanked the staff.",
     {"Karimov"}),
    ("Mr Karimov and Lola Karimov arrived together. Mrs Karimov spoke first.", {"Karimov"}),
])
def test_honorifics_and_gendered_titles_keep_namesakes_apart(extract, text, woman_aliases):
    facts = extract(text)
    lola = next(p for p in facts.persons.values() if p.name == "Lola Karimov")
    assert lola.gender == "female"
    assert {a.split()[-1] for a in lola.aliases} == woman_aliases
    assert len(facts.persons) == 2


def test_a_surname_with_a_compatible_title_still_joins_the_full_name(extract):
    facts = extract("Foreign Minister Anton Reiss landed in Rome. Minister Reiss met the press. Sir Anton Reiss left.")
    assert names(facts) == {"Anton Reiss"}


@pytest.mark.parametrize("text", [
    "Rescuers reached Mbeleni, a small village on the coast, by noon.",
    "Two Puma and Gazelle helicopters joined the search.",
    "The talks ended without a deal. (Kyodo)",
])
def test_places_vehicles_and_agency_credits_are_not_people(extract, text):
    assert names(extract(text)) == set()


@pytest.mark.parametrize("text, aliases", [
    ("President Ana DaCosta spoke. Maria Ana da Costa later left.", {"Ana DaCosta"}),
    ("Foreign Minister Omar Haddad Karimi arrived. Omar Haddad said little.", {"Omar Haddad"}),
    ("Luiz Ignacio Lula da Silva won. President Lula thanked voters.", {"Lula"}),
])
def test_cut_glued_and_middle_forms_join_the_full_name(extract, text, aliases):
    facts = extract(text)
    assert len(facts.persons) == 1, names(facts)
    assert aliases <= next(iter(facts.persons.values())).aliases


def test_a_name_modifying_a_group_of_people_stays_a_person(extract):
    facts = extract("Macron aides and Ordaz supporters met reporters on Monday.")
    assert names(facts) == {"Macron", "Ordaz"}


@pytest.mark.parametrize("text, expected", [
    ("Prince Turki bin Faisal bin Khalid opened the fair. His father Faisal bin Khalid watched from the front row.",
     {"Turki bin Faisal bin Khalid", "Faisal bin Khalid"}),
    ("Faisal bin Khalid, the governor, hosted Prince Turki bin Faisal bin Khalid at the palace.",
     {"Turki bin Faisal bin Khalid", "Faisal bin Khalid"}),
    ("Minister Omar ibn Yusuf ibn Tariq met reporters. Yusuf ibn Tariq, his father, was not there.",
     {"Omar ibn Yusuf ibn Tariq", "Yusuf ibn Tariq"}),
])
def test_the_tail_of_a_patronymic_chain_is_another_person(extract, text, expected):
    """'X bin Y bin Z': 'Y bin Z' is X's father, not a short form of X's name."""
    assert expected <= names(extract(text))


def test_a_surname_tail_without_a_patronymic_still_joins():
    from newsgraph.extract.name_identity import names_an_ancestor
    assert names_an_ancestor(("faisal", "bin", "khalid"), ("turki", "bin", "faisal", "bin", "khalid"))
    assert not names_an_ancestor(("lula", "da", "silva"), ("luiz", "inacio", "lula", "da", "silva"))
    assert names_an_ancestor(("khalid",), ("turki", "bin", "khalid"))  # "King Khalid" beside "Turki bin Khalid": the father
    assert not names_an_ancestor(("turki",), ("turki", "bin", "khalid"))
