"""A rank of two words closing a long office before the name is a post of its own ("Head of
Staff of the Army Lieutenant General X"), and an office sits "in" a capitalised body
("Minister in the Presidency X") (extract/offices.py)."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, surname, titles", [
    ("The envoy met Head of Staff of the Ruritanian Army Lieutenant General Salem Nasser Otaibi on Tuesday.",
     "Otaibi", {"head of staff of the ruritanian army", "lieutenant general"}),
    ("They were received by Commander of the Eastern Fleet Rear Admiral Pedro Lim Santos.",
     "Santos", {"commander of the eastern fleet", "rear admiral"}),
    ("The visitors were welcomed by Head of the Coast Guard Vice Admiral Pedro Lim Santos at the pier.",
     "Santos", {"head of the coast guard", "vice admiral"}),
])
def test_a_rank_beside_an_office_is_a_post_of_its_own(extract, text, surname, titles):
    got = {t for s, t, _ in offices_by_surname(extract(text)) if s == surname}
    assert titles <= got, got


@pytest.mark.parametrize("text, surname, title", [
    ("Minister in the Presidency Sipho Dlamini, who attended the session, said the bill would go back.",
     "Dlamini", "minister in the presidency"),
    ("The visitors were briefed by Minister in the Cabinet Office Ruth Kamau on Friday.", "Kamau",
     "minister in the cabinet office"),
    ("Deputy Minister in the Presidency Thandi Nkosi opened the session.", "Nkosi", "deputy minister in the presidency"),
])
def test_an_office_in_a_body(extract, text, surname, title):
    assert any(s == surname and t == title for s, t, _ in offices_by_surname(extract(text)))


def test_meeting_someone_in_a_place_adds_nothing_to_the_office(extract):
    offices = offices_by_surname(extract("He met President Ana Ruto in the State House on Monday."))
    assert ("Ruto", "president", None) in offices
