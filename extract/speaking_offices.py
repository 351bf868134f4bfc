"""Bodies that speak for a government or an office holder, named as the text names them.

Readouts and statements are credited to offices, missions and seats of government as often as to people:
"the premier's office said", "the Dutch prime minister's office said", "the office of Senator Ana Ruiz said",
"the EU Delegation to Kenya said", "Downing Street said", "a readout put out by the Cabinet
Office". The statement is the body's; the body is named with the words of the text (no holder is
guessed for a title the article never ties to a name, no country replaces a seat of government).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.facts import Agent
from newsgraph.extract.lexicon import lex
from newsgraph.extract.syntax import entity_of
from newsgraph.extract.text import strip_leading_the

__all__ = ["seat_of_government", "titled_office", "office_of_person", "standing_mission", "issuer_of_document"]

# the bodies of one holder that a title or a name can own ("the premier's office")
OFFICE_NOUNS = frozenset({"office", "campaign", "cabinet", "presidency"})
# a capitalised body word that names a standing mission, not a travelling group ("the EU Delegation to Kenya")
_MISSION_WORDS = frozenset({"delegation", "mission"})


def _words(tokens: list[Token]) -> str:
    """The tokens as the text writes them, without a leading article."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return strip_leading_the(doc[tokens[0].i:tokens[-1].i + 1].text)


def seat_of_government(token: Token) -> Agent | None:
    """ "Downing Street said", "the Kremlin said", "Number 10 said" (`seats_of_government.txt`)."""
    ent = entity_of(token)
    if ent is not None and token.i == ent.root.i:
        phrase = ent.text
    else:
        parts = sorted([t for t in token.children if t.dep_ in {"compound", "nummod"} and t.i < token.i] + [token],
                       key=lambda t: t.i)
        if parts[0].i > 0 and token.doc[parts[0].i - 1].dep_ == "compound" and token.doc[parts[0].i - 1].head.i == token.i:
            parts.insert(0, token.doc[parts[0].i - 1])
        phrase = _words(parts)
        if len(parts) == 1 and token.i + 1 < len(token.doc) and token.doc[token.i + 1].dep_ == "nummod":
            phrase = f"{token.text} {token.doc[token.i + 1].text}"  # "Number 10" parsed with the number after
    phrase = strip_leading_the(phrase)
    if phrase.lower() in lex().seats_of_government:
        return Agent("organization", phrase)
    return None


def _title_owner(noun: Token) -> Token | None:
    """The possessive title word owning an office noun: "minister" of "the prime minister's office"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON" or owner.lemma_.lower() not in lex().title_heads:
        return None
    return owner


def titled_office(noun: Token) -> Agent | None:
    """ "the premier's office said", "the Israeli prime minister's office said": the office of a title whose
    holder the article does not name there; the body as written (the caller first tries the holder)."""
    if noun.lemma_.lower() not in OFFICE_NOUNS or _title_owner(noun) is None:
        return None
    start = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "det")
    return Agent("organization", _words(list(noun.doc[start:noun.i + 1])))


def office_of_person(noun: Token, is_person) -> Agent | None:
    """ "the office of Senator Ana Ruiz said", "the campaign of Tom Berg said": the office named as written."""
    if noun.lemma_.lower() not in OFFICE_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and is_person(obj):
            end = max(t.i for t in obj.subtree)
            return Agent("organization", _words(list(noun.doc[noun.i:end + 1])))
    return None


def standing_mission(token: Token) -> Agent | None:
    """ "the EU Delegation said", "the UN Mission to Libya said": a capitalised mission word inside an
    organisation's name is that body (an embassy of sorts), not a group sent to talks."""
    if token.lower_ not in _MISSION_WORDS or not token.text[:1].isupper():
        return None
    ent: Span | None = entity_of(token)
    if ent is None or ent.label_ != "ORG" or len(ent) < 2 or ent.start == token.i:
        return None
    return Agent("organization", strip_leading_the(ent.text))


def _name_phrase(head: Token) -> list[Token]:
    """A capitalised name's own words: its modifiers and of-phrases, not an apposition after a comma."""
    end = max([head.i] + [c.right_edge.i for c in head.children if c.dep_ == "prep" and c.i > head.i])
    return list(head.doc[head.left_edge.i:end + 1])


def issuer_of_document(noun: Token, agent_for, is_person) -> Agent | None:
    """ "a readout put out by the Cabinet Office", "a note released by the ministry": the
    one who put the document out speaks through it. A capitalised body the entity tagger ran on into the
    next clause ("the Cabinet Office, Holt ...") is named by its own phrase."""
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in lex().publishing_verbs | {"put"}:
            continue
        for by in participle.children:
            if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by"):
                for obj in (c for c in by.children if c.dep_ == "pobj"):
                    agent = agent_for(obj)
                    if agent is not None and not (agent.is_person and obj.lemma_.lower() in lex().speaking_bodies):
                        return agent  # (a body word is the body, even where its title was taken for the holder)
                    phrase = _name_phrase(obj)
                    if obj.pos_ == "PROPN" and obj.text[:1].isupper() and not any(is_person(t) for t in phrase):
                        return Agent("organization", _words(phrase))
    return None
