"""The body a delegation represents when the group's own phrase names one that is not a country.

- a town, province or state: "a delegation from Oberstadt", "a Tigray delegation", "a group of
  councillors from Peru's Cusco region" (`subnational_units.txt`), "from Sokcho, South Korea" (the
  town, not the country set beside it);
- an organisation's name the tagger cut short before "and": "a delegation of the Committee on Trade
  and Industry" (the entity stopped at "Trade");
- the body of the head's office, told in the delegation's own sentence, when the group's phrase names
  none: "a delegation of mayors led by Lakeland League chair A" (`body_of_head`);
- a group under a proper name ("the Eminent Persons Group", "the Commonwealth Observer Group"): the
  acronym of the body that opens its name here or where the article first gives it ("the ASEAN Eminent
  Persons Group"), else the group's own name (`named_group_body`).
A place that names a country or its capital is left to the country rules (`delegations.py`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.facts import Delegation, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import entity_of
from newsgraph.extract.text import strip_leading_the

__all__ = ["place_of_group", "full_organisation_name", "long_form", "written_full_name", "accompanying_team_body", "body_of_head",
           "dotted_long_form", "spelled_out_before", "is_dotted_acronym", "named_group", "named_group_body"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _unit_name(doc: Doc, start: int, end: int) -> str | None:
    """The name of a sub-national place over tokens [start, end), with the unit noun after it when the
    text gives one ("Carchi province"); None for a country, a capital or a lower-case word."""
    while end < len(doc) and doc[end].lower_ in lex().subnational_units and doc[end].is_lower \
            and doc[end - 1].text[:1].isupper():
        end += 1
    text = strip_leading_the(doc[start:end].text)
    if not text[:1].isupper() or lex().country_for(text) or lex().country_for(doc[start:end].root.text):
        return None
    return text


def _place_span(tok: Token, people: PeopleIndex | None = None) -> tuple[int, int] | None:
    """The tokens of the place a proper noun stands in: its GPE/LOC entity, or (the tagger left it alone)
    its run of capitalised compounds. Given `people`, an entity the tagger called a person that names
    nobody of the article also goes (`_unclaimed_person_entity`)."""
    ent = entity_of(tok)
    if ent is not None and people is not None and _unclaimed_person_entity(ent, people):
        return ent.start, ent.end
    if ent is not None:
        return (ent.start, ent.end) if ent.label_ in _PLACE_LABELS else None
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    start = tok.i
    while start > 0 and (tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound"
                         and not tok.doc[start - 1].ent_type_ or _opens_name(tok.doc[start - 1])):
        start -= 1
    return start, tok.i + 1


def _unclaimed_person_entity(ent: Span, people: PeopleIndex) -> bool:
    """ "a delegation from Nuevo Leon" where the tagger read the state's words as a person's name: a
    PERSON entity of proper nouns, right after "from", that no word of the article takes as anyone
    else's name and that is named nowhere else as a person (a group comes from a place or a body, not from
    a person named bare). Only for the place slot of a group's from-phrase."""
    if ent.label_ != "PERSON" or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "from" \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return False
    persons = {m.person for t in ent if (m := people.mention_at(t.i)) is not None}
    if not persons:
        return True
    if len(persons) > 1:
        return False
    person = persons.pop()
    return all(ent.start <= m.start and m.end <= ent.end for m in people.sorted_mentions() if m.person == person)


def _opens_name(tok: Token) -> bool:
    """ "European" in "a European Parliament delegation", "Arab" in "an Arab League team": a capitalised
    adjective the tagger split off the name of a body it opens (a regional word, never a country's)."""
    return tok.pos_ == "ADJ" and tok.dep_ in {"compound", "amod"} and tok.text[:1].isupper() \
        and tok.head.i > tok.i and lex().country_for(tok.text) is None


