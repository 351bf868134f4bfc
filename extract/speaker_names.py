"""A speaker's surname that the name finder read as an organisation or a place.

Compound surnames stand alone after the first mention ("Addo-Quaye said", "affirmed the
chancellor Vargas", "Dufresne-Lambert told reporters"), and spaCy's small model often tags such a
word ORG or GPE. When the words are the surname (the last word or words of a name, or a later word
of a name with two surnames) of exactly one person the article names, and no country or the article's
own organisation has that name, the speaker is that person.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.agents import nationality_words, org_key, organisation_name, seat_country
from newsgraph.extract.facts import Agent
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import doc_text, entity_of


def _words_of(token: Token) -> str:
    """The capitalised words the token stands in: its entity, else the token with any hyphen-joined
    parts ("Addo - Quaye" as the tokenizer may split it)."""
    ent = entity_of(token)
    if ent is not None:
        words = [t for t in ent if not (t.lower_ == "the" and t.i == ent.start) and t.tag_ != "POS"]
        return "".join(t.text_with_ws for t in words).strip()
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start:end + 1].text


def _surname_forms(name: str) -> set[str]:
    """The forms a name's surname can take alone: the last word, the last two, and each later word
    ("Vargas" and "Vargas Quintero" of "Lucía Andrea Vargas Quintero")."""
    words = name.split()
    if len(words) < 2:
        return set()
    return {" ".join(words[k:]) for k in range(1, len(words))} | set(words[1:])


def surname_owner(token: Token, people: PeopleIndex) -> Agent | None:
    """The one person whose surname the token's words are, or None."""
    if not token.text[:1].isupper() or token.pos_ not in {"PROPN", "NOUN", "ADJ"}:
        return None
    words = _words_of(token)
    if not words or any(w[:1].islower() for w in words.split()) or lex().country_for(words):
        return None
    owners = {key for key, person in people.persons.items()
              if words in _surname_forms(person.name) or words in person.aliases}
    return Agent("person", owners.pop()) if len(owners) == 1 else None


def unlisted_body(token: Token, people: PeopleIndex) -> Agent | None:
    """ "the FNL-Umoja said", "the Mano River Union said": a speaker named by capitalised proper nouns
    after "the" that the name finder tagged as nothing is an organisation (people are not "the X";
    titles are not names: "the President said" is no body). Only for words no entity covers."""
    if token.pos_ != "PROPN" or token.ent_type_ or people.mention_at(token.i) is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
    # a nationality word may open the name ("the Peruvian Chancellery"); no other entity is in it
    if not words or any((t.ent_type_ and not (t.i < token.i and t.ent_type_ in {"NORP", "GPE"}))
                        or not (t.text[:1].isupper() and t.pos_ in {"PROPN", "ADJ"} or t.text == "-")
                        for t in words):
        return None
    if any(t.lower_ in lex().title_heads or t.lower_ in lex().honorifics for t in words):
        return None
    if words[-1].i - words[0].i + 1 != len(words):
        return None  # the name's words in a row
    name = token.doc[words[0].i:token.i + 1].text
    if lex().country_for(name):
        return None
    return Agent("organization", name)


# words that end a company's or a body's full name ("... Mining Group", "... Holdings")
_COMPANY_WORDS = {"group", "holdings", "corporation", "corp", "company", "co", "inc", "ltd", "limited", "plc",
                  "resources", "partners", "bank", "fund", "foundation", "association", "union", "council",
                  "alliance", "federation", "institute", "agency", "authority", "commission", "network"}


def organisation_short_form(token: Token) -> Agent | None:
    """ "Kafue said" after "Kafue Copper Holdings": the first words of one organisation
    the article named in full before stand for it (the name finder often tags the short form as a
    place, or as nothing)."""
    if not token.text[:1].isupper() or token.pos_ not in {"PROPN", "NOUN", "ADJ"}:
        return None
    words = _words_of(token)
    if not words or lex().country_for(words):
        return None
    doc = token.doc
    start = token.i if entity_of(token) is None else entity_of(token).start
    owners = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end > start:
            continue
        text = ent.text[4:] if ent.text.startswith(("the ", "The ")) else ent.text
        if text.startswith(words + " ") and len(text) > len(words) + 3:
            name, country = organisation_name(ent)
            owners[org_key(name, country)] = True
    if not owners:  # the full name NER missed: capitalised words after the short form, ending in a company word
        before = doc_text(doc)[:doc[start].idx]
        for match in re.finditer(re.escape(words) + r"((?:\s+[A-Z][\w&'-]*){1,5})", before):
            tail = match.group(1).split()
            ends = [k for k, w in enumerate(tail) if w.lower().strip(",.") in _COMPANY_WORDS]
            if ends:
                owners[" ".join([words] + tail[:ends[-1] + 1]).rstrip(",.")] = True
    return Agent("organization", next(iter(owners))) if len(owners) == 1 else None


