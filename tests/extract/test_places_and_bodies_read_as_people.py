"""Places, bodies and storms NER calls people, told apart by the words around them: a name right before
(or owning) the title of a post that heads a place or body ("Manitoba Premier X", "Lakeview's mayor, Y"),
the end of a journey noun's "to" or a route's "through", the modifier of a place noun ("Kestrin port"),
and a name after a storm word ("Cyclone Mara")."""
import pytest

from tests.conftest import names


def words_of(facts) -> set[str]:
    return {w for n in names(facts) for w in n.split()}


@pytest.mark.parametrize("text, thing, holder", [
    ("Saskatoba Premier Lorna Kuzyk was blunter about the tariffs.", "Saskatoba", "Lorna Kuzyk"),
    ("Turkwel Governor Samuel Ekai Lomuria left before the vote at the Treasury.", "Turkwel", "Samuel Ekai Lomuria"),
    ("A call with Ilocos Sur Governor Ramon Agcaoili followed on Monday.", "Sur", "Ramon Agcaoili"),
    ("Chamber president Manas Jena and Kalvari Alloys managing director Prakash Agarwala joined the team.",
     "Kalvari", "Prakash Agarwala"),
    ("The partner town was invited too. Saint-Amand-sur-Cher's mayor, Paul Delorme, could not come.",
     "Saint-Amand-sur-Cher", "Paul Delorme"),
])
def test_the_seat_of_a_post_before_its_holder_is_no_person(extract, text, thing, holder):
    facts = extract(text)
    assert holder in names(facts)
    assert thing not in words_of(facts)


@pytest.mark.parametrize("text, person", [
    ("Biden adviser Jake Sullivan said the talks were useful.", "Biden"),
    ("Putin spokesman Dmitry Peskov declined to comment.", "Putin"),
    ("Netanyahu's defence minister, Yoav Gallant, flew to Washington.", "Netanyahu"),
])
def test_a_person_whose_staff_is_named_stays_a_person(extract, text, person):
    assert person in names(extract(text))


@pytest.mark.parametrize("text, place", [
    ("He vowed to send a trade delegation mission to Kakinada before the year ends.", "Kakinada"),
    ("The mission to Kakinada was postponed. Ministers will fly to Kakinada in May.", "Kakinada"),
    ("The two discussed the railway's route through Kurvan, the ministry said.", "Kurvan"),
    ("He said Kakinada port would be expanded. Kakinada was chosen for its depth.", "Kakinada"),
    ("The archipelago was devastated by Cyclone Mara in 2015.", "Mara"),
    ("Relief work continued after Storm Babet flooded the valley.", "Babet"),
    ("Cyclone Gita destroyed the parliament building.", "Gita"),
])
def test_journey_ends_routes_place_modifiers_and_storms_are_no_people(extract, text, place):
    assert place not in words_of(extract(text))


@pytest.mark.parametrize("text, person", [
    ("John Smith met the envoy in Paris. Talks would go through Smith, an aide said.", "John Smith"),
    ("Hurricane Delphine hit the coast. Delphine Morgan, the mayor, said the town would rebuild.", "Delphine Morgan"),
    ("The first trip to Moscow was led by Anna Berg.", "Anna Berg"),
])
def test_people_near_those_words_stay_people(extract, text, person):
    assert person in names(extract(text))