def _from_phrase_place(group: Token, people: PeopleIndex) -> str | None:
    """ "a delegation from Oberstadt", "a delegation of 30 residents from Oberstadt", "a team from Peru's
    Cusco region": the place of a from-phrase on the group noun (or on its of-phrase's noun)."""
    nouns = [group] + [o for p in group.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PRON"}]
    for noun in nouns:
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
        if not preps and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "from":
            preps = [noun.doc[noun.i + 1]]  # the parser hung "from" on the verb: "hosted a delegation from X"
        for prep in preps:
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                ent = entity_of(place)
                if people.person_of(place) and not (ent is not None and _unclaimed_person_entity(ent, people)):
                    continue
                if place.is_lower and place.lower_ in lex().subnational_units:
                    named = [c for c in place.children if c.dep_ == "compound" and c.text[:1].isupper()]
                    place = named[-1] if named else place  # "Peru's Cusco region": name before the unit noun
                span = _place_span(place, people)
                if span is not None:
                    return _unit_name(group.doc, *span)
    return None


def _place_before(group: Token, people: PeopleIndex) -> str | None:
    """ "a Tigray delegation", "the Oberstadt trade delegation": a place's name right before the group noun
    (past at most two lower-case modifiers), when nothing else before it names a country."""
    doc = group.doc
    k = group.i - 1
    skipped = 0
    while k >= 0 and doc[k].is_lower and doc[k].dep_ in {"compound", "amod"} and skipped < 2:
        k -= 1
        skipped += 1
    if k <= group.sent.start or doc[k].dep_ != "compound" or doc[k].pos_ != "PROPN" or people.mention_at(k) is not None:
        return None
    ent = entity_of(doc[k])
    if ent is not None and ent.label_ not in _PLACE_LABELS:
        return None  # an organisation's name is the organisation rules' (`delegations.py`)
    if ent is None and doc[k].lower_ in lex().state_bodies | lex().organisation_class_nouns:
        return None
    span = _place_span(doc[k])
    if span is None or span[1] != k + 1 or any(t.dep_ in {"amod", "poss"} and lex().country_for(t.text)
                                               for t in group.children):
        return None
    return _unit_name(doc, *span)


def place_of_group(group: Token, people: PeopleIndex) -> str | None:
    """The sub-national place (town, province, state) the group's own phrase says sent it, or None."""
    return _from_phrase_place(group, people) or _place_before(group, people)


def full_organisation_name(ent: Span) -> str:
    """An organisation entity with the "and X" the tagger cut off ("the Committee on Trade" + "and
    Industry"): capitalised words after "and" that the parser joins to a word of the name belong to it."""
    doc = ent.doc
    end = ent.end - 1 if ent[-1].lower_ == "and" else ent.end  # "the Committee on Fisheries and" + "Oceans"
    if end + 1 < len(doc) and doc[end].lower_ == "and" and any(t.lower_ in {"on", "for", "of"} for t in ent):
        k = end + 1
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].ent_type_ in {"", "ORG", "NORP"}:
            k += 1
        if k > end + 1 and any(t.dep_ in {"conj", "pobj"} and ent.start <= t.head.i < ent.end for t in doc[end + 1:k]):
            end = k
    return strip_leading_the(doc[ent.start:end].text)


def written_full_name(short: str, doc: Doc) -> str | None:
    """ "the European Union ... The EU delegation": the full name a known short form of an organisation
    stands for (`org_aliases.txt`), when the text writes that full name too (else the short form it uses)."""
    full = lex().org_aliases.get(short.lower())
    return full if full and full != short and full in doc.text else None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def long_form(short: str, doc: Doc) -> str | None:
    """ "the International Rowing Council (IRC) ... an IRC delegation": the full name an acronym was given
    for in brackets, when the initials of its capitalised words spell the acronym."""
    if not short.isupper() or len(short) < 2:
        return None
    for tok in doc:
        if tok.text != short or tok.i < 2 or doc[tok.i - 1].text != "(" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ")":
            continue
        words: list[str] = []
        k = tok.i - 2
        while k >= 0 and (doc[k].text[:1].isupper() or doc[k].lower_ in {"of", "for", "on", "and", "'s", "'"}):
            words.insert(0, doc[k].text)
            if _initials(words) == short.replace("-", "") and words[0][:1].isupper():
                return " ".join(words).replace(" 's", "'s").replace(" '", "'")
            k -= 1
    return None


def dotted_long_form(short: str, doc: Doc) -> str | None:
    """ "B.C." for "British Columbia", "N.S.W." for "New South Wales": the place the text also writes in full
    whose capitalised words' initials are the letters of a short form written with full stops."""
    letters = short.replace(".", "")
    if not re.fullmatch(r"(?:[A-Z]\.){2,}", short):
        return None
    for ent in doc.ents:
        words = strip_leading_the(ent.text).split()
        if ent.label_ in _PLACE_LABELS and len(words) == len(letters) and _initials(words) == letters \
                and all(w[:1].isupper() for w in words):
            return " ".join(words)
    return None


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")
_NAME_GLUE = r"(?:\s+(?:of|for|and|on|the)\b)*\s+"  # function words an acronym skips ("Front for the Liberation of")


def is_dotted_acronym(text: str) -> bool:
    """ "N.L.F.", "P.D.M.": a short form written with full stops, which the tokenizer keeps as one word."""
    return re.fullmatch(r"(?:[A-Z]\.){2,}", text) is not None


