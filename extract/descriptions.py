"""Descriptions that stand for one person named before: "the Colombian-born senator said", "the
62-year-old told reporters", "the ministry's spokeswoman said", "the French-born banker met ...".

A definite description (headed by "the" or a non-person possessive) is linked to a person only
when exactly one person named before it fits: every word of the description is among the words
the article used for that person before (titles and modifiers in front of the name, appositions,
"X is a ...", the person's offices), every country or nationality it names is that person's (or, when
no one fits and the text never gave a country for someone holding exactly that office, that
person: a nationality never stated; a bare "the Libyan leader" (`bare_leader_nouns.txt`) stands for the
one person named before with no office and no country at all), and an
age ("the 62-year-old") is the age given for that person ("X, 62,"). With no fitting person, or
more than one, the description stays nobody (never guessed); a quote it frames has no speaker.

`coref.resolve_descriptions` runs first and links office descriptions ("the prime minister") to
the latest holder; this module links what that leaves.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.syntax import tokens_whose

# words that say nothing about who is meant
_EMPTY = {"the", "a", "an", "this", "that", "'s", "\u2019s", "-", "born", "of", "for", "at", "in", "and",
          "year", "old", "new", "country", "nation"}
_MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "poss", "nummod"}


@dataclass
class Profile:
    """What the article said about a person before a point: words, countries, age."""

    words: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    ages: set[int] = field(default_factory=set)
    titles: list[frozenset[str]] = field(default_factory=list)  # each office title's words


@dataclass(frozen=True)
class Description:
    start: int
    end: int
    head: int
    words: frozenset[str]
    countries: frozenset[str]
    age: int | None


def _heads() -> frozenset[str]:
    kinship = lex().kinship_nouns
    return (lex().description_heads | lex().title_heads | lex().occupations | lex().person_nouns) - kinship


def _age_of(tokens) -> int | None:
    """The age in "62-year-old" (spaCy: "62", "-", "year", "-", "old") or a bare "62" apposition."""
    toks = list(tokens)
    for k, tok in enumerate(toks):
        if tok.like_num and tok.text.isdigit() and 10 < int(tok.text) < 120:
            rest = [t.lower_ for t in toks[k + 1:k + 5] if t.text != "-"]
            if rest[:2] == ["year", "old"] or (len(toks) == 1):
                return int(tok.text)
    return None


def _add_words(profile_words: set[str], countries: set[str], tokens) -> None:
    tokens = list(tokens)
    pairs = {i for i, (a, b) in enumerate(zip(tokens, tokens[1:])) if a.text[:1].isupper() and b.text[:1].isupper()
             and lex().two_word_country(a.text, b.text)}  # "Equatorial Guinean", "South Sudanese"
    for i in pairs:
        countries.add(lex().two_word_country(tokens[i].text, tokens[i + 1].text))
    for k, tok in enumerate(tokens):
        if k in pairs or k - 1 in pairs:
            continue
        country = lex().country_for(tok.text) if tok.text[:1].isupper() else None
        if country:
            countries.add(country)
        elif tok.is_alpha and (not tok.is_stop or tok.lower_ in lex().former_words) and tok.lower_ not in _EMPTY:
            # ("former" is a stop word to spaCy, but "the former president" is not the president)
            profile_words.add(tok.lemma_.lower())
            profile_words.add(tok.lower_)


def _description_at(tok: Token, people: PeopleIndex, skip: set[int], heads: frozenset[str] | None = None) -> Description | None:
    """The definite description `tok` heads, if it is one that may refer back to someone."""
    doc = tok.doc
    is_age = tok.lower_ == "old" and any(c.lower_ == "year" for c in tok.children)
    if not is_age and (tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ in {"NNS", "NNPS"}
                       or tok.lemma_.lower() not in (heads if heads is not None else _heads())):
        return None
    if tok.i in skip or people.mention_at(tok.i) or tok.dep_ in {"compound", "appos", "attr", "poss"}:
        return None
    if any(people.mention_at(c.i) for c in tok.children if c.dep_ in {"appos", "compound", "flat"}):
        return None  # "the senator, Ana Ruiz": the name is given right there
    if tok.i + 1 < len(doc) and people.mention_at(tok.i + 1):
        return None  # "the Colombian-born senator Ana Ruiz"
    lefts = list(tok.lefts)
    owner = next((c for c in lefts if c.dep_ == "poss"), None)
    if owner is not None and (owner.pos_ == "PRON" or people.person_of(owner)):
        return None  # "his spokeswoman", "Lee's spokeswoman": someone else, who works for them
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in lefts) and owner is None:
        if not (is_age and any(c.lower_ == "the" for c in doc[max(0, tok.i - 6):tok.i])):
            return None
    words: set[str] = set()
    countries: set[str] = set()
    modifiers = [c for c in lefts if c.dep_ in _MODIFIER_DEPS]
    start = min([tok.i] + [c.left_edge.i for c in lefts])
    for mod in modifiers:
        _add_words(words, countries, mod.subtree)
    if not is_age:
        _add_words(words, countries, [tok])
    end = tok.i + 1
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
        _add_words(words, countries, prep.subtree)
        end = max(end, prep.right_edge.i + 1)
    age = _age_of(doc[start:tok.i + 1]) if is_age else None
    if is_age and age is None:
        return None
    return Description(start, end, tok.i, frozenset(words), frozenset(countries), age)


def _profile_sources(doc: Doc, mention: Mention) -> list:
    """Token groups that describe the person a name mention names."""
    root = doc[mention.start:mention.end].root
    groups = [_words_before_name(doc, mention)]  # "Republican presidential candidate Donald Trump"
    for child in root.children:
        if child.dep_ == "appos" and not (mention.start <= child.i < mention.end):
            groups.append(_phrase(child))  # "Ana Ruiz, a Colombian-born senator,"
        if child.dep_ in {"nummod", "npadvmod", "amod"} and child.i > mention.end:
            groups.append([child])
    if root.dep_ == "appos" and root.head.pos_ in {"NOUN", "PROPN"}:
        head = root.head  # "the senator, Ana Ruiz"
        groups.append([t for t in _phrase(head) if t.i < root.left_edge.i or t.i > root.right_edge.i])
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        groups += [_phrase(c) for c in root.head.children if c.dep_ == "attr"]  # "Lind is a spokeswoman"
    return groups


def _words_before_name(doc: Doc, mention: Mention) -> list[Token]:
    """The modifiers right in front of a name that hang on it ("retired general", "oil tycoon")."""
    k = mention.start - 1
    while k >= 0 and (doc[k].dep_ in _MODIFIER_DEPS - {"poss"} or doc[k].text == "-") and doc[k].head.i > k:
        k -= 1
    return list(doc[k + 1:mention.start])


def _phrase(noun: Token) -> list[Token]:
    """A noun phrase without the clauses hanging on it ("a banker who later ..." is "a banker")."""
    out = [noun]
    for child in noun.children:
        if child.dep_ not in {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos"}:
            out.extend(child.subtree)
    return sorted(out, key=lambda t: t.i)


def _profiles(doc: Doc, people: PeopleIndex, offices: list[Office], countries: dict[str, str],
              before: int) -> dict[str, Profile]:
    profiles: dict[str, Profile] = {}
    for mention in people.name_mentions():
        if mention.start >= before:
            break
        profile = profiles.setdefault(mention.person, Profile())
        for group in _profile_sources(doc, mention):
            _add_words(profile.words, profile.countries, group)
            age = _age_of(group)
            if age is not None:
                profile.ages.add(age)
    for office in offices:
        if office.person in profiles and office.evidence.start < doc[before].idx:
            profile = profiles[office.person]
            profile.words |= {w.lower() for w in office.title.replace("-", " ").split()}
            profile.titles.append(frozenset(w.lower() for w in office.title.replace("-", " ").split()
                                            if w.lower() not in _EMPTY))
            if office.former:
                profile.words.add("former")
            if office.org and office.org_is_country:
                profile.countries.add(office.org)
    for person, country in countries.items():
        if person in profiles:
            profiles[person].countries.add(country)
    return profiles


def countries_said_for(doc: Doc, people: PeopleIndex, offices: list[Office], countries: dict[str, str],
                       person: str, before: int) -> set[str]:
    """The countries the text gave as `person`'s own before token `before`: nationality words
    around the name ("a Colombian-born senator"; not the places an office deals with, "envoy for
    the Lima-Quito talks"), offices in a country, the country coreference learnt."""
    said = {o.org for o in offices if o.person == person and o.org_is_country and o.org}
    if person in countries:
        said.add(countries[person])
    for mention in people.name_mentions():
        if mention.start >= before:
            break
        if mention.person == person:
            said |= {country for group in _profile_sources(doc, mention) for t in group
                     if (t.ent_type_ == "NORP" or t.pos_ == "ADJ") and (country := lex().country_for(t.text))}
    return said


def _fits(description: Description, profile: Profile) -> bool:
    """Every word of the description is the person's, and every country. "visiting" says nothing a profile
    holds (`visiting_modifiers.txt`), and "official" fits any office holder (`generic_holder_nouns.txt`).
    A title word does not fit a holder of a lower rank ("the president" is not the vice president), unless
    the description narrows it otherwise: by nationality or as the visitor ("the Moroccan minister", "the
    visiting minister" for a Moroccan deputy minister on a visit)."""
    if description.age is not None and description.age not in profile.ages:
        return False
    if not description.countries <= profile.countries:
        return False
    words = set(description.words)
    narrowed = bool(description.countries) or bool(words & lex().visiting_modifiers)
    words -= {w for w in words if w in lex().visiting_modifiers or f"{w}ing" in lex().visiting_modifiers}  # (and lemma)
    generic = words & lex().generic_holder_nouns
    if generic and not profile.titles:
        return False  # "the official": someone who holds an office
    words -= generic
    if words & lex().title_heads and (profile.words & lex().rank_modifiers) - words and not narrowed:
        return False  # "the president" is not the vice president, "the minister" not a deputy minister
    return words <= profile.words and bool(words or generic or description.countries or description.age is not None)


def _fits_but_country_unstated(description: Description, profile: Profile) -> bool:
    """ "Vice-President Ana Ruiz ... the Chilean vice-president said": the text never gave the
    person's country, but the description's office words are all the person's. Only an office (a
    title word) may stand in; a bare nationality ("the Chilean") or occupation says too little."""
    if profile.countries or description.age is not None:
        return False
    # the whole office, not a word of it: "the Peruvian president" is not Vice-President Ruiz
    return any(w in lex().title_heads for w in description.words) and description.words in profile.titles


def resolve_profile_descriptions(doc: Doc, people: PeopleIndex, offices: list[Office],
                                 countries: dict[str, str], skip: set[int]) -> list[Office]:
    """Add a "description" mention for each description exactly one person named before fits; return the
    offices only such a description tells ("the Libyan leader" for a ruler named bare)."""
    found: list[Office] = []
    heads = _heads() | lex().bare_leader_nouns
    candidates = tokens_whose(doc, lambda w: w.lower() in heads, lemma=True) + tokens_whose(doc, lambda w: w.lower() == "old")
    for tok in sorted(candidates, key=lambda t: t.i):  # only a head word or "old" can head a description
        description = _description_at(tok, people, skip, heads)
        if description is None or any(people.mention_at(i) for i in range(description.start, description.end)):
            continue
        if not description.words and description.age is None:
            continue
        profiles = _profiles(doc, people, offices, countries, description.start)
        fitting = [person for person, profile in profiles.items() if _fits(description, profile)]
        if not fitting and description.countries:
            fitting = [person for person, profile in profiles.items() if _fits_but_country_unstated(description, profile)]
        bare_leader = len(description.words) == 1 and description.words <= lex().bare_leader_nouns and len(description.countries) == 1
        if not fitting and bare_leader:
            # "Muammar Gaddafi agreed ... the Libyan leader": the one person named before with no office and no country
            fitting = [person for person, profile in profiles.items() if not profile.titles and not profile.countries]
            (word,), (country,) = description.words, description.countries
            if len(fitting) == 1 and word in lex().leader_titles:  # the office the text never named ("strongman" is none)
                found.append(Office(person=fitting[0], title=word, org=country, org_is_country=True, former=False,
                                    evidence=Evidence.of(tok.sent), confidence=0.6))
        if not fitting and not bare_leader and len(description.countries) == 1:
            variation = _office_of_the_one_named_just_before(doc, tok, description, people, profiles)
            if variation is not None:  # "... the Audi carrying Rainer Holl pulled up. The German economics minister was"
                fitting = [variation[0]]
                found.append(Office(person=variation[0], title=variation[1], org=next(iter(description.countries)),
                                    org_is_country=True, former=False, evidence=Evidence.of(tok.sent), confidence=0.6))
        if len(fitting) == 1:
            people.add_mention(Mention(description.start, description.end, fitting[0], "description"))
    return found


def _office_of_the_one_named_just_before(doc: Doc, head: Token, description: Description, people: PeopleIndex,
                                         profiles: dict[str, Profile]) -> tuple[str, str] | None:
    """ "... the car carrying Rainer Holl pulled up. The German economics minister was then a
    day into his visit": a description of an office with a nationality, as the subject of its sentence, right after a sentence
    naming one person only, of whom the article has told no office and no country, is that person, and tells their
    office (news varies the name this way). The person and the office's title; None otherwise."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or description.start != head.sent.start \
            or description.age is not None or not (description.words & lex().title_heads):
        return None
    sent = head.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    named = {m.person for m in people.sorted_mentions() if before.start <= m.start < before.end}
    if len(named) != 1:
        return None
    (person,) = named
    profile = profiles.get(person)
    if profile is None or profile.titles or profile.countries:
        return None
    words = [t.text for t in doc[description.start:description.end]
             if t.lower_ not in _EMPTY and not (t.text[:1].isupper() and lex().country_for(t.text))]
    return (person, " ".join(words)) if words else None
