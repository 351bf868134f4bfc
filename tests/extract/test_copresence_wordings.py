"""Wordings that put two people in one place without the word "meet": a conversation someone joined,
speaking at a venue, a visit whose programme included talks, a delegation received where it went,
a guest and a host, being flanked by someone, a guided tour, sitting beside someone. Each class in
several wordings of our own, with near misses that are no meeting."""
import pytest

from tests.conftest import meetings_between, met_pairs, statuses_between


def _pairs(extract, text):
    return met_pairs(extract(text))


def _channels(facts, a, b):
    return {m.channel.value for m in meetings_between(facts, a, b)}


# -- a conversation is in person unless a phone or video word says otherwise ---------------------
@pytest.mark.parametrize("text", [
    "President Ana Ruiz joined Chancellor Karl Weiss in a conversation at the palace.",
    "Chancellor Karl Weiss had a long conversation with President Ana Ruiz over dinner.",
    "A conversation between President Ana Ruiz and Chancellor Karl Weiss lasted two hours.",
])
def test_a_conversation_is_in_person(extract, text):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) in met_pairs(facts)
    assert _channels(facts, "Ruiz", "Weiss") == {"InPerson"}


@pytest.mark.parametrize("text, channel", [
    ("President Ana Ruiz had a telephone conversation with Chancellor Karl Weiss on Monday.", "Phone"),
    ("Chancellor Karl Weiss held a video conversation with President Ana Ruiz.", "Video"),
    ("In a phone conversation, President Ana Ruiz told Chancellor Karl Weiss about the floods.", "Phone"),
])
def test_a_conversation_by_phone_or_video_is_a_call(extract, text, channel):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) not in met_pairs(facts)
    assert _channels(facts, "Ruiz", "Weiss") == {channel}


@pytest.mark.parametrize("text", [
    "President Ana Ruiz joined the conversation about climate on social media.",
    "Chancellor Karl Weiss said the conversation about taxes must go on.",
])
def test_a_conversation_without_partners_is_no_meeting(extract, text):
    assert not _pairs(extract, text)


# -- speaking at a named place or a building is in person ------------------------------------------
@pytest.mark.parametrize("text", [
    "President Ana Ruiz and Chancellor Karl Weiss spoke for an hour at the embassy.",
    "Chancellor Karl Weiss spoke with President Ana Ruiz at the Grand Hotel in Riga.",
    "President Ana Ruiz talked to Chancellor Karl Weiss in his office on Tuesday.",
    "Chancellor Karl Weiss chatted with President Ana Ruiz at the residence after the vote.",
])
def test_speaking_at_a_venue_is_a_meeting(extract, text):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz spoke at the embassy on Monday, Chancellor Karl Weiss said.",
    "President Ana Ruiz spoke to reporters at the embassy before Chancellor Karl Weiss arrived.",
    "President Ana Ruiz spoke with Chancellor Karl Weiss about the budget.",
    "President Ana Ruiz spoke by phone with Chancellor Karl Weiss from her office.",
])
def test_speaking_alone_or_by_phone_is_no_meeting(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) not in _pairs(extract, text)


# -- a visit whose programme included a meeting ---------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Chancellor Karl Weiss's visit to the White House included talks with President Ana Ruiz.", "White House"),
    ("The trip by Chancellor Karl Weiss to Madrid featured a dinner with President Ana Ruiz.", "Madrid"),
    ("Chancellor Karl Weiss's tour of Peru involved meetings with President Ana Ruiz.", None),
])
def test_a_visit_that_included_talks_is_a_meeting_of_the_visitor(extract, text, place):
    facts = extract(text)
    assert frozenset({"Ruiz", "Weiss"}) in met_pairs(facts)
    if place:
        assert any(m.place == place for m in facts.meetings), [(m.place, m.trigger) for m in facts.meetings]


def test_a_planned_visit_programme_is_scheduled(extract):
    facts = extract("Chancellor Karl Weiss's visit to Lima next week will include talks with President Ana Ruiz.")
    assert statuses_between(facts, "Ruiz", "Weiss") == {"Scheduled"}


