"""News agencies and headings the tagger may call a person never name one (`never_names.txt`)."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, word", [
    ("The ministry told Kyodo that no date was set for the talks.", "Kyodo"),
    ("The embassy told Yonhap that no date was set.", "Yonhap"),
    ("The palace told Bernama that the king would attend.", "Bernama"),
])
def test_a_news_agency_is_no_person(extract, text, word):
    assert word not in names(extract(text))


def test_a_person_named_with_an_agency_stays(extract):
    facts = extract("Foreign Minister Ruth Banda told Kyodo that no date was set.")
    assert names(facts) == {"Ruth Banda"}
