"""Pronouns, descriptions and delegations."""
from tests.conftest import met_pairs, person_key, speaker_of


def test_pronoun_prefers_subject(extract):
    facts = extract("President Ivan Markov met Minister Ana Lopes on Monday. He said the talks were “frank.”")
    assert speaker_of(facts, "frank") == "Ivan Markov"


def test_pronoun_gender(extract):
    facts = extract("Ms Ana Lopes met Mr Ivan Markov. She called it “a good start.”")
    assert speaker_of(facts, "a good start") == "Ana Lopes"


def test_object_pronoun_not_bound_to_own_subject(extract):
    facts = extract("President Ivan Markov rejected Prime Minister Tomas Varga's offer to meet with him.")
    meetings = [m for m in facts.meetings if m.status.value == "Declined"]
    people = {facts.persons[a.key].name for m in meetings for a in m.attendees if a.kind == "person"}
    assert people == {"Ivan Markov", "Tomas Varga"}


def test_leader_description(extract):
    facts = extract("Russian President Vladimir Putin spoke on Sunday. “We are open,” the Russian leader said.")
    assert speaker_of(facts, "We are open") == "Vladimir Putin"


def test_delegation_headed_by(extract):
    facts = extract("Ukraine would send a delegation headed by Defense Minister Rustem Umerov.")
    delegation = facts.delegations["Ukraine"]
    assert delegation.head == person_key(facts, "Umerov")


def test_delegation_members_joining(extract):
    facts = extract("Russia's negotiating team arrived on Thursday. Vladimir Medinsky will lead the talks. "
                    "Joining Medinsky in Istanbul are Mikhail Galuzin and Alexander Fomin.")
    delegation = facts.delegations["Russia"]
    assert delegation.head == person_key(facts, "Medinsky")
    assert {facts.persons[m].name for m in delegation.members} == {"Vladimir Medinsky", "Mikhail Galuzin", "Alexander Fomin"}


def test_meeting_with_delegation_reference(extract):
    facts = extract("Russia's negotiating team arrived on Thursday, led by Vladimir Medinsky. "
                    "Joining Medinsky are Mikhail Galuzin and Alexander Fomin. "
                    "President Vladimir Putin met with the negotiation group late Wednesday.")
    assert frozenset({"Putin", "Galuzin"}) in met_pairs(facts)


def test_two_delegations_attend_talks(extract):
    facts = extract("Ukraine sent a delegation headed by Rustem Umerov to the talks in Istanbul. "
                    "Russia sent a delegation headed by Vladimir Medinsky.")
    assert frozenset({"Umerov", "Medinsky"}) in met_pairs(facts)


def test_pronoun_prefers_main_clause_subject(extract):
    facts = extract("At a news conference after talks with Mr Tony Blair, Mr Ivan Markov said the British leader was "
                    "“a friend.” He added: “We will work together.”")
    assert speaker_of(facts, "We will work together") == "Ivan Markov"
