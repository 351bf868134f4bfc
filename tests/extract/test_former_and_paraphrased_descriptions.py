"""Descriptions that name an office by a past holder ("the former Ghanaian leader", "the ex-minister")
stand for the one person named before who held it formerly; informal names of offices ("the top
diplomat", "the country's chief diplomat": `title_paraphrases.txt`) stand for its holder. With two
people who fit, the description stays nobody."""
import pytest


def _speakers(facts):
    return {facts.persons[s.speaker.key].name for s in facts.statements if s.speaker.kind == "person"}


@pytest.mark.parametrize("text, speaker", [
    ('Former Ghanaian President John Mensah arrived in Abuja on Monday. "We will not accept this," the former '
     'Ghanaian leader told reporters.', "John Mensah"),
    ('Former Prime Minister Lars Holm visited the plant in Bergen. "It was a different world," said the former '
     'Norwegian leader.', "Lars Holm"),
    ('Former Chancellor Otto Brandt toured the port of Hamburg. "We built this," the former chancellor said.', "Otto Brandt"),
])
def test_a_former_office_description_stands_for_its_past_holder(extract, text, speaker):
    assert _speakers(extract(text)) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ('Ana Vidal, the Spanish foreign minister, met Marek Nowak on Monday. The top diplomat later said the talks '
     'were "frank and useful".', "Ana Vidal"),
    ('Kenya\'s Foreign Minister Peter Mwangi arrived in Tokyo. "We came to listen," the country\'s chief '
     'diplomat said.', "Peter Mwangi"),
    ('Foreign Minister Peter Mwangi of Kenya met Foreign Minister Ana Vidal of Spain. "We came to listen," the '
     'Kenyan top diplomat said.', "Peter Mwangi"),
])
def test_an_informal_office_name_stands_for_its_holder(extract, text, speaker):
    assert _speakers(extract(text)) == {speaker}


def test_two_past_holders_leave_the_description_unresolved(extract):
    facts = extract('Former President Tom Berg and former President Lars Holm met in Oslo. "It was a good day," '
                    'the former president said.')
    assert _speakers(facts) == set()


def test_a_current_holder_is_not_the_former_one(extract):
    facts = extract('President Ana Vidal met Chancellor Otto Brandt in Vienna. "Those were hard years," the former '
                    'president told reporters.')
    assert "Ana Vidal" not in _speakers(facts)
