"""A lowercase word before an office word ("opposition leader A", "army chief B") stays inside a list of people
even where the parser makes it a conjunct, so "President A and opposition leader B met" keeps both. Mediators
who broker talks sit at them. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "President Ana Soto and opposition leader Carlos Ruiz met in Lima.",
    "President Ana Soto and opposition leader Carlos Ruiz met on Thursday for the first time since the vote.",
    "Prime Minister Ana Soto and army chief Carlos Ruiz met at the barracks on Friday.",
])
def test_both_titled_names_meet(extract, text):
    assert frozenset({"Soto", "Ruiz"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "President Ana Soto and opposition leader Carlos Ruiz came face to face on Thursday at talks brokered by former "
    "envoy Tomas Berg.",
    "President Ana Soto and opposition leader Carlos Ruiz held talks brokered by envoy Tomas Berg in Doha.",
])
def test_the_broker_sits_at_the_talks(extract, text):
    assert {frozenset({"Soto", "Berg"}), frozenset({"Ruiz", "Berg"})} <= met_pairs(extract(text))