def portfolio_body(noun: Token, agent: Agent | None) -> Agent | None:
    """ "Peru's foreign ministry said", "the Ghanaian interior ministry said": a government body
    with its own portfolio word speaks as that body, named as the text names it, not as the whole
    country ("Russia's government said" stays the country)."""
    if agent is None or agent.kind != "country" or noun.pos_ not in {"NOUN", "PROPN"} or not noun.is_lower \
            or noun.lemma_.lower() not in lex().speaking_bodies:
        return None
    if noun.lemma_.lower() in lex().title_heads | lex().person_nouns:
        return None  # "the ministry spokesman": a person speaking for a body, not the body
    portfolio = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.is_lower and c.i < noun.i]
    if not portfolio or any(c.lemma_.lower() in lex().speaking_bodies for c in portfolio):
        return None
    words = " ".join(t.text for t in noun.doc[portfolio[0].i:noun.i + 1])
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.i < portfolio[0].i), None)
    if owner is not None and lex().country_for(owner.text) == agent.key or seat_country(noun) == agent.key:
        return Agent("organization", org_key(words, agent.key))  # "Peru's foreign ministry", "the foreign ministry in Lima"
    nationality = next((c for c in noun.children if c.dep_ in {"amod", "compound"} and c.text[:1].isupper()
                        and lex().country_for(nationality_words(c)) == agent.key and c.i < portfolio[0].i), None)
    if nationality is not None:
        return Agent("organization", f"{nationality_words(nationality)} {words}")
    return None


def named_by_class_noun(noun: Token) -> Agent | None:
    """ "wrote Time magazine", "the Daily Ledger newspaper said", "the Hollis group said": a class noun
    (`organisation_class_nouns.txt`, `non_person_classifiers.txt`) whose own compound is an
    organisation's name is that organisation, named with the noun as the text names it; "the
    newspaper Haaretz", "the watchdog group Clean Ports": the name in apposition after it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not noun.is_lower or lemma not in lex().organisation_class_nouns | lex().non_person_classifiers:
        return None
    parts = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.ent_type_ == "ORG"]
    if not parts:
        return _name_in_apposition(noun)
    start = min(t.i for p in parts for t in p.subtree)
    words = noun.doc[start:noun.i + 1]
    if any(t.is_lower and t.i != noun.i for t in words):
        return None
    return Agent("organization", words.text)


def _name_in_apposition(noun: Token) -> Agent | None:
    """The organisation named right after its class noun ("the Israeli daily Harbor Times noted"):
    an organisation entity, or capitalised proper nouns the name finder left untagged."""
    for child in noun.children:
        if child.dep_ != "appos" or child.i > noun.i + 3 or child.i < noun.i:
            continue
        ent = entity_of(child)
        if ent is not None and ent.label_ == "ORG" and not any(t.is_lower and not t.is_stop for t in ent):
            name, country = organisation_name(ent)
            return Agent("organization", org_key(name, country))
        words = [t for t in child.subtree if t.i > noun.i and t.dep_ in {"compound", "appos", "flat"}]
        if ent is None and words and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_ for t in words):
            return Agent("organization", noun.doc[words[0].i:words[-1].i + 1].text)
    return None


def _person_word(tok: Token) -> bool:
    """A noun that may stand for a person ("senator", "editor", "aide", "politician")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in {"NOUN", "PROPN"} and (lemma in lex().title_heads or lemma in lex().occupations
                                              or lemma in lex().description_heads or lemma in lex().person_nouns)


def name_set_off_in_subject(noun: Token, people: PeopleIndex) -> Agent | None:
    """ "the mayor of the old port, Eva Moss, said", "The clerk we asked, Ana Roe, wrote": a
    person's description whose phrase ends in a name set off by commas, which the parser hung on the
    last word before it (a place, a stranded preposition); that name is the description's. Not when
    the word before the name is itself someone ("an aide to the governor, Eva Moss," may be the governor)."""
    if not _person_word(noun):
        return None
    doc = noun.doc
    subtree = [t for t in noun.subtree]
    end = subtree[-1].i
    while end > noun.i and doc[end].is_punct:
        end -= 1
    mention = people.mention_at(end)
    if mention is None or mention.kind != "name" or mention.end - 1 != end or mention.start - 2 <= noun.i:
        return None
    before, after = doc[mention.start - 1], doc[end + 1] if end + 1 < len(doc) else None
    if before.text != "," or after is None or after.text != ",":
        return None
    word = doc[mention.start - 2]
    if _person_word(word) or people.mention_at(word.i) is not None:
        return None
    return Agent("person", mention.person)
