"""When an opening phrase misleads the parser ("On the margins of the plenary, A, along with B, held talks with
C"), the subject is the person before the companion phrase, and the companion joins that side; the name the
parser hung on the opening phrase is no place. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Soto spoke on Thursday. On the margins of the plenary, Soto, along with Deputy "
    "Minister Rosa Vidal, held bilateral talks with China's Foreign Minister Zhao Wen.",
    "Foreign Minister Ana Soto spoke on Thursday. On the sidelines of the forum, Soto, accompanied by Deputy "
    "Minister Rosa Vidal, held talks with China's Foreign Minister Zhao Wen.",
    "Foreign Minister Ana Soto spoke on Thursday. At the end of the session, Soto, together with Deputy "
    "Minister Rosa Vidal, held a meeting with China's Foreign Minister Zhao Wen.",
])
def test_the_subject_and_the_companion_meet_the_guest(extract, text):
    facts = extract(text)
    assert {frozenset({"Soto", "Wen"}), frozenset({"Vidal", "Wen"})} <= met_pairs(facts)
    assert not any(m.place == "Soto" for m in facts.meetings)
