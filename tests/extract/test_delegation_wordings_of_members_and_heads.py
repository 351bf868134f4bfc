"""Ordinary wordings of who heads a delegation and who is in it (extract/delegations.py, delegation_members.py):
a delegation "of" named people, a relative clause the parser hung on the place or day after the group, a head
taken up actively ("A will head it", "Heading it was B"), companions of a principal whose country's delegation
is told without a head, "and was joined by", and the two principals of talks heading "both
countries' delegations"."""
from __future__ import annotations

import pytest

from tests.conftest import delegation_of, surnames


def _assert_headed(facts, country: str, head: str, members: set[str]) -> None:
    """The country's delegation has `head` at its head and `members` among its members."""
    delegation = delegation_of(facts, country)
    assert surnames(facts, [delegation.head]) == {head}, delegation
    assert members <= surnames(facts, delegation.members)


@pytest.mark.parametrize("text, country, head, members", [
    ("Zambian Trade Secretary Mwila Banda led a delegation of Joseph Mwale, Ruth Chanda and Peter Tembo to "
     "Pretoria for customs talks.", "Zambia", "Banda", {"Mwale", "Chanda", "Tembo"}),
    ("Peru's Energy Minister Rosa Quispe headed a delegation of Senator Jorge Huaman and Deputy Elena Vargas to "
     "the gas talks in La Paz.", "Peru", "Quispe", {"Huaman", "Vargas"}),
    ("A Latvian delegation of Deputy Minister Ilze Ozola and envoy Janis Kalnins held talks with Estonian "
     "officials in Tallinn.", "Latvia", None, {"Ozola", "Kalnins"}),
])
def test_a_delegation_of_named_people_lists_its_members(extract, text, country, head, members):
    delegation = delegation_of(extract(text), country)
    assert members <= surnames(extract(text), delegation.members), delegation
    if head:
        assert surnames(extract(text), [delegation.head]) == {head}


def test_a_delegation_of_a_body_lists_no_one(extract):
    facts = extract("A delegation of the Andean Council led by Mario Paz met Minister Ana Ruiz in Quito on Monday.")
    assert all("Ruiz" not in surnames(facts, d.members) for d in facts.delegations.values())


def test_a_name_that_only_modifies_the_of_phrase_is_no_member(extract):
    facts = extract("A delegation of senior Mbeki administration officials visited Harare on Monday. The South "
                    "African officials included Thabo Nkosi and Lindiwe Dube. President Mbeki will visit in May.")
    assert all("Mbeki" not in surnames(facts, d.members) for d in facts.delegations.values()), \
        {k: surnames(facts, d.members) for k, d in facts.delegations.items()}


@pytest.mark.parametrize("text, country, member", [
    ("Sri Lanka's Fisheries Minister Nimal Perera headed a 30-strong delegation to Male, which also included "
     "Fisheries Secretary Anoma Silva.", "Sri Lanka", "Silva"),
    ("Norway's trade minister, Erik Dahl, took a large delegation to Jakarta on Monday, which included the state "
     "secretary Ingrid Holm.", "Norway", "Holm"),
    ("Egyptian Foreign Minister Samir Fahmy led a delegation to Khartoum last week that included his deputy, Hany "
     "Wahba.", "Egypt", "Wahba"),
])
def test_a_relative_clause_on_the_place_or_day_after_the_group_lists_its_members(extract, text, country, member):
    """A place or a day includes nobody: "a delegation to Male, which also included B" is the delegation's."""
    facts = extract(text)
    assert member in surnames(facts, delegation_of(facts, country).members)


@pytest.mark.parametrize("text, country, head, members", [
    ("The Malawian delegation reached Lusaka on Tuesday. Heading it was Foreign Minister Chikondi Banda. With "
     "him were Energy Minister Thoko Mwale and official Yamikani Phiri.", "Malawi", "Banda", {"Mwale", "Phiri"}),
    ("An Ecuadorian delegation will travel to Lima next week for border talks. Defence Minister Pablo Andrade "
     "will head it, and General Luis Cevallos will accompany him.", "Ecuador", "Andrade", {"Cevallos"}),
    ("A Slovak delegation arrived in Vienna for the gas talks. Leading it is State Secretary Peter Kovac, "
     "joined by adviser Jana Hruba.", "Slovakia", "Kovac", set()),
])
def test_a_head_taken_up_actively(extract, text, country, head, members):
    _assert_headed(extract(text), country, head, members)


def test_it_headed_by_someone_with_no_group_told_is_no_delegation(extract):
    facts = extract("The committee report was late. Senator Ana Ruiz will head it next year.")
    assert not facts.delegations


@pytest.mark.parametrize("text, country, head, members", [
    ("Greek Foreign Minister Nikos Pappas, who was accompanied by Defence Minister Eleni Kosta and envoy Yannis "
     "Moras, held talks with his Cypriot counterpart Andreas Loizou in Nicosia. The Greek delegation later flew "
     "to Larnaca.", "Greece", "Pappas", {"Kosta", "Moras"}),
    ("Danish Minister Lars Holm led the Danish delegation to the Arctic meeting in Tromso and was joined by "
     "Fisheries Minister Mette Dahl.", "Denmark", "Holm", {"Dahl"}),
    ("At the talks in Vienna, the Austrian delegation, headed by Special Envoy Karl Huber, was joined by Treasury "
     "official Julia Gruber and adviser Max Berger.", "Austria", "Huber", {"Gruber", "Berger"}),
])
def test_companions_join_the_delegation_of_the_one_they_go_with(extract, text, country, head, members):
    _assert_headed(extract(text), country, head, members)


def test_companions_of_someone_of_no_delegation_are_company(extract):
    facts = extract("Greek Foreign Minister Nikos Pappas, who was accompanied by his wife Eleni Pappa, visited the "
                    "museum in Nicosia on Sunday.")
    assert not facts.delegations


@pytest.mark.parametrize("text, sides", [
    ("Kenyan President Daniel Otieno held talks with Ghanaian President Kwame Mensah in Accra on Monday. On the "
     "trip, Otieno is accompanied by Foreign Minister Grace Wanjiku and adviser Peter Mwangi. The two presidents "
     "later sat in on talks of the delegations of both countries.",
     {"Kenya": ("Otieno", {"Wanjiku", "Mwangi"}), "Ghana": ("Mensah", set())}),
    ("Philippine President Rosa Cruz and Vietnamese Prime Minister Pham Duc held a bilateral meeting in Hanoi. "
     "Cruz was accompanied by Trade Secretary Miguel Santos. Talks between both sides' delegations followed.",
     {"Philippines": ("Cruz", {"Santos"}), "Vietnam": ("Duc", set())}),
    ("Polish Prime Minister Marek Nowak held talks with Lithuanian President Rasa Petraitiene in Vilnius, and "
     "their delegations met afterwards. Nowak was accompanied by Energy Minister Anna Wojcik.",
     {"Poland": ("Nowak", {"Wojcik"}), "Lithuania": ("Petraitiene", set())}),
])
def test_principals_of_talks_head_the_delegations_of_both_countries(extract, text, sides):
    facts = extract(text)
    for country, (head, members) in sides.items():
        delegation = delegation_of(facts, country)
        assert surnames(facts, [delegation.head]) == {head}, delegation
        assert members <= surnames(facts, delegation.members)
