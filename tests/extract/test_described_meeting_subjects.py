"""A bare description as a meeting's subject ("the Oregon Democrat sat down with B", "the veteran legislator was due
to meet B") stands, as it does for a quote's speaker, for the person the sentence before is about;
after a sentence about two people it stays nobody."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Senator Ruth Baker arrived in Vienna on Monday. On Tuesday the Oregon Democrat sat down with Chancellor Max "
     "Huber.", {"Baker", "Huber"}),
    ("Governor Tom Reid landed in Seoul late on Sunday. The Republican held talks with Prime Minister Lars Berg "
     "the next morning.", {"Reid", "Berg"}),
    ("Congresswoman Ana Costa flew to Madrid this week. The veteran Democrat was scheduled to meet Foreign "
     "Minister Pilar Gomez on Thursday.", {"Costa", "Gomez"}),
])
def test_the_description_is_the_person_just_written_about(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


def test_after_two_people_the_description_stays_nobody(extract):
    facts = extract("Senator Ruth Baker and Senator Ana Costa arrived in Vienna on Monday. On Tuesday the Oregon "
                    "Democrat sat down with Chancellor Max Huber.")
    assert not any("Huber" in pair for pair in met_pairs(facts)), met_pairs(facts)
