"""A description that frames a quote and that no one named before fits word for word.

`descriptions.py` links "the veteran campaigner" to a person only when every word of it is among
the words the text used for that person: safe for the person index, but news writers vary the
description on purpose ("Lia Marsh leads the committee. '...,' the chairwoman said"). When such a
definite description is the subject of a reporting verb, the writer means the person the text is
about right then: the person who is the main subject of the nearest sentence before (at most two
back, in the same or the previous paragraph; sentences wholly inside the quote do not count, so
a quote of several sentences looks past its own words). The description may not contradict what
the text said: no age of its own (that `descriptions.py` checks), a nationality ("the Chilean
envoy") only for someone whose offices are in no other country, and an office word ("the
governor") for the holder of that office, or for someone with no other office when no one else
holds it. The person just written about may hold the office along with others ("the foreign
minister" when three foreign ministers are named): the nearest fitting one is meant, as long as
the words that tell the text's offices apart ("foreign", "deputy") are in that person's title.
Someone else's helper ("the spokesman", "an aide"), plain "the man" and unnamed sources stay unnamed.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract.agents import AgentResolver
from newsgraph.extract.descriptions import countries_said_for
from newsgraph.extract.facts import Agent, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.quotes import find_quotes, quoted_at
from newsgraph.extract.syntax import doc_text, subject_read_as_adverbial

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
    """ "the chairwoman", "the Ohio Democrat", "the veteran politician", "the Chilean envoy":
    singular, definite, no owner, no age word, no name inside (a nationality is checked against
    the person by `_countries_agree`)."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ in {"NNS", "NNPS"} or noun.lemma_.lower() not in _heads():
        return False
    lefts = list(noun.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) or any(c.dep_ == "poss" for c in lefts):
        return False
    words = [t for c in lefts for t in c.subtree]
    return not any(t.like_num or t.ent_type_ == "PERSON" for t in words)


def _description_countries(noun: Token) -> set[str]:
    """The countries a description's capitalised modifiers name ("the Chilean envoy": Chile)."""
    return {country for c in noun.lefts for t in c.subtree
            if t.text[:1].isupper() and (country := lex().country_for(t.text))}


def _countries_agree(noun: Token, person: str, offices: list[Office], resolver: AgentResolver) -> bool:
    """A nationality in the description fits a person for whom the text gave no other country
    ("the Chilean envoy" for an EU envoy or someone with no office; not for Peru's minister or "a
    Colombian-born senator"); a description naming two countries fits no one."""
    named = _description_countries(noun)
    if not named:
        return True
    if len(named) > 1:
        return False
    doc = noun.doc
    known = doc._.get("ng_countries") if doc.has_extension("ng_countries") else None
    theirs = countries_said_for(doc, resolver.people, offices, dict(known or {}), person, noun.i)
    return not theirs or named <= theirs


def _topic_person(sents: list[Span], index: int, resolver: AgentResolver) -> Agent | None:
    """The person who is the main subject of the nearest sentence before `index` that has one (two
    sentences back at most, no further than the previous paragraph). A sentence wholly inside
    quotation marks is the quote's own words, not the writer's: it is passed over, and a subject
    inside a quote ("'We tried,' A said": "We") is not the sentence's."""
    text = doc_text(sents[index].doc)
    quotes = find_quotes(text)
    seen = 0
    for k in range(index - 1, max(-1, index - 8), -1):
        if len(re.findall(r"\n\s*", text[sents[k].end_char:sents[index].start_char])) > 1:
            return None  # past the previous paragraph
        if not sents[k].text.strip() or _wholly_quoted(sents[k], quotes):
            continue
        seen += 1
        for tok in sents[k]:
            if (tok.dep_ in {"nsubj", "nsubjpass"} or subject_read_as_adverbial(tok) and resolver.people.mention_at(tok.i)) and tok.head.dep_ == "ROOT" \
                    and not quoted_at(quotes, tok.idx):
                agent = resolver.agent_for(tok)
                if agent is not None and agent.is_person and _only_person_in(sents[k], agent, resolver):
                    return agent
                return None  # the sentence is about someone or something else, or about two people
        if seen == 2:
            break
    return None


def _wholly_quoted(sent: Span, quotes) -> bool:
    """Every word of the sentence is inside quotation marks."""
    return all(quoted_at(quotes, t.idx) for t in sent if t.is_alpha)


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
    if person in holders and _modifiers_in_own_title(noun, person, offices):
        return True  # the nearest fitting holder, though others hold the office too
    if holders - {person}:
        return False
    return person in holders or not any(o.person == person for o in offices) and not any(
        noun.lower_ in o.title.lower().replace("-", " ").split() for o in offices)


def _modifiers_in_own_title(noun: Token, person: str, offices: list[Office]) -> bool:
    """The description's lower-case modifiers that tell the text's offices apart ("foreign" in "the
    foreign minister" when an economy minister is named too) are in one of the person's titles;
    words no title uses ("the veteran minister") say nothing about the office."""
    office_words = {w for o in offices for w in o.title.lower().replace("-", " ").split()}
    modifiers = {t.lower_ for c in noun.lefts if c.dep_ in {"amod", "compound"} for t in c.subtree
                 if t.is_lower and t.lower_ in office_words}
    return any(noun.lower_ in (words := set(o.title.lower().replace("-", " ").split())) and modifiers <= words
               for o in offices if o.person == person)


def described_speaker(noun: Token, resolver: AgentResolver, sents: list[Span],
                      offices: list[Office] | None) -> Agent | None:
    """The person a bare description that frames a quote stands for, or None."""
    if not _is_bare_description(noun):
        return None
    index = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    if index is None:
        return None
    person = _topic_person(sents, index, resolver)
    if person is None or not _office_words_agree(noun, person.key, offices or []) \
            or not _countries_agree(noun, person.key, offices or [], resolver):
        return None
    return person


def _age_description(noun: Token) -> bool:
    """ "the 64-year-old", "the 71-year-old veteran": a definite description made of an age alone, or an
    age and a description head, which no name is inside."""
    lefts = list(noun.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) or any(c.dep_ == "poss" for c in lefts):
        return False
    words = [t for c in lefts for t in c.subtree] + [noun]
    texts = [t.lower_ for t in words]
    aged = any(t.like_num for t in words) and "year" in texts and "old" in texts
    if not aged or any(t.ent_type_ == "PERSON" for t in words):
        return False
    return noun.lower_ == "old" or (noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() in _heads())


def _ages_given(doc) -> bool:
    """Whether the text gives someone's age set off after a name ("Tomas Weller, 62, chairs ...")."""
    return any(t.like_num and t.text.isdigit() and 1 < t.i < len(doc) - 1 and doc[t.i - 1].text == ","
               and doc[t.i + 1].text == "," and doc[t.i - 2].ent_type_ == "PERSON" for t in doc)


def aged_speaker(noun: Token, resolver: AgentResolver, sents: list[Span]) -> Agent | None:
    """ "A spoke after the vote. '...,' the 64-year-old said": an age description that frames a quote is the
    person the text is about right then (as `described_speaker` reads "the chairwoman"), when that person
    is the only one named in the sentence before."""
    if not _age_description(noun) or _ages_given(noun.doc):
        return None  # with ages given ("A, 62,"), `descriptions.py` matches them or no one
    index = next((k for k, s in enumerate(sents) if s.start <= noun.i < s.end), None)
    return _topic_person(sents, index, resolver) if index is not None else None


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

