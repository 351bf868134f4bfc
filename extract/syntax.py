"""Small helpers over a spaCy parse that several rule modules need, written once."""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

__all__ = ["children", "doc_text", "governing_verb", "entity_of", "entity_starting_at", "hyphenated_word",
           "predicate_read_as_modifier", "tokens_whose", "tokens_with"]

_VERBAL = {"VERB", "AUX"}


def children(tok: Token, deps: set[str]) -> list[Token]:
    """The token's children with one of these dependency labels."""
    return [c for c in tok.children if c.dep_ in deps]


def predicate_read_as_modifier(tok: Token) -> bool:
    """ "Trade Minister A conferred with B at the palace": the parser made the name the sentence's
    root and the past verb right after it a modifier of the name; with a "with" partner the verb is
    the predicate (no one "is conferred with")."""
    return (tok.dep_ == "acl" and tok.tag_ in {"VBN", "VBD"} and tok.head.dep_ == "ROOT" and tok.head.pos_ == "PROPN"
            and tok.i == tok.head.i + 1
            and any(p.dep_ == "prep" and p.lower_ == "with" and children(p, {"pobj"}) for p in tok.children))


def subject_read_as_adverbial(tok: Token) -> bool:
    """ "Lindqvist brushed that off.": the small model now and then reads a lone name that opens the
    sentence as an adverbial of the verb after it; a noun right before a main verb that has no
    subject of its own is that verb's subject (callers check that it names a person)."""
    verb = tok.head
    return tok.dep_ in {"npadvmod", "nmod"} and tok.pos_ == "PROPN" and verb.pos_ in {"VERB", "AUX"} \
        and tok.i < verb.i and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def hyphenated_word(tok: Token) -> Span:
    """The hyphenated word `tok` is a part of ("get-together", "tete-a-tete", "one-on-one"), as a span
    (the token alone when no hyphen is attached to it): the tokenizer splits such a word at each
    hyphen, so a word list's hyphenated entry never matches one token, and the parser may make any
    part its head."""
    doc = tok.doc
    start = end = tok.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start:end + 1]


def governing_verb(token: Token) -> Token:
    """The nearest verb (or auxiliary) at or above a token in the parse; the root when there is none."""
    verb = token
    while verb.pos_ not in _VERBAL and verb.head.i != verb.i:
        verb = verb.head
    return verb


def conjuncts_before(token: Token, end: int) -> list[Token]:
    """The conjuncts hung on `token` that stand before token `end` ("the Director General and the Energy Minister
    of Peru, A": "Minister", before "A"), in order."""
    return [c for c in token.children if c.dep_ == "conj" and token.i < c.i < end]


def entity_of(token: Token) -> Span | None:
    """The named entity a token is part of, if any."""
    if not token.ent_type_:
        return None
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)


def entity_starting_at(token: Token) -> Span | None:
    """The named entity that begins at this token, if any."""
    if token.ent_iob_ != "B":
        return None
    return next((ent for ent in token.doc.ents if ent.start == token.i), None)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (spaCy rebuilds the string from the tokens on every access)."""
    text = doc.user_data.get("ng_text")
    if text is None:
        text = doc.user_data["ng_text"] = doc.text
    return text


def tokens_with(doc: Doc, words: frozenset[str] | set[str], *, lemma: bool = False) -> list[Token]:
    """The tokens whose lowercase form (or lemma) is one of `words`, found over spaCy's arrays of
    string ids: scanning every Token object of a long article in Python is what costs."""
    import numpy
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    wanted = {strings.add(w) for w in words}
    if lemma:  # lemmas keep the case of proper nouns ("Summit"): also ask for the capitalised forms
        wanted |= {strings.add(w[:1].upper() + w[1:]) for w in words if w}
    ids = doc.to_array(LEMMA if lemma else LOWER)
    hits = numpy.nonzero(numpy.isin(ids, numpy.fromiter(wanted, dtype=ids.dtype, count=len(wanted))))[0]
    return [doc[int(i)] for i in hits]


def tokens_whose(doc: Doc, test: Callable[[str], bool], *, lemma: bool = False) -> list[Token]:
    """The tokens whose text (or lemma) passes `test`, asked once per distinct word over spaCy's arrays:
    for cues `tokens_with` cannot list, such as any casing of a word ("MINISTERS") or its plural."""
    import numpy
    from spacy.attrs import LEMMA, ORTH

    ids = doc.to_array(LEMMA if lemma else ORTH)
    strings = doc.vocab.strings
    good = [i for i in numpy.unique(ids) if test(strings[int(i)])]
    if not good:
        return []
    hits = numpy.nonzero(numpy.isin(ids, numpy.array(good, dtype=ids.dtype)))[0]
    return [doc[int(i)] for i in hits]
