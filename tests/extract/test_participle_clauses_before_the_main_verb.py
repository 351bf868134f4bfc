"""A participle clause set before its main verb ("Meeting in Geneva, A and B agreed to ...", "Having held
talks with B, A proposed ...", "Received by B at the palace, A hoped ...") tells a meeting the main clause
only dates: the main verb's plans, offers, wishes and denials are about something else. Its tense still
counts ("Meeting in Geneva next week, they will sign"), and a wish inside the participle clause itself
("Hoping to meet B, A flew to Cairo") keeps the meeting unreal."""
import pytest

from tests.conftest import statuses_between


@pytest.mark.parametrize("text", [
    "Meeting in Geneva on Monday, Chancellor Ida Lund and President Omar Saleh agreed to extend the truce.",
    "Having held talks with President Omar Saleh in Cairo, Chancellor Ida Lund proposed a new summit.",
    "Meeting with President Omar Saleh on Tuesday, Chancellor Ida Lund did not mention the dispute.",
    "Received by President Omar Saleh at the palace, Chancellor Ida Lund hoped for a quick deal.",
])
def test_the_participle_meeting_happened(extract, text):
    assert statuses_between(extract(text), "Lund", "Saleh") == {"Occurred"}


def test_the_main_verbs_future_makes_it_scheduled(extract):
    facts = extract("Meeting in Geneva next week, Chancellor Ida Lund and President Omar Saleh will sign the accord.")
    assert statuses_between(facts, "Lund", "Saleh") == {"Scheduled"}


@pytest.mark.parametrize("text", [
    "Hoping to meet President Omar Saleh, Chancellor Ida Lund flew to Cairo.",
    "Wishing to see President Omar Saleh in person, Chancellor Ida Lund asked for an audience.",
])
def test_a_wish_inside_the_participle_clause_stays_unreal(extract, text):
    assert not statuses_between(extract(text), "Lund", "Saleh") & {"Occurred", "Scheduled"}
