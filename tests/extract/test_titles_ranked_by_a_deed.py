"""A title ranked by an ordinal or a superlative and followed by the deed that ranks it ("the first Jordanian
leader to visit Chile", "the youngest prime minister who has led it") tells a record: the rank is no part of
the post, and a generic word so ranked ("leader") is no post at all."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text", [
    "Prime Minister Omar Haddad will become the first Jordanian leader to visit Chile in a decade.",
    "President Ana Torres was the first foreign leader to address the assembly.",
    "Kofi Mensah became the only African leader who attended both summits.",
])
def test_a_ranked_generic_word_is_no_office(extract, text):
    titles = {title for _, title, _ in offices_by_surname(extract(text))}
    assert not any("leader" in title for title in titles), titles


@pytest.mark.parametrize("text, expected", [
    ("Tom Hale is the youngest prime minister who has led the country.", ("Hale", "prime minister")),
    ("Omar Haddad was the second president elected under the new constitution.", ("Haddad", "president")),
    ("Ana Torres is the first governor to serve two terms in the province.", ("Torres", "governor")),
])
def test_the_rank_is_no_part_of_the_post(extract, text, expected):
    found = {(surname, title) for surname, title, _ in offices_by_surname(extract(text))}
    assert expected in found, found


def test_a_title_that_opens_with_first_stays_whole(extract):
    found = {(s, t, c) for s, t, c in offices_by_surname(extract("Jane Roe became First Minister of Scotland in May."))}
    assert ("Roe", "first minister", "Scotland") in found, found
