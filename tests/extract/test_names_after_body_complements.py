"""After a capitalised office word's of-complement that names a body, closed by an organisation word or an
acronym ("Speaker of Parliament", "Deputy Secretary-General of ASEAN", "Secretary-General of the Arab
League"), the plain capitalised words up to where the clause goes on are the holder's whole name, however
NER cut them or ran the body into them; the body is where the post is."""
from __future__ import annotations

import pytest

from tests.conftest import names, offices_by_surname


@pytest.mark.parametrize("text, name", [
    ("Speaker of Parliament Ana Lima opened the session on Monday.", "Ana Lima"),
    ("The session was opened by Speaker of Parliament Ana Lima on Monday.", "Ana Lima"),
    ("Deputy Secretary-General of ASEAN Pham Thi Thu opened the workshop.", "Pham Thi Thu"),
    ("The workshop was opened by Deputy Secretary-General of ASEAN Pham Thi Thu.", "Pham Thi Thu"),
    ("Secretary-General of the Arab League Adel Aboul Fadl Hamdi met Lebanese officials.", "Adel Aboul Fadl Hamdi"),
])
def test_the_name_after_a_body_complement_is_whole(extract, text, name):
    assert names(extract(text)) == {name}


@pytest.mark.parametrize("text, surname, title, org", [
    ("Deputy Secretary-General of ASEAN Pham Thi Thu opened the workshop.", "Thu", "deputy secretary-general of asean",
     "ASEAN"),
    ("Speaker of Parliament Ana Lima opened the session on Monday.", "Lima", "speaker of parliament", "Parliament"),
    ("Secretary-General of the Arab League Adel Aboul Fadl Hamdi met Lebanese officials.", "Hamdi",
     "secretary-general of the arab league", "Arab League"),
])
def test_the_body_is_where_the_post_is(extract, text, surname, title, org):
    assert (surname, title, org) in offices_by_surname(extract(text))


@pytest.mark.parametrize("text", [
    # no name after the body: its own capitalised words are no person
    "President of the Senate Foreign Relations Committee Budget Office spoke.",
    "The Speaker of Parliament Hall opened on Monday.",
])
def test_no_person_without_a_name_after_the_body(extract, text):
    assert not names(extract(text))


def test_a_portfolio_complement_is_left_to_the_office_rules(extract):
    facts = extract("Minister of Foreign Affairs Sergio Pardo Ruiz met the envoy.")
    assert names(facts) == {"Sergio Pardo Ruiz"}
