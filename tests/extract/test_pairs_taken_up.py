""""The two", "the pair" and "they" taking up a pair told earlier, and companions on one's own side.

- A pair named as one subject before an unparsed coordination ("Mr A and Mr B van den C agreed ...
  The two men held talks"): two names joined by "and" (forms of address aside) before the main verb.
- When no real meeting is near, the last meeting or call of exactly two people, cancelled or by
  phone, is the pair taken up, as long as no one else was named since.
- "A, who was accompanied by his minister B, said ...": B is on A's side (no meeting of the two),
  as for the participle ("A, accompanied by his minister B, said").
- "The Hague" keeps its article as a meeting place.
"""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text", [
    "Mr Daniel Ashby-Hale and Mr Pieter van der Broek agreed in principle to link the grids by 2031, a "
    "project put at some £9 billion. The two men held talks in the library before a working dinner.",
    "Mrs Sara Okafor-Lund and Dr Pieter van der Broek signed the accord on Monday. The two met for an hour.",
    "Mr Daniel Ashby-Hale and Mr Pieter van der Broek agreed to link the grids. Both men met again on Friday.",
])
def test_a_pair_named_before_the_verb_is_taken_up(extract, text):
    surnames = {"Ashby-Hale", "Broek"} if "Ashby" in text else {"Okafor-Lund", "Broek"}
    assert frozenset(surnames) in met_pairs(extract(text))


@pytest.mark.parametrize("text, pair", [
    ("Update: the meeting between Premier Jon Lek and Envoy Wei Tan, set for 5pm, is not going ahead. "
     "Wei Tan was instead invited to a dinner by the host. The pair last met in Lima in February.", {"Lek", "Tan"}),
    ("President Ana Solt spoke by phone with Prime Minister Ida Brenn. The President congratulated the Prime "
     "Minister on her new government. The leaders discussed the Arctic. They agreed to meet in person in June.",
     {"Solt", "Brenn"}),
    ("A planned visit by Minister Ivo Dane to Premier Lia Hart was called off. The two have met only once, in "
     "Oslo in 2019.", {"Dane", "Hart"}),
])
def test_the_last_pair_told_is_taken_up_when_no_real_meeting_is_near(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_someone_named_since_blocks_the_old_pair(extract):
    text = ("A planned meeting between Premier Jon Lek and Envoy Wei Tan was cancelled. Minister Ivo Dane and "
            "Governor Lia Hart spent the day in Bergen, officials said. The pair last met in Lima in February.")
    assert frozenset({"Lek", "Tan"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Mr Pieter van der Broek, who was accompanied by his trade minister, Ms Anouk Bakker, told reporters the deal was good.",
    "President Ana Solt, who was accompanied by her foreign minister Ivo Dane, said the talks went well.",
    "Premier Jon Lek, accompanied by his chief of staff, Rui Amaral, said he was pleased.",
])
def test_a_companion_of_ones_own_side_is_no_meeting(extract, text):
    assert not met_pairs(extract(text))


def test_a_host_who_accompanies_a_visitor_is_a_meeting(extract):
    pairs = met_pairs(extract("Governor Dan Ortiz, who was accompanied by Mayor Lia Hart, toured the flooded town."))
    assert frozenset({"Ortiz", "Hart"}) in pairs


@pytest.mark.parametrize("text, place", [
    ("President Ana Solt will meet Premier Jon Lek in The Hague in June.", "The Hague"),
    ("President Ana Solt met Premier Jon Lek at the White House.", "White House"),
])
def test_a_city_whose_name_has_an_article_keeps_it(extract, text, place):
    facts = extract(text)
    assert {m.place for m in facts.meetings} == {place}


@pytest.mark.parametrize("text, joined", [
    ("President Arno Kell met Minister Ida Lund on Friday. General Olaf Brun was also seen at that meeting.", True),
    ("President Arno Kell met Minister Ida Lund on Friday. Aides said General Olaf Brun sat in on that meeting.", True),
    ("President Arno Kell met Minister Ida Lund on Friday. According to General Olaf Brun, the family had asked "
     "for that meeting in December.", False),
    ("President Arno Kell met Minister Ida Lund on Friday. General Olaf Brun criticised that meeting.", False),
])
def test_that_meeting_adds_only_people_said_to_be_at_it(extract, text, joined):
    assert (frozenset({"Kell", "Brun"}) in met_pairs(extract(text))) is joined


@pytest.mark.parametrize("text, host, guests", [
    ("Minister Femi Deen sat down with Minister Ola Sari to discuss ports. In the evening, Mr Tan Wei hosted the "
     "leaders at a dinner at the palace. Mr Li Qiang, Mr Kim Dae and Mr Ulf Berg were seated at the host's table, "
     "while Ms Ana Ruiz was also present.", "Wei", {"Qiang", "Dae", "Berg"}),
    ("President Ana Solt received the ministers on Monday. Also present were Minister Ivo Dane and Minister Lia Hart.",
     "Solt", {"Dane", "Hart"}),
    ("Governor Dan Ortiz met Senator Beth Carr at noon. Later Mayor Lia Hart welcomed the delegates to city hall. "
     "Among those present were Judge Ken Abbot and Dean Ivo Dane.", "Hart", {"Abbot", "Dane"}),
])
def test_people_named_after_a_host_of_an_unnamed_group_meet_the_host(extract, text, host, guests):
    pairs = met_pairs(extract(text))
    assert {frozenset({host, g}) for g in guests} <= pairs
    assert not any(frozenset({"Sari", g}) in pairs or frozenset({"Carr", g}) in pairs for g in guests)


def test_a_host_of_an_unnamed_group_alone_meets_no_one(extract):
    assert not met_pairs(extract("President Ana Solt hosted the leaders at a dinner on Monday."))


@pytest.mark.parametrize("text, pair", [
    ("The Colombian chancellor, María Ospina, and the defence minister, Hernán Quintero, met with the Ecuadorian "
     "chancellor, Gabriel Espinosa, in the customs building. On Sunday Quintero had visited the battalion together "
     "with the governor, Luis Erazo. The two chancellors will see each other again on July 22 in Tulcán.",
     {"Ospina", "Espinosa"}),
    ("Foreign Minister Ana Solt of Chile met Foreign Minister Jon Lek of Peru and Mayor Ivo Dane on Monday. "
     "Mayor Ivo Dane later met Governor Lia Hart. Both foreign ministers will meet again in May.", {"Solt", "Lek"}),
    ("Governor Lia Hart and Governor Ben Aske toured the dam with Mayor Ivo Dane. Mayor Ivo Dane then met Judge "
     "Ken Abbot. The two governors met again on Friday.", {"Hart", "Aske"}),
])
def test_the_two_title_holders_are_the_two_the_article_gave_that_title(extract, text, pair):
    facts = extract(text)
    last = facts.meetings[-1]
    names = {facts.persons[a.key].name.split()[-1] for a in last.attendees if a.kind == "person"}
    assert names == pair


def test_three_title_holders_leave_the_two_unresolved_by_title(extract):
    text = ("Foreign Minister Ana Solt met Foreign Minister Jon Lek and Foreign Minister Ivo Dane on Monday. "
            "The two foreign ministers will meet again in May.")
    facts = extract(text)
    assert all(len(m.attendees) != 2 or {facts.persons[a.key].name.split()[-1] for a in m.attendees} != {"Lek", "Dane"}
               for m in facts.meetings)
