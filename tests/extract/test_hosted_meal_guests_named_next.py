"""A meal someone gives for a group the sentence does not name ("A gave a supper for the envoys"), whose guests
are named in the next sentence ("B, C and D attended", "Those attending included B and C"): one meeting of the
host and the guests. "attend" with no object after a told event is a presence marker of its own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, host, guests", [
    ("On Monday evening Anna Berger, Austria's foreign minister, gave a supper for the envoys at a lakeside "
     "inn. Mr. Okoro, Mr. Lindqvist and Rui Tavares, the OSCE envoy, attended.",
     "Berger", {"Okoro", "Lindqvist", "Tavares"}),
    ("On Monday Anna Berger hosted a dinner for the envoys. Sam Okoro, Nils Lindqvist and Rui Tavares attended.",
     "Berger", {"Okoro", "Lindqvist", "Tavares"}),
    ("Anna Berger gave a lunch in honour of the negotiators. Those attending included Sam Okoro and Nils "
     "Lindqvist.", "Berger", {"Okoro", "Lindqvist"}),
    ("The governor, Anna Berger, threw a banquet for the visiting ministers on Friday. Sam Okoro and Nils "
     "Lindqvist attended, along with Rui Tavares.", "Berger", {"Okoro", "Lindqvist", "Tavares"}),
])
def test_the_guests_named_next_meet_the_host(extract, text, host, guests):
    found = met_pairs(extract(text))
    for guest in guests:
        assert frozenset({host, guest}) in found, (guest, found)


def test_a_meal_for_a_named_guest_still_pairs_them(extract):
    assert frozenset({"Berger", "Okoro"}) in met_pairs(extract("Anna Berger gave a lunch for Governor Sam Okoro."))


@pytest.mark.parametrize("text", [
    # "attended" with its own object: another event
    "Anna Berger hosted a dinner for the envoys on Monday. Sam Okoro attended a football match in Graz.",
    # the attending sentence is far away, after unrelated paragraphs
    "Anna Berger hosted a dinner for the envoys on Monday.\n\n" + "Prices rose again in the region. " * 20
    + "\n\nSam Okoro attended.",
])
def test_no_guest_from_another_event_or_far_away(extract, text):
    assert frozenset({"Berger", "Okoro"}) not in met_pairs(extract(text))
