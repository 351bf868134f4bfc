"""A speaking body named again by its bare head noun: "the ministry said", "the statement added".

News copy names an organisation once in full ("Poland's Interior Ministry said ...", "a statement
issued by the prime minister's office") and afterwards by its head noun alone, with "the". Such a
definite body noun that nothing qualifies (no owner, no country, no name) stands for:
- a document noun (`document_nouns.txt`: statement, communique, notice, ...): whoever issued the
  last such document mentioned before: the subject of "issued/released a statement", "X said in a
  statement"; the body of "a statement from/by X", "a statement issued by X", "X's statement";
- another speaking body (`speaking_bodies.txt`: ministry, embassy, office, ...): the last body named
  before whose own head is that noun ("the Interior Ministry", "the Ministry of Defence", "the
  Polish foreign ministry").
Only the sentence so far and the three before (or the paragraph before, if further back) are searched,
then, for a body, the whole article before when it names exactly one body of that kind; with no antecedent the noun names nobody
(so a quote it frames stays without a speaker rather than taking an earlier one's).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.facts import Agent
from newsgraph.extract.lexicon import lex
from newsgraph.extract.speaker_names import portfolio_body
from newsgraph.extract.syntax import doc_text

_WINDOW = 3  # sentences before the anaphor that may hold its antecedent
_BY_PREPS = {"from", "by", "of"}


def is_bare_body(noun: Token) -> bool:
    """ "the ministry", "the statement": a definite speaking-body or document noun with nothing that
    says whose it is."""
    lemma = noun.lemma_.lower()
    if noun.pos_ not in {"NOUN", "PROPN"} or not noun.is_lower:
        return False
    if lemma not in lex().speaking_bodies and lemma not in lex().document_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return not any(c.dep_ in {"poss", "compound", "amod", "nmod"} or (c.dep_ == "prep" and c.lower_ in _BY_PREPS)
                   for c in noun.children)


def body_antecedent(noun: Token, resolver: AgentResolver, sents: list[Span]) -> Agent | None:
    """The organisation (or country) a bare body noun stands for, per the module rules."""
    if not is_bare_body(noun):
        return None
    index = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    if index is None:
        return None
    lemma = noun.lemma_.lower()
    doc = noun.doc
    start = min(sents[max(0, index - _WINDOW)].start, _previous_paragraph_start(doc, noun))
    candidates = doc[start:noun.i]
    for tok in reversed(candidates):
        if tok.lemma_.lower() != lemma or is_bare_body(tok):
            continue
        agent = _issuer(tok, resolver) if lemma in lex().document_nouns else _named_body(tok, resolver)
        if agent is not None:
            return agent
    if lemma in lex().document_nouns:
        return None
    # further back: the one body of that kind the article has named ("the ministry" of a release
    # that named one ministry in its first paragraph), never a guess between two
    found = {a for tok in doc[:start] if tok.lemma_.lower() == lemma and not is_bare_body(tok)
             for a in [_named_body(tok, resolver)] if a is not None}
    return found.pop() if len(found) == 1 else None


def _previous_paragraph_start(doc, noun: Token) -> int:
    """The token index where the paragraph before the noun's own begins (a quote of several sentences
    may stand between a body and the noun that names it again)."""
    text = doc_text(doc)
    own = text.rfind("\n", 0, noun.idx)
    before = text.rstrip().rfind("\n", 0, max(0, len(text[:own].rstrip()))) if own > 0 else -1
    span = doc.char_span(before + 1, noun.idx, alignment_mode="expand")
    return span.start if span is not None else noun.i


def _named_body(tok: Token, resolver: AgentResolver) -> Agent | None:
    agent = resolver.agent_for(tok)
    agent = portfolio_body(tok, agent) or agent  # "Poland's defence ministry ... the ministry said"
    return agent if agent is not None and agent.kind in {"organization", "country"} else None


def _issuer(doc_noun: Token, resolver: AgentResolver) -> Agent | None:
    """Who put out the document a noun names."""
    owners: list[Token] = []
    for child in doc_noun.children:
        if child.dep_ == "poss":
            owners.append(child)  # "the ministry's statement"
        elif child.dep_ in {"compound", "amod", "nmod"} and child.text[:1].isupper():
            owners.append(child)  # "a White House readout", "a Kremlin statement"
        elif child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            owners += [c for c in child.children if c.dep_ == "pobj"]  # "a statement from X"
        elif child.dep_ == "acl":  # "a statement issued by X"
            for prep in child.children:
                if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by"):
                    owners += [c for c in prep.children if c.dep_ == "pobj"]
    head = doc_noun.head
    if doc_noun.dep_ == "dobj" and head.lemma_.lower() in lex().publishing_verbs | {"put"}:
        owners += [c for c in head.children if c.dep_ == "nsubj"]  # "X issued a statement"
    if doc_noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in lex().reporting_verbs:
        owners += [c for c in head.head.children if c.dep_ == "nsubj"]  # "X said in a statement"
    for owner in owners:
        agent = resolver.agent_for(owner)
        if agent is not None and agent.kind in {"organization", "country", "person"}:
            return agent
    return None


def piece_antecedent(noun: Token, resolver: AgentResolver, sents: list[Span]) -> Agent | None:
    """ "'...', says an excerpt": a piece of a text (`piece_nouns.txt`) speaks for the issuer of the last
    document mentioned in its sentence or the three before ("X released a note ...")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex().piece_nouns:
        return None
    index = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    if index is None:
        return None
    for tok in reversed(noun.doc[sents[max(0, index - _WINDOW)].start:noun.i]):
        if tok.lemma_.lower() in lex().document_nouns and not is_bare_body(tok):
            return _issuer(tok, resolver)
    return None

