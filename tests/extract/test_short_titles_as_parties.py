"""An office written short (`title_expansions.txt`: "the CM", "the PM") as a party of a meeting stands
for its holder, as it does for "the PM said": the tagger reads it as a body or as nobody. Not when the
article names no holder of that office."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Investment drive\n\nChief Minister Ana Lopes arrived in Cuenca on Monday.\n\nOn Tuesday morning the CM "
    "and her aides sat down to breakfast with Ambassador Tomas Ruiz.",
    "Investment drive\n\nChief Minister Ana Lopes arrived in Cuenca on Monday.\n\nThe CM is scheduled to meet "
    "Trade Minister Tomas Ruiz in Quito on Thursday.",
    "Investment drive\n\nPrime Minister Ana Lopes arrived in Cuenca on Monday.\n\nOn Tuesday the PM held talks "
    "with Trade Minister Tomas Ruiz at the port.",
])
def test_a_short_title_meets_as_its_holder(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Lopes", "Ruiz"}) in pairs, pairs


def test_no_holder_no_party(extract):
    facts = extract("Investment drive\n\nTrade Minister Ana Lopes arrived in Cuenca on Monday.\n\nThe PM is "
                    "scheduled to meet Ambassador Tomas Ruiz in Quito on Thursday.")
    assert frozenset({"Lopes", "Ruiz"}) not in met_pairs(facts)
