"""Given names written as capitals without stops open many South Asian names ("AK Rafiqul Chowdhury",
"MJ Haque"): the capitals are part of the name, not an acronym, also right after a counterpart phrase
where NER calls them a body. A title written short ("PM") and a body's acronym are not."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text, expected, pair", [
    ("Foreign Minister AK Rafiqul Chowdhury has met his Nepali counterpart RN Prasad Koirala on the sidelines of the "
     "summit in Dhaka.", {"AK Rafiqul Chowdhury", "RN Prasad Koirala"}, {"Chowdhury", "Koirala"}),
    ("External Affairs Minister S Venkatesan met Foreign Minister MK Rashed Alam in New York.",
     {"S Venkatesan", "MK Rashed Alam"}, {"Venkatesan", "Alam"}),
    ("Minister MJ Haque received the envoy, Lars Berg, in Dhaka. Mr Haque said the talks went well.",
     {"MJ Haque", "Lars Berg"}, {"Haque", "Berg"}),
])
def test_initials_open_the_name(extract, text, expected, pair):
    facts = extract(text)
    assert names(facts) == expected, names(facts)
    assert met_pairs(facts) == {frozenset(pair)}, met_pairs(facts)


@pytest.mark.parametrize("text, expected", [
    ("The PM Ravi Menon met the envoy Lars Berg.", {"Ravi Menon", "Lars Berg"}),
    ("The UN Security Council met on Monday; envoy Lars Berg attended.", {"Lars Berg"}),
    ("Governor Ann Kilonzo was flanked by MP Peter Njoroge at the launch.", {"Ann Kilonzo", "Peter Njoroge"}),
])
def test_a_short_title_or_acronym_is_no_initial(extract, text, expected):
    assert names(extract(text)) == expected, names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("External Affairs Minister S.M. Venkatesan met Lars Berg. SM Venkatesan said the talks went well.",
     "S.M. Venkatesan"),
    ("Minister AK Rafiqul Chowdhury met Lars Berg. Later A.K. Rafiqul Chowdhury told reporters the talks went well.",
     "AK Rafiqul Chowdhury"),
])
def test_initials_with_and_without_stops_are_one_person(extract, text, name):
    assert names(extract(text)) == {name, "Lars Berg"}, names(extract(text))
