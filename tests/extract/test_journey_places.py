"""Where a journey ends is a place, whatever the tagger called the name ("flew to Da Nang", "left for
Garowe"); and where a delegation went, its members went: a later meeting of one of them that names no
place of its own took place there."""
import pytest

from tests.conftest import meetings_between, names


@pytest.mark.parametrize("text, place", [
    ("The delegation flew to Da Nang on Wednesday. Senator Ruth Adler met Governor Le Van Minh there.", "Da Nang"),
    ("The minister left for Garowe on Friday and met Governor Omar Farah.", "Garowe"),
    ("Minister Ana Lopes travelled on to Oskarvik, where Mayor Pia Lund received her.", "Oskarvik"),
    ("The envoy will sail to Berbera tomorrow and later drive to Burao.", "Burao"),
])
def test_the_end_of_a_journey_is_no_person(extract, text, place):
    assert place not in names(extract(text))


@pytest.mark.parametrize("text", [
    "Omar Farah went to Ruth Adler for advice.",
    "Omar Farah returned to Ruth Adler with the draft.",
    "The letter was sent to Ruth Adler on Monday.",
])
def test_people_at_the_end_of_other_verbs_stay_people(extract, text):
    assert "Ruth Adler" in names(extract(text))


@pytest.mark.parametrize("text, a, b, place", [
    ("A trade delegation led by Senator Ruth Adler and including Mayor Tom Hale arrived in Hanoi on Monday. "
     "The delegation flew to Da Nang on Wednesday. Adler was scheduled to meet Thursday with Governor Le Van Minh.",
     "Adler", "Minh", "Da Nang"),
    ("A delegation headed by Minister Ana Lopes and including Senator Tom Hale landed in Lagos. The delegation then "
     "travelled to Abuja. Hale held talks with Governor Omar Farah on Friday.", "Hale", "Farah", "Abuja"),
    ("A delegation led by Envoy Ana Lopes and including Colonel Tom Hale arrived in Nairobi on Monday. On Tuesday "
     "the visitors flew to Mombasa. Lopes sat down with Governor Omar Farah that evening.", "Lopes", "Farah", "Mombasa"),
])
def test_a_delegations_journey_takes_its_members(extract, text, a, b, place):
    assert {m.place for m in meetings_between(extract(text), a, b)} == {place}
