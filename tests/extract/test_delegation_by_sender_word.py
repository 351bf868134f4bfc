"""Two delegations told apart by a word of their sender's name: after "a delegation of the Transitional
Government and a delegation of the Liberation Movement", "the Government delegation" is the first one and
"the Movement delegation" the second, not whichever was mentioned last."""
import pytest


def delegation_of(facts, surname):
    return next((d for d in facts.delegations.values()
                 if any(facts.persons[m].name.split()[-1] == surname for m in d.members)), None)


@pytest.mark.parametrize("text", [
    "The chairperson today received a delegation of the Transitional Government of National Unity and a delegation "
    "of the Liberation Movement. The Government delegation was led by Peter Lado Wani. The Movement delegation was "
    "headed by James Malual Kuol.",
    "The envoy met a delegation of the Federal Council and a delegation of the Workers Alliance on Monday. The Council "
    "delegation was led by Anna Berg. The Alliance delegation was led by Tomas Vell.",
    "Talks opened between a delegation of the Sovereign Council and a delegation of the Popular Front. The Front "
    "delegation was headed by Tomas Vell. The Council delegation was led by Anna Berg.",
])
def test_a_sender_word_before_the_noun_picks_that_delegation(extract, text):
    facts = extract(text)
    first = delegation_of(facts, "Wani") or delegation_of(facts, "Berg")
    second = delegation_of(facts, "Kuol") or delegation_of(facts, "Vell")
    assert first is not None and second is not None and first is not second, facts.delegations
    assert first.head and second.head


def test_a_companion_of_a_delegation_head_joins_the_delegation_and_meets_nobody(extract):
    facts = extract("A delegation of the Liberation Movement arrived. The Movement delegation was headed by James "
                    "Malual Kuol, its deputy chairman, accompanied by Rebecca Nyok Ajak.")
    assert not facts.meetings, [(m.trigger, m.attendees) for m in facts.meetings]


def members_of(facts, country):
    d = facts.delegations.get(country)
    return {facts.persons[m].name for m in d.members} if d else set()


@pytest.mark.parametrize("text, country, members", [
    ("The Kenyan delegation was led by Dr. Peter Mwangi and included Ms. Grace Njeri, Secretary (East), and "
     "Mr. Tom Otieno, Joint Secretary (Americas).", "Kenya", {"Peter Mwangi", "Grace Njeri", "Tom Otieno"}),
    ("The Omani delegation arrived on Monday and included Said Al Harthy and Maryam Al Zadjali.", "Oman",
     {"Said Al Harthy", "Maryam Al Zadjali"}),
    ("The Peruvian delegation was headed by Rosa Vidal and comprised Senator Pedro Soto (Lima) and Senator Ana Ruiz "
     "(Cusco).",
     "Peru", {"Rosa Vidal", "Pedro Soto", "Ana Ruiz"}),
])
def test_members_listed_after_a_second_verb_of_the_delegation_and_past_brackets(extract, text, country, members):
    assert members <= members_of(extract(text), country), members_of(extract(text), country)
