"""Counterparts: "her Japanese counterpart X", "his counterpart from Colombia, X", "X, his opposite
number in Lima". The person named holds the same office as the clause's subject, in the country the
phrase names (a demonym before the noun, or "from/of/in <country or capital>" after it).

Read along the surface around each counterpart noun, because the parser attaches these appositions
in many ways (to the noun, to the country, to the verb). Only offices used the same way everywhere
are copied (presidents, prime ministers, ministers, and posts named by a title word alone:
"commissioner", "chief negotiator"); a secretary's counterpart gets the minister's title
`counterpart_titles.txt` gives (a Secretary of State's counterpart is a Foreign Minister), and a post
tied to a body or place ("Minister of State at the Foreign Office") is not guessed.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.syntax import governing_verb, tokens_with

_PORTABLE_TITLE = re.compile(
    r"(?i)([a-z-]+ ){0,3}minister|(vice[- ])?president"  # "Foreign Affairs Minister", "Deputy Prime Minister"
    r"|minister (of|for) [a-z ]+|chancellor|premier")
_PLACE_PREPS = {"from", "of", "in"}
_POSSESSIVES = {"his", "her", "their", "its", "the"}


_COMPLEMENT_WORDS = {"of", "for", "to", "in", "at", "on", "and"}
_TIME_WORDS = {"current", "incumbent", "sitting", "new", "present"}


def _without_time_words(title: str) -> str:
    """ "current commissioner" -> "commissioner": when the post is held is no part of its name."""
    words = title.strip().split()
    while len(words) > 1 and words[0].lower() in _TIME_WORDS:
        words.pop(0)
    return " ".join(words)


def _portable(title: str) -> bool:
    """An office its holder's counterpart abroad holds under the same name: ministers, presidents,
    chancellors, and posts named by a title word alone that is the same everywhere ("commissioner",
    "chief negotiator", `portable_title_heads.txt`), not one tied to a body or place by a complement
    ("Minister of State at the Foreign Office")."""
    if _PORTABLE_TITLE.fullmatch(title):
        return True
    words = title.lower().replace("-", " ").split()
    return (bool(words) and words[-1] in lex().portable_title_heads and not _COMPLEMENT_WORDS & set(words)
            and not any(lex().country_for(w) for w in words))


def counterpart_nouns(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each "counterpart", "equivalent" or "opposite number" phrase."""
    out = []
    for tok in tokens_with(doc, lex().counterpart_nouns | {"number", "numbers"}):
        low = tok.lower_
        if low in lex().counterpart_nouns:
            out.append((tok.i, tok.i + 1))
        elif low in {"number", "numbers"} and tok.i > 0 and doc[tok.i - 1].lower_ == "opposite":
            out.append((tok.i - 1, tok.i + 1))
    return out


def country_after(doc: Doc, end: int) -> tuple[str | None, int]:
    """ "from Colombia", "of Peru", "in Lima": the country and where the phrase ends."""
    if end >= len(doc) or doc[end].lower_ not in _PLACE_PREPS:
        return None, end
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    stop = k
    while stop < len(doc) and doc[stop].text[:1].isupper() and stop - k < 4:
        stop += 1
    for n in range(stop, k, -1):  # the longest capitalised run that names a country or its capital
        country = lex().country_for(doc[k:n].text)
        if country:
            return country, n
    return None, end


def country_before(doc: Doc, start: int) -> str | None:
    """ "her Japanese counterpart", "Peru's counterpart": a demonym or country right before."""
    for k in range(start - 1, max(-1, start - 3), -1):
        tok = doc[k]
        if tok.tag_ == "POS":
            continue
        country = lex().country_for(tok.text) if tok.text[:1].isupper() else None
        if not country and k >= 1 and tok.text[:1].isupper() and doc[k - 1].text[:1].isupper():
            country = lex().country_for(doc[k - 1:k + 1].text)  # "his South African counterpart"
        if country:
            return country
        if tok.lower_ in _POSSESSIVES or tok.pos_ not in {"ADJ", "PROPN", "NOUN"}:
            return None
    return None


