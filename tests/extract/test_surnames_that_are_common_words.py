"""A surname that is also a common word ("May", "Young", "Little") is a name right after a form of
address ("Mrs May"), and a known given name right before it elsewhere ("Fiona May's news conference",
untagged by NER) makes the full name."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Fiona May's news conference with Daniel Hart was short. Later he praised Mrs May.", "Fiona May"),
    ("Oliver Young's speech drew applause. Mr Young then left for Leeds.", "Oliver Young"),
    ("A letter from Grace Little reached the council. Ms Little said she would wait.", "Grace Little"),
])
def test_the_full_name_is_found(extract, text, name):
    assert name in names(extract(text))


def test_a_month_stays_a_month(extract):
    facts = extract("The talks resumed in May. Theresa Walsh said they would end in June.")
    assert names(facts) == {"Theresa Walsh"}