@pytest.mark.parametrize("text", [
    "Chancellor Karl Weiss's budget included funds for talks with the unions, President Ana Ruiz said.",
    "The agenda of President Ana Ruiz included a speech on trade.",
])
def test_a_programme_of_no_trip_is_no_visit(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) not in _pairs(extract, text)


# -- "where it was received": the one that went to the place --------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Chancellor Karl Weiss led a delegation to Oslo, where it was received by Prime Minister Ola Berg.",
     {"Weiss", "Berg"}),
    ("President Ana Ruiz sent Ministers Ivo Lund and Tin Ek to Oslo, where they were received by "
     "Prime Minister Ola Berg.", {"Lund", "Berg"}),
    ("Chancellor Karl Weiss flew to Oslo, where he was welcomed by Prime Minister Ola Berg.", {"Weiss", "Berg"}),
])
def test_who_went_where_they_were_received(extract, text, pair):
    facts = extract(text)
    assert frozenset(pair) in met_pairs(facts)
    assert any(m.place == "Oslo" for m in facts.meetings)


def test_a_where_clause_about_a_thing_makes_no_meeting(extract):
    text = "President Ana Ruiz sent the bill to parliament, where it was received by Speaker Ola Berg."
    assert frozenset({"Ruiz", "Berg"}) not in _pairs(extract, text)


# -- a guest and a host ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Chancellor Karl Weiss was the guest of President Ana Ruiz at the palace on Monday.",
    "President Ana Ruiz and her guest, Chancellor Karl Weiss, laid a wreath at the memorial.",
    "Chancellor Karl Weiss stayed as a guest of President Ana Ruiz at her ranch.",
    "Chancellor Karl Weiss was the guest of honour at a dinner given by President Ana Ruiz.",
    "Chancellor Karl Weiss and his host, President Ana Ruiz, visited the museum.",
    "President Ana Ruiz played host to Chancellor Karl Weiss at the town hall.",
])
def test_a_guest_met_the_host(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) in _pairs(extract, text)


def test_a_guest_to_come_is_scheduled(extract):
    facts = extract("Chancellor Karl Weiss will be the guest of President Ana Ruiz in Lima on Friday.")
    assert statuses_between(facts, "Ruiz", "Weiss") == {"Scheduled"}


@pytest.mark.parametrize("text", [
    "Chancellor Karl Weiss was a guest on the morning show hosted by the network.",
    "Chancellor Karl Weiss was the guest of the festival, President Ana Ruiz said.",
    "President Ana Ruiz, the host of the summit, praised the venue.",
    "Kenya, the host country, welcomed the decision of Chancellor Karl Weiss.",
])
def test_a_guest_or_host_of_no_one_is_no_meeting(extract, text):
    assert not _pairs(extract, text)


# -- flanked or escorted by someone ---------------------------------------------------------------
@pytest.mark.parametrize("text, pairs", [
    ("President Ana Ruiz, flanked by Chancellor Karl Weiss and Prime Minister Ola Berg, addressed reporters.",
     [{"Ruiz", "Weiss"}, {"Ruiz", "Berg"}]),
    ("Chancellor Karl Weiss and Prime Minister Ola Berg flanked President Ana Ruiz at the podium.",
     [{"Ruiz", "Weiss"}, {"Ruiz", "Berg"}]),
    ("President Ana Ruiz was escorted by Chancellor Karl Weiss through the exhibition.", [{"Ruiz", "Weiss"}]),
])
def test_flanked_by_people_is_a_meeting(extract, text, pairs):
    got = _pairs(extract, text)
    for pair in pairs:
        assert frozenset(pair) in got, (pair, got)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz, flanked by police officers, left the court.",
    "The avenue is flanked by old trees, President Ana Ruiz said.",
    "Chancellor Karl Weiss was escorted out of the building by security guards.",
])
def test_flanked_by_no_one_named_is_no_meeting(extract, text):
    assert not _pairs(extract, text)


# -- a guided tour ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Governor Ana Ruiz gave Chancellor Karl Weiss a tour of the plant.",
    "Governor Ana Ruiz showed Chancellor Karl Weiss around the factory.",
    "Chancellor Karl Weiss was given a tour of the plant by Governor Ana Ruiz.",
    "Governor Ana Ruiz took Chancellor Karl Weiss on a tour of the harbour.",
    "Governor Ana Ruiz walked Chancellor Karl Weiss round the grounds of the estate.",
])
def test_a_guided_tour_is_a_meeting(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) in _pairs(extract, text)


