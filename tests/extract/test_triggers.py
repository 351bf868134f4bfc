"""Meeting triggers beyond "met": greeting, accompanying, exchanges and dialogues with a light verb,
co-chaired talks, discussing with someone; and places that are buildings."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Governor Rita Holm greeted Minister Ida Falk at the airport.",
    "Minister Ida Falk was greeted at the airport by Governor Rita Holm.",
    "Minister Ida Falk, accompanied by Governor Rita Holm, toured the flooded town.",
    "Again accompanied by Governor Rita Holm, Minister Ida Falk toured the flooded town.",
])
def test_greeting_and_accompanying_are_meetings(extract, text):
    assert frozenset({"Holm", "Falk"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Premier Li Tao and President Van Minh had in-depth exchanges on trade.",
    "Premier Li Tao held a dialogue with President Van Minh in Hanoi.",
    "Premier Li Tao and President Van Minh co-chaired bilateral talks in Hanoi.",
    "Premier Li Tao discussed trade with President Van Minh in Hanoi.",
])
def test_light_verbs_and_partners_make_meetings(extract, text):
    assert frozenset({"Tao", "Minh"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The two armies had an exchange of fire near the border.",
    "The dialogue on trade reform will resume, Premier Li Tao said.",
    "Premier Li Tao discussed the budget in parliament.",
])
def test_the_same_nouns_without_a_partner_are_no_meetings(extract, text):
    assert met_pairs(extract(text)) == set()


@pytest.mark.parametrize("text, place", [
    ("Premier Li Tao met President Van Minh at Basra Royal Palace.", "Basra Royal Palace"),
    ("Premier Li Tao held talks with President Van Minh at Noi Bai Airport.", "Noi Bai Airport"),
    ("Premier Li Tao received President Van Minh at Hoa Binh House.", "Hoa Binh House"),
])
def test_a_building_is_a_place_whatever_the_tagger_says(extract, text, place):
    assert {m.place for m in extract(text).meetings} == {place}


@pytest.mark.parametrize("text", [
    "The priest, Tomas Ruiz, has been working as a middle-man between President Hugo Barros and the army.",
    "Bishop Tomas Ruiz served as mediator between President Hugo Barros and the rebels.",
    "Tomas Ruiz, a go-between between President Hugo Barros and the unions, spoke on Friday.",
])
def test_a_mediator_takes_part_in_the_talks(extract, text):
    assert frozenset({"Ruiz", "Barros"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Premier Li Tao met President Van Minh, who spoke out against the planned meeting with General Ho Quan.",
    "Senator Ann Cole condemned the dinner with General Ho Quan.",
    "Officials voiced disapproval of Premier Li Tao's visit with General Ho Quan.",
])
def test_who_comments_on_a_meeting_is_not_at_it(extract, text):
    pairs = met_pairs(extract(text))
    assert not any("Quan" in p and ("Minh" in p or "Cole" in p) for p in pairs), pairs


def test_a_call_has_no_place(extract):
    facts = extract("Premier Li Tao was in Hanoi on Monday. Li Tao phoned President Van Minh on Tuesday.")
    assert all(m.place is None for m in facts.meetings if m.trigger == "phoned")


@pytest.mark.parametrize("text", [
    "Premier Li Tao and President Van Minh wasted no time - launching talks shortly after the ceremony.",
    "Premier Li Tao and President Van Minh got straight to work, holding talks after the ceremony.",
    "Premier Li Tao and President Van Minh were quick off the mark - starting talks before lunch.",
])
def test_a_light_verb_the_parser_read_as_an_adjective(extract, text):
    assert frozenset({"Tao", "Minh"}) in met_pairs(extract(text))