def spelled_out_before(short: str, doc: Doc, before: int) -> str | None:
    """ "the Patriotic Unity Front ... the P.U.F. delegation" (or "the PUF delegation"): the name the text
    spelled out in full before the short form, whose capitalised words' initials are the short form's letters
    (function words between them skipped); the first such name the text gives, so that a delegation stands for
    the organisation under the name it was introduced by. None when the text gives none or two different ones."""
    if not _ACRONYM.fullmatch(short):
        return None
    letters = short.replace(".", "")
    words = _NAME_GLUE.join(rf"{letter}[\w'’-]*" for letter in letters)
    cut = doc[before].idx if before < len(doc) else len(doc.text)
    found = {m.group(0) for m in re.finditer(rf"(?<![\w.]){words}(?![\w-])", doc.text[:cut])
             if " " in m.group(0) and not _a_persons_name(doc, m.start(), m.end())}
    return found.pop() if len(found) == 1 else None


def _a_persons_name(doc: Doc, start: int, end: int) -> bool:
    """Whether characters of the text are (part of) a person's name ("Paul Ugo Fofana" has the initials P.U.F.)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.ent_type_ == "PERSON" for t in span)


def _name_before(group: Token) -> Token | None:
    """The capitalised proper noun right before a group noun ("a Nordvik team"), past no other word."""
    k = group.i - 1
    return group.doc[k] if k >= 0 and group.doc[k].pos_ in {"PROPN", "ADJ"} and group.doc[k].text[:1].isupper() \
        and group.doc[k].dep_ in {"compound", "amod"} else None


def accompanying_team_body(group: Token, people: PeopleIndex | None = None) -> str | None:
    """ "She was accompanied by a Nordvik team that included A": a team or mission that goes with a person
    (the object of "accompanied by") under a name's first word is the team of the organisation the text named
    in full with that word first ("Nordvik Energy"); None when no such organisation was named."""
    if group.dep_ != "pobj" or group.head.lower_ != "by" or group.head.head.lemma_.lower() not in {"accompany", "escort"} \
            or group.lemma_.lower() in {"delegation", "delegations"}:  # a delegation has rules of its own
        return None
    word = _name_before(group)
    if word is None or (people is not None and people.mention_at(word.i) is not None) or lex().country_for(word.text):
        return None
    for ent in group.doc.ents:
        words = strip_leading_the(ent.text).split()
        if ent.end <= word.i and ent.label_ in {"ORG", "FAC"} and len(words) > 1 and words[0] == word.text:
            return " ".join(words)
    return None


def body_of_head(delegation: Delegation, offices: list[Office]) -> str | None:
    """The organisation or place of the head's office when the delegation's own sentence tells that
    office ("a delegation of mayors led by Lakeland League chair A", "a team headed by the chairman of
    the Dockers' Union, B"): a group whose phrase names no sender stands for what its head leads there.
    Only one such body, never a country (the country rules read the head's country) nor a past office."""
    said = [(e.start, e.end) for e in delegation.evidence]
    bodies = {o.org for o in offices if o.person == delegation.head and o.org and not o.org_is_country and not o.former
              and any(start <= o.evidence.start and o.evidence.end <= end for start, end in said)}
    return bodies.pop() if len(bodies) == 1 else None


def named_group(tok: Token) -> Span | None:
    """ "the Eminent Persons Group", "the Commonwealth Observer Group": the organisation's name a capitalised group
    noun (`delegation_nouns.txt`) closes, or None."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.lemma_.lower() not in lex().delegation_nouns:
        return None
    ent = entity_of(tok)
    if ent is None or ent.label_ != "ORG" or ent.end != tok.i + 1 or len([t for t in ent if t.lower_ != "the"]) < 2:
        return None
    return ent


def _acronym(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and len(tok) >= 2 and not lex().country_for(tok.text)


def named_group_body(tok: Token) -> str | None:
    """The body a named group is of: the acronym opening its name ("the ASEAN Eminent Persons Group"), here or
    where the article gives the name with one before; else the group's name itself."""
    ent = named_group(tok)
    if ent is None:
        return None
    words = [t for t in ent if t.lower_ != "the"]
    if _acronym(words[0]):
        return words[0].text
    texts = [t.text for t in words]
    doc = tok.doc
    for k in range(1, len(doc) - len(texts) + 1):
        if [t.text for t in doc[k:k + len(texts)]] == texts and _acronym(doc[k - 1]):
            return doc[k - 1].text
    return " ".join(texts)
