"""Partners a meeting sentence names outside its subject and object slots, and meeting nouns behind
verbs that finish or fit in a meeting.

- The one who ran the meeting, told in a relative clause on a name elsewhere in the sentence:
  "A and B met in X at the invitation of C, who chaired the talks" (`presiding_verbs.txt`).
- A partner at the subject's side: "A will meet B alongside C", "Having opened the plenary alongside C, A said".
- A meeting noun as the object of a verb that ends or fits one in: "A wrapped up talks with B",
  "A managed a breakfast with B" (`completion_verbs.txt`).
- A meeting named by an adjective alone, which the tagger leaves an adjective: "held a bilateral with B"
  (`nominal_meeting_adjectives.txt`).
"""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text, chair", [
    ("On Monday the trade ministers of Ruritania and Borduria, Anna Keller and David Marsh, met in Sopron "
     "at the invitation of the Hungarian trade minister, Peter Holm, who chaired the talks.", "Holm"),
    ("Anna Keller held talks with David Marsh in Sopron on Friday at the invitation of Peter Holm, who "
     "presided over the meeting.", "Holm"),
    ("Anna Keller and David Marsh sat down in Sopron on Friday at the request of the mayor, Peter Holm, "
     "who hosted them at the town hall.", "Holm"),
    ("Hosted by Mayor Peter Holm, who moderated the discussion, Anna Keller and David Marsh met in Sopron "
     "on Friday.", "Holm"),
])
def test_the_one_who_ran_the_meeting_is_at_it(extract, text, chair):
    pairs = met_pairs(extract(text))
    assert frozenset({"Keller", "Marsh"}) in pairs, pairs
    assert frozenset({"Keller", chair}) in pairs and frozenset({"Marsh", chair}) in pairs, pairs


@pytest.mark.parametrize("text", [
    "Anna Keller met David Marsh in Sopron on Friday at the invitation of Peter Holm, who could not attend.",
    "Anna Keller met David Marsh in Sopron on Friday at the invitation of Peter Holm, who chaired the "
    "commission until 2019.",
    "Anna Keller met David Marsh in Sopron on Friday, a week after Peter Holm, who chaired the previous "
    "round, resigned.",
])
def test_a_host_of_something_else_or_an_absent_inviter_is_not_at_it(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Keller", "Marsh"}) in pairs, pairs
    assert frozenset({"Keller", "Holm"}) not in pairs, pairs


@pytest.mark.parametrize("text, status", [
    ("Union negotiator Anna Keller will sit down with David Marsh on Friday alongside the union's "
     "treasurer, Peter Holm.", "Scheduled"),
    ("Anna Keller received David Marsh at the ministry on Tuesday alongside her deputy, Peter Holm.", "Occurred"),
    ("Anna Keller, alongside her deputy Peter Holm, held talks with David Marsh on Tuesday.", "Occurred"),
])
def test_a_partner_alongside_the_subject_is_at_the_meeting(extract, text, status):
    facts = extract(text)
    pairs = met_pairs(facts)
    assert frozenset({"Keller", "Marsh"}) in pairs, pairs
    assert frozenset({"Holm", "Marsh"}) in pairs, pairs
    assert statuses_between(facts, "Holm", "Marsh") == {status}


@pytest.mark.parametrize("text", [
    "Having opened the plenary alongside Governor Peter Holm, Mayor Anna Keller told delegates the city was ready.",
    "Mayor Anna Keller opened the session alongside Governor Peter Holm on Monday.",
    "Mayor Anna Keller chaired the summit alongside Governor Peter Holm, officials said.",
])
def test_opening_or_chairing_a_session_alongside_someone_is_a_meeting_of_the_two(extract, text):
    assert frozenset({"Keller", "Holm"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Anna Keller spoke alongside Peter Holm at a news conference on Monday.",
    "Anna Keller welcomed the decision alongside Peter Holm.",
    "Anna Keller stood alongside Peter Holm as the anthem played.",
])
def test_alongside_without_a_meeting_gives_none(extract, text):
    assert frozenset({"Keller", "Holm"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text, status", [
    ("Foreign Minister Anna Keller wrapped up an hour-long bilateral with the visiting envoy, "
     "David Marsh, on Monday.", "Occurred"),
    ("Anna Keller concluded two days of talks with David Marsh in Sopron on Friday.", "Occurred"),
    ("Anna Keller still managed a quick breakfast meeting with David Marsh before flying home.", "Occurred"),
    ("Anna Keller will finish her consultations with David Marsh on Thursday.", "Scheduled"),
])
def test_a_meeting_finished_or_fitted_in_is_a_meeting_of_its_subject(extract, text, status):
    facts = extract(text)
    assert frozenset({"Keller", "Marsh"}) in met_pairs(facts)
    assert statuses_between(facts, "Keller", "Marsh") == {status}


@pytest.mark.parametrize("text", [
    "Anna Keller's aides wrapped up preparations for talks with David Marsh.",
    "Anna Keller finished the report on her talks with David Marsh's ministry.",
    "Anna Keller ended a boycott of the talks on Monday, David Marsh said.",
])
def test_finishing_something_else_is_no_meeting_of_the_subject(extract, text):
    assert frozenset({"Keller", "Marsh"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text, status", [
    ("Trade Minister Anna Keller held a bilateral with the Danish premier, David Marsh, on Tuesday.", "Occurred"),
    ("Ms Keller is now set to hold a bilateral with the Danish premier, David Marsh, ahead of the "
     "summit, aides said.", "Scheduled"),
    ("After a short bilateral with David Marsh on Tuesday, Anna Keller flew home.", "Occurred"),
])
def test_a_bilateral_is_a_meeting_noun_whatever_its_tag(extract, text, status):
    facts = extract(text)
    assert frozenset({"Keller", "Marsh"}) in met_pairs(facts)
    assert statuses_between(facts, "Keller", "Marsh") == {status}


@pytest.mark.parametrize("text", [
    "Anna Keller praised the bilateral ties with David Marsh's country.",
    "Anna Keller said the plenary would vote on Tuesday, David Marsh said.",
])
def test_a_bilateral_relation_or_a_plenary_vote_is_no_meeting(extract, text):
    assert frozenset({"Keller", "Marsh"}) not in met_pairs(extract(text))
