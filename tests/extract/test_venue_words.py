"""Where a meeting was, when the tagger misreads the place: a name that opens with its building word
("Villa ...", "Hotel ...", "Casa ...", "Schloss ..."), and the word a "where" clause hangs from,
which is a place whatever label the tagger gave it."""
import pytest

from tests.conftest import meetings_between


def _places_between(facts, a: str, b: str) -> set:
    return {m.place for m in meetings_between(facts, a, b)}


def _localities_between(facts, a: str, b: str) -> set:
    return {m.locality for m in meetings_between(facts, a, b)}


@pytest.mark.parametrize("text, place", [
    ("Envoy Jonas Berg was received by President Ali Hassan at Villa Mirafiori on Saturday.", "Villa Mirafiori"),
    ("President Jorge Costa hosted Ana Lopes at Hotel Metropol for dinner.", "Hotel Metropol"),
    ("Mayor Ana Lopes was received by President Jorge Costa at Schloss Bellevue.", "Schloss Bellevue"),
    ("President Jorge Costa held talks with Premier Ana Lopes at the Casa Amarilla on Monday.", "Casa Amarilla"),
])
def test_a_name_opening_with_its_building_word_is_the_venue(extract, text, place):
    facts = extract(text)
    names = [m for m in facts.meetings if len(m.attendees) >= 2]
    assert names, "no meeting found"
    assert {m.place for m in names} == {place}


def test_the_venue_keeps_its_town(extract):
    facts = extract("Envoy Jonas Berg was received by President Ali Hassan at Villa Mirafiori in Rome on Saturday.")
    assert _places_between(facts, "Berg", "Hassan") == {"Villa Mirafiori"}
    assert _localities_between(facts, "Berg", "Hassan") == {"Rome"}


@pytest.mark.parametrize("text", [
    "Foreign Minister Lena Vogt met President Ali Hassan at Hassan's villa.",
    "President Jorge Costa met Premier Ana Lopes at Hotel.",
])
def test_a_building_word_alone_or_a_person_is_no_opening_word_venue(extract, text):
    facts = extract(text)
    assert facts.meetings and {m.place for m in facts.meetings} == {None}


@pytest.mark.parametrize("text, place", [
    ("On Sunday, Jonas Berg flew to Tarvik, where he was hosted by regional leader Omar Farah.", "Tarvik"),
    ("In the afternoon, the guests visited the Linden-Akademie, where Ewa Nowak sat down with headmaster Karl Weber.",
     "Linden-Akademie"),
    ("Minister Dina Rahma drove on to the Brandt Institute, where Mayor Pia Lund received her at noon.",
     "Brandt Institute"),
])
def test_the_word_a_where_clause_hangs_from_is_the_place(extract, text, place):
    facts = extract(text)
    places = {m.place for m in facts.meetings if len(m.attendees) >= 2}
    assert places == {place}


def test_a_person_before_where_is_no_place(extract):
    facts = extract("Governor Omar Farah visited Jonas Berg at home last year. On Sunday, the minister met Lena Vogt "
                    "and Omar Farah, where the two had first met.")
    assert "Omar Farah" not in {m.place for m in facts.meetings}
