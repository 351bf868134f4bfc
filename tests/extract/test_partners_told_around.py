"""Partners of a meeting told around its trigger:
- a "with" partner described by a title with its own complement and then named ("will meet with the
  mayor of the Tver Region, A"): A, not the region;
- "the two" in a clause of time is the main clause's subject and the one it addresses ("A assured B
  ... when the two met");
- a meeting noun that "was joined by" or "was attended by" people, also as the second verb of its
  clause ("the talks ran late and were joined by C");
- "C also took part" after a semicolon: the meeting told earlier in the same sentence."""
import pytest

from tests.conftest import met_pairs


@pytest.mark.parametrize("text, pair", [
    ("Trade Minister Oleg Vasko will meet with the governor of the Tver Region, Pavel Gribov, on Friday.",
     {"Vasko", "Gribov"}),
    ("On Monday Oleg Vasko sat down with the chairman of the Astana City Council, Dana Serikova.",
     {"Vasko", "Serikova"}),
    ("Oleg Vasko flew to Tver, where he held talks with the head of the Regional Duma, Pavel Gribov.",
     {"Vasko", "Gribov"}),
])
def test_a_titled_partner_named_after_its_complement(extract, text, pair):
    facts = extract(text)
    assert frozenset(pair) in met_pairs(facts)
    assert not any(a.kind == "organization" for m in facts.meetings for a in m.attendees
                   if any(x.kind == "person" and facts.persons[x.key].name.split()[-1] in pair for x in m.attendees)), \
        [(m.attendees) for m in facts.meetings]


@pytest.mark.parametrize("text", [
    "Mayor Ilse Brandt promised Governor Tomas Lindhagen more buses when the two met in Malmo on Monday.",
    "Governor Tomas Lindhagen warned Mayor Ilse Brandt about the deficit after the two sat down at city hall.",
    "Mayor Ilse Brandt handed Governor Tomas Lindhagen a petition when both leaders met at the depot.",
])
def test_the_two_in_a_clause_of_time_are_the_speaker_and_the_one_addressed(extract, text):
    assert frozenset(("Brandt", "Lindhagen")) in met_pairs(extract(text))


@pytest.mark.parametrize("text, pairs", [
    ("Premier Aino Salo met Governor Rolf Hage in Turku. Their talks ran past midnight and were joined for "
     "dessert by Mayor Lisa Kaunis.", [{"Salo", "Kaunis"}, {"Hage", "Kaunis"}]),
    ("The talks between Premier Aino Salo and Governor Rolf Hage were joined on Tuesday by Mayor Lisa Kaunis.",
     [{"Salo", "Kaunis"}, {"Hage", "Kaunis"}]),
    ("Governor Rolf Hage hosted Premier Aino Salo at a lunch in Turku; Mayor Lisa Kaunis also took part.",
     [{"Salo", "Kaunis"}, {"Hage", "Salo"}]),
    ("Premier Aino Salo received Governor Rolf Hage at her office, and Mayor Lisa Kaunis also attended.",
     [{"Salo", "Kaunis"}, {"Hage", "Kaunis"}]),
])
def test_people_joining_the_meeting_in_its_own_sentence(extract, text, pairs):
    found = met_pairs(extract(text))
    assert all(frozenset(p) in found for p in pairs), found


@pytest.mark.parametrize("text", [
    "Mayor Ilse Brandt promised more buses when the two candidates debated on television, Governor Tomas Lindhagen said.",
    "Premier Aino Salo met Governor Rolf Hage in Turku; Mayor Lisa Kaunis stayed in Helsinki.",
    "Premier Aino Salo met Governor Rolf Hage in Turku. The strike was joined by Mayor Lisa Kaunis.",
    "Governor Rolf Hage will meet the mayor of the Turku Region on Friday, officials said; Lisa Kaunis, a spokeswoman, confirmed it.",
])
def test_no_partner_where_none_is_told(extract, text):
    found = met_pairs(extract(text))
    assert not any("Kaunis" in p for p in found) and frozenset(("Brandt", "Lindhagen")) not in found, found
