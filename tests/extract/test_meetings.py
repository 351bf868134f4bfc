"""Meetings: triggers, participants, place, date and status."""
import pytest

from newsgraph.extract.facts import MeetingStatus
from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text, pair", [
    ("Chancellor Olaf Scholz met Prime Minister Rishi Sunak in London on Tuesday.", {"Scholz", "Sunak"}),
    ("President Joe Biden met with President Xi Jinping on the sidelines of the summit.", {"Biden", "Jinping"}),
    ("Foreign Minister Ana Lopes held talks with her counterpart Pedro Silva in Lisbon.", {"Lopes", "Silva"}),
    ("King Abdullah hosted Prime Minister Kurt Weber at the palace.", {"Abdullah", "Weber"}),
    ("President Maria Costa received Ambassador John Reed on Monday.", {"Costa", "Reed"}),
    ("After a meeting with Senator Paul Grant, Governor Lisa Moore spoke to reporters.", {"Grant", "Moore"}),
    ("Emmanuel Macron and Olaf Scholz met in Berlin.", {"Macron", "Scholz"}),
    ("Secretary of State Antony Blinken visited President Volodymyr Zelensky in Kyiv.", {"Blinken", "Zelensky"}),
    ("Prime Minister Hans Vogel welcomed President Luis Ortega to the capital on Friday.", {"Vogel", "Ortega"}),
    ("The talks between Yuri Petrov and Mikhail Orlov lasted three hours.", {"Petrov", "Orlov"}),
    ("Ukrainian Foreign Minister Andriy Sybiha was in Antalya, where he met with Senator Lindsey Graham.", {"Sybiha", "Graham"}),
    ("Chancellor Karl Nehammer will meet President Viktor Orban in Vienna next week.", {"Nehammer", "Orban"}),
    ("Minister Jan Novak is due to meet his Polish counterpart Adam Nowak on Friday.", {"Novak", "Nowak"}),
])
def test_met(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text, a, b, status", [
    ("President Ivan Markov rejected an offer by Prime Minister Tomas Varga to meet with him.", "Markov", "Varga", "Declined"),
    ("Prime Minister Elena Rossi refused to meet Senator Mark Hill.", "Rossi", "Hill", "Declined"),
    ("Governor Tim Walz invited President Joe Biden to meet in Minnesota.", "Walz", "Biden", "Proposed"),
    ("“Nothing will change until President Alan Ford and I get together,” said Senator Bill Ames.", "Ford", "Ames", "Hypothetical"),
    ("If Chancellor Emil Brandt meets President Oskar Lind, the deal could close.", "Brandt", "Lind", "Hypothetical"),
    ("The meeting between Premier Li Wei and Minister Sato Ken was cancelled.", "Wei", "Ken", "Cancelled"),
    ("President Carlos Mendes will meet Prime Minister Rui Alves on Monday.", "Mendes", "Alves", "Scheduled"),
    ("Mayor Sadiq Khan met Governor Kathy Hochul on Tuesday.", "Khan", "Hochul", "Occurred"),
])
def test_status(extract, text, a, b, status):
    facts = extract(text)
    got = statuses_between(facts, a, b)
    assert got == {status}, got


@pytest.mark.parametrize("text", [
    "President Ivan Markov rejected an offer by Prime Minister Tomas Varga to meet with him.",
    "Prime Minister Elena Rossi refused to meet Senator Mark Hill.",
    "“Nothing will change until President Alan Ford and I get together,” said Senator Bill Ames.",
    "Governor Tim Walz invited President Joe Biden to meet in Minnesota.",
])
def test_no_modality_errors(extract, text):
    """A refused, proposed or imagined meeting is never reported as held."""
    assert met_pairs(extract(text)) == set()


def test_place_and_date(extract):
    facts = extract("Chancellor Olaf Scholz met Prime Minister Rishi Sunak in Edinburgh on Tuesday.")
    meeting = next(m for m in facts.meetings if m.status is MeetingStatus.OCCURRED)
    assert meeting.place == "Edinburgh"
    assert meeting.date.value == "2025-05-13"


