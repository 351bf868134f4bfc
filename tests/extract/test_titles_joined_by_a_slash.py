"""Two titles joined by a slash ("the Deputy Prime Minister/Defence Minister of Georgia, X", "Prime
Minister/Finance Minister X") are two posts of one holder; a slash between common words is no title."""
import pytest

from tests.conftest import offices_by_surname


@pytest.mark.parametrize("text, expected", [
    ("The meeting was attended by the Deputy Prime Minister/Defence Minister of Georgia, Levan Beridze, and "
     "others.", {("Beridze", "deputy prime minister"), ("Beridze", "defence minister")}),
    ("Also present were the Assistant Secretary General for Political Affairs/Special Representative for the "
     "Balkans, Anna Berg, and her aides.", {("Berg", "assistant secretary general for political affairs"),
                                              ("Berg", "special representative for the balkans")}),
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
