"""A refusal verb over a visit ("A snubbed B during her visit") is a meeting that did not happen between
them."""
import pytest

from tests.conftest import met_pairs, statuses_between


@pytest.mark.parametrize("text, a, b", [
    ("President Ana Lind snubbed Prime Minister Tom Hale during his visit to Oslo on Monday.", "Lind", "Hale"),
    ("Turkish President Kemal Aksoy snubbed Swedish Prime Minister Greta Berg during her visit to Ankara.", "Aksoy",
     "Berg"),
    ("The emir snubbed Chancellor Erik Brandt during his visit to Doha, leaving the talks to his deputy, "
     "Sheikh Omar Khalid.", None, "Brandt"),
])
def test_a_snub_over_a_visit_is_no_meeting(extract, text, a, b):
    facts = extract(text)
    if a is not None:
        assert "Occurred" not in statuses_between(facts, a, b), statuses_between(facts, a, b)
        assert "Declined" in statuses_between(facts, a, b)
    assert not any(b in pair and "Khalid" not in pair for pair in met_pairs(facts, statuses=("Occurred",)))


def test_a_passive_snub_is_no_meeting_either(extract):
    facts = extract("Prime Minister Tom Hale was snubbed by President Ana Lind during his visit to Oslo.")
    assert "Occurred" not in statuses_between(facts, "Hale", "Lind")

