"""A Vietnamese family name written first ("Nguyễn Thị Lan", with or without its marks) opens the name
when the name finder left it out of the person it tagged (`family_names_first.txt`)."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("The delegation was led by Deputy Minister of Industry and Trade Nguyễn Thị Lan in Istanbul on Tuesday.",
     "Nguyễn Thị Lan"),
    ("Trade Minister Aylin Demir met a business group led by Deputy Minister Nguyễn Thị Lan on Tuesday.",
     "Nguyễn Thị Lan"),
    ("The talks were co-chaired by Vice Minister Phạm Quang Vinh and Ambassador Ana Ruiz.", "Phạm Quang Vinh"),
])
def test_the_family_name_opens_the_name(extract, text, name):
    assert name in names(extract(text))


def test_a_family_name_word_inside_another_name_stays_put(extract):
    facts = extract("Marine Le Pen met Jean Castex in Paris.")
    assert "Marine Le Pen" in names(facts)