def named_after(doc: Doc, k: int, people: PeopleIndex) -> Mention | None:
    """The name that follows at k, with or without a comma or a form of address."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ in lex().honorifics:
        k += 1  # "her opposite number, Ms Ilse Jansen"
    j = k
    while j < min(k + 6, len(doc)) and people.mention_at(j) is None and doc[j].text[:1].isupper() \
            and (doc[j].lower_ in lex().title_heads or doc[j].lower_ in lex().title_modifiers or doc[j].pos_ in {"PROPN", "ADJ"}):
        j += 1  # "his counterpart, Interior Minister X": the counterpart's own title before the name
    if j > k and not any(doc[t].lower_ in lex().title_heads for t in range(k, j)):
        j = k
    mention = people.mention_at(j) if j < len(doc) else None
    return mention if mention is not None and mention.kind == "name" and mention.start == j else None


def named_before(doc: Doc, start: int, people: PeopleIndex) -> Mention | None:
    """ "Ivan Duarte, his opposite number": the name right before ", his/her/the <noun>"."""
    k = start - 1
    while k >= 0 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in _POSSESSIVES):
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    mention = people.mention_at(k - 1)
    return mention if mention is not None and mention.kind == "name" else None


def _coordinated_before(doc: Doc, start: int, people: PeopleIndex) -> str | None:
    """ "talks between A and her Polish counterpart B": the name joined by "and" to the phrase, whose
    possessive pronoun it is."""
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].lower_ not in _POSSESSIVES and doc[k].pos_ in {"ADJ", "PROPN", "NOUN"}:
        k -= 1
    if k < 2 or doc[k].lower_ not in {"his", "her", "their"} or doc[k - 1].lower_ != "and":
        return None
    mention = people.mention_at(k - 2)
    return mention.person if mention is not None and mention.kind == "name" and mention.end == k - 1 else None


def _model_people(noun: Token, start: int, person: Mention, people: PeopleIndex) -> list[str]:
    """Who the phrase makes the named person a counterpart of, most likely first: a name coordinated
    with the phrase, else the subject of the clause around it."""
    doc = noun.doc
    out = []
    coordinated = _coordinated_before(doc, start, people)
    if coordinated:
        out.append(coordinated)
    for anchor in (noun, doc[person.start:person.end].root):
        verb = governing_verb(anchor)
        subjects = [people.person_of(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        subjects += [people.person_of(p) for a in verb.children if a.dep_ == "agent" for p in a.children]
        out += [s for s in subjects if s and s != person.person]
    return out


def _model_office(noun: Token, start: int, person: Mention, people: PeopleIndex,
                  current: dict[str, Office]) -> Office | None:
    """The office of the one whose counterpart this is."""
    for model in _model_people(noun, start, person, people):
        if model in current:
            return current[model]
    return _subject_before(noun, person, people, current) or _possessor_before(noun, start, person, people, current)


def _possessor_before(noun: Token, start: int, person: Mention, people: PeopleIndex,
                      current: dict[str, Office]) -> Office | None:
    """ "travelled with Foreign Minister A to Accra to see his Ghanaian counterpart, B": "his" is the
    nearest person before, in the sentence, of the pronoun's gender, whose office is stated."""
    doc = noun.doc
    pronoun = next((doc[k] for k in range(start - 1, max(-1, start - 3), -1) if doc[k].lower_ in {"his", "her"}), None)
    if pronoun is None:
        return None
    gender = "male" if pronoun.lower_ == "his" else "female"
    for k in range(pronoun.i - 1, max(pronoun.sent.start - 1, pronoun.i - 40), -1):
        mention = people.mention_at(k)
        if mention is None or mention.kind != "name" or mention.person == person.person:
            continue
        if people.persons[mention.person].gender in {None, gender}:
            return current.get(mention.person)  # the nearest fitting person, office or none
    return _subject_told_before(pronoun, gender, person, people, current)


def _subject_told_before(pronoun: Token, gender: str, person: Mention, people: PeopleIndex,
                         current: dict[str, Office], sentences: int = 3) -> Office | None:
    """ "Foreign Minister A is touring Europe. On Wednesday the minister flew to Lisbon to meet her
    Portuguese counterpart B": where the sentence names no one for "his"/"her" (its subject is a title or
    a pronoun, linked only later), the office of the person last named as a sentence's subject a few
    sentences before, of the pronoun's gender."""
    doc = pronoun.doc
    sent = pronoun.sent
    for _ in range(sentences):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for tok in sent:
            mention = people.mention_at(tok.i)
            if mention is None or mention.kind != "name" or mention.person == person.person:
                continue
            root = doc[mention.start:mention.end].root
            if root.dep_ in {"nsubj", "nsubjpass"} and people.persons[mention.person].gender in {None, gender}:
                return current.get(mention.person)
    return None


def _subject_before(noun: Token, person: Mention, people: PeopleIndex, current: dict[str, Office]) -> Office | None:
    """When the parse is broken (a date in brackets can cut the sentence in two), the nearest person
    with an office named before the phrase as a subject, in the same sentence of the text."""
    doc = noun.doc
    for k in range(noun.i - 1, max(-1, noun.i - 40), -1):
        if doc[k].text in {".", "!", "?"} or "\n" in doc[k].text:
            return None
        mention = people.mention_at(k)
        if mention is None or mention.kind != "name" or mention.person == person.person:
            continue
        root = doc[mention.start:mention.end].root
        subject = root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ in {"appos", "compound"} and root.head.dep_ in {"nsubj", "nsubjpass"})
        if subject and mention.person in current:
            return current[mention.person]
    return None


