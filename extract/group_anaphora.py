"""People taken up by a plural noun: "the three men", "the two negotiators", "the Jordanian ministers".

News names a visiting party once ("Foreign Minister A and Trade Minister B arrived on Monday") and then
goes on with a plural: "the two ministers paid a visit to C", "the mediator met the two negotiators
separately", "the three men held talks with D". The plural is a meeting's party, and who it is follows from
what it says of them: how many (`group_counts.txt`), which office (a title word: "ministers",
"negotiators"), which country ("Jordanian"), which sex ("men", `gendered_group_nouns.txt`). The people it
takes up are the ones named before that fit all of it, the most recently named first; a counted plural
takes exactly that many, and only where the group ends cleanly (the next one back was named in another
sentence), so "the two men" never splits a list of three.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.facts import Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.participants import is_person_noun
from newsgraph.extract.people import PeopleIndex

__all__ = ["fits_group", "fits_group_and_office", "group_counts", "group_named_before"]

_WINDOW = 2500  # characters back a plural may take up its people (a few paragraphs)
_RESTRICTING_DEPS = {"amod", "compound"}


def group_counts() -> dict[str, int]:
    """`group_counts.txt` as numbers: "two" -> 2, "both" -> 2."""
    return {word: int(n) for word, n in lex().group_counts.items() if n}


def _count(noun: Token) -> int | None:
    """How many people the plural counts ("the two", "both", "the 3"); None when it does not count."""
    counts = group_counts()
    for child in noun.children:
        if child.dep_ in {"nummod", "det", "predet"}:
            if child.lower_ in counts:
                return counts[child.lower_]
            if child.text.isdigit():
                return int(child.text)
    return None


_COLLECTIVE_NOUNS = frozenset({"delegation", "team", "group", "mission", "panel", "contingent"})  # ("both sides" may be two people)


def _is_group_noun(noun: Token) -> bool:
    """A definite or counted plural of a person noun that names no one itself: "the two ministers",
    "both envoys", "the three men"; not "two ministers" (new people) or "ministers" (anyone)."""
    if noun.tag_ != "NNS" or not (is_person_noun(noun) or noun.lower_ in lex().gendered_group_nouns):
        return False
    if noun.lemma_.lower() in _COLLECTIVE_NOUNS:
        return False  # "the two delegations" are groups of people, not two people named before
    determiners = {c.lower_ for c in noun.children if c.dep_ in {"det", "predet", "nummod"}}
    return bool(determiners & {"the", "both", "these", "those"})


def _country_of(noun: Token) -> str | None:
    """The country a modifier of the plural names: "the two Jordanian ministers" -> Jordan."""
    for child in noun.children:
        if child.dep_ in _RESTRICTING_DEPS and child.i < noun.i:
            country = lex().country_for(child.text)
            if country:
                return country
    return None


def _title_words(noun: Token, offices: list[Office]) -> set[str] | None:
    """The office words the plural names: its portfolio ("the defence ministers" -> {"defence"}, whatever
    each holder's title head: "defence secretary") or else its title head ("ministers" -> {"minister"});
    None when it names no office ("the men", "the diplomats"). Only modifiers some title of the article
    has count as a portfolio ("the two visiting ministers" are ministers)."""
    in_titles = {w for o in offices for w in o.title.lower().replace("-", " ").split()}
    portfolio = {c.lower_ for c in noun.children if c.dep_ in _RESTRICTING_DEPS and c.i < noun.i
                 and c.is_lower and c.is_alpha and c.lower_ in in_titles}
    lemma = noun.lemma_.lower()
    if lemma == "head" and any(o.lemma_.lower() in {"state", "government"} for p in noun.children
                               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children):
        return {"leader"}  # "both heads of government"
    if lemma not in lex().title_heads:
        return None
    return portfolio or {lemma}


def _holds(person: str, wanted: set[str], offices: list[Office]) -> bool:
    """Whether the person holds an office whose title has the words, not at a lower rank ("deputy
    minister" is none of "the two ministers")."""
    for office in offices:
        if office.person != person or office.former:
            continue
        words = set(office.title.lower().replace("-", " ").split())
        if words & (lex().rank_modifiers - {"co", "prime"}):
            continue
        if "prime" in words and "prime" not in wanted and wanted != {"leader"}:
            continue  # "the three ministers" are not the prime minister who received them
        if wanted <= words or (wanted == {"leader"} and words & lex().leader_titles):
            return True  # "the two leaders": heads of state or government, whatever their titles
    return False


def _of_country(person: str, country: str, offices: list[Office], people: PeopleIndex) -> bool:
    return people.persons[person].country == country or any(
        o.person == person and o.org == country for o in offices)


def _not_of_another_country(person: str, country: str, offices: list[Office], people: PeopleIndex) -> bool:
    """Nothing says the person serves another country ("Jordanian Foreign Minister A and Trade Minister
    B": B's office names no country, and the adjective may cover both)."""
    known = {people.persons[person].country} | {o.org for o in offices if o.person == person and o.org_is_country}
    return not (known - {None, country})


def _may_be(person: str, gender: str, people: PeopleIndex) -> bool:
    """Whether nothing the text says gives the person the other sex (a guess from the first-name table
    alone does not count: "Rosa" may be a man's name)."""
    known = people.persons[person].gender
    return known in {None, gender} or person in people.gender_from_first_name


def group_named_before(noun: Token, people: PeopleIndex, offices: list[Office]) -> list[str]:
    """The people a plural noun takes up (see the module's docstring); [] when it is no such plural,
    or when the people named before do not make one group that fits it."""
    if not _is_group_noun(noun):
        return []
    count = _count(noun)
    country = _country_of(noun)
    title = _title_words(noun, offices)
    gender = lex().gendered_group_nouns.get(noun.lower_)
    if count is None and title is None:
        return []  # "the men": too vague without a number or an office
    if title == {"leader"}:
        return []  # "the two leaders": the heads of the meeting just told or of the pair named before (meetings.py)
    sent = noun.sent
    latest: dict[str, int] = {}  # person -> the start of the sentence of their last mention before the noun
    for mention in people.sorted_mentions():
        if mention.start >= sent.start:
            break
        if noun.idx - people.doc[mention.start].idx <= _WINDOW:
            latest[mention.person] = people.doc[mention.start].sent.start
    fitting = [p for p in sorted(latest, key=latest.get, reverse=True)
               if (title is None or _holds(p, title, offices))
               and (country is None or _not_of_another_country(p, country, offices, people))
               and (gender is None or _may_be(p, gender, people))]
    if country is not None and not any(_of_country(p, country, offices, people) for p in fitting):
        return []  # no one named before is said to be of that country
    if count is None:
        return fitting if len(fitting) >= 2 else []
    if len(fitting) < count:
        return []
    group = fitting[:count]
    if len(fitting) > count and latest[fitting[count]] == latest[group[-1]]:
        return []  # the next one back was named with the last of the group: no clean group
    return group


def fits_group(noun: Token, persons: list[str], people: PeopleIndex, offices: list[Office]) -> bool:
    """Whether people found another way (the pair of the sentence before, the meeting just told) can be
    what the plural says: as many as it counts, of its country and sex. Its office word is not checked:
    "the top diplomats" may be two foreign ministers. "The two delegations" are no two people. True for any
    other noun."""
    if noun.tag_ == "NNS" and noun.lemma_.lower() in _COLLECTIVE_NOUNS:
        return False
    if not _is_group_noun(noun):
        return True
    count = _count(noun)
    country = _country_of(noun)
    gender = lex().gendered_group_nouns.get(noun.lower_)
    return ((count is None or len(persons) == count)
            and all((country is None or _not_of_another_country(p, country, offices, people))
                    and (gender is None or _may_be(p, gender, people)) for p in persons))


def fits_group_and_office(noun: Token, persons: list[str], people: PeopleIndex, offices: list[Office]) -> bool:
    """`fits_group`, and each person holds the office the plural names ("the two visiting ministers" are no
    minister and an ambassador): for people only named after the plural, the weakest evidence."""
    if not fits_group(noun, persons, people, offices):
        return False
    title = _title_words(noun, offices) if _is_group_noun(noun) else None
    return title is None or all(_holds(p, title, offices) for p in persons)
