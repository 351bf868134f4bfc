"""A meeting in a clause opened by "until" or "unless" ("no deal until B and I sit down together", "the strike
goes on unless A and he meet") is waited on, not held: Hypothetical. So is one "only when" a condition
is met, also with the condition quoted. "met until late", "waited until Friday to meet" are times."""
import pytest

from tests.conftest import met_pairs


def _statuses(facts):
    return {m.status.value for m in facts.meetings}


@pytest.mark.parametrize("text", [
    '"There will be no deal until President Vidal and I sit down together," Premier Tomas Berg told reporters.',
    "Premier Tomas Berg said the strike would go on unless President Ana Vidal and he meet this week.",
    "Nothing will be signed until Premier Tomas Berg meets President Ana Vidal in person, his office said.",
    'Governor Tomas Berg has said he will meet President Ana Vidal only "when the sanctions are gone".',
    "Governor Tomas Berg has said he will meet President Ana Vidal only when the sanctions are gone.",
])
def test_a_meeting_waited_on_is_hypothetical(extract, text):
    facts = extract(text)
    assert _statuses(facts) == {"Hypothetical"}
    assert met_pairs(facts) == set()


@pytest.mark.parametrize("text", [
    "Premier Tomas Berg and President Ana Vidal met until late on Monday.",
    "Premier Tomas Berg waited until Friday to meet President Ana Vidal.",
    "Premier Tomas Berg met President Ana Vidal on Monday, until then a critic of the plan.",
])
def test_until_as_a_time_leaves_the_meeting_held(extract, text):
    assert frozenset({"Berg", "Vidal"}) in met_pairs(extract(text))
