"""Trades held at a named institution are posts there: "Ines Moreau, a researcher at the Baltic
Policy Institute", "economist Tomas Berger of the University of Graz", "Dr Amos Kibet, an East
Africa researcher at Moi University". The trade words are `affiliated_posts.txt`; without an
organisation after them ("a political analyst in Lagos", "analysts said") they stay occupations.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import entity_of, tokens_with
from newsgraph.extract.text import strip_leading_the

_AFFILIATING_PREPS = frozenset({"at", "of", "with"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _institution(tok: Token) -> str | None:
    """The organisation an at/of/with phrase on `tok` names ("at the Baltic Policy Institute")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AFFILIATING_PREPS:
            continue
        for obj in prep.children:
            ent = entity_of(obj) if obj.dep_ == "pobj" else None
            if ent is not None and ent.label_ == "ORG" and not lex().country_for(ent.text):
                return strip_leading_the(ent.text)
    return None


def _holder(noun: Token, people: PeopleIndex) -> Token | None:
    """The name the trade is said of: the one it stands in apposition to ("X, a researcher at"), or
    the one it stands before as a bare title ("political scientist X")."""
    if noun.dep_ == "appos" and people.person_of(noun.head):
        return noun.head
    if noun.dep_ == "compound" and noun.head.i > noun.i and people.person_of(noun.head):
        return noun.head
    # "political scientist Ana Roe of the University of X told ...": the parser makes the name an apposition
    return next((c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1
                 and people.person_of(c)), None)


def _trade_phrase(noun: Token) -> tuple[str, bool]:
    """The trade with its modifiers ("East Africa researcher", "political scientist") and whether a
    former marker ("former", "ex-") stands among them."""
    mods = [c for c in noun.lefts if c.dep_ in _MODIFIER_DEPS]
    former = any(c.lower_ in lex().former_words for c in mods)
    mods = [c for c in mods if c.lower_ not in lex().former_words]
    start = min((c.left_edge.i for c in mods), default=noun.i)
    words = [t.text for t in noun.doc[start:noun.i + 1] if t.lower_ not in lex().former_words]
    return " ".join(words), former


def affiliated_offices(doc: Doc, people: PeopleIndex) -> list[Office]:
    """Offices of people whose trade the text places in a named organisation."""
    out: list[Office] = []
    for noun in tokens_with(doc, lex().affiliated_posts, lemma=True):
        if noun.pos_ != "NOUN" or noun.tag_ == "NNS":
            continue
        holder = _holder(noun, people)
        if holder is None:
            continue
        org = _institution(noun) or (_institution(holder) if holder.i > noun.i else None)
        if org is None:
            continue
        title, former = _trade_phrase(noun)
        out.append(Office(person=people.person_of(holder), title=title, org=org, org_is_country=False,
                          former=former, evidence=Evidence.of(noun.sent), confidence=0.7))
    return out
