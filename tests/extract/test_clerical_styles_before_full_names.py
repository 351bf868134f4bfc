"""A clerical style opening a full name NER took whole ("Monsignor A B", "Fr. C D", "Archbishop E F") is how the
cleric is addressed, not part of the name; alone before a surname it still names the person. Wordings of our own."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, person", [
    ("The envoys met the Archbishop of Lima, Monsignor Lucio Andrade, on Friday.", "Lucio Andrade"),
    ("Monsignor Lucio Andrade received the visiting ministers at the cathedral.", "Lucio Andrade"),
    ("The rector, Fr. Tomas Mwangi, hosted Governor Ana Soto.", "Tomas Mwangi"),
])
def test_the_style_is_dropped(extract, text, person):
    found = names(extract(text))
    assert person in found
    assert not any(n.startswith(("Monsignor", "Fr.")) for n in found)
