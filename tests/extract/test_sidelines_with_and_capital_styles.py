"""Two readout habits. A with-phrase set after an adjunct that holds a meeting noun ("met, on the
margins of the assembly, with A, and with B") lists the verb's partners, not the assembly's: A and B did not
meet each other. A style of address in capitals ("HE A B", "HH Sheikh C") is no part of the name, as
"H.E." is not; the pronoun "he" stays a pronoun. Wordings of our own."""
import pytest

from tests.conftest import met_pairs, names, speaker_of


@pytest.mark.parametrize("text", [
    "Minister of State Khalid Rahman also met, on the sidelines of the assembly in Oslo, with Deputy Foreign Minister Selim Kaya, and with Secretary-General Idris Musa of the regional bloc.",
    "Khalid Rahman also met, on the margins of the summit, with Foreign Minister Selim Kaya, and with Idris Musa.",
    "Khalid Rahman met, on the margins of the conference in Doha, with Selim Kaya and later with Idris Musa.",
])
def test_the_with_list_belongs_to_the_verb(extract, text):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Rahman", "Kaya"}), frozenset({"Rahman", "Musa"})} <= pairs
    assert frozenset({"Kaya", "Musa"}) not in pairs


@pytest.mark.parametrize("text, expected", [
    ('HE Ali Farah told reporters that his country "values the support of its partners".', "Ali Farah"),
    ('HE Foreign Minister Ali Farah said the talks were "frank and useful".', "Ali Farah"),
    ('HH Sheikh Tamim Al-Nasser said his country "stands ready to mediate".', "Tamim Al-Nasser"),
])
def test_a_capital_style_is_no_part_of_the_name(extract, text, expected):
    facts = extract(text)
    assert expected in names(facts) and not any(n.startswith(("HE ", "HH ")) for n in names(facts))
    assert speaker_of(facts, text.split('"')[1]) == expected


def test_the_pronoun_he_is_no_style(extract):
    facts = extract('Ali Farah arrived on Monday. Later he Told reporters the visit was "a success".')
    assert names(facts) == {"Ali Farah"}
