"""The people a text lists as going with someone on a visit, in the two shapes that put the list last:

- a fronted participle, then the copula: "Accompanying the President were A and B", "Travelling with Mensah are
  C and D", "Escorting her was E";
- a subject an escort clause describes: "Officials who accompanied Mensah on the trip are A and B", "The ministers
  accompanying him included C and D", "Those travelling with the premier were E and F".

(The passive "Mensah was accompanied by A" and "A, accompanied by B, arrived" are read where they are told:
`joiners.py`, `delegation_travellers.py`.) The one accompanied is the escort verb's object: a name, a title or
pronoun already resolved, or "the visitor" / "the guest", the one person the text has just told arrived, was
received or is on a visit. Each list gives the companions and the one they go with; `joiners.py` adds them to
that person's meeting and `delegations.py` to that person's delegation.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import tokens_with

__all__ = ["Entourage", "entourages"]

_TRAVEL_WITH = frozenset({"travel"})  # "travelling with X": an escort verb with "with" before its object
_COPULA_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_LISTING_LEMMAS = frozenset({"be", "include"})


@dataclass(frozen=True)
class Entourage:
    """Companions a sentence lists as going with `principal`; `verb` is the escort verb, no meeting of its own."""

    sent: Span
    principal: str
    companions: tuple[str, ...]
    verb: Token


def _read_as_modifier(tok: Token) -> bool:
    """ "Accompanying Mensah were ...", which the parser reads as an adjective on the name, the copula's subject."""
    return tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.dep_ == "nsubj" and tok.head.head.lemma_ == "be"


def _accompanied_token(verb: Token) -> Token | None:
    """Whom the escort verb goes with: its object ("accompanying the President"), or the object of "with" after a
    travel verb ("travelling with Mensah")."""
    if _read_as_modifier(verb):
        return verb.head
    if verb.lemma_.lower() in _TRAVEL_WITH:
        return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                     for o in p.children if o.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _visitor_before(doc: Doc, sent: Span, people: PeopleIndex, sentences: int = 3) -> str | None:
    """The one person the sentences just before tell arrived, visited, was received or is on a visit: whom "the
    visitor" or "the guest" means. None when none or several are told."""
    start = sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    found: list[str] = []
    for tok in doc[start:sent.start]:
        person = people.person_of(tok)
        if person is None or person in found or tok.pos_ != "PROPN":
            continue
        head = tok.head
        lemma = head.lemma_.lower()
        arrived = tok.dep_ == "nsubj" and (lemma in lex().travel_verbs or lemma in lex().visit_nouns)
        received = tok.dep_ in {"dobj", "nsubjpass"} and lemma in lex().reception_verbs
        from_visit = tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in lex().visit_nouns
        # "B, on a state visit", "B arrived on a visit"; "A received B on a visit": B is on it, not the host A
        clause = [] if tok.dep_ == "nsubj" and lemma in lex().reception_verbs else list(head.children)
        on_visit = any(p.lower_ == "on" and any(o.lemma_.lower() in lex().visit_nouns for o in p.children)
                       for p in [*tok.children, *clause] if p.dep_ == "prep")
        if arrived or received or from_visit or (on_visit and tok.dep_ in {"dobj", "nsubj", "appos"}):
            found.append(person)
    return found[0] if len(found) == 1 else None


def _principal(verb: Token, people: PeopleIndex) -> str | None:
    accompanied = _accompanied_token(verb)
    if accompanied is None:
        return None
    person = people.person_of(accompanied)
    if person is None and accompanied.lemma_.lower() in lex().guest_nouns and accompanied.tag_ == "NN":
        person = _visitor_before(verb.doc, verb.sent, people)  # "the distinguished visitor"
    return person


def _listing_verb_after(verb: Token) -> Token | None:
    """The copula after a fronted participle ("Accompanying the President | were"), before any other verb."""
    doc = verb.doc
    accompanied = _accompanied_token(verb)
    start = accompanied.right_edge.i + 1 if accompanied is not None else verb.i + 1  # (the parser may hang "were" on the verb)
    for tok in doc[start:verb.sent.end]:
        if tok.lemma_ == "be" and tok.tag_ in _COPULA_TAGS:
            return tok
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":"}:
            return None
    return None


def _fronted(verb: Token) -> Token | None:
    """ "Accompanying the President were ...": the participle opens its sentence (after "Also" at most)."""
    opening = [t for t in verb.doc[verb.sent.start:verb.i] if not t.is_punct]
    if verb.tag_ != "VBG" or any(t.lower_ != "also" for t in opening):
        return None
    if _read_as_modifier(verb):
        return verb.head.head
    return _listing_verb_after(verb)


def _described_subject(verb: Token) -> Token | None:
    """ "Officials who accompanied Mensah are ...", "The ministers accompanying him included ...": the escort clause
    describes the subject of "be" or "include", whose list follows."""
    if verb.dep_ not in {"relcl", "acl"}:
        return None
    subject = verb.head
    listing = subject.head
    if subject.dep_ not in {"nsubj", "nsubjpass"} or listing.lemma_.lower() not in _LISTING_LEMMAS \
            or listing.i < verb.right_edge.i:
        return None
    return listing


def entourages(doc: Doc, people: PeopleIndex) -> list[Entourage]:
    """Every list of companions told in the two shapes above, with the one they go with."""
    out = []
    for verb in tokens_with(doc, lex().escort_verbs | _TRAVEL_WITH, lemma=True):
        if verb.pos_ not in {"VERB", "AUX"} and not _read_as_modifier(verb):
            continue
        listing = _fronted(verb) or _described_subject(verb)
        if listing is None:
            continue
        principal = _principal(verb, people)
        if principal is None:
            continue
        companions = [p for p in people.named_in(verb.doc[listing.i + 1:verb.sent.end]) if p != principal]
        if companions:
            out.append(Entourage(verb.sent, principal, tuple(companions), verb))
    return out
