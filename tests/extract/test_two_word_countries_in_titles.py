"""A country of two words inside an office ("Mission Chief for Sri Lanka", "Special Envoy for South Sudan")
stays whole in the title, though "Sri" looks like an honorific and NER may read the pair as a person or
leave "South" outside the place; and "Sri Lanka" alone is never a person "Lanka"."""
import pytest


@pytest.mark.parametrize("text, name, title", [
    ("The team under World Bank Country Director for Sri Lanka Anna Kowal met the finance minister on Friday.",
     "Anna Kowal", "World Bank Country Director for Sri Lanka"),
    ("The Special Envoy for South Sudan Tom Reyes arrived in Juba on Monday.", "Tom Reyes",
     "Special Envoy for South Sudan"),
    ("The Ambassador to Sri Lanka Mensah said the visit had been useful.", "Mensah", "Ambassador to Sri Lanka"),
    ("A fund mission led by Deputy Mission Chief for Sri Lanka Rohan Perera met the governor.", "Rohan Perera",
     "Deputy Mission Chief for Sri Lanka"),
])
def test_a_two_word_country_stays_whole_in_the_title(extract, text, name, title):
    facts = extract(text)
    assert (name, title) in {(facts.persons[o.person].name, o.title) for o in facts.offices}


@pytest.mark.parametrize("text", [
    "Sri Lanka said the talks had been useful.",
    "The mission praised Sri Lanka for its reforms, the statement said.",
])
def test_sri_lanka_is_no_person(extract, text):
    assert {p.name for p in extract(text).persons.values()} == set()


def test_a_country_of_two_words_before_a_title_is_still_its_country(extract):
    facts = extract("South Africa's President Lindiwe Dube met the envoy.")
    assert [(o.title, o.org) for o in facts.offices] == [("President", "South Africa")]
