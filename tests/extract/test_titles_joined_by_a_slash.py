"""Two titles joined by a slash ("the Deputy Prime Minister/Interior Minister of Moldova, X", "Prime
Minister/Finance Minister X") are two posts of one holder; a slash between common words is no title."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("Seated at the table were the Deputy Prime Minister/Interior Minister of Moldova, Ion Rusu, and "
     "two aides.", {("Rusu", "deputy prime minister"), ("Rusu", "interior minister")}),
    ("Also present were the Deputy Secretary General for Economic Policy/Special Envoy for the Arctic, Anna Berg, "
     "and her aides.", {("Berg", "deputy secretary general for economic policy"), ("Berg", "special envoy for the arctic")}),
    ("Prime Minister/Finance Minister Omar Haddad opened the session.",
     {("Haddad", "prime minister"), ("Haddad", "finance minister")}),
])
def test_both_posts_are_the_holders(extract, text, expected):
    found = {(s, t) for s, t, _ in offices_by_surname(extract(text))}
    assert expected <= found, found


def test_a_slash_between_common_words_adds_no_post(extract):
    found = {(s, t) for s, t, _ in offices_by_surname(extract("The talks covered trade/investment, President Ana "
                                                                "Torres said."))}
    assert found == {("Torres", "president")}, found
