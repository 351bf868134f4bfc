"""Names the tagger calls a person but the article uses only where places go: at an end of a route
("from Busan to Rotterdam"), one word after "the" ("the Sahel"; not a title: "the Emir"), after "at",
"via", "across"."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, place", [
    ('"Our ships sail from Busan to Rotterdam every week," Mr Tan said.', "Rotterdam"),
    ('"In the Sahel, the patient one wins," he said. The envoy for the Sahel met Lindqvist in Bamako.', "Sahel"),
    ("Trucks now queue for days at Kasumbesa, the only crossing, said Minister Ruth Banda.", "Kasumbesa"),
    ("The pipeline will run via Tbilisi and across Anatolia, Energy Minister Omar Aziz said.", "Anatolia"),
])
def test_a_name_used_only_where_places_go_is_no_person(extract, text, place):
    assert place not in names(extract(text))


@pytest.mark.parametrize("text, person", [
    # the same word with a person cue elsewhere
    ("The talks at Smith were odd. Reporters asked Mr Smith about the plan, and Smith said nothing.", "Smith"),
    # a possessive after "at" is someone's place
    ("She met John Smith at the embassy. At Smith's request, the meeting was moved.", "John Smith"),
    # a title after "the" names whoever holds it
    ("Emir Tamim Khalid hosted the talks. The Emir said little.", "Tamim Khalid"),
    # a message from someone to someone is no route
    ("A letter from Ruth Banda to Omar Aziz arrived on Monday.", "Ruth Banda"),
])
def test_people_in_such_places_stay_people(extract, text, person):
    assert person in names(extract(text))
