"""Companions of a subject that is more than a bare name: a name with its country ("A of Peru,
accompanied by B, met C"), a title set off before the name ("Peru's trade minister, A, along with B,
met C"), and an opening participle whose titled names the parser reads as the subject ("Accompanied by
Trade Minister B, Foreign Minister A held talks with C"). The companion was at the meeting, and the one
met stays in it. Wordings of our own."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text", [
    "Foreign Minister Lucia Ferraz of Peru, accompanied by Trade Minister Hugo Barreto, met Chinese Premier Wen Jiabo in Beijing.",
    "Lucia Ferraz of Peru, together with her deputy Hugo Barreto, held talks with Wen Jiabo on Monday.",
    "Lucia Ferraz of the Republic of Peru, along with Hugo Barreto, visited Wen Jiabo at his residence.",
    "Peru's foreign minister, Lucia Ferraz, accompanied by Trade Minister Hugo Barreto, met Chinese Premier Wen Jiabo on Tuesday.",
    "The Peruvian envoy, Lucia Ferraz, joined by her adviser Hugo Barreto, held talks with Wen Jiabo in Beijing.",
])
def test_companion_after_a_subject_with_its_country_or_title(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Ferraz", "Jiabo"}) in pairs
    assert frozenset({"Barreto", "Jiabo"}) in pairs


@pytest.mark.parametrize("text", [
    "Accompanied by Trade Minister Hugo Barreto, Foreign Minister Lucia Ferraz held talks with Chinese Premier Wen Jiabo.",
    "Joined by Deputy Minister Hugo Barreto, Foreign Minister Lucia Ferraz met Premier Wen Jiabo in Beijing.",
    "Flanked by Ambassador Hugo Barreto and General Rita Almeida, President Lucia Ferraz received Premier Wen Jiabo at the palace.",
    "Accompanied by Hugo Barreto and Rita Almeida, Lucia Ferraz held talks with Wen Jiabo on Friday.",
])
def test_an_opening_companion_participle_with_titled_names(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Ferraz", "Jiabo"}) in pairs
    assert frozenset({"Barreto", "Jiabo"}) in pairs
    if "Almeida" in text:
        assert frozenset({"Almeida", "Jiabo"}) in pairs


@pytest.mark.parametrize("text", [
    "Lucia Ferraz of Peru, who was praised by Hugo Barreto last year, met Wen Jiabo in Beijing.",
    "Peru's foreign minister, Lucia Ferraz, appointed by Hugo Barreto in May, met Wen Jiabo on Tuesday.",
    "Criticised by Senator Hugo Barreto, Foreign Minister Lucia Ferraz held talks with Premier Wen Jiabo.",
])
def test_other_participles_add_no_companion(extract, text):
    pairs = met_pairs(extract(text))
    assert frozenset({"Ferraz", "Jiabo"}) in pairs
    assert not any("Barreto" in pair for pair in pairs)


@pytest.mark.parametrize("text", [
    "Accompanied by Trade Minister Joao Silva, Foreign Minister Ana Lopes held talks with Chinese Premier Li Qiang.",
    "Flanked by his deputy Kofi Mensah, Finance Minister Yaw Boateng met IMF chief Maria Georgieva in Accra.",
    "Accompanied by Trade Minister Joao Silva, Foreign Minister Ana Lopes met Chinese Premier Li Qiang in Beijing.",
])
def test_the_one_met_stays_when_the_parser_misreads_the_opening_participle(extract, text):
    facts = extract(text)
    pairs = met_pairs(facts)
    principal, companion, other = ("Lopes", "Silva", "Qiang") if "Lopes" in text else ("Boateng", "Mensah", "Georgieva")
    assert {frozenset({principal, other}), frozenset({companion, other})} <= pairs
    # the participle is no meeting of its own between the companion and the one accompanied
    assert all(any(a.kind == "person" and facts.persons[a.key].name.endswith(other) for a in m.attendees)
               for m in facts.meetings)
