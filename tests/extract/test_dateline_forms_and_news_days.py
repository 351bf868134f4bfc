"""More dateline forms are read: "(KAMPALA) - ...", "Ulaanbaatar/AGENCY/ ...", "ISLAMABAD, Pakistan: ...".
A meeting the story tells as its news (on the publication day, or up to three days before it with no other
town told first) took place in the city the story is filed from when the text gives no place of its own;
a meeting of last month, or one after a trip to another town, does not."""
import pytest

from newsgraph.extract.datelines import dateline_end, dateline_place


@pytest.mark.parametrize("text, city, rest", [
    ("(KAMPALA) - Speaker Ruth Okello met Ambassador Lars Berg on Monday.", "Kampala", "Speaker"),
    ("Ulaanbaatar/MONGOLPRESS/ Foreign Minister Bat Erdene met Ambassador Lars Berg.", "Ulaanbaatar", "Foreign"),
    ("DHAKA, Bangladesh: Secretary Mara Voss met Prime Minister Farid Rahman on Wednesday.", "Dhaka", "Secretary"),
    ("NAIROBI, May 12 (Wire) -- President Ruth Wanjiru received Minister Li Wei.", "Nairobi", "President"),
])
def test_dateline_forms(text, city, rest):
    assert dateline_place(text) == city
    assert text[dateline_end(text):].startswith(rest)


@pytest.mark.parametrize("text", [
    "The US and China met. Both said: fine.",
    "Speaker Ruth Okello met Ambassador Lars Berg in Kampala.",
])
def test_no_dateline(text):
    assert dateline_place(text) is None or dateline_end(text) == 0


@pytest.mark.parametrize("text, published", [
    ("DHAKA, Bangladesh: Secretary Mara Voss met Prime Minister Farid Rahman on Wednesday.", "2025-05-16"),
    ("(KAMPALA) - Speaker Ruth Okello held talks with Ambassador Lars Berg on Tuesday.", "2025-05-15"),
    ("Ulaanbaatar/MONGOLPRESS/ Foreign Minister Bat Erdene received Ambassador Lars Berg today.", "2025-05-15"),
])
def test_the_news_meeting_is_placed_in_the_dateline_city(extract, text, published):
    facts = extract(text, published=published)
    assert [m.place for m in facts.meetings] == [dateline_place(text)]


@pytest.mark.parametrize("text", [
    "DHAKA, Bangladesh: Secretary Mara Voss met Prime Minister Farid Rahman last month.",
    "DHAKA, Bangladesh: Secretary Mara Voss flew to Chittagong. She met Governor Farid Rahman on Wednesday.",
    "DHAKA, Bangladesh: Secretary Mara Voss met Prime Minister Farid Rahman on May 2.",
])
def test_an_older_meeting_or_one_after_a_trip_is_not_placed_there(extract, text):
    facts = extract(text, published="2025-05-16")
    assert all(m.place != "Dhaka" for m in facts.meetings), [(m.place, m.date) for m in facts.meetings]
