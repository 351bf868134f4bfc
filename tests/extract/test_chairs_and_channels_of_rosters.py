"""A roster after a meeting told without its people ("Also taking part were A and B") joins the one who chaired
it ("The meeting was chaired by C"), and is no meeting in person when the meeting was held by video or phone.
Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "The council held a special meeting in Lima on Monday. The meeting was chaired by President Ana Soto. "
    "Also participating were Prime Minister Carlos Ruiz and Prime Minister Tomas Berg.",
    "The council held a special session in Lima on Monday. The session, chaired by President Ana Soto, ran late. "
    "Also taking part were Prime Minister Carlos Ruiz and Prime Minister Tomas Berg.",
    "A special meeting of the bureau took place in Lima on Monday. It was chaired by President Ana Soto. "
    "Also present were Prime Minister Carlos Ruiz and Prime Minister Tomas Berg.",
])
def test_the_chair_is_at_the_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Soto", "Ruiz"}), frozenset({"Soto", "Berg"}), frozenset({"Ruiz", "Berg"})} <= pairs


@pytest.mark.parametrize("text", [
    "The council held a special meeting by videoconference on Monday. The meeting was chaired by President Ana "
    "Soto. Also participating were Prime Minister Carlos Ruiz and Prime Minister Tomas Berg.",
    "The bureau met by video link on Thursday to hear the report. The meeting was chaired by President Ana Soto. "
    "Also taking part were Prime Minister Carlos Ruiz and Prime Minister Tomas Berg.",
    "The Council of Ministers held an Extraordinary Session by videoconference on Friday to review the crisis. "
    "The meeting was chaired by the President of the Council, Dr Ana Soto. Also joining were the Honourable "
    "Carlos Ruiz, Prime Minister of Peru; and the Honourable Tomas Berg, Prime Minister of Bolivia.",
])
def test_a_meeting_by_video_makes_no_pairs_in_person(extract, text):
    assert not met_pairs(extract(text))
