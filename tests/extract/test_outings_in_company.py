"""An outing done in someone's company ("A toured the port with B", "inspected the new hospital alongside
Governor B") puts the two together in person; company that names no one ("with her husband", "with
officials") does not."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Minister Liv Berg toured the harbour on Friday afternoon with Joseph Mwale, the fire chief.",
    "Minister Liv Berg toured the new hospital alongside Governor Joseph Mwale.",
    "Minister Liv Berg inspected the flood defences with Mayor Joseph Mwale on Friday.",
])
def test_an_outing_with_someone_is_being_together(extract, text):
    assert frozenset({"Berg", "Mwale"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Minister Liv Berg toured the factory with her husband.",
    "Minister Liv Berg toured the port with Ghanaian officials.",
])
def test_company_naming_no_one_is_no_meeting(extract, text):
    assert met_pairs(extract(text)) == set()