@pytest.mark.parametrize("text", [
    "Governor Ana Ruiz gave reporters a tour of the new plant.",
    "Governor Ana Ruiz showed the documents around the office.",
    "The band gave a tour of Europe, Chancellor Karl Weiss recalled.",
])
def test_a_tour_for_no_one_named_is_no_meeting(extract, text):
    assert not _pairs(extract, text)


# -- sitting or standing beside or facing someone ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "President Ana Ruiz sat across the table from Chancellor Karl Weiss.",
    "President Ana Ruiz sat next to Chancellor Karl Weiss at the dinner.",
    "Chancellor Karl Weiss was seated opposite President Ana Ruiz during the talks on trade.",
    "President Ana Ruiz stood beside Chancellor Karl Weiss as the anthem played.",
])
def test_sitting_beside_someone_is_a_meeting(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) in _pairs(extract, text)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz sat next to the window during the flight.",
    "President Ana Ruiz stood by Chancellor Karl Weiss throughout the scandal.",
    "Chancellor Karl Weiss stood alongside Ukraine, President Ana Ruiz said.",
])
def test_sitting_beside_no_one_or_standing_by_someone_is_no_meeting(extract, text):
    assert frozenset({"Ruiz", "Weiss"}) not in _pairs(extract, text)


# -- an outing together, thanks for hospitality, a courtesy call ----------------------------------
@pytest.mark.parametrize("text", [
    "Minister Carla Torres and Mayor Erik Blom toured the flooded district together.",
    "Mayor Erik Blom and Minister Carla Torres signed the accord at the town hall.",
    "Minister Carla Torres and Mayor Erik Blom jointly unveiled a plaque.",
    "Minister Carla Torres thanked Mayor Erik Blom for his hospitality during her stay.",
    "Minister Carla Torres paid a courtesy call on Mayor Erik Blom.",
])
def test_an_outing_together_is_a_meeting(extract, text):
    facts = extract(text)
    assert frozenset({"Torres", "Blom"}) in met_pairs(facts)


@pytest.mark.parametrize("text", [
    "Minister Carla Torres and Mayor Erik Blom visited Paris last year.",
    "Minister Carla Torres and Mayor Erik Blom signed the open letter.",
    "Minister Carla Torres thanked Mayor Erik Blom for his support.",
    "Minister Carla Torres made a call to Mayor Erik Blom.",
])
def test_the_same_deeds_apart_are_no_meeting(extract, text):
    assert frozenset({"Torres", "Blom"}) not in _pairs(extract, text)


# -- status: conditions, refusals, relative clauses --------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Premier Amrit Kaur said she would meet Senator Ruth Walsh if the strike ended.", "Hypothetical"),
    ("Senator Ruth Walsh will hold talks with Premier Amrit Kaur unless the vote fails.", "Hypothetical"),
    ("Premier Amrit Kaur ruled out a meeting with Senator Ruth Walsh.", "Declined"),
    ("Senator Ruth Walsh turned down talks with Premier Amrit Kaur.", "Declined"),
    ("Senator Ruth Walsh has sought a meeting with Premier Amrit Kaur.", "Proposed"),
    ("Walsh, who met Kaur at the ministry on Monday, called the talks useful. Senator Ruth Walsh "
     "leads the committee. Premier Amrit Kaur leads the state.", "Occurred"),
])
def test_status_of_conditions_refusals_and_relative_clauses(extract, text, status):
    assert statuses_between(extract(text), "Walsh", "Kaur") == {status}


def test_a_by_phrase_of_an_object_makes_no_party(extract):
    facts = extract("Prime Minister Zoltan Kovacs welcomed the decision by Minister Ahmed Saleh to resign.")
    assert not met_pairs(facts)


