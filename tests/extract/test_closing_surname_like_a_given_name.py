"""A name NER cut before its last surname ("Amina Juma | Hassan") is one name when that surname, though it
looks like a given name (Hassan, Musa, Ali), closes a given name and a surname that does not; never
across a comma."""
import pytest


def _names(facts):
    return {p.name for p in facts.persons.values()}


@pytest.mark.parametrize("text, name", [
    ("The road was opened by President Samira Mwinyi Hassan and her host on Tuesday.",
     "Samira Mwinyi Hassan"),
    ("The visit comes at the invitation of President Amina Juma Hassan, with trade on the agenda.", "Amina Juma Hassan"),
    ("The bill was tabled by Senator Halima Wanjiku Ali in March.", "Halima Wanjiku Ali"),
])
def test_a_closing_surname_that_looks_like_a_given_name_joins_the_name(extract, text, name):
    assert name in _names(extract(text))


def test_names_set_apart_by_commas_stay_apart(extract):
    names = _names(extract("The envoys, Amina Juma, Hassan Musa and Ali Omar, arrived in Arusha on Monday."))
    assert "Amina Juma Hassan" not in names and not any(n.startswith("Amina Juma ") for n in names)
