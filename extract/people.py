"""Find the people an article names and group every mention of one person into one entity.

Approach (no hub models; spaCy's NER and parse plus rules):
1. Person names come from spaCy PERSON entities, cleaned of words that are not part of a name
   ("Joining Medinsky" -> "Medinsky", "Mr Birk" -> "Birk", "Zelensky's" -> "Zelensky").
2. One sense per discourse: a string tagged PERSON once is a person everywhere in the article,
   which repairs NER slips such as "Macron" tagged GPE or "Trump" tagged ORG.
3. Mentions are clustered: a full name starts an entity; a shorter form ("Zelensky", "Mr Birk",
   "Min") joins the entity whose name contains it, and when two could take it, the one mentioned
   most recently before it.
The fullest name is the entity's name; every other form is an alias.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.dates import MONTHS, WEEKDAYS
from newsgraph.extract.facts import Evidence, Person
from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_context import (LOCATIVE_PREPS, PERSON_TAKING_HEADS, after_a_countrys_possessive,
                                            alone_in_parentheses, argument_slot, classified_after, closing_single_name,
                                            country_before_possessive, country_name_pairs, country_span_end, name_before_letters,
                                            ends_counterpart_phrase,
                                            ends_definite_office,
                                            further_complements_end, journey_end, leads_a_delegation,
                                            lone_surname_word, modifies_place_noun, modifies_plural_noun,
                                            name_after_a_closing_country, name_after_body_complement,
                                            name_run_into_a_body,
                                            lists_delegation_members, opens_a_delegation_roster,
                                            listed_with_places, names_a_posts_seat, names_a_storm,
                                            office_apposition_after,
                                            opens_a_dateline, route_end, title_complement_start, untagged_name_pair,
                                            with_the)
from newsgraph.extract.name_identity import (initialled, initials_of, is_introduced_as_kin, name_key,
                                             named_as_relative_of_another, names_an_ancestor, title_gender,
                                             title_words, word_slug)
from newsgraph.extract.name_words import (LINKING_PARTICLES, NAME_PARTICLES, ORG_WORDS, PATRONYMIC_PARTICLES,
                                          REGNAL_NUMBER, posted_in_a_place, unstopped_initials,
                                          abbreviated_given_name, after_title_word, given_name_before_particle, region_word,
                                          headline_verb, monarch_word_as_given_name, capitalised_word_inside_name,
                                          clean_name_span, complement_word, continues_a_name, first_name_closing_entity,
                                          is_style_of_address, family_name_as_function_word,
                                          first_name_gender, function_word_as_given_name, given_to_either_gender,
                                          hyphenated_given_name,
                                          name_part_gender,
                                          is_first_name, is_hyphen_tail, is_inner_hyphen, is_name_token,
                                          is_surname_first, join_given_names_to_surnames, middle_surnames, name_shaped,
                                          names_a_thing, office_word, opens_a_given_name, surname_read_as_word,
                                          surnames_after)
from newsgraph.extract.syntax import conjuncts_before, doc_text, entity_of, tokens_whose, tokens_with
from newsgraph.extract.text import slugify


@dataclass
class Mention:
    """A stretch of tokens [start, end) that refers to a person."""

    start: int
    end: int
    person: str
    kind: str  # "name", "description", "pronoun"

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


_OUTLET_VERBS = frozenset({"report", "quote", "cite", "publish", "broadcast"})  # what papers and agencies do


def _initial(tok: Token) -> bool:
    """A given name written as its initial: "M.", "K."."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _styled_body_word(tok: Token, style: Token) -> bool:
    """A name word inside an "organisation" that NER opened with the style of address before it ("H.E.
    Tomas Berg" read as one body): the style shows a person follows, so the label says nothing."""
    ent = entity_of(tok) if tok.ent_type_ == "ORG" else None
    return (ent is not None and ent.start <= style.i and tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title
            and tok.lower_ not in ORG_WORDS and tok.lower_ not in lex().title_heads and not lex().country_for(tok.text))


_NEVER_NAME_WORDS = frozenset({"the", "of", "and", "a", "an", "in", "at", "on", "for", "or", "but"})


def _given_name_read_as_function_word(tok: Token) -> bool:
    """ "Datuk Nor Aishah Kamarudin": a given name spelt like an English function word (the Malay "Nor"),
    capitalised right after a style of address and before another capitalised word, is the name's first word
    (the tagger reads it as a conjunction)."""
    doc = tok.doc
    return (tok.is_title and tok.is_alpha and not tok.is_sent_start and tok.lower_ not in _NEVER_NAME_WORDS
            and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN")


def _word_slugs(doc: Doc, heads: set[str]):
    """The slug of each token (as a lookup by position) and where each of `heads` occurs, read over spaCy's
    array of word ids so each distinct word is slugged once (a per-token pass costs a fifth of the
    people component)."""
    import numpy
    from spacy.attrs import ORTH

    orths = doc.to_array(ORTH)
    distinct, inverse = numpy.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    slugs = [word_slug(strings[int(o)]) for o in distinct]
    starts: dict[str, list[int]] = {}
    for k, slug in enumerate(slugs):
        if slug in heads:
            starts.setdefault(slug, []).extend(numpy.nonzero(inverse == k)[0].tolist())
    for positions in starts.values():
        positions.sort()
    return (lambda i: slugs[inverse[i]]), starts


def _untagged_proper_nouns(doc: Doc) -> list[Token]:
    """The proper nouns NER left outside every entity, found over spaCy's arrays (not token by token)."""
    import numpy
    from spacy.attrs import ENT_TYPE, POS
    from spacy.symbols import PROPN

    arr = doc.to_array([POS, ENT_TYPE])
    return [doc[int(i)] for i in numpy.nonzero((arr[:, 0] == PROPN) & (arr[:, 1] == 0))[0]]


def _surname_tagged_as_noun(doc: Doc, j: int, start: int) -> bool:
    """ "Pablo | Soto": a capitalised word the tagger took for a common noun, after a given name it tagged as a
    proper noun, mid-sentence."""
    return j > start and doc[j].pos_ == "NOUN" and doc[j].is_title and doc[j - 1].pos_ == "PROPN" \
        and is_first_name(doc[j - 1].text)


def _patronymic_inside(doc: Doc, k: int, start: int) -> bool:
    """ "bin"/"bint"/"ibn" between two capitalised name words of a name that began at `start`."""
    return (start < k < len(doc) - 1 and doc[k].lower_ in PATRONYMIC_PARTICLES
            and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper())


def _untagged_given_name(before: Token, surname: Token) -> bool:
    """ "the Lord Mayor, Caoimhe | Brannigan,", "met Siobhán | Ní Bhriain": a capitalised word with no entity
    type that the parser hangs on a lone surname as its compound, and that opens the name phrase (no proper noun
    before it), is a given name NER did not know: not a title, style, rank, country or organisation word."""
    word = before.lower_
    if before.dep_ != "compound" or before.head.i != surname.i or before.pos_ != "PROPN" or before.ent_type_ \
            or not before.is_alpha or not before.is_title or before.is_sent_start:
        return False
    if word in lex().title_heads or word in lex().title_modifiers or word in lex().honorifics or word in ORG_WORDS \
            or lex().country_for(before.text):
        return False
    opener = before.doc[before.i - 1] if before.i > 0 else None
    return opener is None or opener.pos_ not in {"PROPN", "NOUN", "ADJ", "NUM"}


def _set_off_name_read_as_place(doc: Doc, words: list[Token], end: int) -> bool:
    """ "Nigeria's envoy to Ghana, Tunde Okafor, presented ...": name-shaped words set off by commas on both
    sides after an office, which NER called a place although no word is a known town or country: the slot
    is the holder's."""
    return (bool(words) and end < len(doc) and doc[end].text == ","
            and all(t.ent_type_ == "GPE" and t.is_title and t.is_alpha and t.text not in lex().city_forms
                    and not lex().country_for(t.text) and t.lower_ not in ORG_WORDS for t in words))


def _name_word_read_as_verb(tok: Token, start: int, end: int) -> bool:
    """ "Segun | Okafor, Nigeria's envoy": a given name the tagger did not know and read as a verb, though the
    parse hangs it as a compound on the next word of the name."""
    return tok.dep_ == "compound" and start <= tok.head.i < end and tok.head.i > tok.i and tok.head.pos_ == "PROPN"


def _apposition_of_a_clause_opening_name(doc: Doc, start: int, comma: int) -> bool:
    """ "Thandiwe Ndlovu, South Africa's minister in the presidency,", "Navarro, the former foreign
    minister,": capitalised words the first-name table does not vouch for, opening the clause, that the
    parser makes the head of the office apposition after the comma. Every word is a proper noun of a
    name's shape, no country, body or title word; NER's label does not count (it often calls such
    names places or bodies)."""
    words = [t for t in doc[start:comma] if not is_inner_hyphen(t)]
    if not words or not (start == 0 or doc[start].is_sent_start or doc[start - 1].is_punct
                         or doc[start - 1].lower_ in {"and", "between", "by", "with"}):
        return False
    if not all((t.pos_ == "PROPN" or _name_word_read_as_verb(t, start, comma)) and t.is_title and t.is_alpha
               and t.lower_ not in ORG_WORDS
               and t.lower_ not in lex().title_heads and t.lower_ not in lex().honorifics
               and not lex().country_for(t.text) and t.text not in lex().city_forms
               and t.ent_type_ not in {"DATE", "TIME", "NORP", "LOC", "FAC", "EVENT", "LAW"} for t in words):
        return False
    last = doc[comma - 1]
    return any(c.dep_ == "appos" and c.i > comma and c.lemma_.lower() in lex().title_heads for c in last.children)


def _roster_name(item: Token, covered: set[int]) -> tuple[int, int] | None:
    """The name a list item of proper nouns spells, its title words trimmed, when it is name-shaped."""
    if item.pos_ != "PROPN":
        return None
    doc = item.doc
    first = item.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == item.i \
            and doc[first - 1].pos_ == "PROPN" and first - 1 not in covered:
        first -= 1
    cleaned = clean_name_span(doc[first:item.i + 1])
    if cleaned is None or cleaned[1] != item.i + 1 or not name_shaped(doc[cleaned[0]:cleaned[1]]):
        return None
    return cleaned[0], cleaned[1]


def _family_name_left_out(doc: Doc, start: int, end: int, covered: set[int]) -> bool:
    """ "Deputy Minister Nguyễn Thị Lan" tagged "Thị Lan": a capitalised family name written first
    (`family_names_first.txt`) right before a name of one to three words belongs to it."""
    before = doc[start - 1] if start > 0 else None
    return (before is not None and start - 1 not in covered and 1 <= end - start <= 3 and before.text[:1].isupper()
            and before.lower_ in lex().family_names_first and before.ent_type_ in {"", "PERSON"})


def _given_name_before_known_surname(doc: Doc, i: int, covered: set[int]) -> bool:
    """ "Fiona May's news conference" where NER tagged nothing, but "Mrs May" shows May is a person's
    name: a known given name right before the surname belongs to it."""
    before = doc[i - 1] if i > 0 else None
    return (before is not None and i - 1 not in covered and before.pos_ == "PROPN" and before.text[:1].isupper()
            and is_first_name(before.text) and before.lower_ not in lex().title_heads
            and before.lower_ not in lex().honorifics and not lex().country_for(before.text)
            and before.ent_type_ in {"", "PERSON"})


def _listed_name_runs(doc: Doc, i: int, longest: int = 4) -> list[tuple[int, int]]:
    """The runs of capitalised proper nouns listed from token i ("A B, C D and E F"), up to the first
    word that is neither a name nor a list's comma or "and"; none when the list does not end there
    with a comma, a full stop or a verb (so "the two presidents, Ghana Airways ..." is no list)."""
    runs: list[tuple[int, int]] = []
    j = i
    while j < len(doc):
        start = j
        while j < len(doc) and j - start < longest and doc[j].pos_ == "PROPN" and is_name_token(doc[j]):
            j += 1
        if j == start:
            return []
        runs.append((start, j))
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "and":
            j += 2
        elif j + 1 < len(doc) and (doc[j].lower_ == "and" or (doc[j].text == "," and doc[j + 1].pos_ == "PROPN")):
            j += 1
        else:
            break
    ends_well = j >= len(doc) or doc[j].text in {",", ".", ";"} or doc[j].pos_ in {"VERB", "AUX"}
    return runs if ends_well else []


def _listed_item(tok: Token) -> bool:
    """An item of a coordinated list after the first: a conjunct, or an apposition that itself opens the
    list's tail ("A, B and C" parsed as A with the apposition "B and C")."""
    return tok.dep_ == "conj" or (tok.dep_ == "appos" and any(c.dep_ in {"cc", "conj"} for c in tok.children))


def _given_name_compounded_before(doc: Doc, start: int, end: int) -> bool:
    """The untagged capitalised word right before a name of two or more words that the parser makes part of
    it (a compound of a word inside it), where nothing but the sentence's start or an honorific comes before
    it: a given name unknown to the first-name table ("Siti | Aminah Rahman", "Mr Abdirahman | Farah
    Warsame"); an office, style, place, month or organisation word is not."""
    k = start - 1
    before = doc[k]
    if end - start < 2 or before.ent_type_ or not before.is_title or not before.is_alpha or before.pos_ != "PROPN":
        return False
    if not (before.dep_ == "compound" and start <= before.head.i < end):
        return False
    low = before.lower_
    if (low in lex().title_heads or low.rstrip("s") in lex().title_heads or low in lex().title_modifiers
            or low in lex().honorifics or is_style_of_address(before)
            or lex().country_for(before.text) or low in ORG_WORDS or low in MONTHS or low in WEEKDAYS
            or low in lex().occupations or low in lex().description_heads or low in lex().non_person_heads
            or low in lex().former_words or low in lex().clerical_styles):
        return False
    return before.is_sent_start or (k > 0 and (doc[k - 1].lower_.rstrip(".") in lex().honorifics
                                               or is_style_of_address(doc[k - 1])))  # "HE Abdullahi | Omar Ali"


_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _after_a_counterpart_noun(doc: Doc, start: int) -> bool:
    """ "his South African counterpart Zola Mbeki", "her opposite number, Ana Ruiz": the name set after a
    counterpart phrase is the person it describes, whatever NER called it."""
    k = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
    return k >= 0 and ends_counterpart_phrase(doc, k)


_SAINT_PARTICLES = frozenset({"St.", "St", "Ste."})  # surnames opening with a saint's name: "St. Hill", "St. John"


def _town_of_an_institution(ent: Span) -> bool:
    """One word set off in apposition to an institution's name ("Ahmadu Bello University, Zaria", "St Mary's Hospital,
    Paddington"): the town it is in, not a person (a person is set off after a person noun)."""
    root = ent.root
    head = root.head
    return (len(ent) == 1 and root.dep_ == "appos" and ent.start >= 2 and ent.doc[ent.start - 1].text == ","
            and head.i == ent.start - 2 and head.ent_type_ in {"ORG", "FAC"} and head.lower_ in ORG_WORDS)


def _monarch_and_name(tok: Token) -> bool:
    """ "King Felipe", "Queen Margrethe II", "Sultan Hassanal Bolkiah", "Empress Masako", which NER takes for a body,
    a place or a group: a royal title (`royal_titles.txt`) and one or two capitalised name words, perhaps
    a regnal number, make the whole entity; one with a body's or building's word ("King Abdullah University",
    "King Fahd Causeway") is named after the monarch."""
    ent = entity_of(tok)
    if ent is None or tok.lower_ not in lex().royal_titles:
        return False
    rest = [t for t in ent[1:] if not REGNAL_NUMBER.fullmatch(t.text)]
    return (1 <= len(rest) <= 2 and ent.end - ent.start <= 3
            and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS
                    and t.lower_ not in lex().non_person_heads and t.text not in lex().building_heads
                    and t.lower_ not in lex().place_generic_heads and not lex().country_for(t.text) for t in rest))  # "Sultan Hassanal Bolkiah" read as a place


