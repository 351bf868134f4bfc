"""A pronoun in a clause that opens a sentence, before anyone is named in it, points forward to the named
main subject ("Speaking in Rome, where he met A, Minister B said ..."): B met A. Not when the main clause
has its own pronoun that could be the same ("When he arrived, Mayor Ode greeted him")."""
import pytest


def _pairs(facts):
    name = lambda a: facts.persons[a.key].name if a.kind == "person" else a.key  # noqa: E731
    return {frozenset(name(a) for a in m.attendees) for m in facts.meetings}


@pytest.mark.parametrize("text, pair", [
    ("Farm prices fell again.\n\nSpeaking in Rome, where he met Italian Agriculture Minister Paolo Greco this "
     "morning, Irish minister Tom Daly said the talks had been \"useful\".", {"Tom Daly", "Paolo Greco"}),
    ("Talks resumed on Monday.\n\nAfter she landed in Nairobi, where she met Kenyan Trade Minister Ann Wafula, "
     "Trade Minister Liv Berg said the deal was \"very close now\".", {"Liv Berg", "Ann Wafula"}),
    ("A ceasefire held overnight.\n\nBefore he flew home, where he will meet Premier Hana Ito on Friday, Foreign "
     "Minister Jon Eide said the truce was \"fragile\".", {"Jon Eide", "Hana Ito"}),
    ("Talks resumed on Monday.\n\nArriving in Lima, where she met Peruvian Energy Minister Rosa Quispe, Energy "
     "Minister Liv Berg said the deal was \"very close now\".", {"Liv Berg", "Rosa Quispe"}),
])
def test_an_opening_clause_pronoun_is_the_named_subject_that_follows(extract, text, pair):
    assert frozenset(pair) in _pairs(extract(text))


def test_a_main_clause_pronoun_keeps_the_opening_one_someone_else(extract):
    facts = extract("Senator Ann Cole waited at the gate. When she arrived, Mayor Rita Ode met her warmly.")
    assert frozenset({"Rita Ode", "Ann Cole"}) in _pairs(facts)
