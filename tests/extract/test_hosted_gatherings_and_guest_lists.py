"""A reception, gala or dinner someone gives is a gathering: its host met the guests the text lists
("A threw a reception. Among the guests were B and C"; "Guests included B"; "B and C were among the
invitees"; "a reception ..., attended by B and C"; "Guests at the dinner hosted by A included B").
A meal word is a gathering only when someone gives or attends it: "a cool reception" is how a plan
was received, and guests listed at another event did not meet the host."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Ambassador Ines Varga threw a reception at her residence on Friday. Among the guests were Senator Tomas Reed and "
    "Mayor Elsa Brandt.",
    "Ambassador Ines Varga gave a gala in the old town hall. Guests included Senator Tomas Reed and Mayor Elsa Brandt.",
    "Ambassador Ines Varga held a reception at the embassy on Monday. Senator Tomas Reed and Mayor Elsa Brandt were "
    "among the guests.",
    "Ambassador Ines Varga hosted a reception at the embassy, attended by Senator Tomas Reed and Mayor Elsa Brandt.",
    "Guests at the banquet hosted by Ambassador Ines Varga included Senator Tomas Reed and Mayor Elsa Brandt.",
    "Ambassador Ines Varga hosted a dinner for the diplomatic corps. The invitees included Senator Tomas Reed and "
    "Mayor Elsa Brandt.",
])
def test_the_host_met_the_listed_guests(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Varga", "Reed"}), frozenset({"Varga", "Brandt"})} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "The reception was attended by Senator Tomas Reed and Mayor Elsa Brandt.",
    "Senator Tomas Reed and Mayor Elsa Brandt attended a banquet in the palace on Sunday.",
])
def test_guests_of_one_gathering_met(extract, text):
    assert frozenset({"Reed", "Brandt"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The plan of Senator Tomas Reed got a cool reception from Mayor Elsa Brandt.",
    "Senator Tomas Reed said the reception of the bill by Mayor Elsa Brandt was hostile.",
    "Ambassador Ines Varga held a reception on Friday. Guests at the rally in the capital included Senator Tomas Reed.",
])
def test_no_gathering_without_a_given_or_attended_event(extract, text):
    pairs = met_pairs(extract(text))
    assert not ({frozenset({"Reed", "Brandt"}), frozenset({"Varga", "Reed"})} & pairs), pairs