def _one_word_place_a_title_compounds(doc: Doc, j: int) -> bool:
    """ "Deputy Chief Cabinet Secretary Okayama,": one word NER read as a place, right after a capitalised title that
    the parser attaches to it as a compound, and no country or known city: the title's holder, named by surname."""
    tok = doc[j]
    ent = entity_of(tok)
    return (j > 0 and ent is not None and len(ent) == 1 and tok.ent_type_ == "GPE"
            and doc[j - 1].head.i == j and doc[j - 1].dep_ == "compound" and doc[j - 1].text[:1].isupper()
            and doc[j - 1].lower_ in lex().title_heads and not lex().country_for(tok.text) and tok.text not in lex().city_forms
            and (j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper()))


def _abbreviated_title_before_a_name(tok: Token) -> bool:
    """ "EAM Pranav Deshmukh", "PM Imran Latif", which NER takes for one organisation: an office written as
    capitals (`title_expansions.txt`) opening it, with only two or three name words after it and no body
    word among them, is the title of the person they name."""
    ent = entity_of(tok)
    rest = list(ent[1:]) if ent is not None else []
    return (tok.text.isupper() and tok.lower_ in lex().title_expansions and 2 <= len(rest) <= 3
            and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in ORG_WORDS and not lex().country_for(t.text)
                    for t in rest))


def _linking_particles_before(doc: Doc, start: int) -> int:
    """How many lower-case surname particles stand right before `start` (0 to 2): "do" of "Ana do Rosario",
    "de la" of "Ana de la Cruz" (the first must link a surname: `LINKING_PARTICLES`)."""
    if start > 2 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 2].lower_ in LINKING_PARTICLES \
            and doc[start - 1].is_lower and doc[start - 2].is_lower:
        return 2
    return 1 if start > 1 and doc[start - 1].lower_ in LINKING_PARTICLES and doc[start - 1].is_lower else 0


def _untagged_given_names_before(doc: Doc, start: int, covered: set[int]) -> bool:
    """Two known given names right before a name of two words or more, untagged and opening the run of
    capitalised words ("María Fernanda | Espinosa Garcés", "João Pedro | Sousa Neto"): NER took only the
    surnames; no office word, style or country among them."""
    if start < 2 or {start - 1, start - 2} & covered:
        return False
    pair = [doc[start - 2], doc[start - 1]]
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title and is_first_name(t.text) and t.ent_type_ in {"", "PERSON"}
               and t.lower_ not in lex().title_heads and t.lower_ not in lex().title_modifiers
               and t.lower_ not in lex().honorifics and not is_style_of_address(t) and not lex().country_for(t.text)
               for t in pair):
        return False
    opener = doc[start - 3] if start > 2 else None
    return opener is None or not (opener.text[:1].isupper() and opener.is_alpha)


def _in_two_word_place(word: Token) -> bool:
    """ "Sri | Lanka", "Costa | Rica": a word that names a country or town with its neighbour."""
    doc = word.doc
    pairs = ([f"{doc[word.i - 1].text} {word.text}"] if word.i > 0 else []) + \
        ([f"{word.text} {doc[word.i + 1].text}"] if word.i + 1 < len(doc) else [])
    return any(lex().country_for(pair) or pair in lex().city_forms for pair in pairs)


def _untagged_name_words_before(doc: Doc, start: int, end: int, covered: set[int]) -> int:
    """How many untagged capitalised words right before a tagged name are the rest of it (0 to 2): a run that
    opens with a known given name after a lower-case word, and makes a name of at most four words ("met Lucía |
    Ortega Vidal", "met Josefina Ibáñez | Correa"): NER took only the surnames. No word of the run is a title,
    style, country, town or body word, and its given name is not the sentence's first word (which any word
    may be)."""
    def plain_name_word(word: Token) -> bool:
        return (word.i not in covered and word.pos_ == "PROPN" and word.is_alpha and word.is_title
                and word.ent_type_ == "" and not word.is_sent_start
                and word.lower_ not in lex().title_heads and word.lower_ not in lex().title_modifiers
                and word.lower_ not in lex().honorifics and word.lower_ not in ORG_WORDS
                and not is_style_of_address(word) and not lex().country_for(word.text)
                and word.text not in lex().city_forms and not _in_two_word_place(word))

    k = start
    while k > 0 and start - k < 2 and (end - k) < 4 and plain_name_word(doc[k - 1]):
        k -= 1
        opener = doc[k - 1] if k > 0 else None
        if is_first_name(doc[k].text) and (opener is None or not (opener.text[:1].isupper() and opener.is_alpha)):
            return start - k
    return 0


def _given_syllable_left_out(doc: Doc, start: int, end: int, covered: set[int]) -> bool:
    """ "Ri Son | Gwon", "Pak Myong | Ho": a name of two words opened by a family name written first
    (`family_names_first.txt`) whose third word, a given name's second syllable, NER gave another type or
    none. Only a lone capitalised word that is no town, country, title or body word, with no name after it."""
    if end - start != 2 or end >= len(doc) or end in covered or doc[start].lower_ not in lex().family_names_first:
        return False
    word = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    return (word.pos_ == "PROPN" and word.is_alpha and word.is_title and len(word) <= 5
            and word.ent_type_ in {"", "NORP", "ORG", "GPE", "PERSON"}
            and not lex().country_for(word.text) and word.text not in lex().city_forms
            and word.lower_ not in ORG_WORDS and word.lower_ not in lex().title_heads
            and word.lower_ not in lex().title_modifiers
            and (after is None or not (after.text[:1].isupper() and after.is_alpha)))


def _untagged_name_run(doc: Doc, k: int, covered: set[int], most: int = 4) -> int:
    """Where a run of up to `most` capitalised proper-noun words NER left untagged, from token k, ends."""
    end = k
    while end < len(doc) and end - k < most and end not in covered and doc[end].pos_ == "PROPN" \
            and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
        end += 1
    return end


def _take(out: list[tuple[int, int, str | None]], covered: set[int], span: Span) -> None:
    """Add a name span a finder read, cleaned of titles and stray words, and mark its words as taken."""
    cleaned = clean_name_span(span)
    if cleaned:
        out.append(cleaned)
        covered.update(range(cleaned[0], cleaned[1]))


