"""Participants read from lists: every person a coordinated list names is at the meeting, and
only people (not the owner of a thing, not the subject of the next clause)."""
import pytest

from newsgraph.extract.facts import MeetingStatus
from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pairs", [
    # coordinated objects, with titles and appositions
    ("Premier Karl Brandt met Mayor Anna Vogt, Governor Piet Smit and Spain's foreign minister, Luis Ortega.",
     [{"Brandt", "Vogt"}, {"Brandt", "Smit"}, {"Brandt", "Ortega"}]),
    # coordinated "with" list, serial comma
    ("Chancellor Eva Lind held talks with Senator Tom Reed, Minister Ole Berg, and the president of Chile, Rosa Diaz.",
     [{"Lind", "Reed"}, {"Lind", "Berg"}, {"Lind", "Diaz"}]),
    # repeated preposition after a colon
    ("On Friday, President Ivo Kral held two meetings: with the prime minister of Peru, Juan Soto, and with the king of Spain, Felipe Mora.",
     [{"Kral", "Soto"}, {"Kral", "Mora"}]),
    # nominal trigger with a list
    ("The governor, Lena Hart, had a meeting with the Mayor of Dover, Sam Cole, the Mayor of Ripon, Ada Fox, and local officials.",
     [{"Hart", "Cole"}, {"Hart", "Fox"}]),
    # object after a date in brackets
    ("President Marta Ruiz receives this Friday (June 6, 2025) her counterpart from Peru, Pablo Lenz, at the palace.",
     [{"Ruiz", "Lenz"}]),
    # passive: the welcomers are in the by-phrase
    ("Minister Ida Falk was welcomed at the airport by Governor Omar Baig and Mayor Rita Holm.",
     [{"Falk", "Baig"}, {"Falk", "Holm"}]),
])
def test_everyone_in_a_list_attends(extract, text, pairs):
    got = met_pairs(extract(text))
    for pair in pairs:
        assert frozenset(pair) in got, (pair, got)


@pytest.mark.parametrize("text, absent", [
    ("Premier Karl Brandt visited the grave of Yuri Lenz in the capital.", {"Brandt", "Lenz"}),
    ("Governor Ana Mota welcomed Senator Eli Park's report on the floods.", {"Mota", "Park"}),
    ("He decided before receiving the letter from Judge Omar Tahir.", {"Tahir"}),
    ("Mayor Ben Stark met Governor Lia Pohl, and Senator Max Ebert said the talks went well.", {"Stark", "Ebert"}),
])
def test_lists_name_only_the_people_met(extract, text, absent):
    got = met_pairs(extract(text))
    assert not any(absent <= pair for pair in got) if len(absent) == 2 else not any(absent & pair for pair in got), got


@pytest.mark.parametrize("text", [
    "Secretary Dan Hoyle is to meet with President Kim Sun on Wednesday.",
    "Dan Hoyle and Kim Sun are to hold talks in Seoul next month.",
    "The foreign minister, Dan Hoyle, is to visit President Kim Sun in Seoul.",
])
def test_be_to_infinitive_is_scheduled(extract, text):
    facts = extract(text)
    assert {m.status for m in facts.meetings} == {MeetingStatus.SCHEDULED}, facts.meetings


@pytest.mark.parametrize("text", [
    "At a meeting in Rome on Tuesday, Premier Ugo Lenti and President Mia Sorn agreed to begin negotiations.",
    "Premier Ugo Lenti and President Mia Sorn agreed at talks in Rome on Tuesday to begin negotiations.",
    "After a meeting with President Mia Sorn in Rome on Tuesday, Premier Ugo Lenti promised to cut tariffs.",
])
def test_a_meeting_in_the_background_happened(extract, text):
    """The verb a meeting phrase hangs on says what was done there, not whether it took place."""
    facts = extract(text)
    held = [m for m in facts.meetings if m.trigger in {"meeting", "talks"}]
    assert held and all(m.status is MeetingStatus.OCCURRED for m in held), facts.meetings
    assert {frozenset(a.key for a in m.attendees) for m in held} == {frozenset({"ugo-lenti", "mia-sorn"})}


@pytest.mark.parametrize("text", [
    "Minister Rolf Hagen cancelled his trip to Oslo. Hagen was due to meet Premier Siv Lund and Mayor Per Dahl there.",
    "Minister Rolf Hagen called off a visit to Oslo on Monday. He had been scheduled to meet Premier Siv Lund.",
    "The visit of Minister Rolf Hagen to Oslo was cancelled. Hagen was supposed to meet Premier Siv Lund.",
])
def test_a_plan_told_after_its_cancellation_is_cancelled(extract, text):
    assert met_pairs(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "Minister Eva Lind held talks with Minister Jon Berg in Oslo on Friday. The two met again in Bergen on Monday.",
    "Minister Eva Lind held talks with Minister Jon Berg in Oslo on Friday. Both ministers met again in Bergen on Monday.",
    "Minister Eva Lind held talks with Minister Jon Berg in Oslo on Friday. The foreign ministers of both countries sat down again in Bergen on Monday.",
])
def test_the_two_take_up_the_pair_just_told(extract, text):
    facts = extract(text)
    later = [m for m in facts.meetings if m.place == "Bergen"]
    assert later and {a.key for a in later[0].attendees} == {"eva-lind", "jon-berg"}, facts.meetings
    assert later[0].date.value == "2025-05-12"


def test_the_two_skip_a_meeting_only_imagined(extract):
    facts = extract("Minister Eva Lind held talks with Minister Jon Berg on Friday. Lind could be received by "
                    "King Olav Rud later. The two met again in Bergen on Monday.")
    later = [m for m in facts.meetings if m.place == "Bergen"]
    assert later and {a.key for a in later[0].attendees} == {"eva-lind", "jon-berg"}, facts.meetings
