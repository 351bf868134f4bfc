"""A joining told as done ("C has joined the session", "C joined the talks") joins a meeting that has
happened, never one still to come told just before it ("A is to meet B at 7 pm")."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Governor Ana Lopes is scheduled to meet Mayor Samuel Okonjo at the town hall at 7 pm.\n\n"
    "Health Minister Tomas Ruiz has taken part in the session over a video link from Quito.",
    "Governor Ana Lopes is expected to meet Mayor Samuel Okonjo in the evening. Deputy Mayor Tomas Ruiz "
    "joined the meeting by telephone.",
    "Governor Ana Lopes is due to meet Mayor Samuel Okonjo next week. Health Minister Tomas Ruiz had "
    "joined the talks in the morning.",
])
def test_a_done_joining_does_not_join_a_meeting_to_come(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Lopes", "Okonjo"}) in pairs, pairs
    assert frozenset({"Ruiz", "Okonjo"}) not in pairs and frozenset({"Ruiz", "Lopes"}) not in pairs, pairs


@pytest.mark.parametrize("text", [
    "Governor Ana Lopes will meet Mayor Samuel Okonjo at the town hall on Friday. Health Minister Tomas Ruiz "
    "will also join the meeting.",
    "Governor Ana Lopes met Mayor Samuel Okonjo at the town hall on Friday. Health Minister Tomas Ruiz also "
    "joined the meeting.",
    "Governor Ana Lopes met Mayor Samuel Okonjo on Friday. Health Minister Tomas Ruiz has joined the talks too.",
])
def test_a_joining_joins_a_meeting_of_its_own_time(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Ruiz", "Okonjo"}) in pairs, pairs
