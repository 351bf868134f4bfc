"""A description that frames a quote and that no one named before fits word for word.

`descriptions.py` links "the veteran campaigner" to a person only when every word of it is among
the words the text used for that person: safe for the person index, but news writers vary the
description on purpose ("Lia Marsh leads the committee. '...,' the chairwoman said"). When such a
definite description is the subject of a reporting verb, the writer means the person the text is
about right then: the person who is the main subject of the nearest sentence before (at most two
back, in the same or the previous paragraph). The description may not contradict what the text
said: no country or age of its own (those `descriptions.py` checks), and an office word
("the governor") only for someone with no other office. Someone else's helper ("the spokesman",
"an aide"), plain "the man" and unnamed sources stay unnamed.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.facts import Agent, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.quotes import find_quotes, quoted_at
from newsgraph.extract.syntax import doc_text

_NOT_THE_TOPIC = {"man", "woman", "source", "insider", "diplomat", "witness", "victim", "suspect", "survivor"}


def _heads() -> frozenset[str]:
    own = lex().title_heads | lex().occupations | lex().description_heads | lex().partisan_nouns
    return own - lex().relational_titles - lex().person_nouns - lex().kinship_nouns - _NOT_THE_TOPIC \
        | _held_only_words()


def _held_only_words() -> frozenset[str]:
    """ "the diplomat": a word that usually stands for someone unnamed ("a Western diplomat said"),
    but for a named holder of an office it covers (`generic_office_words.txt`: an ambassador, a
    foreign minister) when the text was just about that holder."""
    return frozenset(_NOT_THE_TOPIC & set(lex().generic_office_words))


def _is_bare_description(noun: Token) -> bool:
    """ "the chairwoman", "the Ohio Democrat", "the veteran politician": singular, definite, no
    owner, no country or age word, no name inside."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ in {"NNS", "NNPS"} or noun.lemma_.lower() not in _heads():
        return False
    lefts = list(noun.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) or any(c.dep_ == "poss" for c in lefts):
        return False
    words = [t for c in lefts for t in c.subtree]
    return not any(t.like_num or t.ent_type_ == "PERSON" or (t.text[:1].isupper() and lex().country_for(t.text))
                   for t in words)


def _topic_person(sents: list[Span], index: int, resolver: AgentResolver) -> Agent | None:
    """The person who is the main subject of the nearest sentence before `index` that has one (two
    sentences back at most, no further than the previous paragraph)."""
    text = doc_text(sents[index].doc)
    seen = 0
    for k in range(index - 1, max(-1, index - 5), -1):
        if len(re.findall(r"\n\s*", text[sents[k].end_char:sents[index].start_char])) > 1:
            return None  # past the previous paragraph
        if not sents[k].text.strip():
            continue
        seen += 1
        for tok in sents[k]:
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT":
                agent = resolver.agent_for(tok)
                if agent is not None and agent.is_person and _only_person_in(sents[k], agent, resolver):
                    return agent
                return None  # the sentence is about someone or something else, or about two people
        if seen == 2:
            break
    return None


def _only_person_in(sent: Span, agent: Agent, resolver: AgentResolver) -> bool:
    """Nobody but `agent` is named in the sentence ("A met B." leaves "the politician" open)."""
    mentions = (resolver.people.mention_at(t.i) for t in sent)
    return all(m.person == agent.key for m in mentions if m is not None)


def _office_words_agree(noun: Token, person: str, offices: list[Office]) -> bool:
    """An office word ("the governor") fits a person whose office has it, or one with no stated
    office when no one else's office has it (two senators leave "the senator" open); a word that
    usually stands for someone unnamed ("the diplomat") only a holder of an office it covers."""
    covered = lex().generic_office_words.get(noun.lower_)
    if covered is not None:  # "the lawmaker": any member of parliament, senator, TD ...; "the premier": a prime minister
        holders = {o.person for o in offices if any(_has_words(o.title, c.split()) for c in covered)}
        if noun.lower_ in _held_only_words():
            return person in holders
        return person in holders or not any(o.person == person for o in offices)
    if noun.lower_ not in lex().title_heads or noun.lower_ in lex().weak_title_heads:
        return True
    said = {t.lower_ for t in noun.subtree if t.i <= noun.i}
    # "the president" is not the vice president: a rank the description leaves out is another office
    holders = {o.person for o in offices if noun.lower_ in o.title.lower().replace("-", " ").split()
               and not (set(o.title.lower().replace("-", " ").split()) & lex().rank_modifiers) - said}
    if holders - {person}:
        return False
    return person in holders or not any(o.person == person for o in offices) and not any(
        noun.lower_ in o.title.lower().replace("-", " ").split() for o in offices)


def described_speaker(noun: Token, resolver: AgentResolver, sents: list[Span],
                      offices: list[Office] | None) -> Agent | None:
    """The person a bare description that frames a quote stands for, or None."""
    if not _is_bare_description(noun):
        return None
    index = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    if index is None:
        return None
    person = _topic_person(sents, index, resolver)
    if person is None or not _office_words_agree(noun, person.key, offices or []):
        return None
    return person


def abbreviated_title_speaker(noun: Token, resolver: AgentResolver, sents: list[Span],
                              offices: list[Office] | None) -> Agent | None:
    """ "'...,' the PM said", "the CS told the committee": an office written short
    (`title_expansions.txt`), not a body's acronym, stands for the person whose office it is: the one
    holder, or among several the one the sentence before is about."""
    expansion = lex().title_expansions.get(noun.lower_)
    if expansion is None or not noun.text.isupper() or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
        return None
    words = expansion.lower().replace("-", " ").split()
    holders = {o.person for o in offices or [] if _has_words(o.title, words)}
    if len(holders) == 1:
        return Agent("person", next(iter(holders)))
    index = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    quotes = find_quotes(doc_text(noun.doc))
    while index and quoted_at(quotes, sents[index].start_char):
        index -= 1  # a quote of several sentences: the topic is told before the quote opens
    topic = _topic_person(sents, index, resolver) if index is not None else None
    return topic if topic is not None and topic.key in holders else None


def _has_words(title: str, words: list[str]) -> bool:
    """The title holds the words in a row ("Treasury Cabinet Secretary" holds "cabinet secretary")."""
    have = title.lower().replace("-", " ").split()
    return any(have[k:k + len(words)] == words for k in range(len(have) - len(words) + 1))

