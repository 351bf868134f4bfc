"""Two people who touch ("A hugged B", "A tapped B on the shoulder", "B was embraced by A") were in the
same room (`contact_verbs.txt`); an idea embraced or a person tapped for a job is no meeting."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("At one point during the summit, Chancellor Greta Vogel tapped Premier Luis Ruiz on the shoulder and asked "
     "whether he was tired.", {"Vogel", "Ruiz"}),
    ("After the dinner, Prime Minister Tom Reid hugged President Ana Lula warmly.", {"Reid", "Lula"}),
    ("President Maria Kovac embraced Prime Minister Ali Hassan at the palace gates.", {"Kovac", "Hassan"}),
    ("Prime Minister Ali Hassan was embraced by President Maria Kovac on arrival.", {"Kovac", "Hassan"}),
    ("Governor Ben Okafor patted Senator Rita Obi on the back as the vote closed.", {"Okafor", "Obi"}),
])
def test_people_who_touch_met(extract, text, pair):
    assert met_pairs(extract(text)) == {frozenset(pair)}, met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Maria Kovac embraced the peace plan that Ali Hassan put forward on Monday.",
    "The party tapped Ali Hassan for the post of finance minister, President Maria Kovac said.",
    "President Maria Kovac hugged the coastline on her flight to meet voters.",
])
def test_no_touch_between_people_is_no_meeting(extract, text):
    assert met_pairs(extract(text)) == set(), met_pairs(extract(text))
