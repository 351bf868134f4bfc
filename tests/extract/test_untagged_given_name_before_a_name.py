"""An untagged capitalised given name right before a name of two words, which the parser joins to it, opens
that name where only the sentence's start or an honorific stands before it ("Siti | Aminah Rahman arrived",
"Mr Abdirahman | Farah Warsame"); an office, trade, month or plural title there stays outside the name."""
import pytest

from tests.conftest import names


@pytest.mark.parametrize("text, name", [
    ("Siti Aminah Rahman arrived in Accra on Monday.", "Siti Aminah Rahman"),
    ("Mr Abdirahman Farah Warsame, the envoy, met the minister.", "Abdirahman Farah Warsame"),
    ("Dr Nurul Huda Karim said the clinic would reopen.", "Nurul Huda Karim"),
])
def test_the_given_name_opens_the_name(extract, text, name):
    assert name in names(extract(text)), names(extract(text))


@pytest.mark.parametrize("text, name", [
    ("Coach Lars Dahl praised the team.", "Lars Dahl"),
    ("Ministers Ana Bel and Tin Sok met the mayor.", "Ana Bel"),
    ("Former Ana Bel Ruiz spoke first.", "Ana Bel Ruiz"),
])
def test_an_office_or_trade_word_stays_outside(extract, text, name):
    assert name in names(extract(text)), names(extract(text))