def test_city_of_place(extract):
    facts = extract("The foreign minister Ana Lopes was in the Turkish city of Antalya on Thursday, where she met Senator Tom Reid.")
    assert any(m.place == "Antalya" for m in facts.meetings)


def test_scheduled_weekday_points_forward(extract):
    facts = extract("President Carlos Mendes will meet Prime Minister Rui Alves on Monday.")
    assert facts.meetings[0].date.value == "2025-05-19"


def test_that_meeting_adds_people(extract):
    facts = extract("President Arno Kell met Minister Ida Lund on Friday. "
                    "Several officials were seen at that meeting, including General Olaf Brun.")
    assert frozenset({"Kell", "Brun"}) in met_pairs(facts)


def test_no_meeting_without_two_parties(extract):
    facts = extract("The summit was a success, officials said.")
    assert facts.meetings == []


def test_welcoming_a_decision_is_not_a_meeting(extract):
    facts = extract("Trade Minister Rosa Dalby on Tuesday welcomed the decision by Chile and Peru.")
    assert met_pairs(facts) == set()


def test_with_phrase_after_a_time_word(extract):
    facts = extract("Treasurer Owen Marsh said he had raised in talks this morning with Idris Bello the question of debt relief.")
    assert frozenset({"Marsh", "Bello"}) in met_pairs(facts)
    meeting = next(m for m in facts.meetings if len(m.attendees) == 2)
    assert meeting.date.value == "2025-05-15"


def test_joint_meeting_with_several(extract):
    facts = extract("President Clara Nunez held a joint meeting on Friday afternoon with Prime Minister Kenji Arata and President Lee Soo Min.")
    pairs = met_pairs(facts)
    assert frozenset({"Nunez", "Arata"}) in pairs and frozenset({"Arata", "Min"}) in pairs


def test_talks_with_two_guests_are_two_meetings(extract):
    facts = extract("Prime Minister Hana Kovac held talks with Prime Minister Piet Maarten and President Omar Haddad.")
    pairs = met_pairs(facts)
    assert frozenset({"Kovac", "Maarten"}) in pairs and frozenset({"Kovac", "Haddad"}) in pairs
    assert frozenset({"Maarten", "Haddad"}) not in pairs


def test_joint_meeting_keeps_everyone_together(extract):
    facts = extract("President Joe Biden held a trilateral summit with Prime Minister Fumio Kishida and President Yoon Suk Yeol.")
    assert frozenset({"Kishida", "Yeol"}) in met_pairs(facts)


def test_where_clause_gives_the_place(extract):
    facts = extract("Chancellor Olaf Scholz will travel to Warsaw on Thursday, where he will meet Prime Minister Donald Tusk.")
    meeting = next(m for m in facts.meetings if m.status is MeetingStatus.SCHEDULED)
    assert meeting.place == "Warsaw"


def test_invitation_to_a_summit_is_proposed(extract):
    facts = extract("Prime Minister Donald Tusk invited Chancellor Olaf Scholz to a summit in Gdansk.")
    assert statuses_between(facts, "Tusk", "Scholz") == {"Proposed"}
    assert met_pairs(facts) == set()


def test_headline_misread_as_organisation_is_not_an_attendee(extract):
    facts = extract("Macron hosts Scholz for talks on defence\n\nPresident Emmanuel Macron hosted Chancellor Olaf Scholz.")
    for meeting in facts.meetings:
        assert all(a.kind == "person" for a in meeting.attendees)


def test_separate_meetings_with_each(extract):
    facts = extract("Deputy Minister Ali Kani held separate meetings with coordinator Enrique Mora and with envoy Mikhail Ulyanov.")
    pairs = met_pairs(facts)
    assert frozenset({"Kani", "Mora"}) in pairs and frozenset({"Kani", "Ulyanov"}) in pairs
    assert frozenset({"Mora", "Ulyanov"}) not in pairs


def test_place_carries_over_from_where_the_person_was(extract):
    facts = extract("Minister Idris Bello told reporters on Saturday in Geneva that the visit had gone well. "
                    "He had earlier met Chairman Aldo Ferri.")
    assert facts.meetings[0].place == "Geneva"


