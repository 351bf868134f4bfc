"""What brings people together met: "the forum brought A and B together", with "together" after the objects
even where the parser hangs it on a later phrase ("... together for the first time"), as well as before them;
a participle of attendance on that meeting noun ("the talks, brokered by C, ...", "the lunch, hosted by C,
...") puts C at it too. Bringing things together ("brought farmers and unions together in a front", "brought
the two reports together") is no meeting of people."""
import pytest

from tests.conftest import met_pairs, names


@pytest.mark.parametrize("text", [
    "The forum brought Governor Ruth Adler and Mayor Tomas Reyes together for the first time in Denver on Monday.",
    "A charity lunch on Monday brought together Governor Ruth Adler and Mayor Tomas Reyes at the city museum.",
    "Monday's ceremony in Denver brought Governor Ruth Adler and Mayor Tomas Reyes together after years of feuding.",
    "It was the flood that finally brought Governor Ruth Adler and Mayor Tomas Reyes together, at a shelter in Denver.",
])
def test_those_brought_together_met(extract, text):
    assert frozenset({"Adler", "Reyes"}) in met_pairs(extract(text))


@pytest.mark.parametrize("text, broker", [
    ("The talks, brokered by Swiss diplomat Lena Graf, brought Governor Ruth Adler and Mayor Tomas Reyes together "
     "in Bern on Monday.", "Graf"),
    ("The lunch, hosted by Senator Ivo Marsh, brought together Governor Ruth Adler and Mayor Tomas Reyes on Monday.",
     "Marsh"),
    ("Last week's session, chaired by Deputy Minister Lena Graf, brought Governor Ruth Adler and Mayor Tomas Reyes "
     "together in Bern.", "Graf"),
])
def test_the_one_who_ran_the_meeting_was_there_too(extract, text, broker):
    pairs = met_pairs(extract(text))
    assert {frozenset({"Adler", "Reyes"}), frozenset({broker, "Adler"}), frozenset({broker, "Reyes"})} <= pairs, pairs


@pytest.mark.parametrize("text", [
    "The new law brought farmers and unions together in a common front, Governor Ruth Adler said.",
    "Mayor Tomas Reyes brought the two reports together in a single volume.",
    "Governor Ruth Adler brought her notes together before the hearing.",
])
def test_bringing_things_together_is_no_meeting(extract, text):
    pairs = met_pairs(extract(text))
    assert not pairs, pairs


@pytest.mark.parametrize("text, listed", [
    ("The two presidents, Hugo Salas of Venezuela and Andres Prado of Colombia, met in Quito.", {"Salas", "Prado"}),
    ("The ministers, Ana Beltran of Chile and Jorge Mena of Uruguay, held talks in Lima.", {"Beltran", "Mena"}),
    ("Two governors, Rosa Vidal of Ecuador and Ivan Duarte of Peru, toured the border post together.",
     {"Vidal", "Duarte"}),
])
def test_each_name_of_a_list_of_names_with_their_countries(extract, text, listed):
    found = {n.split()[-1] for n in names(extract(text))}
    assert listed <= found, found
