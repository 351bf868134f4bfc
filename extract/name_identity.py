"""One person or two: the keys a name's forms are matched by, the titles and gender that keep
same-surname people apart, kinship introductions, and patronymic chains that name an ancestor.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_words import PATRONYMIC_PARTICLES
from newsgraph.extract.text import slugify


def title_words(doc: Doc, start: int) -> frozenset[str]:
    """Office words right before a name ("Prime Minister", "First Lady", "PM"), spelled out."""
    words: set[str] = set()
    j = start - 1
    while j >= 0 and start - j <= 4:
        low = doc[j].lower_
        if low in lex().title_expansions:
            words |= set(lex().title_expansions[low].lower().split())
        elif low in lex().title_heads or low in lex().title_modifiers or low in lex().gendered_titles:
            words.add(low)
        elif low not in lex().honorifics:
            break
        j -= 1
    heads = {w for w in words if w in lex().title_heads} | ({"lady"} & words if "first" in words else set())
    return frozenset(words - {"sir", "lord", "dame", "lady"} | heads if heads else set())


def title_gender(doc: Doc, start: int) -> str | None:
    """The gender a title before a name tells: "Queen", "First Lady", "Sheikha"."""
    words = [doc[j].lower_ for j in range(max(0, start - 2), start)]
    for n in (2, 1):
        phrase = " ".join(words[-n:])
        if len(words) >= n and lex().gendered_titles.get(phrase):
            return lex().gendered_titles[phrase]
    return None


def is_introduced_as_kin(doc: Doc, start: int, end: int) -> bool:
    """"his wife Maryam Sharif", "the president's daughter, Maryam Sharif", "Maryam Sharif, his daughter,"."""
    j = start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].lower_ in lex().kinship_nouns:
        return True
    if end < len(doc) and doc[end].text == ",":
        for tok in doc[end + 1:min(end + 7, len(doc))]:
            if tok.is_punct and tok.tag_ != "POS":
                break
            if tok.lower_ in lex().kinship_nouns:
                return True
    return False


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az)-")


_GLUED_PARTICLE = re.compile(r"^(Da|De|Di|Do|Du|La|Le|Van|Von|Dos)(?=[A-Z][a-z])")
_GLUED_INITIALS = re.compile(r"(?<=\b[A-Z]\.)(?=[A-Z])")  # "A.Kowalczyk", "G.W.Bush"


def named_as_relative_of_another(doc: Doc, start: int) -> bool:
    """ "X Y Z, a senator and eldest son of President X Y", "the widow of Ana Ruiz": a name after a kinship
    noun and "of" (titles between) is another person, though the name may be part of the other's."""
    j = start - 1
    while j >= 0 and doc[j].text[:1].isupper() and (doc[j].lower_ in lex().title_heads or doc[j].lower_ in lex().honorifics
                                                    or doc[j].lower_ in lex().title_modifiers):
        j -= 1  # "of President", "of the late Mr"
    if j >= 0 and doc[j].lower_ == "late":
        j -= 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in lex().kinship_nouns


def names_an_ancestor(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """In a patronymic chain the tail after "bin"/"ibn"/"bint" names the father, not the bearer: "Faisal bin
    Khalid" inside "Turki bin Faisal bin Khalid" is Turki's father, and so is "King Abdulaziz" beside "Salman
    bin Abdulaziz", another person."""
    n = len(short)
    return n >= 1 and len(full) > n and full[-n:] == short and full[-n - 1] in PATRONYMIC_PARTICLES


def initials_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "K. Müller" of "Klaus Müller", "G. W. Bush" of "George Walker Bush": the short form writes the full name's
    given names as their initials, in order, before the same surname."""
    given = short[:-1]
    return (bool(given) and len(full) > len(given) and short[-1] == full[-1] and all(len(w) == 1 for w in given)
            and tuple(w[0] for w in full[:len(given)]) == given)


def initialled(key: tuple[str, ...]) -> bool:
    """A name key whose given names are all initials ("k", "muller")."""
    return len(key) > 1 and all(len(w) == 1 for w in key[:-1])


@lru_cache(maxsize=65536)
def word_slug(text: str) -> str:
    """One word's slug without an Arabic article ("al-Burhan" -> "burhan"), cached: articles repeat words."""
    return _ARTICLE_PREFIX.sub("", slugify(text))


@lru_cache(maxsize=65536)
def name_key(text: str) -> tuple[str, ...]:
    """Name words for matching forms of one name: "Abdel Fattah al-Burhan" and "Burhan" share "burhan";
    "DaSilva" is "da Silva"; "SM Krishna" is "S. M. Krishna"; a possessive ending is no part of the name."""
    words = []
    parts = re.sub(r"['\u2019]s$", "", text.strip()).split()
    for k, w in enumerate(parts):
        if k < len(parts) - 1 and w.isupper() and w.isalpha() and 2 <= len(w) <= 3:
            words += list(w)  # "SM Krishna" is "S. M. Krishna": initials written without stops
            continue
        words += _GLUED_PARTICLE.sub(r"\1 ", _GLUED_INITIALS.sub(" ", w)).split()
    return tuple(_ARTICLE_PREFIX.sub("", slugify(w)) for w in words if slugify(w))
