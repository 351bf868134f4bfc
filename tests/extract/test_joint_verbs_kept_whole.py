"""A joint verb written with a hyphen ("co-chairs", "co-hosted") is one word: split into "co", "-",
"chairs" it broke the parse of its whole sentence, and a meeting told elsewhere in it was lost."""
import pytest

from tests.conftest import met_pairs


def test_the_tokenizer_keeps_a_joint_verb_whole_with_its_lemma(nlp):
    doc = nlp("Ana Ruiz co-chaired the session. Lena Berg co-hosts a dinner. The forum was co-presided by Ana.")
    assert [(t.text, t.lemma_) for t in doc if t.text.startswith("co-")] == [
        ("co-chaired", "co-chair"), ("co-hosts", "co-host"), ("co-presided", "co-preside")]


@pytest.mark.parametrize("text, pair", [
    ("Ms Okafor and her Ghanaian counterpart, Yaw Boateng, co-chaired the session of the joint commission in Abuja.",
     {"Okafor", "Boateng"}),
    ("Ana Ruiz and Jon Berg co-chaired the session of the joint commission in Oslo on Thursday.", {"Ruiz", "Berg"}),
    ("The forum, co-hosted by Minister Lena Dahl and Minister Oskar Lind, opened in Malmo on Monday.",
     {"Dahl", "Lind"}),
])
def test_people_who_run_a_meeting_together_met(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text, pair", [
    ("Ana Ruiz, who co-chairs the commission, told reporters after talks with Premier Jon Berg on Monday.",
     {"Ruiz", "Berg"}),
    ("Senator Maya Okoro, who co-hosts the caucus, met Governor Ifeanyi Obi in Enugu on Tuesday.",
     {"Okoro", "Obi"}),
    ("Rosa Lind, who co-chaired the panel last year, held talks with Mayor Tomas Berg on Friday.",
     {"Lind", "Berg"}),
])
def test_a_joint_verb_in_a_relative_clause_leaves_the_meeting_whole(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


@pytest.mark.parametrize("text", [
    "Rhea Kapoor, who co-chairs the council with Tan Boon Leng, said the plan was sound.",
    "Rhea Kapoor co-chairs the panel with Tan Boon Leng.",
    "The council, co-chaired by Rhea Kapoor and Tan Boon Leng since 2019, has not met this year.",
    "Olga Berg and Ivan Petrov co-host a weekly radio show on farming.",
])
def test_a_post_shared_is_no_meeting(extract, text):
    assert met_pairs(extract(text)) == set()


@pytest.mark.parametrize("text, pair", [
    ("The Joint Economic Commission, co-chaired by Minister Rhea Kapoor and Deputy Minister Tan Boon Leng, reviewed trade "
     "on Monday.", {"Kapoor", "Leng"}),
    ("The steering council, co-chaired by Governor Ama Owusu and Mayor Kojo Mensah, discussed the flood plan.",
     {"Owusu", "Mensah"}),
    ("On Friday the border committee, co-chaired by Colonel Ivo Rask and Colonel Peeter Kask, approved new "
     "crossing hours.", {"Rask", "Kask"}),
])
def test_a_body_whose_joint_chairs_sat_together(extract, text, pair):
    assert frozenset(pair) in met_pairs(extract(text))


def test_a_body_that_only_published_did_not_sit(extract):
    facts = extract("The committee, co-chaired by Ana Lopes and Tomas Ruiz, published its report on Monday.")
    assert met_pairs(facts) == set()
