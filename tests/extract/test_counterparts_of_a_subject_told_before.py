"""A counterpart's office where the sentence names no one for "his"/"her" (its subject is a title or a
pronoun, linked only later): the office of the person last named as a subject a few sentences before."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, office", [
    ("Foreign Minister Sari Dewi is touring Europe this week.\n\nOn Wednesday the minister flew to Lisbon to "
     "meet her Portuguese counterpart Rui Tavares.", ("Tavares", "foreign minister", "Portugal")),
    ("Defence Minister Kwame Boateng arrived in Lome on Monday.\n\nHe then held talks with his Togolese "
     "counterpart Yao Agbeko.", ("Agbeko", "defence minister", "Togo")),
    ("Prime Minister Aroha Ngata began a tour of the Pacific on Sunday.\n\nIn Suva, the prime minister sat "
     "down with her Fijian counterpart Sitiveni Lala.", ("Lala", "prime minister", "Fiji")),
])
def test_the_counterpart_holds_the_subjects_office(extract, text, office):
    assert office in offices_by_surname(extract(text))


def test_a_subject_of_the_other_gender_is_not_taken(extract):
    facts = extract("Defence Minister John Boateng arrived in Lome on Monday.\n\nOn Tuesday she met her "
                    "Togolese counterpart Ama Agbeko.")
    assert not any(surname == "Agbeko" for surname, _, _ in offices_by_surname(facts))
