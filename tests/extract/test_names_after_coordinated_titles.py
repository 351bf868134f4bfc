"""A name set off after the last of two coordinated titles ("the Director General and the Energy Minister of
Peru, A,") holds the last title only; the first title is someone told before. Wordings of our own."""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text", [
    "The Director General of the agency, Tomas Berg, arrived in Lima on Monday.\n\nOn Tuesday, the Director "
    "General and the Energy Minister of Peru, Olga Marchenko, will co-chair the first meeting of the commission.",
    "The Director General of the agency, Tomas Berg, arrived in Lima on Monday. The Director General and the "
    "Foreign Minister of Peru, Olga Marchenko, held talks at the ministry.",
    "The Director General of the agency, Tomas Berg, landed in Lima. Later the Director General and the Mines "
    "Minister of Peru, Olga Marchenko, toured the plant together.",
])
def test_the_name_holds_the_last_title(extract, text):
    facts = extract(text)
    titles = {t for s, t, _ in offices_by_surname(facts) if s == "Marchenko"}
    assert titles and not any("general" in t for t in titles)
    assert frozenset({"Berg", "Marchenko"}) in met_pairs(facts)
