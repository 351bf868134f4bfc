"""A ruler the article names bare and later calls "the Libyan leader" or "the Cuban strongman": with a
nationality and one of `bare_leader_nouns.txt`, the description stands for the one person named before with
no office and no country, and "leader" gives that person the office of that country. With two such people
named, or a description nobody unplaced could be, it stays nobody."""
import pytest

from tests.conftest import met_pairs, offices_by_surname


@pytest.mark.parametrize("text, ruler, host, country", [
    ("Omar Bashir signed the decree on Sunday. Kenyan President Daniel Arap held talks with the Sudanese leader "
     "in Khartoum a day later.", "Bashir", "Arap", "Sudan"),
    ("Robert Gumede landed in Beijing on Tuesday. Chinese President Li Wen welcomed the Zimbabwean leader at the "
     "Great Hall.", "Gumede", "Wen", "Zimbabwe"),
    ("Crowds lined the road as Teodoro Nsue drove into the capital. Spanish Premier Ana Prado met the Equatorial "
     "Guinean leader at the palace on Friday.", "Nsue", "Prado", "Equatorial Guinea"),
])
def test_the_nationality_leader_is_the_ruler_named_bare(extract, text, ruler, host, country):
    facts = extract(text)
    assert frozenset({ruler, host}) in met_pairs(facts)
    assert (ruler, "leader", country) in offices_by_surname(facts)


@pytest.mark.parametrize("text", [
    "Hun Manet arrived in Hanoi on Monday. Vietnamese President Tran Duc greeted the Cambodian strongman at the airport.",
    "Hun Manet arrived in Hanoi on Monday. Vietnamese President Tran Duc received the Cambodian ruler at the palace.",
])
def test_other_bare_leader_nouns_refer_but_are_no_office(extract, text):
    facts = extract(text)
    assert frozenset({"Manet", "Duc"}) in met_pairs(facts)
    assert not [o for o in offices_by_surname(facts) if o[0] == "Manet"]


@pytest.mark.parametrize("text", [
    "Omar Bashir and Salva Kiir spoke on Sunday. Kenyan President Daniel Arap held talks with the Sudanese leader later.",
    "Omar Bashir, the president of Sudan, signed the decree. Kenyan President Daniel Arap met the Libyan leader later.",
])
def test_no_single_unplaced_person_no_guess(extract, text):
    facts = extract(text)
    assert frozenset({"Arap", "Bashir"}) not in met_pairs(facts)
