"""A counterpart named earlier and taken up without a name: "Greek Foreign Minister A and Turkish Foreign
Minister B have traded barbs for weeks. On Thursday A met her Turkish counterpart in Athens." The phrase
"her Turkish counterpart" refers to B: the one person named before who serves the country the phrase
names and holds the office of the one whose counterpart this is (the clause's subject, "her").

Only a phrase that names a country and has no name of its own beside it is resolved ("his Turkish
counterpart, B," is read by `counterparts.py`), and only to exactly one person: with two or more who fit,
or none, it refers to nobody.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.counterparts import counterpart_nouns, country_after, country_before, named_after, named_before
from newsgraph.extract.facts import Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.syntax import governing_verb

__all__ = ["resolve_counterpart_descriptions"]

_GENERIC = {"the", "of", "and", "for"}


def _title_words(office: Office) -> set[str]:
    return {w for w in office.title.lower().replace("-", " ").split()
            if w not in _GENERIC and not lex().country_for(w)} - lex().former_words


def _model(noun: Token, people: PeopleIndex) -> str | None:
    """Whose counterpart it is: the subject of the clause the phrase is in."""
    verb = governing_verb(noun)
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            person = people.person_of(child)
            if person:
                return person
    return None


def _first_mentions(people: PeopleIndex) -> dict[str, int]:
    first: dict[str, int] = {}
    for mention in people.sorted_mentions():
        first.setdefault(mention.person, mention.start)
    return first


def resolve_counterpart_descriptions(doc: Doc, people: PeopleIndex, offices: list[Office],
                                     countries: dict[str, str]) -> None:
    """Add a description mention for each "<possessive> <demonym> counterpart" that refers back to one
    person named before."""
    current: dict[str, list[Office]] = {}
    for office in offices:
        if not office.former:
            current.setdefault(office.person, []).append(office)
    if len(current) < 2:
        return
    first = _first_mentions(people)
    for start, end in counterpart_nouns(doc):
        noun = doc[end - 1]
        if noun.tag_ in {"NNS", "NNPS"} or any(people.mention_at(k) for k in range(start, end)):
            continue
        country, after = country_after(doc, end)
        if end < len(doc) and doc[end].lower_ == "in":
            country = None  # "met her Turkish counterpart in Athens": where they met, not whom
        country = country_before(doc, start) or country
        if country is None or named_after(doc, after, people) or named_before(doc, start, people):
            continue
        model = _model(noun, people)
        model_words = [_title_words(o) for o in current.get(model, [])] if model else []
        fitting = []
        for person, held in current.items():
            if person == model or first.get(person, len(doc)) >= start:
                continue
            if countries.get(person) != country and not any(o.org == country for o in held):
                continue
            if model_words and not any(_title_words(o) == words for o in held for words in model_words):
                continue
            fitting.append(person)
        if len(fitting) != 1:
            continue
        phrase_start = start
        while phrase_start > 0 and (doc[phrase_start - 1].lower_ in {"his", "her", "their", "its"}
                                    or lex().country_for(doc[phrase_start - 1].text)):
            phrase_start -= 1  # "her Turkish | counterpart"
            if doc[phrase_start].lower_ in {"his", "her", "their", "its"}:
                break
        people.add_mention(Mention(phrase_start, max(end, after), fitting[0], "description"))