def counterpart_offices(doc: Doc, people: PeopleIndex, offices: list[Office]) -> list[Office]:
    """Offices of the people introduced as someone's counterpart (see the module docstring)."""
    current: dict[str, Office] = {}
    for office in offices:
        if not office.former:
            current.setdefault(office.person, office)
    holders = {office.person for office in offices}
    out = []
    for start, end in counterpart_nouns(doc):
        sentence = doc[start].sent.start_char  # "the then Foreign Minister A ... his counterpart B": B held it then too
        here = current | {o.person: o for o in offices if o.former and o.evidence.start == sentence and o.person not in current}
        country, after = country_after(doc, end)
        country = country or country_before(doc, start)
        person = named_after(doc, after, people) or named_before(doc, start, people)
        if person is None:
            continue
        model = _model_office(doc[end - 1], start, person, people, here)
        if model is None:
            out += _reverse_office(doc[end - 1], start, person, people, here, holders)
            continue
        title = _without_time_words(model.title)
        mapped = lex().counterpart_titles.get(title.lower())  # a Foreign Secretary's counterpart: a Foreign Minister
        # "her Pakistani counterpart": Pakistan's Foreign Secretary is a civil servant too, the title the same
        same_title = country is not None and country in lex().same_title_countries.get(title.lower(), [])
        if mapped is not None and not same_title:
            title = mapped
        elif not same_title and not _portable(title):
            continue
        if country is not None and model.org_is_country and model.org == country:
            continue  # "the minister met her counterpart" at home: no country told apart
        if _leads_otherwise(here.get(person.person), title):
            continue  # "President A met his counterpart B, who became Prime Minister last year": B's own post
        out.append(Office(person=person.person, title=title, org=country, org_is_country=country is not None,
                          former=model.former, evidence=Evidence.of(doc[person.start].sent), confidence=0.6))
    return out


def _leader_words(title: str) -> set[str]:
    return {w for w in title.lower().replace("-", " ").split() if w in lex().leader_titles and w != "leader"}


def _leads_otherwise(own: Office | None, title: str) -> bool:
    """The counterpart already holds a head of state's or government's post other than the one copied: a president's
    counterpart who is told to be prime minister is no president."""
    if own is None:
        return False
    mine, copied = _leader_words(own.title), _leader_words(title)
    return bool(mine) and bool(copied) and mine != copied


def _reverse_office(noun: Token, start: int, person: Mention, people: PeopleIndex,
                    current: dict[str, Office], holders: set[str]) -> list[Office]:
    """ "A sat down with his Jordanian counterpart, Interior Minister B": A, named with no office, holds
    B's (a portable title only; A's country is not told)."""
    named = current.get(person.person)
    if named is None or not _portable(_without_time_words(named.title)):
        return []
    models = [m for m in _model_people(noun, start, person, people) if m not in holders]
    if not models:
        return []
    doc = noun.doc
    return [Office(person=models[0], title=named.title.strip(), org=None, org_is_country=False, former=named.former,
                   evidence=Evidence.of(doc[person.start].sent), confidence=0.5)]


def predecessor_offices(doc: Doc, people: PeopleIndex, offices: list[Office]) -> list[Office]:
    """ "her predecessor, X", "Y's predecessor, Shri X", "X, his predecessor": X held, before, the office the
    possessor holds now (`predecessor_nouns.txt`), so X gets it as a former office."""
    current: dict[str, Office] = {}
    for office in offices:
        if not office.former:
            current.setdefault(office.person, office)
    out = []
    for noun in tokens_with(doc, lex().predecessor_nouns):
        owner_token = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner_token is None and noun.i > 0 and doc[noun.i - 1].tag_ in {"PRP$", "POS"}:
            owner_token = doc[noun.i - 1] if doc[noun.i - 1].tag_ == "PRP$" else doc[noun.i - 2]
        owner = people.person_of(owner_token) if owner_token is not None else None
        person = named_after(doc, noun.i + 1, people) or named_before(doc, noun.i, people)
        if owner is None and owner_token is not None and owner_token.tag_ == "PRP$" and person is not None:
            owner = _office_holder_before(owner_token, person.person, people, current)
        model = current.get(owner) if owner else None
        if model is None or person is None or person.person == owner:
            continue
        out.append(Office(person=person.person, title=model.title, org=model.org, org_is_country=model.org_is_country,
                          former=True, evidence=Evidence.of(doc[person.start].sent), confidence=0.6))
    return out


def _office_holder_before(pronoun: Token, named: str, people: PeopleIndex, current: dict[str, Office]) -> str | None:
    """Whom "her" in "her predecessor" stands for (pronouns are resolved after offices): the nearest
    named office holder of the pronoun's gender in this sentence or the one before."""
    doc = pronoun.doc
    gender = "male" if pronoun.lower_ in lex().male_pronouns else "female" if pronoun.lower_ in lex().female_pronouns else None
    sent = pronoun.sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for mention in reversed(people.sorted_mentions()):
        if mention.start >= pronoun.i or mention.start < floor or mention.person == named:
            continue
        person = people.persons[mention.person]
        if gender and person.gender and person.gender != gender:
            continue
        return mention.person if mention.person in current else None
    return None


__all__ = ["counterpart_offices", "predecessor_offices"]
