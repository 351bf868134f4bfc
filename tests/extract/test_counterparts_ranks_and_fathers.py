"""Offices and names around a person's counterpart, rank and father:
- the name set after a counterpart phrase is a person even when NER calls it a place ("his South African
  counterpart Zola Mbeki", tagged a place); a two-word demonym gives the counterpart's country; a minister's counterpart
  holds the same post whatever words name the portfolio ("Foreign Affairs Minister");
- one military rank closing a title with a complement is the officer's rank, a second office ("Chief of
  Army Staff | General X"), while "Attorney General" stays one office; a plural office word is no name
  ("the Joint Chiefs");
- a lone word after "bin" in a patronymic names the father, another person ("King Turki" beside
  "Faisal bin Turki")."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name", [
    ("President Lin Wei and his South African counterpart Zola Mbeki sat down in Durban on Friday.", "Zola Mbeki"),
    ("Foreign Minister Ana Ruiz met her opposite number, Thabo Nkosi, in Lima.", "Thabo Nkosi"),
    ("Talks between Premier Ole Dahl and his counterpart Themba Nkosi ended on Tuesday.", "Themba Nkosi"),
])
def test_the_name_after_a_counterpart_phrase_is_a_person(extract, text, name):
    facts = extract(text)
    assert name in names(facts)
    assert not any(name in str(c) for c in facts.countries), facts.countries


@pytest.mark.parametrize("text, surname, title, country", [
    ("President Lin Wei welcomed his South African counterpart Grace Dube to Beijing.", "Dube", "president", "South Africa"),
    ("Foreign Affairs Minister Lena Okot sat down with her Thai counterpart, Somchai Rattana, in Bangkok.", "Rattana",
     "foreign affairs minister", "Thailand"),
    ("External Affairs Minister Ravi Rao hosted his Sri Lankan counterpart Ana Perera in Delhi.", "Perera",
     "external affairs minister", "Sri Lanka"),
])
def test_a_counterpart_takes_the_post_and_the_country(extract, text, surname, title, country):
    assert (surname, title, country) in offices_by_surname(extract(text))


@pytest.mark.parametrize("text, surname, offices", [
    ("Chief of Army Staff General Imran Qadir briefed the visiting senators.", "Qadir",
     {"chief of army staff", "general"}),
    ("Minister of Defence General Ali Hassan inspected the troops.", "Hassan", {"minister of defence", "general"}),
    ("The Chief of Naval Staff Admiral Omar Khan received the delegation.", "Khan", {"chief of naval staff", "admiral"}),
    ("Minister of Justice and Attorney General Ana Ruiz met the envoy.", "Ruiz", {"minister of justice", "attorney general"}),
])
def test_a_closing_rank_is_an_office_of_its_own(extract, text, surname, offices):
    assert {t for s, t, _ in offices_by_surname(extract(text)) if s == surname} == offices


def test_a_plural_office_word_is_no_name(extract):
    facts = extract("Senator Ruth Hale toured the base with the Chairman of the Joint Chiefs of Staff General Mark Tolan.")
    assert names(facts) == {"Ruth Hale", "Mark Tolan"}


@pytest.mark.parametrize("text, people", [
    ("King Faisal bin Turki opened the dam. The town was founded under King Turki, his grandfather.",
     {"Faisal bin Turki", "Turki"}),
    ("Crown Prince Nawaf bin Saud met the envoy. His father, King Saud, later joined them.",
     {"Nawaf bin Saud", "Saud"}),
    ("Sheikh Tamim bin Hamad hosted the talks in Doha, as Sheikh Hamad had done a decade before.",
     {"Tamim bin Hamad", "Hamad"}),
])
def test_the_word_after_bin_alone_is_the_father(extract, text, people):
    assert people <= names(extract(text)), names(extract(text))
