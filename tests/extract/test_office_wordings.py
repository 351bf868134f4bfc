"""Office wordings: a title before a naming participle, an active removal, a leader title coordinated
with another person's, and a title-case headline's preposition after a name."""
import pytest

from tests.conftest import names, person_key


def offices_of(facts, surname):
    key = person_key(facts, surname)
    return {(o.title, o.former) for o in facts.offices if o.person == key}


@pytest.mark.parametrize("text, surname, title", [
    ("Three people testify today: an appeals court judge named Paul Verity and two others.", "Verity", "appeals court judge"),
    ("A federal judge named Carla Diaz blocked the order on Friday.", "Diaz", "federal judge"),
    ("The court heard from a police officer called Sam Price on Tuesday.", "Price", "police officer"),
])
def test_a_title_before_a_naming_participle_is_the_persons_office(extract, text, surname, title):
    assert (title, False) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text", [
    "The president named Ana Ruiz as his new envoy on Monday.",  # a verb, not a naming participle
    "A novelist named Ana Ruiz read from her book.",  # an occupation
])
def test_no_office_from_a_naming_verb_or_an_occupation(extract, text):
    assert offices_of(extract(text), "Ruiz") == set()


@pytest.mark.parametrize("text, surname, title", [
    ("Trump fired FBI Director James Colby on Tuesday.", "Colby", "FBI Director"),
    ("Lee sacked Defence Minister Omar Dahl after the vote.", "Dahl", "Defence Minister"),
    ("The board has dismissed Chairman Ivo Kral over the losses.", "Kral", "Chairman"),
])
def test_the_object_of_a_past_removal_held_the_office_before(extract, text, surname, title):
    assert (title, True) in offices_of(extract(text), surname)


@pytest.mark.parametrize("text, surname, title", [
    ("The president may fire Interior Minister Karl Weiss next month.", "Weiss", "Interior Minister"),
    ("The president praised Interior Minister Karl Weiss on Monday.", "Weiss", "Interior Minister"),
    ("The party removed Senator Ines Roth from the finance committee.", "Roth", "Senator"),
])
def test_no_removal_keeps_the_office_current(extract, text, surname, title):
    assert offices_of(extract(text), surname) == {(title, False)}


@pytest.mark.parametrize("text, surname, titles", [
    ("Remarks by the President and Prime Minister Tanaka Before Their Meeting\n\nThe two leaders met in "
     "Osaka, where Prime Minister Ken Tanaka spoke first.", "Tanaka", {"Prime Minister"}),
    ("The King and President Ivo Dan of Norland toured the port together.", "Dan", {"President"}),
    ("Vice President and Minister of Health Dr. Omar Saleh attended the talks.", "Saleh",
     {"Vice President", "Minister of Health"}),
])
def test_a_bare_leader_title_before_and_is_someone_else(extract, text, surname, titles):
    assert {t for t, _ in offices_of(extract(text), surname)} == titles


@pytest.mark.parametrize("text, name", [
    ("Statement by Chancellor Berg After the Summit\n\nChancellor Anna Berg left Rome on Friday.", "Anna Berg"),
    ("Photos: Governor Lia Marsh During Her Visit\n\nGovernor Lia Marsh toured the plant.", "Lia Marsh"),
    ("Remarks by Senator Omar Dahl Following the Vote\n\nThe vote passed late on Thursday.", "Omar Dahl"),
])
def test_a_headline_preposition_is_no_part_of_a_name(extract, text, name):
    found = names(extract(text))
    assert name in found
    assert not any(n.endswith(("After", "During", "Following")) for n in found)