def test_dateline_places_same_day_meetings(extract):
    facts = extract("LONDON, May 15 - Treasurer Owen Marsh held talks this morning with Minister Idris Bello.")
    assert facts.meetings[0].place == "London"


def test_dateline_does_not_place_other_days(extract):
    facts = extract("LONDON, May 15 - Treasurer Owen Marsh met Minister Idris Bello last Friday.")
    assert facts.meetings[0].place is None


@pytest.mark.parametrize("text, city", [
    ("PARIS (Reuters) - Something happened.", "Paris"), ("NEW YORK, Jan 2 — x", "New York"),
    ("Headline here\n\nVIENNA (AP) — x", "Vienna"), ("The president spoke.", None), ("UKRAINE - x", None),
])
def test_dateline(text, city):
    from newsgraph.extract.datelines import dateline_place
    assert dateline_place(text) == city


def test_visiting_a_city_is_a_trip_not_a_meeting(extract):
    facts = extract("Minister Idris Bello and banker Tomas Greve visited Geneva last week.")
    assert met_pairs(facts) == set()


@pytest.mark.parametrize("text, status", [
    ("President Ivan Markov is expected to meet Chancellor Emil Brandt later this month.", "Scheduled"),
    ("President Ivan Markov plans to meet Chancellor Emil Brandt next week.", "Scheduled"),
    ("President Ivan Markov hopes to meet Chancellor Emil Brandt soon.", "Hypothetical"),
    ("President Ivan Markov would like to meet Chancellor Emil Brandt.", "Hypothetical"),
    ("President Ivan Markov was joined by Chancellor Emil Brandt at the dinner.", "Occurred"),
    ("The planned meeting between President Ivan Markov and Chancellor Emil Brandt was called off.", "Cancelled"),
    ("President Ivan Markov postponed his meeting with Chancellor Emil Brandt.", "Cancelled"),
    ("President Ivan Markov did not meet Chancellor Emil Brandt.", "Declined"),
    ("President Ivan Markov turned down an invitation to meet Chancellor Emil Brandt.", "Declined"),
    ("Chancellor Emil Brandt called for talks with President Ivan Markov.", "Proposed"),
])
def test_more_statuses(extract, text, status):
    assert statuses_between(extract(text), "Markov", "Brandt") == {status}


def test_dateline_parse_and_appositive_guest(extract):
    facts = extract("GENEVA, June 12 (Reuters) - United Nations Secretary-General Antonio Guterres met Sudan's army chief, "
                    "General Abdel Fattah al-Burhan, on Wednesday.")
    assert frozenset({"Guterres", "al-Burhan"}) in met_pairs(facts)


def test_arabic_name_with_article_is_one_person(extract):
    from tests.conftest import names
    facts = extract("General Abdel Fattah al-Burhan spoke first. Burhan then left.")
    assert names(facts) == {"Abdel Fattah al-Burhan"}


def test_relative_clause_subject(extract):
    facts = extract("President Emmanuel Macron, who had dinner with Prime Minister Pedro Sanchez on Thursday, spoke.")
    assert frozenset({"Macron", "Sanchez"}) in met_pairs(facts)


def test_dateline_agency_is_not_an_attendee(extract):
    facts = extract("BEIJING, Aug 18 (Xinhua) -- Foreign Minister Wang Yi held talks with Adviser Ajit Doval in New Delhi.")
    assert [a.kind for m in facts.meetings for a in m.attendees] == ["person", "person"]


def test_place_of_a_guest_carries_over(extract):
    facts = extract("BEIJING, May 15 (Xinhua) -- Foreign Minister Wang Yi held talks with Adviser Ajit Doval in New Delhi "
                    "on Monday. Prime Minister Narendra Modi received Wang on Thursday.")
    modi = next(m for m in facts.meetings if len(m.attendees) == 2 and m.date and m.date.value == "2025-05-15")
    assert modi.place == "New Delhi"


def test_inferred_place_lowers_confidence(extract):
    stated = extract("Treasurer Owen Marsh met Minister Idris Bello in London today.").meetings[0]
    inferred = extract("LONDON, May 15 - Treasurer Owen Marsh met Minister Idris Bello today.").meetings[0]
    assert stated.place == inferred.place == "London"
    assert inferred.confidence < stated.confidence
