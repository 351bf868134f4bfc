"""A companion told by a passive "joined by" or "accompanied by" joins the meeting of the one joined:
in a relative clause on a partner ("A held talks with B, who was joined by her deputy, C") or in the
next sentence ("She was joined by C"). A possessive pronoun in the companion's phrase names the one
joined, not a second companion ("by her deputy, C"). A joining at another time or place is no part
of that meeting."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Talks in Quito\n\nOn Monday, Foreign Minister Tomas Ruiz held talks with Trade Minister Ana Lopes, who was "
    "joined by her deputy, Marco Vidal.",
    "Talks in Quito\n\nForeign Minister Tomas Ruiz received Trade Minister Ana Lopes, who was accompanied by "
    "her chief of staff, Marco Vidal.",
    "Talks in Quito\n\nForeign Minister Tomas Ruiz met Trade Minister Ana Lopes at the ministry. She was "
    "joined there by Deputy Minister Marco Vidal.",
    "Talks in Quito\n\nForeign Minister Tomas Ruiz met Trade Minister Ana Lopes on Monday. She was accompanied "
    "by her adviser, Marco Vidal.",
])
def test_a_companion_joins_the_partners_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Ruiz", "Vidal"}) in pairs, pairs
    assert frozenset({"Ruiz", "Lopes"}) in pairs, pairs


@pytest.mark.parametrize("text", [
    "Talks in Quito\n\nForeign Minister Tomas Ruiz met Trade Minister Ana Lopes on Monday. On Wednesday she "
    "was joined by Marco Vidal at a rally in Cuenca.",
    "Talks in Quito\n\nForeign Minister Tomas Ruiz met Trade Minister Ana Lopes on Monday. The mayor, who was "
    "joined by Marco Vidal, opened a school in Cuenca on Friday.",
])
def test_a_joining_elsewhere_is_no_part_of_the_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Ruiz", "Vidal"}) not in pairs, pairs
