"""The subject pronoun of a clause a who-clause reports ("A, who confirmed that he will ...") is the person the
who-clause describes, not the sentence's subject, when the genders agree. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("President Carlos Ruiz held a phone call with Judge Julio Solano, who confirmed that he will sign the "
     "accord with Director Paula Lynch in Guatemala City on November 12.", {"Solano", "Lynch"}),
    ("Mayor Carlos Ruiz thanked Governor Ana Lopes, who said she would meet Minister Pablo Ortega on Friday.",
     {"Lopes", "Ortega"}),
    ("Premier Carlos Ruiz praised Senator Marta Vidal, who announced that she will host Minister Pablo Ortega "
     "next week.", {"Vidal", "Ortega"}),
])
def test_the_who_clause_person_acts(extract, text, pair):
    pairs = met_pairs(extract(text))
    assert frozenset(pair) in pairs
    assert not any("Ruiz" in p for p in pairs)


def test_a_pronoun_of_the_other_gender_goes_elsewhere(extract):
    facts = extract("Mayor Carlos Ruiz spoke to Senator Ana Lopes, who said he would meet Minister Pablo Ortega "
                    "on Friday.")
    assert frozenset({"Lopes", "Ortega"}) not in met_pairs(facts)
