"""A post held to a named office-holder, set off before another name by a comma ("A spokesman for
Prime Minister X, Y, said"): Y holds the post (spokesman, aide, chief of staff), X the office before
X's own name; Y never takes X's title. Also "a spokesman for the prime minister, Y": Y is no prime minister."""
import pytest

from tests.conftest import person_key


def titles(facts, surname):
    key = person_key(facts, surname)
    return [o.title.lower() for o in facts.offices if o.person == key]


@pytest.mark.parametrize("text, holder, post, boss, boss_title", [
    ("A spokesman for Prime Minister Aldo Brenner, Tomas Quill, said the vote would be held in May.",
     "Quill", "spokesman", "Brenner", "prime minister"),
    ("An aide to President Rosa Valcarcel, Ignacio Mendez, confirmed the trip to Lima.",
     "Mendez", "aide", "Valcarcel", "president"),
    ("The chief of staff to Governor Elaine Porter, Dwight Ambrose, resigned on Friday.",
     "Ambrose", "chief of staff", "Porter", "governor"),
    ("The spokeswoman for Foreign Minister Vesna Kralj-Horvat, Petra Novosel, declined to comment.",
     "Novosel", "spokeswoman", "Kralj-Horvat", "foreign minister"),
    ("A senior adviser to Chancellor Gregor Albrecht, Sabine Voigt, flew to Ottawa on Sunday.",
     "Voigt", "adviser", "Albrecht", "chancellor"),
])
def test_post_goes_to_the_name_after_the_comma(extract, text, holder, post, boss, boss_title):
    facts = extract(text)
    held = titles(facts, holder)
    assert any(post in t for t in held), held
    assert boss_title not in held, held  # never the other person's own office
    assert boss_title in titles(facts, boss)


@pytest.mark.parametrize("text, holder, wrong", [
    ("A spokesman for the prime minister, Tomas Quill, said no decision had been taken.", "Quill", "prime minister"),
    ("The adviser to the President, Lena Strand, said the plan was ready.", "Strand", "president"),
])
def test_office_in_the_complement_is_not_the_holders(extract, text, holder, wrong):
    held = titles(extract(text), holder)
    assert wrong not in held, held
    assert held, held  # the post itself is still read


def test_plain_preposed_office_still_goes_to_the_name(extract):
    # negative: no other person inside the phrase, so the office is the name's own
    assert "president of the senate" in titles(extract("The President of the Senate, Marta Oyelaran, opened the session."), "Oyelaran")


@pytest.mark.parametrize("text, holder, expected", [
    ("Yusuf Alami, the minister's brother, was detained at the border.", "Alami", []),
    ("Ana Rebelo, the president's wife, attended the gala.", "Rebelo", []),
    ("Omar Diallo, the governor's spokesman, said the road was closed.", "Diallo", ["spokesman"]),
])
def test_office_word_that_only_owns_the_apposition(extract, text, holder, expected):
    # "the minister's brother": the office word is whose brother, not what the name is
    assert titles(extract(text), holder) == expected
