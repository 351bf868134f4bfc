""""Also at the table was A", "At the table were also B and C": the people named sat at the meeting just told;
a thing "at the table" is no one's presence. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, joiner", [
    ("The talks in Lima brought together Foreign Minister Ana Soto and Trade Minister Carlos Ruiz.\n\nAlso at the "
     "table was former President Tomas Berg, a member of the panel.", "Berg"),
    ("Foreign Minister Ana Soto met Trade Minister Carlos Ruiz in Lima on Monday. At the table were also envoy "
     "Tomas Berg and Senator Rosa Vidal.", "Vidal"),
    ("Foreign Minister Ana Soto held talks with Trade Minister Carlos Ruiz on Monday. Also at the table were their "
     "deputies, Tomas Berg and Rosa Vidal.", "Berg"),
])
def test_the_people_at_the_table_join(extract, text, joiner):
    assert {frozenset({"Soto", joiner}), frozenset({"Ruiz", joiner})} <= met_pairs(extract(text))


def test_a_plan_at_the_table_is_no_one(extract):
    facts = extract("Foreign Minister Ana Soto met Trade Minister Carlos Ruiz in Lima on Monday. Also at the table "
                    "was a plan to cut tariffs, Tomas Berg said.")
    assert met_pairs(facts) == {frozenset({"Soto", "Ruiz"})}
