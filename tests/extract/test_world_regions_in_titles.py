"""A world region ending an office's complement ("Envoy for Central Asia", "director for Asia") is part of
the title, not the given name it may be spelt like; a given name spelt like a region before a surname
stays a name. Wordings of our own."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, person", [
    ("The EU's Special Representative for Central Asia Tomas Berg met Foreign Minister Ana Soto.", "Tomas Berg"),
    ("Codelco's director for Asia Marta Vidal met Foreign Minister Ana Soto in Lima.", "Marta Vidal"),
    ("Deputy Assistant Secretary for Africa Jon Carter held talks with Foreign Minister Ana Soto.", "Jon Carter"),
    ("The bank's vice-president for Asia Carmen Diaz and Foreign Minister Ana Soto met on Monday.", "Carmen Diaz"),
    ("The UN Special Representative for the Caucasus and Central Asia, Tomas Berg, met Foreign Minister Ana Soto.",
     "Tomas Berg"),
    ("The Special Envoy for the Caucasus and Central Asia Tomas Berg met Foreign Minister Ana Soto.", "Tomas Berg"),
])
def test_the_region_belongs_to_the_title(extract, text, person):
    found = names(extract(text))
    assert person in found
    assert found == {person, "Ana Soto"}


@pytest.mark.parametrize("text", [
    "Minister for Culture Asia Kowalczyk met Foreign Minister Ana Soto.",
    "Foreign Minister Ana Soto met the Minister for Sport, Asia Bianchi, in Rome.",
])
def test_a_given_name_spelt_like_a_region_stays(extract, text):
    assert {"Asia Kowalczyk", "Asia Bianchi"} & names(extract(text))
