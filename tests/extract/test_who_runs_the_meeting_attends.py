"""Who runs a meeting is at it: "the talks were facilitated / mediated / moderated / hosted / chaired by
C" (`attendance_verbs.txt`), also as the first of two passives ("was moderated by C and attended by D").
An agreement or a ceasefire facilitated by someone is no meeting. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Ana Ruiz met Pablo Soto in Lima on Monday. The meeting was facilitated by Qatari mediator Khalid Nasser.",
     {"Ruiz", "Nasser"}),
    ("Ana Ruiz held talks with Pablo Soto on Friday. The talks were mediated by the Norwegian envoy Erik Dahl.",
     {"Soto", "Dahl"}),
    ("The meeting was moderated by UN envoy Hans Gruber and attended by Defence Ministers Ali Reza and Omar Hadi.",
     {"Gruber", "Reza"}),
    ("The talks were chaired by Khalid Nasser and attended by Ana Ruiz and Pablo Soto.", {"Nasser", "Soto"}),
    ("The summit was hosted by President Ana Ruiz and attended by Prime Minister Pablo Soto.", {"Ruiz", "Soto"}),
])
def test_who_runs_the_meeting_met_its_parties(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Ana Ruiz met Pablo Soto on Monday. The ceasefire was mediated by Khalid Nasser.",
    "Ana Ruiz met Pablo Soto on Monday. The deal was facilitated by Khalid Nasser.",
    "Ana Ruiz met Pablo Soto on Monday. The exchange of prisoners was brokered by Khalid Nasser.",
])
def test_an_agreement_facilitated_by_someone_is_no_meeting_with_them(extract, text):
    assert not any("Nasser" in pair for pair in met_pairs(extract(text)))
