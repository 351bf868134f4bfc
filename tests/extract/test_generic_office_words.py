"""A generic word for a family of offices ("the lawmaker", "the legislator", "the parliamentarian") framing
a quote: the person the sentence before is about speaks when their office is one of that family (an MP, a
senator, a TD) or they hold none; a governor or a mayor is no lawmaker."""
import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    ("Tom Rees, a member of parliament for the coast, attended the rally.\n\n\"This bill hurts farmers,\" the "
     "legislator said.", "hurts farmers", "Tom Rees"),
    ("Governor Ann Mwangi opened the market, flanked by MP John Mwangi. The two are not related.\n\nMr Mwangi, who "
     "chairs the trade committee, said he would seek more funds. \"Traders deserve better roads,\" the lawmaker "
     "said.", "deserve better roads", "John Mwangi"),
    ("Senator Maria Olsen voted against the treaty on Tuesday. \"We were never consulted,\" the parliamentarian "
     "told reporters.", "never consulted", "Maria Olsen"),
    ("Congresswoman Lupe Vargas toured the flooded district. \"These families need help now,\" the lawmaker "
     "said.", "need help now", "Lupe Vargas"),
])
def test_a_generic_office_word_is_the_holder_of_an_office_of_its_family(extract, text, words, speaker):
    assert speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("Governor Ruth Kamau toured the port on Friday.\n\n\"The port needs cranes,\" the lawmaker said.", "needs cranes"),
    ("Mayor Ivo Dane opened the school. \"It was overdue,\" the legislator said.", "overdue"),
])
def test_a_generic_office_word_is_not_the_holder_of_another_office(extract, text, words):
    assert speaker_of(extract(text), words) is None
