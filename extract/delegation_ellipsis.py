"""A second side's head told with words of the first side's clause left out.

After one side's "led/headed by" clause, the next side is often told in a shorter clause:
- the lead verb left out (gapping): "the Indian team was led by A; the Pakistani team by B";
- the group noun left out after a possessive: "Somalia's team was led by C; Ethiopia's was headed by D";
- both left out: "Serbia's team was led by E and Kosovo's by F".
The parser reads such a clause as anything (an apposition, a name's conjunct), so it is read along the
surface: a clause opener, a country's possessive or demonym, the group noun and lead verb if written,
"by" and the head's name.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.participants import listed_people, sentence_end
from newsgraph.extract.people import PeopleIndex

_LEAD_VERBS = frozenset({"lead", "head"})
_CLAUSE_OPENERS = frozenset({",", ";", "and", "while", "whereas", "but"})


def _is_lead_participle(tok: Token) -> bool:
    return tok.lemma_.lower() in _LEAD_VERBS and tok.tag_ == "VBN"


def _is_group_word(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex().delegation_nouns | lex().side_nouns


def _first_side_told_before(by: Token, window: int = 40) -> bool:
    """Whether a full "led/headed by" clause comes shortly before: the first side the short one follows."""
    doc = by.doc
    return any(_is_lead_participle(t) and doc[t.i + 1].lower_ == "by" for t in doc[max(0, by.i - window):by.i - 1])


def _country_before(doc: Doc, k: int) -> tuple[str, int] | None:
    """The country a word ending at token k names ("Kosovo", "South Sudan", "Pakistani") and where it
    starts, when it is capitalised."""
    for start in (k - 1, k):
        if start >= 0 and doc[start].text[:1].isupper() and (country := lex().country_for(doc[start:k + 1].text)):
            return country, start
    return None


def _elided_side(by: Token) -> str | None:
    """The country of a short clause ending at "by", when its group noun, its lead verb or both are left out
    and it opens a clause after the first side's."""
    doc = by.doc
    k = by.i - 1
    verb = _is_lead_participle(doc[k])
    if verb:
        k -= 1 + (doc[k - 1].lemma_ == "be")  # "Ethiopia's was headed by"
    noun = _is_group_word(doc[k])
    if noun and verb:
        return None  # a whole clause: the ordinary rules read it
    k -= noun
    possessive = doc[k].tag_ == "POS"
    if not (noun or possessive):
        return None  # "and Kosovo by": no sign it is a side
    found = _country_before(doc, k - possessive)
    if found is None:
        return None
    country, start = found
    start -= doc[start - 1].lower_ == "the" if start > 0 else 0
    if start > by.sent.start and doc[start - 1].lower_ not in _CLAUSE_OPENERS:
        return None
    return country


def elided_side_heads(doc: Doc, people: PeopleIndex) -> list[tuple[str, str, Token]]:
    """(country, head, the "by" token) for each side told in a short clause after a first side's
    "led/headed by" clause."""
    out = []
    for by in doc:
        if by.lower_ != "by" or by.i < 2 or not _first_side_told_before(by):
            continue
        country = _elided_side(by)
        heads = listed_people(doc, by.i + 1, people, end=sentence_end(by), new_clause=False)[:1] if country else []
        if heads:
            out.append((country, heads[0], by))
    return out
