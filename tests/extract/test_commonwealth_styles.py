"""Commonwealth styles of address ("the Honourable A B", "the Right Honourable C D", "the Most Honourable E F")
are not part of the name, and a surname opening with "St." ("St. Hill", "St. John") stays whole after them.
"Right" and "Most" are styles only before "Honourable" or "Reverend". Wordings of our own."""
import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, person", [
    ("Also attending were the Honourable Marcia Pryce, Prime Minister of Grenada; and others.", "Marcia Pryce"),
    ("The talks were opened by the Right Honourable Owen Gaskin, Prime Minister of Barbados.", "Owen Gaskin"),
    ("The Most Honourable Delroy Mair, former Prime Minister of Jamaica, chaired the panel.", "Delroy Mair"),
    ("The panel heard from the Honourable Lionel St. Hill, the Speaker of the House, on Monday.", "Lionel St. Hill"),
    ("Among the guests was the Right Honourable Clive St. John, the Speaker.", "Clive St. John"),
])
def test_the_style_is_no_part_of_the_name(extract, text, person):
    assert person in names(extract(text))


def test_the_office_after_the_styled_name_is_kept(extract):
    facts = extract("Also attending were the Honourable Marcia Pryce, Prime Minister of Grenada; and the "
                    "Honourable Carl Boyce, Prime Minister of Belize.")
    assert {("Pryce", "prime minister", "Grenada"), ("Boyce", "prime minister", "Belize")} <= offices_by_surname(facts)


@pytest.mark.parametrize("text", [
    "Most Honduran voters expected Foreign Minister Ana Soto to stay.",
    "Right after the vote, Foreign Minister Ana Soto resigned.",
])
def test_right_and_most_alone_are_ordinary_words(extract, text):
    assert names(extract(text)) == {"Ana Soto"}
