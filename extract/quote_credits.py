"""Quotes credited by a phrase rather than a verb of saying: "In the words of A, the plan 'will fail'",
"'It is over,' as A put it", "To quote A, 'never again'", "The deal was, to borrow A's phrase, 'a
bridge'" (`quote_credit_phrases.txt`). The phrase stands outside the quote, in the quote's sentence.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from newsgraph.extract.agents import Agent, AgentResolver
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex

__all__ = ["credited_speaker"]

_TITLE_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ", "DT"})  # "the finance minister, A" / "Finance Minister A"
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


@lru_cache(maxsize=4)
def _phrases(entries: frozenset[str]) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each phrase as (words before the name, words after it)."""
    out = []
    for entry in sorted(entries):
        before, _, after = entry.partition("{}")
        out.append((tuple(before.split()), tuple(after.split())))
    return tuple(out)


def _words_at(sent: Span, i: int, words: tuple[str, ...]) -> bool:
    return i + len(words) <= sent.end and all(sent.doc[i + k].lower_ == w for k, w in enumerate(words))


def _name_after(sent: Span, i: int, people: PeopleIndex):
    """The named person at token i, past up to five title words before the name ("Finance Minister
    A", "the finance minister, A")."""
    for k in range(i, min(i + 6, sent.end)):
        mention = people.mention_at(k)
        if mention is not None and mention.kind == "name":
            return mention
        if sent.doc[k].tag_ not in _TITLE_TAGS and sent.doc[k].text != ",":
            return None
    return None


def credited_speaker(sent: Span, quote_start: int, quote_end: int, people: PeopleIndex,
                     resolver: AgentResolver) -> Agent | None:
    """The person a credit phrase in `sent`, outside the quote (character offsets), names."""
    doc = sent.doc
    for tok in sent:
        if quote_start <= tok.idx < quote_end:
            continue
        for before, after in _phrases(lex().quote_credit_phrases):
            if not before or not _words_at(sent, tok.i, before):
                continue
            mention = _name_after(sent, tok.i + len(before), people)
            if mention is None or quote_start <= doc[mention.start].idx < quote_end:
                continue
            j = mention.end
            if j < sent.end and doc[j].text in _POSSESSIVE:
                j += 1
            while j < sent.end and doc[j].pos_ == "ADV":  # "as A once put it"
                j += 1
            if _words_at(sent, j, after):
                return resolver.agent_for(doc[mention.end - 1])
    return None
