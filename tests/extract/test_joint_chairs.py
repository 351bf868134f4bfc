"""Those who run one meeting together met: "the talks were co-chaired by A and B", "a session, to be
co-chaired by A and B", "at a meeting co-hosted by B", "A co-chaired the session with B"
(`co_chairs.py`, `joint_chair_verbs.txt`). A single chair names one side only, and a body that is no
meeting ("the committee, co-chaired by A and B") is no meeting of its chairs."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    # a passive whose subject the parser reads apart from the split verb
    "Officials met in Lima.\n\nThe talks themselves were co-chaired by Tomas Ruiz and Deputy Minister of Trade "
    "of Chile Ana Lopes.",
    # a participle on a meeting noun, the second chair described before her name
    "Officials met in Lima.\n\nThe bank hosts a session of its joint working group this week, to be "
    "co-chaired by Bishop Tomas Ruiz and the bank's secretary, Ana Lopes.",
    # the meeting the subject goes to, run by one named co-host
    "Officials met in Lima.\n\nHealth Minister Ana Lopes is due to meet the regional ministers in Cusco in "
    "June, at talks that are to be co-hosted by the minister for the Andes, Tomas Ruiz.",
    # the active voice, with the partner after "with" (also set off by commas)
    "Officials met in Lima.\n\nFinance Minister Ana Lopes co-chaired the session with Tomas Ruiz on Monday.",
    "Officials met in Lima.\n\nTrade Minister Ana Lopes will travel to Quito in July to co-chair, with Tomas Ruiz, the "
    "first session of the joint commission.",
])
def test_joint_chairs_of_a_meeting_met(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Lopes", "Ruiz"}) in pairs, pairs


@pytest.mark.parametrize("text", [
    "Officials met in Lima.\n\nThe committee, co-chaired by Ana Lopes and Tomas Ruiz, published its report "
    "on Monday.",
    "Officials met in Lima.\n\nAna Lopes chaired the session on Monday; Tomas Ruiz later spoke to reporters.",
    "Officials met in Lima.\n\nThe panel will be co-chaired by Ana Lopes, and Tomas Ruiz will advise it.",
])
def test_no_meeting_without_a_jointly_run_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Lopes", "Ruiz"}) not in pairs, pairs