@pytest.mark.parametrize("text", [
    "Premier Amrit Kaur cancelled a trip to Perth, where she was due to meet Senator Ruth Walsh.",
    "Premier Amrit Kaur called off her visit to Perth, where she would have met Senator Ruth Walsh.",
    "Premier Amrit Kaur postponed the tour of Perth, where she had planned to meet Senator Ruth Walsh.",
])
def test_a_meeting_planned_where_a_cancelled_trip_went_is_cancelled(extract, text):
    assert statuses_between(extract(text), "Walsh", "Kaur") == {"Cancelled"}


# -- companions on the subject's side ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Prime Minister Hiro Tanaka, accompanied by Foreign Minister Emi Sato, met President Jan Ostrowski.",
    "Prime Minister Hiro Tanaka, along with Foreign Minister Emi Sato, met President Jan Ostrowski.",
    "Prime Minister Hiro Tanaka, joined by Foreign Minister Emi Sato, held talks with President Jan Ostrowski.",
])
def test_a_companion_of_the_subject_meets_the_object(extract, text):
    pairs = _pairs(extract, text)
    assert {frozenset({"Tanaka", "Ostrowski"}), frozenset({"Sato", "Ostrowski"})} <= pairs


def test_a_companion_named_after_the_object_is_no_companion_of_the_subject(extract):
    pairs = _pairs(extract, "Prime Minister Hiro Tanaka met President Jan Ostrowski, along with reporters.")
    assert pairs == {frozenset({"Tanaka", "Ostrowski"})}


# -- "they" in a clause of time, "the two" named in the next sentence --------------------------------
@pytest.mark.parametrize("text", [
    "President Jan Ostrowski and Prime Minister Hiro Tanaka will sign a trade pact when they meet in Tokyo next month.",
    "President Jan Ostrowski and Prime Minister Hiro Tanaka are expected to sign the pact after they meet in Tokyo.",
    "President Jan Ostrowski and Prime Minister Hiro Tanaka plan to discuss energy when they meet in Tokyo.",
])
def test_they_in_a_clause_of_time_are_the_main_subjects(extract, text):
    assert frozenset({"Ostrowski", "Tanaka"}) in _pairs(extract, text)


@pytest.mark.parametrize("text", [
    "The two leaders met for ninety minutes. President Jan Ostrowski told Prime Minister Hiro Tanaka that the "
    "partnership mattered.",
    "The two men held talks behind closed doors. Afterwards President Jan Ostrowski and Prime Minister Hiro "
    "Tanaka took questions.",
    "Both leaders met at the palace on Monday.\n\nPresident Jan Ostrowski said Prime Minister Hiro Tanaka was a friend.",
])
def test_the_two_named_in_the_next_sentence(extract, text):
    assert frozenset({"Ostrowski", "Tanaka"}) in _pairs(extract, text)


def test_the_two_never_named_meet_no_one(extract):
    facts = extract("The two leaders met for ninety minutes. President Jan Ostrowski said the talks were useful.")
    assert not met_pairs(facts)


# -- "the meeting of A and B", "came face to face with" -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The meeting of President Jan Ostrowski and Prime Minister Hiro Tanaka lasted two hours.",
    "A summit of President Jan Ostrowski and Prime Minister Hiro Tanaka opened in Tokyo.",
    "Prime Minister Hiro Tanaka came face to face with President Jan Ostrowski at the summit.",
])
def test_meeting_of_and_face_to_face(extract, text):
    assert frozenset({"Ostrowski", "Tanaka"}) in _pairs(extract, text)


@pytest.mark.parametrize("text", [
    "The meeting of the council, chaired by President Jan Ostrowski, lasted two hours.",
    "A meeting of farmers angry at President Jan Ostrowski was held in Lodz.",
    "Prime Minister Hiro Tanaka came with a plan to President Jan Ostrowski's party.",
])
def test_meeting_of_no_people_or_coming_with_something(extract, text):
    assert not _pairs(extract, text)


# -- a meeting said to be possible ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A meeting between President Jan Ostrowski and Prime Minister Hiro Tanaka is possible, officials said.",
    "Talks between President Jan Ostrowski and Prime Minister Hiro Tanaka remain unlikely this year.",
    "A summit of President Jan Ostrowski and Prime Minister Hiro Tanaka is uncertain.",
])
def test_a_possible_meeting_is_hypothetical(extract, text):
    assert statuses_between(extract(text), "Ostrowski", "Tanaka") == {"Hypothetical"}
