"""A family name written first ("Hwang Ji-hoon", then "Hwang") that NER, somewhere in the article, reads as
a place or an organisation: the full name vouches for it, so the bare family name is still the person
and the quotes it frames are theirs."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ('Unification Minister Hwang Ji-hoon visited the border town on Monday.\n\n"We remain ready for dialogue at '
     'any time," Hwang said as the session opened.\n\nOn Tuesday, Hwang held phone talks with his Chinese '
     'counterpart.', "ready for dialogue", "Hwang Ji-hoon"),
    ('Finance Minister Yoon Da-hye arrived in Jakarta on Sunday.\n\n"Our banks want to grow here," Yoon told '
     'reporters as the visit began.\n\nOn Monday, Yoon held talks with the Indonesian governor.',
     "Our banks want to grow here", "Yoon Da-hye"),
    ('Transport Minister Liang Ji-woo landed in Lima on Monday.\n\n"Peru and our country share a lot," Liang said '
     'as the visit began.\n\nOn Tuesday, Liang held talks with the Peruvian minister.',
     "share a lot", "Liang Ji-woo"),
])
def test_a_family_name_alone_stays_the_person_its_full_name_names(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


def test_a_place_that_shares_a_persons_first_name_stays_a_place(extract):
    facts = extract('Foreign Minister Jordan Lee met envoys on Friday. "We are ready," Lee said. '
                    'Lee will fly to Jordan next week.')
    assert {p.name for p in facts.persons.values()} == {"Jordan Lee"}


@pytest.mark.parametrize("text, place", [
    ('Lakeport Mayor Dana Voss opened the new bridge on Monday. Traffic in Lakeport fell by half. "It works," '
     'Voss said.', "Lakeport"),
    ('Kestrel Bay councillor Omar Haddad met residents. Flooding in Kestrel Bay has worsened. "We need a wall," '
     'Haddad said.', "Kestrel Bay"),
])
def test_a_place_read_into_a_name_does_not_become_a_person(extract, text, place):
    names = {p.name for p in extract(text).persons.values()}
    assert not any(n == place or n == place.split()[0] for n in names)
