"""A plan told as past and dropped is no meeting: the past perfect of an expectation ("had been
expected to meet"), "was supposed to", "was to have met", and a plan after someone pulled out."""
import pytest

from tests.conftest import statuses_between


@pytest.mark.parametrize("text, a, b", [
    ("Prime Minister Ana Costa had been expected to meet President Lars Berg in Lisbon on Saturday.", "Costa", "Berg"),
    ("Foreign Minister Ivo Rask had planned to meet his Latvian counterpart Eva Ozola in Riga.", "Rask", "Ozola"),
    ("Governor Liz Hart had been due to hold talks with Mayor Tom Reyes before the flood.", "Hart", "Reyes"),
    ("Senator Joe Park was supposed to meet Governor Liz Hart on Monday.", "Park", "Hart"),
    ("Chancellor Otto Lind was to have met Prime Minister Mia Dahl on Friday.", "Lind", "Dahl"),
])
def test_a_plan_told_in_the_past_perfect_is_cancelled(extract, text, a, b):
    assert statuses_between(extract(text), a, b) == {"Cancelled"}


@pytest.mark.parametrize("text, a, b", [
    ("President Tomas Ek pulled out of the summit at the last minute. Ek was due to meet Premier Hana Sol there.",
     "Ek", "Sol"),
    ("Minister Karl Vos withdrew from the conference on Sunday. He had been scheduled to hold talks with Envoy Rui Mota.",
     "Vos", "Mota"),
    ("Ambassador Ines Roth backed out of the trip. She was due to meet Foreign Minister Pavel Novak in Prague.",
     "Roth", "Novak"),
    ("The talks between Premier Hana Sol and President Tomas Ek were called off on Monday.", "Sol", "Ek"),
])
def test_a_plan_after_someone_pulled_out_is_cancelled(extract, text, a, b):
    assert statuses_between(extract(text), a, b) == {"Cancelled"}


@pytest.mark.parametrize("text, a, b, status", [
    ("Prime Minister Ana Costa had met President Lars Berg in Lisbon on Saturday.", "Costa", "Berg", "Occurred"),
    ("Prime Minister Ana Costa is expected to meet President Lars Berg in Lisbon on Saturday.", "Costa", "Berg", "Scheduled"),
    ("Prime Minister Ana Costa was expected to meet President Lars Berg in Lisbon on Saturday.", "Costa", "Berg", "Scheduled"),
    ("Senator Joe Park is supposed to meet Governor Liz Hart on Monday.", "Park", "Hart", "Scheduled"),
    ("Troops pulled out of the town on Friday. Minister Karl Vos was due to meet Envoy Rui Mota there.",
     "Vos", "Mota", "Scheduled"),
])
def test_plans_still_standing_and_past_meetings_keep_their_status(extract, text, a, b, status):
    assert statuses_between(extract(text), a, b) == {status}


@pytest.mark.parametrize("text, a, b", [
    ("Finance Minister Olga Berg said she was prepared to sit down with her Danish counterpart, Nils Holm.", "Berg", "Holm"),
    ("President Kofi Mensah is ready to meet opposition leader Ama Owusu.", "Mensah", "Owusu"),
    ("Governor Ray Tate said he was willing to meet Mayor Ann Cole to settle the dispute.", "Tate", "Cole"),
    ("Chancellor Erik Sand is open to holding talks with Prime Minister Lea Voss, his office said.", "Sand", "Voss"),
])
def test_a_meeting_someone_is_only_willing_to_have_is_an_offer(extract, text, a, b):
    assert statuses_between(extract(text), a, b) == {"Proposed"}


@pytest.mark.parametrize("text, a, b", [
    ("Ready for a deal, Finance Minister Olga Berg met Nils Holm in Oslo on Monday.", "Berg", "Holm"),
    ("Governor Ray Tate, happy with the vote, met Mayor Ann Cole at city hall on Friday.", "Tate", "Cole"),
    ("President Kofi Mensah met opposition leader Ama Owusu, who was ready to compromise.", "Mensah", "Owusu"),
])
def test_a_willing_mood_beside_a_meeting_that_happened_changes_nothing(extract, text, a, b):
    assert statuses_between(extract(text), a, b) == {"Occurred"}


@pytest.mark.parametrize("text, a, b, status", [
    ("The trilateral meeting, which was to bring together Ministers Ana Ruiz, Li Wen and Kenji Mori in Busan, "
     "was cancelled after the sides failed to agree.", "Ruiz", "Mori", "Cancelled"),
    ("The summit, which would have brought together President Ana Ruiz and Premier Li Wen, was called off.",
     "Ruiz", "Wen", "Cancelled"),
    ("The dinner, which was to bring together Governor Ana Ruiz and Mayor Li Wen, was postponed indefinitely.",
     "Ruiz", "Wen", "Cancelled"),
    ("The summit, which brought together President Ana Ruiz and Premier Li Wen, was not made public.",
     "Ruiz", "Wen", "Occurred"),
    ("The summit, which will bring together President Ana Ruiz and Premier Li Wen, opens on Monday.",
     "Ruiz", "Wen", "Scheduled"),
])
def test_what_befell_a_meeting_befalls_the_plan_its_relative_clause_tells(extract, text, a, b, status):
    assert statuses_between(extract(text), a, b) == {status}
