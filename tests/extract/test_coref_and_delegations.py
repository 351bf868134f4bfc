"""Pronouns, descriptions and delegations."""
import pytest

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
                    "Russia sent a delegation headed by Vladimir Medinsky to the same talks.")
    assert frozenset({"Umerov", "Medinsky"}) in met_pairs(facts)


def test_pronoun_prefers_main_clause_subject(extract):
    facts = extract("At a news conference after talks with Mr Alan Pryce, Mr Ivan Markov said the British leader was "
                    "“a friend.” He added: “We will work together.”")
    assert speaker_of(facts, "We will work together") == "Ivan Markov"


@pytest.mark.parametrize("text", [
    "Kenya sent a delegation headed by Ali Omar to Geneva. Chile sent a delegation headed by Rosa Soto to Lima.",
    "A delegation led by Ali Omar toured the ports. Separately, a Chilean delegation headed by Rosa Soto visited farms.",
    "Ali Omar will lead Kenya's delegation to the trade fair, and Rosa Soto heads Chile's delegation to the arts festival.",
])
def test_delegations_not_said_to_meet_do_not_meet(extract, text):
    assert frozenset({"Omar", "Soto"}) not in met_pairs(extract(text))


@pytest.mark.parametrize("text, country", [
    ("Minister Ruth Aziz led the Kenyan delegation to Nigeria. The delegation included Paul Otieno and Mary Wanjiru.", "Kenya"),
    ("Nigeria received a delegation from Kenya led by Minister Ruth Aziz; the delegation included Paul Otieno and Mary Wanjiru.", "Kenya"),
    ("Ruth Aziz headed Kenya's delegation to Nigeria.", "Kenya"),
])
def test_a_delegation_represents_its_sender_not_its_destination(extract, text, country):
    facts = extract(text)
    assert "Nigeria" not in facts.delegations or not facts.delegations["Nigeria"].members
    assert any(d.represents == country for d in facts.delegations.values()), facts.delegations


@pytest.mark.parametrize("text", [
    "Kenya sent a delegation headed by Ruth Aziz. Aziz is joined in Geneva by Paul Otieno, Mary Wanjiru and Sam Kibet.",
    "Kenya sent a delegation headed by Ruth Aziz. Aziz, accompanied by Paul Otieno, Mary Wanjiru and Sam Kibet, arrived in Geneva.",
    "Kenya sent a delegation headed by Ruth Aziz. Aziz, along with Paul Otieno, Mary Wanjiru and Sam Kibet, arrived in Geneva.",
    "Kenya sent a delegation headed by Ruth Aziz. Joining Aziz in Geneva are Paul Otieno, Mary Wanjiru and Sam Kibet.",
])
def test_members_who_join_the_head(extract, text):
    facts = extract(text)
    members = {facts.persons[m].name.split()[-1] for m in facts.delegations["Kenya"].members}
    assert {"Aziz", "Otieno", "Wanjiru", "Kibet"} <= members, members


@pytest.mark.parametrize("text", [
    "Mayor Ruth Aziz is joined in Geneva by Paul Otieno and Mary Wanjiru.",
    "Mayor Ruth Aziz, accompanied by her husband Paul Otieno, arrived in Geneva.",
    "Paul Otieno and Mary Wanjiru joined Mayor Ruth Aziz for dinner.",
])
def test_joining_someone_without_a_delegation_makes_none(extract, text):
    assert not any(d.members for d in extract(text).delegations.values())


@pytest.mark.parametrize("text, country, head, members", [
    ("The meeting was attended on the Kenyan side by Minister Paul Otieno; Adviser to the President Mary Wanjiru; and Sam Kibet.",
     "Kenya", None, {"Otieno", "Wanjiru", "Kibet"}),
    ("On the Chilean side, the talks were attended by Rosa Soto, Juan Vera and Ana Pino.", "Chile", None, {"Soto", "Vera", "Pino"}),
    ("Minister Ruth Aziz led the Kenyan delegation while the Chilean side was led by Foreign Minister Rosa Soto.",
     "Chile", "Soto", {"Soto"}),
])
def test_a_countrys_side_at_talks_is_its_delegation(extract, text, country, head, members):
    facts = extract(text)
    delegation = next(d for d in facts.delegations.values() if d.represents == country)
    assert members <= {facts.persons[m].name.split()[-1] for m in delegation.members}
    if head:
        assert facts.persons[delegation.head].name.split()[-1] == head


@pytest.mark.parametrize("text, sender", [
    ("On Monday President Ana Vidal received a delegation from the European Parliament led by Chairman Tom Hale.",
     "European Parliament"),
    ("A delegation of the African Union headed by Tom Hale arrived in Lisbon.", "African Union"),
    ("President Ana Vidal received a delegation from the World Bank, led by Tom Hale.", "World Bank"),
])
def test_a_delegation_sent_by_an_institution_represents_it(extract, text, sender):
    facts = extract(text)
    delegation = next(d for d in facts.delegations.values() if d.head)
    assert delegation.represents == sender and delegation.represents_organization
    assert facts.persons[delegation.head].name == "Tom Hale"


@pytest.mark.parametrize("text", [
    "Minister Ruth Aziz led the Kenyan delegation to Nigeria. The delegation included Paul Otieno and Mary Wanjiru.",
    "Kenya sent a delegation headed by Ruth Aziz to Abuja; the delegation included Paul Otieno, Mary Wanjiru and Sam Kibet.",
    "Kenya's delegation, headed by Ruth Aziz, comprises Paul Otieno and Mary Wanjiru.",
])
def test_members_the_delegation_includes(extract, text):
    facts = extract(text)
    kenya = facts.delegations["Kenya"]
    assert {"Otieno", "Wanjiru"} <= {facts.persons[m].name.split()[-1] for m in kenya.members}, facts.delegations