def _without_nested(spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """The name spans without those lying inside a longer one: "Khalid al-Mansouri", which NER tagged alone,
    once "Aisha bint" was carried over the particle into "Aisha bint Khalid al-Mansouri"."""
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


class PeopleIndex:
    """The people of one article and which tokens refer to whom."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.persons: dict[str, Person] = {}
        # people whose gender only their first name told (gender-guesser's table: "Vivian" is mostly a
        # woman's name), which the text's own pronouns may overrule
        self.gender_from_first_name: set[str] = set()
        self.mentions: list[Mention] = []
        self._by_token: dict[int, Mention] = {}
        self._slot_backed: set[tuple[str, ...]] = set()  # names a person's slot shows, whatever NER said
        self._bracketed_aliases: list[tuple[int, int]] = []  # (name start, alias start): "Joko Widodo (Jokowi)"
        self._find_names()

    # -- names -------------------------------------------------------------------------------
    def _find_names(self) -> None:
        doc = self.doc
        spans = self._names_after_styles()
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not any(i in covered for i in range(ent.start, ent.end)):
                cleaned = clean_name_span(ent)
                if cleaned:
                    spans.append(cleaned)
        spans = _without_nested(spans)
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for extra in (self._names_after_titles(covered) + self._names_after_title_commas(covered)
                      + self._names_before_title_appositions(covered) + self._names_missed_by_ner(covered)
            + self._untagged_names_in_argument_slots(covered) + self._names_closing_organisations(covered)
            + self._lone_surnames_of_speakers(covered) + self._names_before_letters(covered)
            + self._initialled_names(covered)):
            spans.append(extra)
            covered.update(range(extra[0], extra[1]))
        for extra in self._names_with_nicknames():  # "Budi “Bebe” Santoso": over the parts NER took
            spans = [s for s in spans if not (extra[0] <= s[0] and s[1] <= extra[1])] + [extra]
            covered.update(range(extra[0], extra[1]))
        for extra in self._byline_names():  # over a part of it NER took alone ("Mehmet | Aslan")
            spans = [s for s in spans if not extra[0] <= s[0] < s[1] <= extra[1]] + [extra]
            covered.update(range(extra[0], extra[1]))
        for extra in self._names_after_body_complements():  # over a name NER cut or ran a body into
            spans = [s for s in spans if s[1] <= extra[0] or s[0] >= extra[1]] + [extra]
            covered.update(range(extra[0], extra[1]))
        for extra in self._names_listed_with_names(spans, covered) + self._names_a_plural_title_lists(covered):
            spans.append(extra)
            covered.update(range(extra[0], extra[1]))
        for extra in self._names_in_person_slots(spans, covered) + self._untagged_names_in_delegation_slots(covered) \
                + self._lone_surnames_listed_with_surnames(spans, covered) \
                + self._untagged_names_after_counterparts(covered) + self._names_after_dates(covered) \
                + self._names_in_portfolio_lists(covered) \
                + self._names_listed_in_delegation_rosters(spans, covered):
            spans.append(extra)
            covered.update(range(extra[0], extra[1]))
        spans = self._mend_cut_names(spans)
        spans += self._aliases_in_brackets(spans, {i for s, e, _ in spans for i in range(s, e)})
        known = {name_key(doc[s:e].text) for s, e, _ in spans}
        known |= {key[-1:] for key in known if len(key) > 1}  # surnames alone
        # the first word when it is no common given name: "Tedros" (Tedros Adhanom Ghebreyesus), "Wang" (Wang Yi)
        first_words = {doc[s].text: name_key(doc[s:e].text) for s, e, _ in spans if e - s > 1}
        known |= {key[:1] for word, key in first_words.items() if len(key) > 2 or first_name_gender(word) is None}
        known |= {(word,) for key in known if len(key) > 2 for word in middle_surnames(key)}  # "Ospina" of "Maria Ospina Restrepo"
        # one sense per discourse: other occurrences of a known name string are the person too
        slug_at, starts = _word_slugs(doc, {key[0].split("-")[0] if len(key) == 1 else key[0] for key in known})
        for key in sorted(known, key=len, reverse=True):
            n = len(key)
            # a hyphenated surname alone ("Addo-Quaye") is three tokens: its parts and the hyphen
            parts = key[0].split("-") if n == 1 else [key[0]]
            head = parts[0]
            n = 2 * len(parts) - 1 if n == 1 else n
            for i in starts.get(head, []):
                if i + n > len(doc) or any(j in covered for j in range(i, i + n)):
                    continue
                window = doc[i:i + n]
                if len(parts) > 1:
                    hyphen_before = i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
                    if slugify(window.text) != key[0] or " " in window.text or hyphen_before:
                        continue
                    hyphenated = all((t.text == "-" and k % 2) or (not k % 2 and t.text[:1].isupper() and t.is_alpha)
                                     for k, t in enumerate(window))
                elif tuple(slug_at(j) for j in range(i, i + n)) != key:
                    continue
                else:
                    hyphenated = False
                if hyphenated or all(is_name_token(t) and t.pos_ == "PROPN" for t in window) \
                        or (n == 1 and surname_read_as_word(window[0])):
                    if i + n < len(doc) and is_name_token(doc[i + n]) and doc[i + n].pos_ == "PROPN":
                        continue  # part of a longer name we do not know ("Birk Street")
                    if window.text.lower() in lex().org_aliases or lex().country_for(window.text):
                        continue
                    first = i - 1 if given_name_before_particle(doc, i, covered) or (
                        n == 1 and _given_name_before_known_surname(doc, i, covered)) else i  # "Seán | Ó Briain"
                    spans.append((first, i + n, None))
                    covered.update(range(first, i + n))
        non_persons = self._non_person_strings() - self._slot_backed - self._surnames_vouched_for(spans)
        things = self._hyphenated_things()
        spans = [s for s in spans if name_key(doc[s[0]:s[1]].text) not in non_persons
                 and not any(t in doc[s[0]:s[1]].text for t in things)]
        spans.sort()
        self._cluster(spans)
        self._merge_aliases()

    def _mend_cut_names(self, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
        """Names NER cut short, made whole again from the article's own evidence: a first name left
        before the span ("State Antony | J. Blinken"), and a word left after it that another mention of
        the person shows belongs to the name ("Bilawal Bhutto | Zardari" when "Bhutto Zardari" occurs)."""
        doc = self.doc
        covered = {i for s, e, _ in spans for i in range(s, e)}
        pairs = {name_key(doc[s:e].text)[:2] for s, e, _ in spans if e - s >= 2}
        out = []
        swallowed: set[int] = set()  # abbreviated given names taken into the name after them
        for start, end, gender in spans:
            if (start > 0 and doc[start].lower_ in PATRONYMIC_PARTICLES and start - 1 not in covered
                    and doc[start - 1].text[:1].isupper() and is_name_token(doc[start - 1])
                    and doc[start - 1].lower_ not in lex().honorifics):
                start -= 1  # "Sultan | bin Hamad al-Marri": right before "bin" is a given name, even a title word
                covered.add(start)
            while (start > 1 and doc[start - 1].lower_ in PATRONYMIC_PARTICLES and start - 2 not in covered
                   and doc[start - 2].text[:1].isupper() and is_name_token(doc[start - 2])
                   and doc[start - 2].lower_ not in lex().title_heads and doc[start - 2].lower_ not in lex().honorifics):
                start -= 2  # "Moza bint | Nasser", "Faisal bin | Farhan": the given name before "son/daughter of"
                covered.update({start, start + 1})
            particles = _linking_particles_before(doc, start)
            if (particles and start > particles and not set(range(start - particles - 1, start)) & covered
                    and doc[start - particles - 1].text[:1].isupper() and is_first_name(doc[start - particles - 1].text)
                    and doc[start - particles - 1].lower_ not in lex().title_heads
                    and doc[start - particles - 1].lower_ not in lex().honorifics):
                start -= particles + 1  # "Ana do | Rosario Lopes", "Ana de la | Cruz Ruiz": a given name left before particles
                covered.update(range(start, start + particles + 1))
            if start > 1 and start - 1 not in covered and family_name_as_function_word([doc[start - 1], doc[start]]):
                start -= 1  # "General Secretary To | Lam": the family name spelt like "to", left out by NER
                covered.add(start)
            if given_name_before_particle(doc, start, covered):
                start -= 1  # "Seán | Ó Briain": the given name before a Gaelic surname
                covered.add(start)
            elif _family_name_left_out(doc, start, end, covered):
                start -= 1  # "Nguyễn | Thị Lan": a Vietnamese family name written first, left out by NER
                covered.add(start)
            if (start > 1 and is_inner_hyphen(doc[start - 1]) and start - 2 not in covered and doc[start - 2].is_title
                    and doc[start - 2].is_alpha and is_name_token(doc[start - 2]) and not lex().country_for(doc[start - 2].text)):
                start -= 2  # "Ana María Soto- | Vega Rojas": the first half of a hyphenated surname NER left out,
                covered.update({start, start + 1})
                while (start > 0 and start - 1 not in covered and doc[start - 1].is_title and is_first_name(doc[start - 1].text)
                       and doc[start - 1].lower_ not in lex().title_heads and doc[start - 1].lower_ not in lex().honorifics):
                    start -= 1  # and the given names before it
                    covered.add(start)
            before = doc[start - 1] if start > 0 else None
            if before is not None and start - 1 not in covered and before.pos_ != "PROPN" \
                    and function_word_as_given_name([before, doc[start]]) and not before.is_sent_start:
                start -= 1  # "by Per Holm": a given name tagged as a preposition, capitalised mid-sentence
                covered.add(start)
            elif (before is not None and start - 1 not in covered and before.pos_ == "PROPN" and before.text[:1].isupper()
                    and before.text.isalpha() and is_first_name(before.text) and before.lower_ not in lex().title_heads
                    and before.lower_ not in lex().title_modifiers and before.lower_ not in lex().honorifics
                    and not is_style_of_address(before)  # "Sayyid | Badr bin Hamad": a style, no first given name
                    and not lex().country_for(before.text) and before.ent_type_ in {"", "PERSON"}
                    and not region_word(before)  # "for Central Asia | Ana Soto"
                    and not (before.is_upper and len(before) > 1 and (before.lower_ in lex().org_aliases or (
                        start > 1 and doc[start - 2].lower_ == "the")))  # "to the UN | Bashar Jaafari", "the OAS | Ana Prat"
                    and (len(doc[start].text) <= 2 or doc[start].text.endswith(".") or after_title_word(doc, start - 1)
                         or (is_first_name(doc[start].text) and end - start >= 2 and before.ent_type_ == ""))):
                start -= 1  # before an initial ("Antony J. Blinken"), after an office word ("the envoy Ana | Soto"),
                # or a first given name before a second ("Ana | Maria Salgado Ruiz")
                covered.add(start)
            elif before is not None and start - 1 not in covered and _given_name_compounded_before(doc, start, end):
                start -= 1  # "Siti | Aminah Rahman", "Mr Abdirahman | Farah Warsame": an untagged given name the
                covered.add(start)  # parser joins to the name, opening the sentence or after an honorific
            elif before is not None and start - 1 not in covered and end - start >= 2 and first_name_closing_entity(before):
                start -= 1  # "Controller of Budget Ana | Wairimu Kiprop": the given name closed the office NER read as a body
                covered.add(start)
            elif (before is not None and start - 1 not in covered and start > 1 and before.pos_ == "PROPN"
                    and before.is_title and before.is_alpha and doc[start - 2].text[:1].isupper()
                    and doc[start - 2].lower_ in lex().title_heads and is_name_token(before)
                    and before.lower_ not in lex().title_heads and before.lower_ not in lex().title_modifiers
                    and before.lower_ not in lex().honorifics and not lex().country_for(before.text)
                    and not is_style_of_address(before)):
                start -= 1  # "Labour TD Aoife | Brennan": the given name between an office word and the surname
                covered.add(start)
            elif end - start >= 2 and _untagged_given_names_before(doc, start, covered):
                start -= 2  # "María Fernanda | Espinosa Garcés": two given names NER left out before the surnames
                covered.update({start, start + 1})
            elif before is not None and start - 1 not in covered and end - start == 1 and _untagged_given_name(before, doc[start]):
                start -= 1  # ", Caoimhe | Brannigan,": a given name the tagger did not know, hung on the surname
                covered.add(start)
            elif left_out := _untagged_name_words_before(doc, start, end, covered):
                start -= left_out  # "met Lucía | Ortega Vidal", "met Josefina Ibáñez | Correa": NER took the surnames only
                covered.update(range(start, start + left_out))
            if (start > 1 and start - 1 not in covered and unstopped_initials(doc[start - 1]) and doc[start].is_title
                    and not is_style_of_address(doc[start - 1])  # "by HE | Abdi Farah": His Excellency, no initials
                    and doc[start - 2].lower_ != "the"  # "to the OAS | Ana Prat": a body written short
                    and (doc[start - 2].is_lower or doc[start - 2].lower_ in lex().title_heads)):
                start -= 1  # "his counterpart RN | Prasad Koirala": given names as capitals, left out by NER
                covered.add(start)
            if _given_syllable_left_out(doc, start, end, covered):
                covered.add(end)  # "Ri Son | Gwon": the given name's second syllable, typed as something else
                end += 1
            if start > 0 and start - 1 not in covered and monarch_word_as_given_name(list(doc[start - 1:end])):
                start -= 1  # "Sultan | Rashid Al Noor, Minister of Energy": the given name, no rank
                covered.add(start)
            while (end < len(doc) and end not in covered and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                   and name_key(doc[end - 1:end + 1].text) in pairs and not lex().country_for(doc[end].text)):
                covered.add(end)
                end += 1
            if abbreviated_given_name(doc, start - 2) and end - start >= 1 and start - 2 not in swallowed \
                    and not (start - 2 in covered and any(s < start - 2 < e for s, e, _ in spans)):
                start -= 2  # "Ma. | Teresa Santos": a given name written short, its stop read as a sentence's end
                covered.update({start, start + 1})
                swallowed.add(start)
            if end == start + 1 and abbreviated_given_name(doc, start) and end + 1 < len(doc) and end + 1 not in covered:
                k = end + 1  # "Ma. | Teresa Villanueva", the rest of the name left untagged
                while k < len(doc) and k - end <= 4 and k not in covered and continues_a_name(doc[k]):
                    k += 1
                if k - end >= 2:
                    covered.update(range(end, k))
                    end = k
            tail = surnames_after(doc, end, covered)
            covered.update(range(end, tail))
            out.append((start, tail, gender))
        out = [(s, e, g) for s, e, g in out if not (s in swallowed and e == s + 1)]
        return join_given_names_to_surnames(doc, out)

    def _surnames_vouched_for(self, spans: list[tuple[int, int, str | None]]) -> set[tuple[str, ...]]:
        """ "Ivo Marin and Petra Kos held talks ... Marin said": the last word of a full name found as a person
        (whatever NER labelled it) is that person's surname where it stands alone, even if NER calls it a place
        there, unless it is a country or a known city."""
        doc = self.doc
        out = set()
        for start, end, _ in spans:
            words = [t for t in doc[start:end] if t.is_alpha]
            last = words[-1] if len(words) >= 2 else None
            if last is not None and not lex().country_for(last.text) and not self._used_as_place(last.text) \
                    and (any(t.ent_type_ in {"PERSON", "ORG"} for t in doc[start:end]) or after_title_word(doc, start)):
                out.add(name_key(last.text))
        return out

    def _used_as_place(self, word: str) -> bool:
        """A known city the article uses as one somewhere ("talks in Medina", "prayers at Medina"): its
        word alone stays a place. A city's name never used so is a surname where a full name vouches."""
        if word not in lex().city_forms:
            return False
        return any(t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS
                   for t in tokens_whose(self.doc, lambda w: w == word))

    def _non_person_strings(self) -> set[tuple[str, ...]]:
        """Name strings the article itself shows are no person (one sense per discourse): ones NER
        labels a place somewhere and never a person with a first name or title, and ones a classifier
        noun introduces ("the newspaper X", "the ship X", "the town of X")."""
        doc = self.doc
        ents = doc.ents  # built afresh on every access: read once
        labels: dict[tuple[str, ...], set[str]] = {}
        for ent in ents:
            labels.setdefault(name_key(ent.text), set()).add(ent.label_)
        out = {key for key, found in labels.items() if found & {"GPE", "LOC", "FAC"}}
        for ent in ents:
            if ent.text.isupper() and ent.text.lower() in lex().transcript_roles:
                out.add(name_key(ent.text))  # "QUESTION:", "HOST:": a transcript's role label
            before = doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and before.lower_ == "of" and ent.start > 1:
                before = doc[ent.start - 2]
            if before is not None and before.lower_ in lex().non_person_classifiers and (before.pos_ == "NOUN" or (
                    before.pos_ == "ADJ" and before.i > 0 and doc[before.i - 1].lower_ in {"the", "a"})) \
                    and title_complement_start(doc, before.i) is None:  # "the daily X"; not "Envoy for the Syrian
                # settlement A B", where the noun ends a title's complement and the name is the holder's
                out.add(name_key(ent.text))
            if classified_after(doc, ent.end) or alone_in_parentheses(doc, ent) or modifies_plural_noun(doc, ent):
                out.add(name_key(ent.text))
            if ent.label_ == "PERSON" and names_a_posts_seat(doc, ent):
                out.add(name_key(ent.text))  # "Manitoba Premier A B": the place the premier heads
            if modifies_place_noun(doc, ent) or names_a_storm(doc, ent):
                out.add(name_key(ent.text))  # "Kasena port", "Cyclone Pam"
            if ent.label_ == "PERSON" and listed_with_places(doc, ent):
                out.add(name_key(ent.text))  # "stops in Tarrow, Mount Kerr and Cloncarra"
            if (before is not None and ent.start > 1 and doc[ent.start - 1].lower_ == "of"
                    and before.lemma_.lower() in lex().title_heads and len(ent) == 1):
                out.add(name_key(ent.text))  # "the Mayor of Lyon": the place or body a title is of
            if ent.start > 1 and doc[ent.start - 1].lower_ == "for" and doc[ent.start - 2].lower_ in lex().constituency_titles:
                out.add(name_key(ent.text))  # "the MP for Marstonbury": the seat a member was elected for
            if self._outlet_told(ent):
                out.add(name_key(ent.text))  # "..., Mr A told Dawn.": the paper that was told
            if _town_of_an_institution(ent):
                out.add(name_key(ent.text))  # "a professor at Ahmadu Bello University, Zaria": where the university is
        places = self._only_where_places_go() | self._places_attacked()
        out |= places
        # a name that also occurs with a person cue (a title, an honorific, a fuller name) stays a person
        alone_as_person = {name_key(e.text) for e in ents if e.label_ == "PERSON" and len(e) == 1}
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            key = name_key(ent.text)
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if before in lex().title_heads or before in lex().honorifics or before in lex().title_expansions:
                out.discard(key)
                if len(key) == 1:  # "Mr. Restrepo" vouches for "Julián Restrepo", which NER took for a place
                    out -= {k for k in out if len(k) == 2 and k[-1] == key[0] and is_first_name(k[0])
                            and k not in places}
            if len(key) > 1 and key not in out:  # "Ingrid Betancourt" vouches for "Betancourt"
                out.discard(key[-1:])
                if first_name_gender(ent[0].text) is None and self._speaks_alone(ent[0]):
                    out.discard(key[:1])  # "Baek Ji-hoon ... Baek said": a family name written first
                if key[:1] in alone_as_person and key[:1] not in places:
                    out.discard(key[:1])  # "Zulkifli Omar ... Zulkifli will ...": a headline's place label loses
        if places & out:  # the place rules downstream read entity labels: call these places what they are
            doc.ents = [Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and name_key(e.text) in places & out
                        else e for e in ents]
        return out

    def _outlet_told(self, ent: Span) -> bool:
        """ "Mr A told Dawn.", "sources told Kathimerini, ...", "told Haaretz on Sunday": one word told
        something at the end of its clause (or before a time or place phrase), and nowhere else in the article, is
        the newspaper or station spoken to (a person told something is named in full somewhere, or again). So is
        one word that reports at the end of a sentence it follows ("..., reports Akorda."): an outlet or an office."""
        tok = ent[0]
        doc = self.doc
        after = doc[ent.end] if ent.end < len(doc) else None
        told = tok.dep_ == "dobj" and tok.head.lemma_.lower() == "tell" and (
            after is None or after.is_punct or after.lower_ == "that" or after.pos_ == "ADP")
        reports = tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "report" and tok.head.i < tok.i \
            and (after is None or after.is_punct)
        return len(ent) == 1 and (told or reports) and sum(1 for _ in tokens_whose(doc, lambda w: w == tok.text)) == 1

    def _speaks_alone(self, first: Token) -> bool:
        """The first word of a name stands alone elsewhere as the subject of a verb of saying ("Baek
        said"): a family name written first, which NER may still read as a place elsewhere, unlike the
        place that opens a name NER read whole ("Riverton Mayor A B")."""
        doc = self.doc
        for tok in tokens_whose(doc, lambda w: w == first.text):
            if tok.i == first.i or tok.i + 1 >= len(doc) or doc[tok.i + 1].is_title:
                continue
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex().reporting_verbs and tok.head.pos_ == "VERB":
                return True
        return False

    def _hyphenated_things(self) -> set[str]:
        """Hyphenated compounds the article shows name a law, pact or thing ("the Sykes-Picot
        agreement", "the Glass-Steagall Act"): no name holding them is a person anywhere in the
        article ("reinstating Super Glass-Steagall")."""
        doc = self.doc
        out = set()
        for tok in tokens_with(doc, {"-"}):
            k = tok.i
            if 0 < k < len(doc) - 2 and is_inner_hyphen(tok) and doc[k - 1].text[:1].isupper() \
                    and doc[k + 1].text[:1].isupper() and names_a_thing(doc, k + 2) and doc[k + 2].text[:1].isupper():
                out.add(doc[k - 1:k + 2].text)
        return out

    def _only_where_places_go(self) -> set[tuple[str, ...]]:
        """Names NER calls a person but the article only uses where places go: right after a locative
        preposition ("fighting near Dovrik", "a rally in Santa Elvira", "the border post at Kasena"), at
        an end of a route ("from Busan to Rotterdam"), or one word after "the" ("the Sahel"): places,
        not people."""
        doc = self.doc
        slots: dict[tuple[str, ...], list[bool]] = {}
        for ent in doc.ents:
            if ent.label_ not in {"PERSON", "ORG"}:  # an ORG can still become a person by its first word
                continue
            before = doc[ent.start - 1] if ent.start > 0 else None
            after = doc[ent.end] if ent.end < len(doc) else None
            place_slot = (before is not None and before.lower_ in LOCATIVE_PREPS and (before.dep_ == "prep" or before.pos_ == "ADP")
                          and (after is None or after.tag_ != "POS")
                          and before.head.lemma_.lower() not in PERSON_TAKING_HEADS)
            place_slot = place_slot or (len(ent) == 1 and route_end(doc, ent.start)) or with_the(doc, ent) \
                or opens_a_dateline(doc, ent) \
                or (before is not None and journey_end(before) and (after is None or after.tag_ != "POS"))
            slots.setdefault(name_key(ent.text), []).append(place_slot)
        return {key for key, found in slots.items() if all(found)}

    def _places_attacked(self) -> set[tuple[str, ...]]:
        """Names NER calls a person that the article shells, bombs or besieges ("Dovrik was shelled
        again", "troops encircled Zarnitsa"): verbs done to places, not people (a title or a fuller
        name elsewhere still makes the name a person)."""
        doc = self.doc
        out: set[tuple[str, ...]] = set()
        verbs = lex().place_attack_verbs
        for tok in tokens_with(doc, verbs, lemma=True):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            for child in tok.children:
                if child.dep_ not in {"nsubjpass", "dobj"} or child.ent_type_ not in {"PERSON", "ORG"}:
                    continue
                ent = entity_of(child)
                if ent is not None and ent.root.i == child.i:
                    out.add(name_key(ent.text))
        return out

    def _names_after_titles(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """"Chancellor Olaf Scholz": capitalised names right after an office word are people,
        whatever NER said."""
        doc = self.doc
        out = []
        cues = lex().title_heads | set(lex().title_expansions) | set(lex().honorifics) | {h + "s" for h in lex().title_heads}
        for tok in tokens_with(doc, cues):
            low = tok.lower_
            plural = low.endswith("s") and low[:-1] in lex().title_heads  # "Presidents A and B"
            if not (low in lex().title_heads or low in lex().title_expansions or low in lex().honorifics or plural) \
                    or not (tok.text[:1].isupper() or opens_a_given_name(doc, tok.i + 1)):
                continue
            if tok.i + 1 < len(doc) and lex().two_word_country(tok.text, doc[tok.i + 1].text):
                continue  # "Sri Lanka": the honorific-looking word opens a country's name
            if (tok.ent_iob_ == "B" and tok.ent_type_ != "PERSON" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
                    and not (is_first_name(doc[tok.i + 1].text) and tok.i + 2 < len(doc) and doc[tok.i + 2].ent_iob_ == "I")
                    and not _abbreviated_title_before_a_name(tok) and not _monarch_and_name(tok)):
                continue  # the title word begins an organisation's name: "General Motors", "General Electric"
                # (but "Sultan Haitham Tariq" tagged ORG is a title and a full name)
            j = tok.i + 1
            while j + 1 < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_ in lex().title_modifiers and (
                    doc[j + 1].lower_ in {"and", "of", "to", "for"} or doc[j + 1].lower_ in lex().title_modifiers):
                j += 2 if doc[j + 1].lower_ == "and" else 1  # "Ambassador Extraordinary and Plenipotentiary of Russia"
            if j + 1 < len(doc) and doc[j].lower_ in {"to", "for"} and country_span_end(doc, j + 1):
                j = country_span_end(doc, j + 1)  # "Ambassador to the United States Greta Lind", "to Saudi Arabia"
            elif j + 1 < len(doc) and doc[j].lower_ in {"to", "for"} and lex().country_for(doc[j + 1].text):
                j += 2  # "Ambassador to Peru Ines Carrow"
            elif (j + 3 < len(doc) and doc[j].lower_ in {"to", "for", "at"} and doc[j + 1].lower_ == "the"
                  and doc[j + 2].is_upper and doc[j + 2].is_alpha and 2 <= len(doc[j + 2]) <= 6
                  and opens_a_given_name(doc, j + 3)):
                j += 3  # "Permanent Representative to the OAS Ana Prat": a body written short, then the name
            elif j + 1 < len(doc) and posted_in_a_place(doc[j]) is not None:
                j = posted_in_a_place(doc[j])  # "High Commissioner in Accra Ines Carrow": where the post is
            elif j + 1 < len(doc) and doc[j].lower_ in {"of", "for"}:
                k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
                country_end = country_span_end(doc, j + 1)  # "President of the Republic of Tajikistan A B"
                end = country_end or k + 1
                while end < len(doc):  # "Minister of Trade and Industry Ana Ruiz": a coordinated complement
                    if complement_word(doc[end]) and (not is_first_name(doc[end].text) or region_word(doc[end])):
                        end += 1  # "for Central Asia | Ana Soto": a region, though spelt like a given name
                    elif end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and complement_word(doc[end + 1]):
                        end += 2
                    elif (end + 1 < len(doc) and doc[end].text == "," and complement_word(doc[end + 1])
                          and any(t.lower_ in {"and", "&"} for t in doc[end + 2:end + 5])):
                        end += 2  # "Minister of Economy, Trade and Industry Ana Ruiz": a list of portfolios
                    else:
                        break
                end = further_complements_end(doc, end)  # "Secretary of State for Trade Jon Doe"
                name_at = end + 1 if end + 1 < len(doc) and doc[end].lower_ in lex().honorifics else end
                named = name_at < len(doc) and (doc[name_at].ent_type_ == "PERSON" or is_first_name(doc[name_at].text)
                                                 or untagged_name_pair(doc, name_at) or closing_single_name(doc, name_at)
                                                 or name_after_a_closing_country(doc, name_at)
                                                 or name_run_into_a_body(doc, name_at))
                by_country = (end - 1 > k and doc[end - 2].lower_ == "of"  # "... of the Republic of X", not "of the Egyptian"
                              and lex().country_for(doc[end - 1].text) == doc[end - 1].text)
                if named and (complement_word(doc[k]) or country_end is not None or by_country):
                    j = end  # "Secretary of State Ana Ruiz", "Minister of Finance Ole Dahl", "Secretary of the Treasury Ana Ruiz"
            start = j
            # a place NER ran on into the name ("for Northern Ireland Hilary Benn" as one GPE)
            ran_in = start < len(doc) and doc[start].ent_iob_ == "I" and (
                is_first_name(doc[start].text) or name_after_a_closing_country(doc, start))
            while (j < len(doc) and j not in covered
                   and (is_name_token(doc[j]) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in NAME_PARTICLES
                                                    or capitalised_word_inside_name(doc, j, start)
                                                    or (j == start and family_name_as_function_word(list(doc[j:j + 2]))))
                        or is_inner_hyphen(doc[j]) or is_hyphen_tail(doc[j]))
                   and doc[j].lower_ not in lex().title_heads and doc[j].lower_ not in lex().title_modifiers
                   and (doc[j].ent_type_ not in {"DATE", "TIME", "GPE", "NORP", "CARDINAL"} or doc[j - 1].lower_ in NAME_PARTICLES
                        or (doc[j].ent_type_ == "NORP" and j == start and is_first_name(doc[j].text))  # "Chancellor Olaf X"
                        or (doc[j].ent_type_ == "GPE" and j == start + 1 and is_first_name(doc[start].text)
                            and doc[j].text not in lex().city_forms)  # "MLA Trevor Klassen", the surname read as a place
                        or (ran_in and doc[j].ent_iob_ == "I")
                        or (j == start and _one_word_place_a_title_compounds(doc, j)))
                   and not lex().country_for(doc[j].text)
                   and not (j == start and headline_verb(doc[j]))  # "Presidents Meet", "Minister Meets Brazil's": a headline's verb
                   and doc[j].lower_ not in ORG_WORDS and doc[j].lower_ not in lex().body_closing_words
                   and doc[j].lower_ not in lex().meeting_nouns):
                j += 1  # (not "the Pacific Leaders Meeting", "the General Secretariat", "the Revenue Authority")
            if j > start and (j >= len(doc) or not (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())):
                cleaned = clean_name_span(doc[start:j])
                if cleaned:
                    out.append(cleaned)
                    covered.update(range(cleaned[0], cleaned[1]))
                    if _one_word_place_a_title_compounds(doc, start):
                        self._slot_backed.add(name_key(doc[start].text))  # the title overrules NER's place label
        return out

    def _names_with_nicknames(self) -> list[tuple[int, int, str | None]]:
        """ "Budi “Bebe” Santoso", "Ferdinand "Bongbong" Marcos": a given name, a nickname in quotation
        marks and a surname are one person's name (NER cuts it at the marks); the nickname is kept apart
        as an alias (`_name_text`, `_nicknames`)."""
        doc = self.doc
        out: list[tuple[int, int, str | None]] = []
        for k, tok in enumerate(doc[:-3]):
            if not tok.is_quote or k == 0 or not (doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper()):
                continue
            close = next((j for j in range(k + 2, min(k + 4, len(doc))) if doc[j].is_quote), None)
            if close is None or close + 1 >= len(doc) or not all(t.text[:1].isupper() for t in doc[k + 1:close]):
                continue
            start = k - 1
            while start > 0 and doc[start - 1].pos_ == "PROPN" and is_name_token(doc[start - 1]) \
                    and doc[start - 1].lower_ not in lex().title_heads and not doc[start - 1].text[:1].islower():
                start -= 1
            end = close + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - close <= 3:
                end += 1
            if end == close + 1 or not is_first_name(doc[start].text) and doc[start].ent_type_ != "PERSON":
                continue
            out.append((start, end, None))
        return out

    def _name_text(self, start: int, end: int) -> str:
        """A name's text without a nickname in quotation marks inside it ("Budi Santoso")."""
        doc = self.doc
        inner = [t for t in doc[start:end] if t.is_quote]
        if len(inner) != 2:
            return doc[start:end].text
        first, last = inner[0].i, inner[1].i
        return (doc[start:first].text + " " + doc[last + 1:end].text).strip()

    def _nicknames(self, start: int, end: int) -> set[str]:
        """The nickname in quotation marks inside a name, if any ("Bebe")."""
        marks = [t.i for t in self.doc[start:end] if t.is_quote]
        return {self.doc[marks[0] + 1:marks[1]].text} if len(marks) == 2 and marks[1] > marks[0] + 1 else set()

    def _names_after_body_complements(self) -> list[tuple[int, int, str | None]]:
        """ "Secretary-General of the Arab League Ahmed Aboul Gheit Hassan": the name after an office's
        of-complement that names a body (`name_after_body_complement`), trimmed like any name."""
        out = []
        for of in tokens_with(self.doc, {"of"}):
            found = name_after_body_complement(self.doc, of)
            cleaned = clean_name_span(self.doc[found[0]:found[1]]) if found else None
            if cleaned:
                out.append(cleaned)
        return out

    def _byline_names(self, head_lines: int = 6) -> list[tuple[int, int, str | None]]:
        """ "Ayse Demir  |03.05.2024 - Update", "Tom Berg, Lusaka": a line near the top that opens with two or
        three name words, the first a known given name, closed by the line's end, a bar, a comma or a date,
        is the writer's byline, whatever NER said."""
        doc = self.doc
        out = []
        line_starts = itertools.chain([0], (t.i + 1 for t in doc if "\n" in t.text and t.i + 1 < len(doc)))
        for start in itertools.islice(line_starts, head_lines * 2):  # the top lines only, not the whole text
            while start < len(doc) and doc[start].is_space:
                start += 1
            end = start
            while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha \
                    and doc[end].pos_ == "PROPN":
                end += 1
            closing = doc[end] if end < len(doc) else None
            closed = closing is None or "\n" in closing.text or closing.text[:1] in {"|", ","} \
                or (closing.is_space and end + 1 < len(doc) and doc[end + 1].text[:1] in {"|", "\n"})
            if 2 <= end - start <= 3 and closed and is_first_name(doc[start].text) \
                    and not any(lex().country_for(t.text) or t.lower_ in lex().title_heads
                                or t.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} for t in doc[start:end]):
                cleaned = clean_name_span(doc[start:end])
                if cleaned:
                    out.append(cleaned)
        return out

    def _names_after_styles(self) -> list[tuple[int, int, str | None]]:
        """ "Dato' Seri Mohd Azlan Abdul Karim", "His Excellency Tomas Vell": the capitalised words after a
        style of address (`styles_of_address.txt`) are one person's name, however NER cut them up."""
        doc = self.doc
        out: list[tuple[int, int, str | None]] = []
        end = 0
        styles = lex().styles_of_address
        for tok in tokens_with(doc, styles | {s.replace("'", "\u2019") for s in styles if s.endswith("'")}):
            if tok.i < end or not tok.text[:1].isupper() or not is_style_of_address(tok):
                continue
            k = tok.i + 1
            while k < len(doc) and (is_style_of_address(doc[k]) or doc[k].lower_ in lex().honorifics
                                    or doc[k].lower_ in lex().gendered_titles or doc[k].text in {"'", "\u2019"}):
                k += 1
            j = k
            while j < len(doc) and j - k < 6 and (continues_a_name(doc[j]) or _styled_body_word(doc[j], tok)
                                                  or (j == k and _given_name_read_as_function_word(doc[j]))) \
                    and doc[j].ent_type_ not in {"GPE", "DATE"} \
                    or (j > k and j + 1 < len(doc) and (doc[j].lower_ in NAME_PARTICLES or doc[j].text in _SAINT_PARTICLES)
                        and doc[j + 1].text[:1].isupper()):
                j += 1  # "the Honourable Denzil St. Hill": "St." inside a surname
            if j - k < 2 or (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha):
                continue
            cleaned = clean_name_span(doc[k:j])
            if cleaned:
                out.append(cleaned)
                end = cleaned[1]
        return out

    def _names_after_title_commas(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """"the Intendant of the Maule Region, Ana Soto, ...", "the Mayor of Lakeport, Jon Vik": a name set
        off by commas after an office with its complement is a person, whatever NER said (a given name
        must open it, and the name must end at a comma, a full stop or "and")."""
        doc = self.doc
        out = []
        for comma in tokens_with(doc, {","}):
            k = comma.i
            if k < 2 or (title_complement_start(doc, k - 1) is None and not ends_counterpart_phrase(doc, k - 1)
                         and not ends_definite_office(doc, k - 1)):
                continue
            j = k + 1
            while (j < len(doc) and j not in covered and j - k <= 6
                   and ((doc[j].pos_ == "PROPN" or _surname_tagged_as_noun(doc, j, k + 1))
                        and (is_name_token(doc[j]) or is_hyphen_tail(doc[j]))
                        or is_inner_hyphen(doc[j]) or _patronymic_inside(doc, j, k + 1))
                   and doc[j].lower_ not in lex().title_heads and not lex().country_for(doc[j].text)):
                j += 1  # (the hyphen of "Okonkwo-Bello", the "bint" of "Reem bint Ibrahim")
            ends = j >= len(doc) or doc[j].is_punct or doc[j].lower_ == "and"
            words = [t for t in doc[k + 1:j] if not is_inner_hyphen(t) and not _patronymic_inside(doc, t.i, k + 1)]
            untagged = bool(words) and all(t.ent_type_ in {"", "PERSON", "ORG"} and t.is_title and (t.is_alpha or _initial(t))
                                           and t.lower_ not in ORG_WORDS for t in words) and not _initial(doc[j - 1])
            untagged = untagged or _set_off_name_read_as_place(doc, words, j)
            # (a name NER missed or took for an organisation, its given name perhaps an initial: "M. Rao")
            building = doc[j - 1].text in lex().building_heads  # "Office of the President, Jubilee House, Accra"
            portfolio = j < len(doc) and doc[j].lower_ == "and" and not any(is_first_name(t.text) for t in doc[k + 1:j])
            # ("Minister of Foreign Affairs, Regional Trade and ...": the office's next portfolio, no name)
            if 2 <= len(words) <= 4 and ends and (is_first_name(doc[k + 1].text) or untagged) and not building \
                    and not portfolio:
                cleaned = clean_name_span(doc[k + 1:j])
                if cleaned:
                    out.append(cleaned)
                    covered.update(range(cleaned[0], cleaned[1]))
                    self._slot_backed.add(name_key(doc[cleaned[0]:cleaned[1]].text))  # over NER's place label
        return out

    def _names_before_title_appositions(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "Per Lindqvist, the Swedish foreign minister, said ...", "Jean-Claude Vos, then president of
        the bank,": capitalised words opened by a known given name, set off by a comma before an
        apposition whose head is an office word, are a person, whatever NER said."""
        doc = self.doc
        out = []
        for comma in tokens_with(doc, {","}):
            k = comma.i
            if not office_apposition_after(doc, k):
                continue
            j = k
            while j > 0 and k - j < 5 and (j - 1) not in covered and (
                    is_name_token(doc[j - 1]) or is_inner_hyphen(doc[j - 1]) or is_hyphen_tail(doc[j - 1])):
                j -= 1
            if not doc[j].text[:1].isupper() or (j > 0 and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start):
                continue
            if not (k - j >= 2 and is_first_name(doc[j].text)) and not _apposition_of_a_clause_opening_name(doc, j, k):
                continue
            if any(t.lower_ in lex().title_heads or t.lower_ in ORG_WORDS or lex().country_for(t.text)
                   or t.ent_type_ in {"DATE", "TIME"} for t in doc[j:k]):
                continue  # (not "On Monday, Chad's foreign minister ...")
            cleaned = clean_name_span(doc[j:k])
            if cleaned:
                out.append(cleaned)
                covered.update(range(cleaned[0], cleaned[1]))
                if _apposition_of_a_clause_opening_name(doc, cleaned[0], k):
                    self._slot_backed.add(name_key(doc[cleaned[0]:cleaned[1]].text))  # the apposition overrules NER's place label
        return out

    def _names_listed_with_names(self, spans: list[tuple[int, int, str | None]],
                                 covered: set[int]) -> list[tuple[int, int, str | None]]:
        """"Tomas Vell and Ana Ruiz": a given name and a capitalised word coordinated with a person's
        name are a person too, whatever NER said, before it as well ("Chile's Ana Bravo and Peru's B")."""
        doc = self.doc
        out = []
        for _, end, _ in sorted(spans):
            if end + 2 < len(doc) and doc[end].lower_ == "of" and (
                    (doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ == "GPE") or lex().country_for(doc[end + 1].text)):
                end += 2  # "A of Hawaii, B of Georgia": the place a listed member is from (a country the tagger missed too)
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            k = end + 1 if end < len(doc) and doc[end].lower_ in {"and", ","} else None
            if k is not None and k < len(doc) and doc[k].lower_ == "and" and doc[end].text == ",":
                k += 1
            if k is not None and k + 2 < len(doc) and doc[k + 1].tag_ == "POS" and lex().country_for(doc[k].text):
                k += 2  # "A and Uganda's B": the country each name is of
            if k is None or not opens_a_given_name(doc, k):
                continue
            if k in covered:  # found already: the list with a person's name overrules NER's place label
                self._slot_backed |= {name_key(doc[s:e].text) for s, e, _ in spans if s == k}
                continue
            j = k
            while j < len(doc) and j not in covered and doc[j].pos_ == "PROPN" and is_name_token(doc[j]) and j - k < 4:
                j += 1
            _take(out, covered, doc[k:j])
            self._slot_backed.add(name_key(doc[k:j].text))
        for start, _, _ in sorted(spans):  # "Chile's Ana Bravo and Peru's Luis Quispe": the name before the known one
            p = start - 2 if start > 1 and doc[start - 1].tag_ == "POS" and lex().country_for(doc[start - 2].text) else start
            if p < 3 or doc[p - 1].lower_ != "and":
                continue
            j = k = p - 1
            while k > 0 and k - 1 not in covered and doc[k - 1].pos_ == "PROPN" and is_name_token(doc[k - 1]) and j - k < 3 \
                    and doc[k - 1].ent_type_ in {"", "PERSON"} and not lex().country_for(doc[k - 1].text):
                k -= 1
            if k < j and opens_a_given_name(doc, k):
                _take(out, covered, doc[k:j])
        return out

    def _names_a_plural_title_lists(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "The two presidents, Kofi Mensah and Issa Konate, met": the names a plural title lists in
        apposition are people's, whatever NER made of them (a given name it does not know read as a
        body, or nothing tagged at all). Only a list of two or more names of two words or more; also the names
        interleaved with countries in the title's of-phrase ("the Foreign Ministers of Chile, A, and Peru, B")."""
        doc = self.doc
        out: list[tuple[int, int, str | None]] = []
        for title in doc:
            if title.lower_.endswith("s") and title.lower_[:-1] in lex().title_heads and title.i + 2 < len(doc) \
                    and doc[title.i + 1].lower_ == "of":
                runs = [name for _, name in country_name_pairs(doc, title.i + 2)]  # "Ministers of A, X, and B, Y"
            elif title.tag_ != "NNS" or title.lemma_.lower() not in lex().title_heads \
                    or title.i + 2 >= len(doc) or doc[title.i + 1].text != ",":
                continue
            else:
                runs = _listed_name_runs(doc, title.i + 2)
            if len(runs) < 2 or any(end - start < 2 or lex().country_for(doc[start:end].text) for start, end in runs):
                continue
            for start, end in runs:
                if any(i in covered for i in range(start, end)):
                    continue
                _take(out, covered, doc[start:end])
        return out

    def _names_in_person_slots(self, spans: list[tuple[int, int, str | None]],
                               covered: set[int]) -> list[tuple[int, int, str | None]]:
        """Name-shaped entities NER called an organisation or place ("Samoa's Lagi Tavita", "her
        daughter, Adwoa Asantewaa"), where the slot they fill shows a person: right after a relative
        ("his wife", "her son,"), or after a country's possessive when the article backs it (a person
        coordinated with it, an office apposition after it, or its last word used alone as a person's,
        "Tavita said"). Given names unknown to the first-name table pass here."""
        doc = self.doc
        starts = {s for s, _, _ in spans}
        ends = {e for _, e, _ in spans}
        out = []
        for ent in doc.ents:
            if ent.label_ in {"GPE", "LOC", "FAC"} and ent.start in starts and ent.end in ends \
                    and _after_a_counterpart_noun(doc, ent.start):
                self._slot_backed.add(name_key(ent.text))  # found already; the counterpart slot overrules the place label
                continue
            if ent.label_ not in {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"} \
                    or any(i in covered for i in range(ent.start, ent.end)) or not name_shaped(ent) \
                    or (ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and doc[ent.end].is_lower):
                continue  # "Goldman Sachs analysts": a name modifying a noun is no person
            kin = (is_introduced_as_kin(doc, ent.start, ent.end) and not is_introduced_as_kin(doc, ent.end, ent.end)) \
                or leads_a_delegation(doc, ent.start) or _after_a_counterpart_noun(doc, ent.start)
            country_at = country_before_possessive(doc, ent.start)
            if not (kin or (country_at is not None and self._backed_as_person(ent, country_at, starts, ends))):
                continue
            cleaned = clean_name_span(ent)
            if cleaned and cleaned[0] == ent.start:
                out.append(cleaned)
                covered.update(range(cleaned[0], cleaned[1]))
                self._slot_backed.add(name_key(doc[cleaned[0]:cleaned[1]].text))  # NER's place label is overruled
                starts.add(cleaned[0])
                ends.add(cleaned[1])
        return out

    def _lone_surnames_listed_with_surnames(self, spans: list[tuple[int, int, str | None]],
                                            covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "consultations with Virtanen and Holm", "Holm and Virtanen met": a lone capitalised word NER called a
        place, coordinated with a lone surname it took for a person, is a surname too, unless it is a country
        or a city we know, or follows a preposition of place ("flew to Oslo and Holm ...")."""
        doc = self.doc
        lone = {s for s, e, _ in spans if e - s == 1}
        out = []
        for ent in doc.ents:
            k = ent.start
            tok = ent[0]
            if ent.label_ not in {"GPE", "LOC"} or len(ent) != 1 or k in covered or tok.pos_ != "PROPN" \
                    or not is_name_token(tok) or tok.lower_ in ORG_WORDS or tok.lower_ in lex().title_heads \
                    or lex().country_for(ent.text) or ent.text in lex().city_forms \
                    or (k > 0 and doc[k - 1].lower_ in {"in", "to", "from", "at", "near", "into", "across", "of"}):
                continue
            after = k + 2 < len(doc) and doc[k + 1].lower_ == "and" and k + 2 in lone
            before = k > 1 and doc[k - 1].lower_ == "and" and k - 2 in lone and doc[k - 2].pos_ == "PROPN"
            if after or before:
                out.append((k, k + 1, None))
                covered.add(k)
                self._slot_backed.add(name_key(ent.text))  # NER's place label is overruled
        return out

    def _untagged_names_in_delegation_slots(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "The mission, headed by A B, included C D": capitalised words NER left untagged right after a
        delegation's "led by" or "included" are a person's name."""
        doc = self.doc
        out = []
        slot_words = tokens_with(doc, {"by"}) + tokens_with(doc, {"include", "comprise", "INCLUDE", "COMPRISE"}, lemma=True)
        for tok in sorted(slot_words, key=lambda t: t.i):  # the words before such a slot: "led by", "included"
            k = tok.i + 1
            if k >= len(doc) or k in covered or doc[k].ent_type_ or not leads_a_delegation(doc, k):
                continue
            end = _untagged_name_run(doc, k, covered)
            if end - k >= 2 and name_shaped(doc[k:end]):
                _take(out, covered, doc[k:end])
        return out

    def _untagged_names_after_counterparts(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "her Ugandan counterpart Moses Okello met ...": two to four capitalised words NER left untagged
        right after a counterpart phrase are the counterpart's name."""
        doc = self.doc
        out = []
        for k in range(1, len(doc)):
            initials = unstopped_initials(doc[k])  # "NP Sharma Oli": given names written as capitals
            if k in covered or (doc[k].ent_type_ and not initials) or not (doc[k].is_title or initials) \
                    or not _after_a_counterpart_noun(doc, k):
                continue
            end = _untagged_name_run(doc, k + 1, covered, most=3) if initials else _untagged_name_run(doc, k, covered)
            if end - k >= 2 and (initials or name_shaped(doc[k:end])):
                _take(out, covered, Span(doc, k, end, label="PERSON"))  # the slot says a person's name
        return out

    def _names_in_portfolio_lists(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "the ministers of Foreign Affairs, A; Economy, Ana Ruiz; Energy, B": a name NER missed after a
        portfolio and its comma, in a list opened by a plural title's "of": two or three capitalised words
        opened by a known given name, closed by a semicolon, a comma, "and" or the sentence's end."""
        doc = self.doc
        out = []
        for head in doc:
            if head.tag_ not in {"NNS", "NNPS"} or head.lemma_.lower() not in lex().title_heads \
                    or head.i + 1 >= len(doc) or doc[head.i + 1].lower_ != "of":
                continue
            for k in range(head.i + 3, head.sent.end - 1):
                if doc[k - 1].text != "," or k in covered or not doc[k - 2].text[:1].isupper() \
                        or not is_first_name(doc[k].text):
                    continue
                end = k
                while end < head.sent.end and end - k < 3 and doc[end].is_title and doc[end].is_alpha \
                        and end not in covered and doc[end].ent_type_ in {"", "ORG"}:
                    end += 1
                closes = end >= head.sent.end or doc[end].text in {";", ",", "."} or doc[end].lower_ == "and" \
                    or doc[end].pos_ in {"VERB", "AUX"}
                if end - k >= 2 and closes:
                    _take(out, covered, Span(doc, k, end, label="PERSON"))
        return out

    def _names_after_dates(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "On November 14 Igor Morozov, Minister of Defence, met ...": a name right after a date's day
        number, which NER ran into the date or left untagged. Two to four capitalised words opened by a
        known given name."""
        doc = self.doc
        out = []
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            numbers = [t.i for t in ent if t.like_num]
            if not numbers:
                continue
            k = numbers[-1] + 1
            end = k
            while end < len(doc) and end - k < 4 and end not in covered and doc[end].pos_ == "PROPN" \
                    and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in _DATE_WORDS \
                    and doc[end].ent_type_ in {"", "DATE"}:
                end += 1
            if end - k >= 2 and is_first_name(doc[k].text) and name_shaped(doc[k:end]):
                _take(out, covered, doc[k:end])
        return out

    def _names_listed_in_delegation_rosters(self, spans: list[tuple[int, int, str | None]],
                                            covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "The delegation, made up of Budi Santoso, Siti Rahayu and Agus Wibowo", "Tsetseg Batbayar and
        Enkhbold Dorj were part of the Mongolian delegation": the items of a delegation's roster
        (`opens_a_delegation_roster`, `lists_delegation_members`) that are name-shaped (two to four
        capitalised name words, a title trimmed) are persons, whatever label NER gave a given name it did not
        know; when NER found none of them, the list must hold at least two such names."""
        doc = self.doc
        out = []
        roots: dict[int, bool] = {}  # list root -> whether a person of the list is known
        for _, end, _ in spans:
            root = doc[end - 1]
            while _listed_item(root) and root.head.i != root.i:
                root = root.head
            roots[root.i] = True
        for tok in tokens_with(doc, {"include", "comprise", "consist", "compose", "make", "feature", "be"}, lemma=True):
            for root in (c for c in tok.subtree if c.pos_ == "PROPN" and not _listed_item(c) and c.dep_ != "compound"):
                roots.setdefault(root.i, False)
        for i, known in sorted(roots.items()):
            root = doc[i]
            items = [root] + [t for t in root.subtree if _listed_item(t)]
            if len(items) < 2 or not (opens_a_delegation_roster(doc, root.left_edge.i) or lists_delegation_members(root)):
                continue
            found = [span for item in items if item.i not in covered and (span := _roster_name(item, covered)) is not None]
            if not known and len(found) < 2:
                continue
            for first, stop in found:
                out.append((first, stop, None))
                covered.update(range(first, stop))
                self._slot_backed.add(name_key(doc[first:stop].text))  # the roster overrules NER's label
        return out

    def _backed_as_person(self, ent: Span, before: int, starts: set[int], ends: set[int]) -> bool:
        """The article backs a name after a country's possessive as a person's: a person's name is
        coordinated with it ("Fiji's A and Tonga's B"), an office apposition follows (", the prime
        minister"), or its last word alone is NER's person, follows a form of address or an office word,
        or is followed by a verb of saying elsewhere."""
        doc = self.doc
        k = ent.end
        if k < len(doc) and doc[k].text == "," and office_apposition_after(doc, k):
            return True
        if k + 1 < len(doc) and doc[k].lower_ in {"and", ","}:
            k += 2 if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "and" else 1
            nxt = k + (2 if k + 2 < len(doc) and doc[k + 1].tag_ == "POS" else 0)
            if nxt in starts:
                return True  # "Samoa's A and Tonga's Bo Lee", "Fiji's A, Samoa's B and Tonga's C"
            k = ent.end
        if before >= 2 and doc[before - 1].lower_ in {"and", ","} and (before - 1) in ends:
            return True  # "Bo Lee and Samoa's A"
        surname = ent[-1].text
        for tok in tokens_whose(doc, lambda w: w == surname):
            if ent.start <= tok.i < ent.end:
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.ent_type_ == "PERSON" or (prev is not None and (prev.lower_ in lex().title_heads
                                                                   or prev.lower_ in lex().honorifics)) \
                    or (nxt is not None and nxt.lemma_.lower() in lex().reporting_verbs and nxt.pos_ == "VERB"):
                return True
        return False

    def _names_missed_by_ner(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """Entities NER labelled otherwise ("Ed Miliband" as ORG) that start with a known first name."""
        out = []
        for ent in self.doc.ents:
            if ent.label_ not in {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"}:
                continue
            comma = max((t.i for t in ent[:-1] if t.text == ","), default=None)
            if comma is not None:  # "Ministers, Ana Soto-Vega Rojas" read as one body: the name after the comma
                ent = self.doc[comma + 1:ent.end]
            hyphens = sum(1 for t in ent if is_inner_hyphen(t))  # "Raúl Díaz-Marín Bermejo": a hyphen adds two tokens
            if any(i in covered for i in range(ent.start, ent.end)) or not 2 <= len(ent) <= 4 + 2 * min(hyphens, 1):
                continue
            tokens = list(ent)
            honorific = 0
            while honorific < len(tokens) - 2 and tokens[honorific].lower_ in lex().honorifics:
                honorific += 1  # "Cde Tendai Moyo", "Smt Lata Iyer": a form of address opens a person's name
            tokens = tokens[honorific:]
            if len(tokens) >= 3 and region_word(tokens[0]) and is_first_name(tokens[1].text):
                ent, tokens = self.doc[tokens[1].i:ent.end], tokens[1:]  # "director for Asia | Ana Soto"
            if tokens[0].lower_ in {"the"} | NAME_PARTICLES or any(t.lower_ in ORG_WORDS for t in tokens):
                continue
            if not all(is_name_token(t) and t.pos_ == "PROPN" or is_inner_hyphen(t) for t in tokens) \
                    or tokens[-1].text == "-" or (tokens[1].text == "-" and not hyphenated_given_name(tokens)) \
                    or not (honorific or is_first_name(tokens[0].text) or after_a_countrys_possessive(ent)
                            or (len(tokens) == 2 and after_title_word(self.doc, tokens[0].i))):  # "spokesperson A B"
                continue  # "Bola Okonjo-Adebayo" (a hyphenated surname) passes, "Asia-Pacific Affairs" does not
            cleaned = clean_name_span(ent)
            if cleaned and cleaned[0] == ent.start + honorific:  # "General Motors" minus its title word is no name
                out.append(cleaned)
        return out

    def _names_closing_organisations(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "Secretary-General of the Arab Maritime Union Idris Oumar", "Controller of Budget Agnes
        Kiprop": NER ran the body an office is of (or the office itself) on into the holder's name. A
        run of two to four name words opening with a given name closes the entity, and an office word
        stands inside it or just before it: that run is the person."""
        doc = self.doc
        out = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or len(ent) < 3 or any(i in covered for i in range(ent.start, ent.end)):
                continue
            j = next((k for k in range(1, len(ent) - 1) if is_first_name(ent[k].text) and ent[k].pos_ == "PROPN"
                      and not is_first_name(ent[k - 1].text) and ent[k - 1].is_title and not office_word(ent[k])
                      and ent[k].lower_ not in NAME_PARTICLES | PATRONYMIC_PARTICLES
                      and ent[k - 1].lower_ not in lex().title_heads and ent[k - 1].lower_ not in lex().honorifics
                      and not is_style_of_address(ent[k - 1])
                      and all((is_name_token(t) and t.tag_ != "NNPS" and t.lower_ not in ORG_WORDS
                               and t.lower_ not in lex().non_person_heads) or is_inner_hyphen(t) or is_hyphen_tail(t)
                              for t in ent[k:])), None)
            if j is None or not 2 <= len(ent) - j <= 4 or lex().country_for(ent[j].text):
                continue
            before = doc[max(ent.sent.start, ent.start - 6):ent.start]
            if not any(t.lower_ in lex().title_heads for t in list(before) + list(ent[:j])):
                continue
            _take(out, covered, ent[j:])
        return out

    def _untagged_names_in_argument_slots(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "Ana Lopes met Tomas Ruiz on Monday": two or three capitalised words NER left untagged,
        opening with a known given name, as the subject or object of a verb or the object of
        "with"/"by" (the slots people fill), are a person's name. Place and organisation words at
        the end ("Victoria Street", "Jordan Valley") keep them out."""
        doc = self.doc
        out = []
        for head in _untagged_proper_nouns(doc):
            if head.i in covered or not argument_slot(head):
                continue
            start = head.i
            while start > 0 and head.i - start < 3 and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == head.i and doc[start - 1].pos_ == "PROPN":
                start -= 1
            tokens = doc[start:head.i + 1]
            if len(tokens) < 2 or any(t.ent_type_ or t.i in covered for t in tokens) \
                    or not all(is_name_token(t) and t.is_title for t in tokens) \
                    or any(t.lower_ in ORG_WORDS or t.text in lex().building_heads or t.lower_ in lex().place_generic_heads
                           or t.lower_ in lex().non_person_heads or t.lower_ in lex().title_heads for t in tokens) \
                    or not is_first_name(tokens[0].text) or lex().country_for(tokens[0].text):
                continue  # "Lao Ambassador", "Victoria Street": a title or a country's word, a place
            out.append((start, head.i + 1, None))
            covered.update(range(start, head.i + 1))
        return out

    def _initialled_names(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "President of Latvia R. Kalnins", "High Representative for Trade P.Lamy": a given name's initial before a
        surname is a name wherever NER left it out or ran a country or a title's complement into it."""
        doc = self.doc
        out: list[tuple[int, int, str | None]] = []
        for tok in doc[:-1]:
            if not _initial(tok) or tok.i in covered or (tok.i > 0 and _initial(doc[tok.i - 1])):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 2 and _initial(doc[end]):
                end += 1  # "T. R. Hale"
            if end >= len(doc) or end in covered or not lone_surname_word(doc[end]) or doc[end].lower_ in ORG_WORDS:
                continue
            _take(out, covered, doc[tok.i:end + 1])
        return out

    def _names_before_letters(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "the party's health spokeswoman, Aoife Kelly TD": a name before post-nominal letters is a person's,
        whatever NER made of the two together (often a body)."""
        out: list[tuple[int, int, str | None]] = []
        for tok in self.doc:
            found = name_before_letters(self.doc, tok.i)
            if found is None or any(i in covered for i in range(*found)):
                continue
            _take(out, covered, self.doc[found[0]:found[1]])
        return out

    def _lone_surnames_of_speakers(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "Varga stressed that he shared the concern", "Varga said on Monday she would go": one capitalised word NER
        left untagged or called an organisation, the subject of a verb of saying whose clause takes it up as "he" or
        "she" (an organisation is "it"), is a person known by surname; so is one coordinated with such a word or
        with a person's name as the subject of one verb ("Kovacs and Varga warned")."""
        doc = self.doc
        pronouns = lex().male_pronouns | lex().female_pronouns

        def lone_word(tok: Token) -> bool:
            ent = entity_of(tok)
            return (lone_surname_word(tok) and tok.i not in covered and tok.ent_type_ in {"", "ORG"}
                    and (ent is None or len(ent) == 1) and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")
                    and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ != "PROPN" and doc[tok.i + 1].tag_ != "POS"
                    and tok.lower_ not in lex().org_aliases)

        out: list[tuple[int, int, str | None]] = []
        for verb in tokens_with(doc, lex().reporting_verbs, lemma=True):
            if verb.pos_ != "VERB":
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            subjects += [c for s in subjects for c in s.children if c.dep_ == "conj"]
            if not subjects:
                continue
            told_as_person = verb.lemma_.lower() not in _OUTLET_VERBS and any(c.dep_ == "nsubj" and c.lower_ in pronouns
                                 for clause in verb.children if clause.dep_ == "ccomp" for c in clause.children)
            named = any(t.i in covered for s in subjects for t in s.subtree if t.pos_ == "PROPN")
            lone = [s for s in subjects if lone_word(s)]
            if lone and (told_as_person and len(subjects) == 1 or len(subjects) > 1 and (named or len(lone) == len(subjects))):
                for tok in lone:
                    cleaned = clean_name_span(doc[tok.i:tok.i + 1])  # (not a news agency: "Reuters reported")
                    if cleaned:
                        out.append(cleaned)
                        covered.add(tok.i)
        return out

    def _cluster(self, spans: list[tuple[int, int, str | None]]) -> None:
        doc = self.doc
        full_names: dict[tuple[str, ...], str] = {}  # name key -> person key
        self._titles: dict[str, set[str]] = {}  # person key -> title words given with the full name
        self._kin: set[str] = set()  # people introduced as someone's relative ("his wife X")
        # longest names first so that short forms find the entity they belong to
        # (a name written with initials after the names written out, so "K. Müller" finds "Klaus Müller")
        for start, end, gender in sorted(spans, key=lambda s: (initialled(name_key(self._name_text(s[0], s[1]))),
                                                                -(s[1] - s[0]))):
            text = self._name_text(start, end)
            key = name_key(text)
            if len(key) < 2 or key in full_names:
                continue
            # a shorter form of a longer name: same surname ("Lula da Silva"), or the longer name's
            # beginning, which NER cut off ("Bilawal Bhutto" of "Bilawal Bhutto Zardari")
            owner = None if named_as_relative_of_another(doc, start) else next(
                (pk for fk, pk in full_names.items() if set(key) < set(fk)
                 and (key[-1] == fk[-1] or fk[:len(key)] == key) and not names_an_ancestor(key, fk)), None)
            if owner is None and initialled(key):
                owners = {pk for fk, pk in full_names.items() if initials_of(key, fk)}
                owner = owners.pop() if len(owners) == 1 else None  # (two whose initials fit: neither)
            if owner is None:
                owner = slugify(text)
                self.persons[owner] = Person(key=owner, name=text)
            full_names[key] = owner
            person = self.persons[owner]
            if not person.gender:
                person.gender = gender or title_gender(doc, start)
                if not person.gender:
                    person.gender = self._first_name_gender(start, end, person)
                    if person.gender:
                        self.gender_from_first_name.add(owner)
            self._titles.setdefault(owner, set()).update(title_words(doc, start))
            if is_introduced_as_kin(doc, start, end):
                self._kin.add(owner)
        last_seen: dict[str, int] = {}
        for start, end, gender in spans:
            text = self._name_text(start, end)
            key = name_key(text)
            cue = gender or title_gender(doc, start)
            if len(key) > 1 and key in full_names:
                owner = full_names[key]
            else:
                owner = self._owner_of_short_form(key, full_names, last_seen, start, cue, title_words(doc, start))
            if owner is None:
                owner = slugify(text)
                while owner in self.persons and len(key) > 1:
                    owner += "-2"
                if owner not in self.persons:
                    self.persons[owner] = Person(key=owner, name=text)
                full_names[key] = owner
            person = self.persons[owner]
            if text != person.name:
                person.aliases.add(text)
            person.aliases.update(self._nicknames(start, end))
            if cue and (not person.gender or owner in self.gender_from_first_name):
                person.gender = cue  # "Mr X", "Mrs X": the text's word over the first-name table's
                self.gender_from_first_name.discard(owner)
            if not person.gender and len(key) > 1:
                person.gender = self._first_name_gender(start, end, person)
                if person.gender:
                    self.gender_from_first_name.add(owner)
            sent = doc[start].sent
            person.mentions.append(Evidence.of(sent))
            self.add_mention(Mention(start, end, owner, "name"))
            last_seen[owner] = start

    def _first_name_gender(self, start: int, end: int, person: Person) -> str | None:
        """The gender the first name tells, when the span starts with the person's first name
        ("Lula" in "Lula da Silva" is not the first name of "Luiz Inacio Lula da Silva")."""
        doc = self.doc
        marked = name_part_gender(doc[start:end].text)  # "Lê Văn Phúc", "Moza bint Nasser", "Anna Nováková"
        if is_surname_first(doc[start:end]) or doc[start].text != person.name.split()[0]:
            return marked
        return first_name_gender(doc[start].text) or marked

    def _aliases_in_brackets(self, spans: list[tuple[int, int, str | None]],
                             covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "President Joko Widodo (Jokowi)", "Budi Santoso (Bubu)": one or two capitalised words alone in brackets
        right after a name of two words or more are the short name the text goes on to use; not an acronym, a
        country, a party or a body ("(PTI)", "(Ghana)", "(Labour Party)")."""
        doc = self.doc
        out = []
        found = {(s, e) for s, e, _ in spans}
        for start, end, _ in spans:
            if end - start < 2 or end + 2 >= len(doc) or doc[end].text != "(":
                continue
            close = next((k for k in range(end + 2, min(end + 4, len(doc))) if doc[k].text == ")"), None)
            words = doc[end + 1:close] if close is not None else []
            taken = (end + 1, close) in found  # NER's person already: kept, though alone in brackets
            if not words or (not taken and any(i in covered for i in range(end + 1, close))) or not all(
                    lone_surname_word(t) and t.lower_.rstrip("s") not in lex().partisan_nouns for t in words) \
                    or words.text.lower() in lex().org_aliases or words.text.lower() in lex().never_names:
                continue
            if not taken:
                out.append((end + 1, close, None))
                covered.update(range(end + 1, close))
            self._slot_backed.add(name_key(words.text))
            self._bracketed_aliases.append((start, end + 1))
        return out

    def _merge_aliases(self) -> None:
        """"Rafael Ordaz, also known as El Profe", "X, better known as Y", "X (nicknamed Y)", "X (Y)": Y is X."""
        doc = self.doc
        for name_at, alias_at in self._bracketed_aliases:
            name, alias = self._by_token.get(name_at), self._by_token.get(alias_at)
            if name is not None and alias is not None and name.person != alias.person and alias.person in self.persons:
                self._merge(alias.person, into=name.person)
        text = doc_text(doc)
        for match in re.finditer(r"\b(?:also|better|widely|popularly)?\s*known as|\bnicknamed|\ba\.?k\.?a\.?", text):
            before = [m for m in self.name_mentions() if doc[m.end - 1].idx + len(doc[m.end - 1]) <= match.start()
                      and match.start() - (doc[m.end - 1].idx + len(doc[m.end - 1])) <= 3]
            after = [m for m in self.name_mentions() if doc[m.start].idx >= match.end()
                     and doc[m.start].idx - match.end() <= 3]
            if before and after and before[-1].person != after[0].person:
                self._merge(after[0].person, into=before[-1].person)

    def _merge(self, old: str, *, into: str) -> None:
        source, target = self.persons.pop(old), self.persons[into]
        target.aliases |= {source.name} | source.aliases
        target.mentions += source.mentions
        target.gender = target.gender or source.gender
        for mention in self.mentions:
            if mention.person == old:
                mention.person = into

    def _owner_of_short_form(self, key, full_names, last_seen, position, gender: str | None = None,
                             titles: frozenset[str] = frozenset()) -> str | None:
        """The person a surname (or other short form) refers to, among those it can be: the name must
        fit, and gender and title must not rule the person out ("President Sharif" is not his daughter
        Maryam Sharif; "Mrs Sharif" is not Nawaz Sharif). Of several, the one mentioned last."""
        candidates = {pk for fk, pk in full_names.items() if len(fk) > len(key) and key[-1] == fk[-1]
                      and set(key) <= set(fk) and not names_an_ancestor(key, fk)}
        told = lambda c: c in last_seen and last_seen[c] < position  # noqa: E731 (named before this mention)
        family_first = {pk for fk, pk in full_names.items() if len(fk) > 1 and fk[0] == key[0]} if len(key) == 1 else set()
        if any(map(told, family_first)) and not any(map(told, candidates)):
            candidates = set()  # "Kim Tae Ho ... Kim led ... Eric Kim": the family name of the one told so far
        if not candidates and len(key) == 1:  # surname-first names: "Park" for "Park Geun Hye"
            # (not a regnal name told only later: "King Abdullah" before "Jordan's King Abdullah II" is another king)
            candidates = set(filter(told, family_first)) or {
                pk for pk in family_first if not REGNAL_NUMBER.fullmatch(self.persons[pk].name.split()[-1])}
            # "Gen Somsak" of "Prime Minister Somsak Chanwat": one known by the given name keeps an officer's rank
            titles = frozenset(t for t in titles if t not in lex().military_ranks)
        if not candidates and len(key) == 1 and key not in full_names:
            # the name a long name is known by, from its middle: "Lula" of "Luiz Inacio Lula da Silva"
            middle = {pk for fk, pk in full_names.items() if len(fk) > 2 and key[0] in fk[1:-1]}
            candidates = middle if len(middle) == 1 else set()
        candidates = {pk for pk in candidates if self._compatible(pk, gender, titles)}
        alone = full_names.get(key)  # a person known only by this short form so far
        if alone and self._compatible(alone, gender, titles):
            candidates.add(alone)
        if not candidates:
            return None
        if gender and any(self.persons[c].gender == gender for c in candidates):
            candidates = {c for c in candidates if self.persons[c].gender == gender}  # "Mrs X": the woman
        if len(candidates) == 1:
            return next(iter(candidates))
        before = [(last_seen[c], c) for c in candidates if told(c)]
        if before:
            return max(before)[1]
        return sorted(candidates)[0]

    def _compatible(self, owner: str, gender: str | None, titles: frozenset[str]) -> bool:
        person = self.persons[owner]
        if gender and person.gender and gender != person.gender and not (
                owner in self.gender_from_first_name and given_to_either_gender(person.name.split()[0])):
            return False  # (a gender only the table guessed from a name of either sex yields to the text's "Mr X")
        theirs = self._titles.get(owner, set())
        if titles and not titles & theirs:
            if theirs and (titles | theirs) & lex().leader_titles:
                return False  # "President Sharif" is not "First Lady Maryam Sharif"
            if owner in self._kin:
                return False  # a title the relative was never given: the other person of that name
        return True

    # -- mentions ----------------------------------------------------------------------------
    def add_mention(self, mention: Mention) -> None:
        if any(i in self._by_token for i in range(mention.start, mention.end)):
            return
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self._by_token[i] = mention

    def mention_at(self, i: int) -> Mention | None:
        return self._by_token.get(i)

    def named_in(self, tokens) -> list[str]:
        """The people these tokens name by name (not by pronoun or description), in order, each once."""
        out: list[str] = []
        for tok in tokens:
            mention = self._by_token.get(tok.i)
            if mention and mention.kind == "name" and mention.person not in out:
                out.append(mention.person)
        return out

    def person_of(self, token: Token) -> str | None:
        """The person a token refers to: the token itself, or the name it heads ("Putin" in "President Putin")."""
        mention = self._by_token.get(token.i)
        if mention:
            return mention.person
        for child in token.children:
            if child.dep_ in {"compound", "flat", "appos"} and child.i in self._by_token \
                    and not (child.dep_ == "appos" and conjuncts_before(token, child.i)):
                return self._by_token[child.i].person  # ("the Director General and the Energy Minister, A":
                # a name set off after the last of two coordinated titles holds the last one)
        if token.lower_ in lex().title_heads and token.text[:1].isupper():
            return self._titled_name_after_of(token)
        return None

    def _titled_name_after_of(self, title: Token) -> str | None:
        """"Minister of Finance Ole Dahl", "President of Ghana Kofi Ansah": the parser hangs the name
        under "of"; the title stands for it when only a portfolio or country word comes between."""
        doc = self.doc
        for prep in title.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != title.i + 1:
                continue
            k = prep.i + 2 if prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ == "the" else prep.i + 1
            first = k
            while k < len(doc) and k - prep.i <= 3 and k not in self._by_token and doc[k].text[:1].isupper() and (
                    doc[k].lower_ in lex().title_modifiers or lex().country_for(doc[k].text)):
                k += 1
            mention = self._by_token.get(k)
            if k > first and mention is not None and mention.kind == "name" and mention.start == k:
                return mention.person
        return None

    def name_mentions(self) -> list[Mention]:
        return sorted((m for m in self.mentions if m.kind == "name"), key=lambda m: m.start)

    def sorted_mentions(self) -> list[Mention]:
        return sorted(self.mentions, key=lambda m: m.start)
