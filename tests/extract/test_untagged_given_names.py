"""A given name the tagger does not know (Irish, Nahuatl, Yoruba ...) that the parser hangs on a lone surname
as its compound belongs to the name: ", Caoimhe Brannigan,", "met Caoimhe Brannigan". Title, style,
country and organisation words never do."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("The Lord Mayor of Cork, Caoimhe Brannigan, opened the conference.", "Caoimhe Brannigan"),
    ("Taoiseach Sean Boyle met Caoimhe Brannigan on Monday.", "Caoimhe Brannigan"),
    ("The deputy, Oluwaseun Adeyemi, spoke to reporters in Abuja.", "Oluwaseun Adeyemi"),
])
def test_an_unknown_given_name_stays_with_the_surname(extract, text, name):
    assert name in names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("Taoiseach Sean Boyle met Minister Brannigan on Monday.", "Brannigan"),
    ("The talks were chaired by Senator Aoife Brennan, the minister.", "Aoife Brennan"),
])
def test_title_words_stay_out_of_the_name(extract, text, name):
    assert name in names(extract(text))
