"""People: one node per person, the fullest name, and no people from bad NER spans."""
import pytest

from tests.conftest import names, person_key


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Mark Halvorsen spoke on Monday. Halvorsen said the deal was close.", {"Mark Halvorsen"}),
    ("Angela Merkel arrived in Paris. Mrs Merkel met reporters there.", {"Angela Merkel"}),
    ("Jack Straw visited Delhi. Mr Straw later flew home.", {"Jack Straw"}),
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
    "Mahmoud Abbas, also known as Abu Mazen, spoke. Abu Mazen later left.",
    "Reporters met Nguyen Van Thanh, better known as Uncle Thanh, on Monday.",
])
def test_also_known_as_is_one_person(extract, text):
    facts = extract(text)
    assert len(facts.persons) == 1, names(facts)


def test_name_with_particles(extract):
    facts = extract("President Ursula von der Leyen met Prime Minister Mark Rutte.")
    assert names(facts) == {"Ursula von der Leyen", "Mark Rutte"}
