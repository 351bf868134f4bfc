"""Who was at a gathering, listed in a sentence of its own: "Also attending the summit are A, B and C",
"Leaders attending the forum included A and B", "Among the leaders at the summit were A and B", "Other
leaders at the summit included B". The people listed join the gathering told before under the same word,
with its one attendee told there ("A is attending the summit"), or make it when none was; a list of
those at another kind of event, or who did something else, is no roster."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "President Hana Berg is attending the two-day Nordic Summit, which opened on Monday. Also attending the summit "
    "are Premier Ola Dahl and Chancellor Eva Lind.",
    "President Hana Berg attended the Nordic summit in Oslo on Friday. Other leaders at the summit included Premier "
    "Ola Dahl and Chancellor Eva Lind.",
    "President Hana Berg arrived for the summit on Monday.\n\nLeaders attending the summit included Premier Ola Dahl "
    "and Chancellor Eva Lind.",
])
def test_the_roster_joins_the_one_attendee_told_before(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Dahl", "Lind"}), frozenset({"Berg", "Dahl"}), frozenset({"Berg", "Lind"})} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "Also attending the bloc's summit are President Hana Berg, Premier Ola Dahl and Chancellor Eva Lind.",
    "Leaders attending the forum in Reykjavik included President Hana Berg, Premier Ola Dahl and Chancellor Eva Lind.",
    "Among the leaders at the conference were President Hana Berg, Premier Ola Dahl and Chancellor Eva Lind.",
])
def test_a_roster_alone_makes_the_gathering(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Berg", "Dahl"}), frozenset({"Dahl", "Lind"})} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "Leaders who criticised the summit included President Hana Berg and Premier Ola Dahl.",
    "Protesters at the rally included President Hana Berg's nephew and Premier Ola Dahl's driver.",
    "Candidates for the summit chair include President Hana Berg and Premier Ola Dahl.",
])
def test_no_roster_without_presence_at_a_gathering(extract, text):
    assert frozenset({"Berg", "Dahl"}) not in met_pairs(extract(text))
