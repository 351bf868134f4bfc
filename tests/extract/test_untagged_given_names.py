"""A given name the tagger does not know (Irish, Nahuatl, Yoruba ...) that the parser hangs on a lone surname
as its compound belongs to the name: ", Caoimhe McGlinchey,", "met Caoimhe McGlinchey". Title, style,
country and organisation words never do."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("The First Minister of Northern Ireland, Caoimhe McGlinchey, joined the talks.", "Caoimhe McGlinchey"),
    ("Taoiseach Cathal Ó Broin met Caoimhe McGlinchey on Monday.", "Caoimhe McGlinchey"),
    ("The deputy, Oluwaseun Adeyemi, spoke to reporters in Abuja.", "Oluwaseun Adeyemi"),
])
def test_an_unknown_given_name_stays_with_the_surname(extract, text, name):
    assert name in names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("Taoiseach Cathal Ó Broin met Minister McGlinchey on Monday.", "McGlinchey"),
    ("The talks were chaired by Senator Aoife Brennan, the minister.", "Aoife Brennan"),
])
def test_title_words_stay_out_of_the_name(extract, text, name):
    assert name in names(extract(text))
