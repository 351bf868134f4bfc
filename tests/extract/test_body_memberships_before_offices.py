"""A membership of a named body written in lower case after the body's name, then "and" and a capitalised
office on the name ("Politburo member and Prime Minister X", "Central Committee member and Deputy Minister Y"):
one person holds both, the membership and the office. A lower-case description of another kind before "and"
still names a second person."""
import pytest

from tests.conftest import offices_by_surname


def titles_of(facts, surname):
    return {t for s, t, _ in offices_by_surname(facts) if s == surname}


@pytest.mark.parametrize("text, surname, titles", [
    ("That evening, Politburo member and Prime Minister Tran Van Long received the guests.", "Long",
     {"politburo member", "prime minister"}),
    ("The visitors later met Politburo member and Minister of Defence Ngo Quang Huy.", "Huy",
     {"politburo member", "minister of defence"}),
    ("Central Committee member and Deputy Minister Le Thi Hoa also spoke at the forum.", "Hoa",
     {"central committee member", "deputy minister"}),
    ("The agreement was signed by Presidium member and Speaker Anton Velikov.", "Velikov",
     {"presidium member", "speaker"}),
])
def test_membership_and_office_of_one_person(extract, text, surname, titles):
    assert titles <= titles_of(extract(text), surname)


def test_lower_case_description_before_and_is_another_person(extract):
    """Guard: "the Chilean party member and Acme Director General X": two people."""
    facts = extract("It was signed between the Chilean party member and Acme Director General Ana Ruiz.")
    assert not any("member" in t for t in titles_of(facts, "Ruiz"))
