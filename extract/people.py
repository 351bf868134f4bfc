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

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.facts import Evidence, Person
from newsgraph.extract.text import slugify  # noqa: F401  (re-exported: rules import it from here)
from newsgraph.extract.lexicon import lex
from newsgraph.extract.syntax import doc_text, entity_of, tokens_whose, tokens_with

PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})  # "son/daughter of" inside a name
NAME_PARTICLES = {"bin", "al", "el", "de", "da", "do", "van", "von", "der", "den", "ten", "ter", "la", "le", "los", "las", "del", "della",
                  "du", "ibn", "di", "dos", "das", "ul", "bint"}
_LOCATIVE_PREPS = {"in", "near", "outside", "at", "via", "inside", "across", "around", "towards", "toward"}
_LINKING_PARTICLES = frozenset({"do", "dos", "da", "das", "de", "del", "van", "von"})  # "Ana do Rosario Lopes"
_PERSON_TAKING_HEADS = {"believe", "confidence", "trust", "faith", "interest", "role", "stake"}  # "trust in X"


@dataclass
class Mention:
    """A stretch of tokens [start, end) that refers to a person."""

    start: int
    end: int
    person: str
    kind: str  # "name", "description", "pronoun"

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|di|da|van|von|le|la|du|mc|o)[-\u2019'][A-Z]\w+")


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    if tok.lower_ in NAME_PARTICLES or _PREFIXED.fullmatch(text):  # "al-Burhan", "bin-Salman"
        return True
    if not text[:1].isupper() or tok.is_punct:
        return False
    return bool(re.fullmatch(r"[^\W\d_][\w'\u2019.\-]*", text))


# Words that end organisation names, so "Ed Miliband" can be a person but "Olaf Foundation" cannot
ORG_WORDS = {"ministry", "council", "party", "bank", "group", "foundation", "institute", "university", "agency",
             "department", "committee", "court", "association", "union", "company", "corporation", "inc", "ltd",
             "news", "times", "post", "service", "office", "administration", "house", "assembly", "parliament",
             "congress", "senate", "army", "navy", "force", "forces", "police", "club", "fund", "organization",
             "organisation", "commission", "board", "school", "college", "centre", "center", "network", "press",
             "federation", "confederation"}


@lru_cache(maxsize=1)
def _first_names():
    """gender-guesser's table of first names (about 40,000, from many countries)."""
    import gender_guesser.detector as detector
    return detector.Detector(case_sensitive=False)


def _argument_slot(tok: Token) -> bool:
    """Subject or object of a verb, or the object of "with"/"by": where a person's name stands."""
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:  # not a verb inside a name ("Promoting Christian Unity")
        return tok.head.pos_ in {"VERB", "AUX"} and not tok.head.is_title
    return tok.dep_ == "pobj" and tok.head.lower_ in {"with", "by"}


def first_name_gender(word: str) -> str | None:
    """"male", "female", or None when the word is not a known first name or is used by both."""
    guess = _first_names().get_gender(_plain(word))
    if guess == "male":  # "mostly_male" names (Morgan, Robin, Lee) are too often a woman's to rule her out
        return "male"
    if guess == "female":
        return "female"
    return None


def is_first_name(word: str) -> bool:
    return _first_names().get_gender(_plain(word)) != "unknown"


def _plain(word: str) -> str:
    """The word without accents: the first-name table spells "Ingrid", texts "Íngrid"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _hyphenated_given_name(tokens) -> bool:
    """ "Marc-Antoine Leblanc", "Anne-Marie Dubois": two first names joined by a hyphen, then a surname
    (not "Asia-Pacific Affairs": "Pacific" is no first name)."""
    tokens = list(tokens)
    return (len(tokens) >= 4 and tokens[1].text == "-" and not tokens[0].whitespace_ and not tokens[1].whitespace_
            and is_first_name(tokens[0].text) and is_first_name(tokens[2].text))


def _is_inner_hyphen(tok: Token) -> bool:
    """The hyphen of "al-Burhan" or "Al-Sisi", which the tokenizer splits off."""
    doc = tok.doc
    return (tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
            and tok.i + 1 < len(doc))


def _is_hyphen_tail(tok: Token) -> bool:
    """The syllable after the hyphen of a hyphenated given name ("Jong-un", "Myung-bak", "Jae-in"),
    which the tokenizer splits off and which is often lower case."""
    doc = tok.doc
    return (tok.i > 1 and tok.is_alpha and doc[tok.i - 1].text == "-" and _is_inner_hyphen(doc[tok.i - 1])
            and doc[tok.i - 2].text[:1].isupper())


def is_surname_first(span: Span) -> bool:
    """East Asian order, family name first: "Kim Jong-un", "Lee Myung-bak" (a hyphenated given name
    with a lower-case second syllable). Its first word says nothing about gender."""
    return any(_is_hyphen_tail(t) and t.is_lower for t in span)


def _surname_read_as_word(tok: Token) -> bool:
    """A known surname that is also a common word ("Little added", "Strong, who spoke later, said",
    "'...,' Long said"): the tagger reads it as an adjective or adverb, but it is the subject of a
    verb (or stands right before a reporting verb), so it is the person (the caller checks the word is
    the surname of someone the article names in full)."""
    if not tok.text.istitle() or not _is_name_token(tok) or tok.pos_ not in {"ADJ", "ADV", "NOUN", "VERB", "PROPN"}:
        return False
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.i == tok.head.i and nxt.lemma_.lower() in lex().reporting_verbs


def _is_demonym(tok: Token) -> bool:
    """"Jordanian King Abdullah II": a nationality word before a name is not part of it (but the
    country's own name can be a first name: "Jordan")."""
    country = lex().country_for(tok.text)
    return country is not None and country != tok.text and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text[:1].isupper()


def _classified_after(doc: Doc, end: int) -> bool:
    """"Nyonie, a small town on the coast": an apposition headed by a classifier noun."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    for tok in doc[end + 1:min(end + 5, len(doc))]:
        if tok.tag_ == "WP$":
            return False  # "Dahl, whose company builds ports": the name owns the thing, it is not one
        if tok.lower_ in lex().non_person_classifiers and tok.pos_ == "NOUN":
            # "a port city" yes, "a site manager" no, "the city's mayor" (a possessor) no
            return tok.dep_ not in {"compound", "poss"} and not (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS")
        if tok.pos_ not in {"DET", "ADJ", "ADV"}:
            return False
    return False


def _alone_in_parentheses(doc: Doc, ent: Span) -> bool:
    """"(Yonhap)", "(Reuters)": a lone name in brackets is a news agency's credit."""
    return (len(ent) == 1 and ent.start > 0 and ent.end < len(doc)
            and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")")


def _modifies_plural_noun(doc: Doc, ent: Span) -> bool:
    """"Cougar and Fennec helicopters": a name that is a compound modifier of a plural common noun."""
    node = ent.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    return (node.dep_ in {"compound", "amod", "nmod"} and head.tag_ == "NNS" and head.i >= ent.end
            and head.lower_ not in lex().people_nouns and head.lemma_.lower() not in lex().title_heads)  # not "Obama aides"


def _is_destination(tok: Token, length: int) -> bool:
    """"Ambassador to Chile Ola Berg": NER runs the country after "to" into the name."""
    return (length > 2 and tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"to", "for", "of"}
            and lex().country_for(tok.text) == tok.text)


def _is_sentence_initial_verb(tok: Token, length: int) -> bool:
    """"Joining Medinsky ...": a participle opening the sentence is not a first name, but "Ahmed" and
    "Mohammed", which end the same way, are."""
    return (length > 1 and tok.i == tok.sent.start and len(tok) > 4 and tok.lower_.endswith(("ing", "ed"))
            and not is_first_name(tok.text))


def _extend_over_particles(span: Span) -> Span:
    """"Ursula von" + "der Leyen": NER often stops at a particle; the name goes on to the next capital."""
    doc = span.doc
    end = span.end
    while end < len(doc) and (doc[end].lower_ in NAME_PARTICLES or span[-1].lower_ in NAME_PARTICLES):
        j = end
        while j < len(doc) and doc[j].lower_ in NAME_PARTICLES:
            j += 1
        if j < len(doc) and j > end - (1 if span[-1].lower_ in NAME_PARTICLES else 0) and doc[j].text[:1].isupper() \
                and (doc[j].pos_ == "PROPN" or (doc[j].pos_ == "NOUN" and doc[j].is_title and doc[j].is_alpha)):
            end = j + 1  # "Bendito dos | Santos": the tagger may call the word after the particle a noun
            ent = entity_of(doc[j])
            if ent is not None and ent.start == j and ent.label_ in {"PERSON", "ORG"} and len(ent) <= 3:
                end = ent.end  # "Maria do" + "Carmo Silva", "Bendito" + "dos" + "Santos Freitas" (as ORG)
            span = doc[span.start:end]
            continue
        break
    return span


def _extend_over_hyphenated(span: Span) -> Span:
    """"Kim" + "Do-yoon": NER often stops before a hyphenated given name, or inside it ("Baek Min" +
    "-ho", when the tail is lower case); take it in."""
    doc, end = span.doc, span.end
    if (end + 2 < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end + 1].text == "-"
            and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha
            and span[-1].text[:1].isupper()):
        return doc[span.start:end + 3]
    if len(span) >= 2 and end + 1 < len(doc) and _is_inner_hyphen(doc[end]) and _is_hyphen_tail(doc[end + 1]) \
            and doc[end + 1].is_lower:
        return doc[span.start:end + 2]
    return span


def _opens_a_given_name(doc: Doc, k: int) -> bool:
    """ "the envoy Ana Soto": a known given name and a capitalised word after a lower-case office
    word are a name, whatever NER said."""
    return (k + 1 < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and is_first_name(doc[k].text)
            and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper() and doc[k].lower_ not in lex().title_heads)


def _hyphen_compound_end(span: Span) -> int | None:
    """Where "Glass-Steagall" ends when NER took only "Glass": the end of a hyphenated compound the
    span runs into (None when the span does not stop at a glued hyphen)."""
    doc, end = span.doc, span.end
    if not (end + 1 < len(doc) and doc[end].text == "-" and not span[-1].whitespace_ and not doc[end].whitespace_
            and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha):
        return None
    return end + 2


def _names_a_thing(doc: Doc, k: int) -> bool:
    """The word after a hyphenated compound shows it names a law, pact or thing, not a person:
    "the Glass-Steagall Act", "the Sykes-Picot agreement"."""
    if k >= len(doc):
        return False
    nxt = doc[k]
    return nxt.lower_ in lex().non_person_heads or (nxt.is_lower and nxt.pos_ == "NOUN" and nxt.tag_ != "NNS"
                                                    and nxt.lower_ not in lex().title_heads)


def _after_title_word(doc: Doc, k: int) -> bool:
    """Token k follows an office word or honorific ("envoy Ana", "Minister Ana")."""
    if k < 1:
        return False
    low = doc[k - 1].lower_
    return low in lex().title_heads or low in lex().title_expansions or low in lex().honorifics


def _plural_title(tok: Token) -> bool:
    """"Ministers", "Generals", "Senators": an office word in the plural, before a list of names."""
    low = tok.lower_
    return tok.text[:1].isupper() and low.endswith("s") and low[:-1] in lex().title_heads


def complement_word(tok: Token) -> bool:
    """A capitalised word that can fill an office's of-complement ("Finance", "State", "Poland")."""
    return tok.text[:1].isupper() and (tok.lower_ in lex().title_modifiers or lex().country_for(tok.text) is not None)


# prepositions a title-case headline capitalises after a name ("Remarks by Prime Minister Tanaka Before
# Their Meeting"): never the last word of a name
_HEADLINE_PREPOSITIONS = {"before", "after", "during", "ahead", "amid", "over", "with", "at", "on", "for", "from",
                          "by", "about", "against", "without", "following"}


def _is_group_noun(tok: Token) -> bool:
    """ "many Africans", "ordinary Europeans": a plural nationality or region noun after a quantifier."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return (tok.tag_ in {"NNS", "NNPS"} and tok.lower_.endswith("ans") and before in lex().group_quantifiers)


def _ends_title_complement_word(tokens: list[Token]) -> bool:
    """ "Minister of Energy and Mines Tomas Berg": a portfolio word after "of"/"and" that NER ran into
    the name belongs to the title."""
    first = tokens[0]
    return (len(tokens) > 1 and first.i > 0 and first.lower_ in lex().title_modifiers
            and first.doc[first.i - 1].lower_ in {"of", "and", "&"})


def _opens_a_title(tokens: list[Token]) -> bool:
    """"Crown Prince", "First Lady", "House Speaker": a title modifier before an office word is the
    title's, not a first name, even where NER runs it into the name."""
    return len(tokens) > 1 and tokens[0].lower_ in lex().title_modifiers and tokens[1].lower_ in lex().title_heads


_NEVER_GIVEN_NAMES = {"the", "a", "an", "and", "or", "but", "if", "as", "at", "by", "in", "of", "on", "to", "for",
                      "with", "from", "after", "before", "since", "when", "while", "his", "her", "their", "our"}


def _function_word_as_given_name(tokens: list[Token]) -> bool:
    """ "Per Lindqvist", "Will Harper", "May Olsen": a capitalised word the tagger reads as a
    preposition, auxiliary or adverb but that is a known given name, followed by a capitalised
    name word. Mid-sentence the capital alone shows it is a name; at a sentence start the word must
    also be a given name that is no common function word ("After Smith ..." is not)."""
    first = tokens[0]
    if len(tokens) < 2 or not first.text[:1].isupper() or not first.is_alpha or first.lower_ in _NEVER_GIVEN_NAMES:
        return False
    nxt = tokens[1]
    if not (nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and _is_name_token(nxt)):
        return False
    return is_first_name(first.text)


def clean_name_span(span: Span) -> tuple[int, int, str | None] | None:
    """Trim a candidate person span to the name itself; return (start, end, gender) or None."""
    compound_end = _hyphen_compound_end(span)
    if compound_end is not None:
        if _names_a_thing(span.doc, compound_end):
            return None  # "Glass" of "the Glass-Steagall Act"
        span = span.doc[span.start:compound_end]  # "Bruni" + "-Sarkozy"
    tokens = list(_extend_over_hyphenated(_extend_over_particles(span)))
    gender = None
    while tokens and (
        tokens[0].lower_ in lex().honorifics
        or tokens[0].lower_ in lex().styles_of_address  # "H.H. Sheikh", "Dato' Seri"
        or tokens[0].lower_ in lex().title_heads
        or (tokens[0].lower_ in lex().title_expansions and tokens[0].text[:1].isupper())  # "Amb", "Gen"
        or (len(tokens) > 2 and _plural_title(tokens[0]))  # "Ministers Ana Bel and Tin Sok"
        or _opens_a_title(tokens)
        or _ends_title_complement_word(tokens)
        or _is_demonym(tokens[0])
        or _is_destination(tokens[0], len(tokens))
        or not _is_name_token(tokens[0])
        or _is_sentence_initial_verb(tokens[0], len(tokens))
        or (tokens[0].pos_ in {"VERB", "AUX", "ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ"}
            and not _function_word_as_given_name(tokens))
    ):
        gender = lex().honorifics.get(tokens[0].lower_, gender)
        tokens = tokens[1:]
    tokens = _after_place_and_title(tokens)
    cut = next((k for k, t in enumerate(tokens) if k >= 1 and t.lower_ in lex().headline_verbs and t.text[:1].isupper()), None)
    if cut is not None and cut >= 2:
        tokens = tokens[:cut]  # "Wang Zhenyu | Holds Talks With ...": a title-case headline's verb ends the name
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in {"'s", "\u2019s"}
                      or tokens[-1].lower_ in NAME_PARTICLES or tokens[-1].lower_ in _HEADLINE_PREPOSITIONS):
        tokens = tokens[:-1]
    if not tokens or not all(_is_name_token(t) or _is_inner_hyphen(t) or _is_hyphen_tail(t) for t in tokens):
        return None
    if all(t.lower_ in lex().title_modifiers for t in tokens):
        return None  # "Extraordinary" of "Ambassador Extraordinary and Plenipotentiary"
    text = span.doc[tokens[0].i:tokens[-1].i + 1].text
    if lex().country_for(text) or text.lower() in lex().org_aliases or text.lower() in lex().never_names:
        return None
    if len(tokens) > 1 and tokens[-1].lower_ in lex().non_person_heads:  # "Ben Gurion Airport", "Patriot Act"
        return None
    if len(tokens) > 1 and tokens[-1].lower_ in lex().title_heads and not any(is_first_name(t.text) for t in tokens[:-1]):
        return None  # "Syriac Orthodox Patriarch", "Foreign Affairs Secretary": an office, no name ("John Major" is)
    if len(tokens) > 1 and tokens[-1].text in lex().building_heads and not is_first_name(tokens[0].text):
        return None  # "Jubilee House", "Ridgeway House" (not "Edward House", a given name before it)
    if len(tokens) > 1 and any(t.is_upper and len(t) > 1 and t.is_alpha and not _ROMAN.fullmatch(t.text) for t in tokens) \
            and not _capitalised_family_name_first(tokens):
        return None  # an acronym inside the name: "Zanu-PF", "Fatah-RC" are organisations
    if len(tokens) == 1 and (tokens[0].is_stop or len(text) < 2 or _is_group_noun(tokens[0])):
        return None
    if text.isupper() and len(text) <= 5:  # acronyms are organisations, not people
        return None
    # an honorific right before the span also tells the gender ("Mr Birk")
    if tokens[0].i > 0 and gender is None:
        gender = lex().honorifics.get(span.doc[tokens[0].i - 1].lower_)
    return tokens[0].i, tokens[-1].i + 1, gender


def _first_name_closing_entity(tok: Token) -> bool:
    """A given name NER took in as the last word of an organisation or place ("Controller of Budget
    Ana" | "Wairimu Kiprop"): an office word inside that entity shows it was the office, not a body."""
    ent = entity_of(tok)
    return (ent is not None and ent.label_ not in {"PERSON"} and ent.end == tok.i + 1 and len(ent) >= 4
            and tok.pos_ == "PROPN" and is_first_name(tok.text) and not lex().country_for(tok.text)
            and not _office_word(tok) and not _office_word(ent[-2])
            and any(t.lower_ in lex().title_heads for t in ent[:-1]) and any(t.lower_ in {"of", "for"} for t in ent[:-1]))


def _office_word(tok: Token) -> bool:
    """A title, rank, honorific or form of address: never a given name ("Major General", "Mor")."""
    low = tok.lower_
    return (low in lex().title_heads or low in lex().honorifics or low in lex().styles_of_address
            or low in lex().title_expansions or low in lex().title_modifiers)


def _after_place_and_title(tokens: list[Token]) -> list[Token]:
    """ "Lakeport Mayor Ana Ruiz", "Westmark Senator Tom Berg" taken by NER as one name: a capitalised
    office word after a place word, with a given name after it, closes what is no part of the name."""
    for k in range(1, len(tokens) - 1):
        tok = tokens[k]
        if tok.lower_ in lex().title_heads and tok.text[:1].isupper() and is_first_name(tokens[k + 1].text) \
                and not any(is_first_name(t.text) for t in tokens[:k]):
            return tokens[k + 1:]
    return tokens


def _capitalised_family_name_first(tokens: list[Token]) -> bool:
    """ "Mr. KISHIDA Fumio", "Ms. TANAKA Aiko": Japanese releases write the family name first in capitals,
    then the given name; after a form of address, or before a known given name, that is a person."""
    if len(tokens) != 2 or not (tokens[0].is_upper and tokens[0].is_alpha and len(tokens[0]) >= 3) \
            or not tokens[1].is_title or not tokens[1].is_alpha:
        return False
    doc = tokens[0].doc
    before = doc[tokens[0].i - 1].lower_ if tokens[0].i > 0 else ""
    return before in lex().honorifics or is_first_name(tokens[1].text)


def _continues_a_name(tok: Token) -> bool:
    """A capitalised word that can be one more surname of the name before it: "Rosa Elena | Villanueva
    Paredes", "Carolina Vargas | Llosa" (NER often stops after two words of a Spanish, Portuguese or
    African name, and now and then calls the last word a place)."""
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper
            and tok.ent_type_ in {"", "PERSON", "GPE"} and not lex().country_for(tok.text)
            and tok.text not in lex().city_forms and tok.lower_ not in ORG_WORDS
            and tok.lower_ not in lex().non_person_heads and tok.lower_ not in lex().title_heads
            and tok.lower_ not in lex().title_modifiers and tok.lower_ not in lex().honorifics
            and tok.lower_ not in _HEADLINE_PREPOSITIONS)


def _surnames_after(doc: Doc, end: int, covered: set[int]) -> int:
    """Where a name ends once the surnames NER left after it are taken in (at most two more words).
    The words must close the name: a comma, a full stop or a lower-case word follows, so a title-case
    headline ("Rosa Elena Visits Lima Today") or a longer proper name ("Ana Ruiz Memorial Hospital")
    is left alone."""
    if end == 0 or not doc[end - 1].is_alpha:
        return end
    k = end
    while k < len(doc) and k - end < 2 and k not in covered and _continues_a_name(doc[k]) \
            and (doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ == "I"):
        k += 1
    if k == end or (k < len(doc) and (doc[k].text[:1].isupper() and not doc[k].is_punct)):
        return end
    return k


def _join_given_names_to_surnames(doc: Doc, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """Two names NER split in the middle, side by side: "Luisa Fernanda" + "Gomez Arango". Only when
    the first is made of given names alone, so "Ana Ruiz" and "Tomas Vell" listed with no comma stay two."""
    spans = sorted(spans)
    out: list[tuple[int, int, str | None]] = []
    for span in spans:
        if out and out[-1][1] == span[0] and span[1] - out[-1][0] <= 6:
            first = doc[out[-1][0]:out[-1][1]]
            if all(is_first_name(t.text) and t.text[:1].isupper() or t.text == "." or t.lower_ in lex().given_name_abbreviations
                   for t in first) \
                    and doc[span[0]].text[:1].isupper() and not is_first_name(doc[span[0]].text):
                out[-1] = (out[-1][0], span[1], out[-1][2] or span[2])
                continue
        out.append(span)
    return out


def _middle_surnames(key: tuple[str, ...]) -> list[str]:
    """The first of two surnames, by which Spanish and Portuguese names are known in short: "Ospina" of
    "Maria Fernanda Ospina Restrepo", "Pardo" of "Lucia Pardo Mejia". It is the word after the given
    names when exactly two words follow them."""
    given = 0
    while given < len(key) - 1 and given < 2 and is_first_name(key[given]):
        given += 1
    if given and len(key) - given == 2 and key[given] not in NAME_PARTICLES and not is_first_name(key[given]):
        return [key[given]]
    return []


def _route_end(doc: Doc, k: int) -> bool:
    """ "from Busan to Rotterdam": a capitalised word at either end of a from-to route is a place."""
    before = doc[k - 1].lower_ if k > 0 else ""
    if before == "from" and k + 2 < len(doc) and doc[k + 1].lower_ == "to" and doc[k + 2].text[:1].isupper():
        return True
    return before == "to" and k >= 3 and doc[k - 3].lower_ == "from" and doc[k - 2].text[:1].isupper()


def _opens_a_dateline(doc: Doc, ent: Span) -> bool:
    """ "Port Verin, West Taloa (BERNAMA) - ...": a name opening a paragraph, then a comma and a
    region, then an agency's credit in brackets: the place the story is filed from."""
    if not (ent.start == 0 or "\n" in doc[ent.start - 1].text or doc[ent.start - 1].whitespace_.count("\n")
            or ent[0].is_sent_start) or ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    for k in range(ent.end + 1, min(ent.end + 6, len(doc) - 2)):
        if doc[k].text == "(":
            return doc[k + 1].is_upper and doc[k + 2].text == ")"
        if not doc[k].text[:1].isupper():
            return False
    return False


# verbs of journeys that end at places, never at people ("went to her lawyer", "returned to A" can)
_JOURNEY_VERBS = {"to": frozenset({"fly", "travel", "journey", "sail", "drive", "relocate", "head"}),
                  "for": frozenset({"leave", "depart"})}


def _journey_end(prep: Token) -> bool:
    """ "flew to Da Nang", "travelled on to Kismayo", "left for Garowe": where a journey ends is a
    place (one flies to see someone, not to them)."""
    verbs = _JOURNEY_VERBS.get(prep.lower_)
    if verbs is None or prep.dep_ != "prep":
        return False
    head = prep.head
    if head.pos_ == "ADV" and head.head.i != head.i:  # "flew on to", "went back to"
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in verbs


def _with_the(doc: Doc, ent: Span) -> bool:
    """ "the Sahel", "into the Donbas": one capitalised word after "the", as places and regions are
    named and people are not (not "the Obamas", not "the Kremlin's X")."""
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the" or ent.text.endswith("s"):
        return False
    word = ent[0].lower_
    if word in lex().title_heads or word in lex().honorifics or word in lex().gendered_titles:
        return False  # "the Emir said": a title, whoever holds it
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or (after.tag_ != "POS" and not (after.text[:1].isupper() and after.pos_ == "PROPN"))


def _after_a_countrys_possessive(ent: Span) -> bool:
    """ "Nigeria's Bola Okonjo-Adebayo": a given name and a hyphenated surname after a country's
    possessive, which NER took for an organisation (an organisation would carry an organisation word)."""
    doc = ent.doc
    return (len(ent) == 4 and ent[2].text == "-" and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS"
            and lex().country_for(doc[ent.start - 2].text) is not None)


def _untagged_name_pair(doc: Doc, k: int) -> bool:
    """ "Minister for Trade and Industry Ong Bee Lian": two or more capitalised words NER left untagged,
    with no office, organisation or portfolio word among them, where a name is due."""
    words = []
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_:
        words.append(doc[k])
        k += 1
    return 2 <= len(words) <= 4 and not any(
        t.lower_ in ORG_WORDS or t.lower_ in lex().title_heads or t.lower_ in lex().title_modifiers
        or t.lower_ in lex().non_person_heads for t in words)


def _abbreviated_given_name(doc: Doc, k: int) -> bool:
    """ "Ma." of "Ma. Teresa Santos" (`given_name_abbreviations.txt`): the word, its full stop glued to it, and
    no name word before it ("Jack Ma. Teresa ..." ends one name and opens another)."""
    if k < 0 or k + 1 >= len(doc) or doc[k + 1].text != "." or doc[k].whitespace_:
        return False
    if doc[k].lower_ not in lex().given_name_abbreviations or not doc[k].text[:1].isupper():
        return False
    before = doc[k - 1] if k > 0 else None
    return (before is None or not before.text[:1].isupper() or before.lower_ in lex().title_heads
            or before.lower_ in lex().honorifics or before.lower_ in lex().title_modifiers)


def _name_run_into_a_body(doc: Doc, k: int) -> bool:
    """ "Chairman of the Senate of the Republic of X | Ana Soto": two or three name words that NER ran on from
    the body the title is of (inside its entity), closed by a lower-case word or punctuation."""
    if doc[k].ent_iob_ != "I" or doc[k].ent_type_ not in {"ORG", "GPE"}:
        return False
    end = k
    while end < len(doc) and end - k < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return 2 <= end - k <= 3 and (end == len(doc) or not doc[end].text[:1].isupper()) and _name_shaped(doc[k:end])


def _closing_single_name(doc: Doc, k: int) -> bool:
    """ "Coordinating Minister for Maritime Affairs Suryadi, who ...": one capitalised word NER left untagged after
    an office's complement, closed by a comma or full stop: a person known by one name."""
    tok = doc[k]
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_ and len(tok) > 2
            and nxt is not None and nxt.text in {",", "."} and tok.lower_ not in ORG_WORDS
            and tok.lower_ not in lex().title_heads and tok.lower_ not in lex().title_modifiers
            and tok.lower_ not in lex().non_person_heads and not lex().country_for(tok.text)
            and tok.text not in lex().city_forms)


def country_before_possessive(doc: Doc, start: int) -> int | None:
    """Where the country of "Fiji's", "New Zealand's" begins, when a country's possessive ends right
    before token `start`; else None."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    for n in (3, 2, 1):
        if start - 1 - n >= 0 and lex().country_for(doc[start - 1 - n:start - 1].text):
            return start - 1 - n
    return None


def _capitalised_word_inside_name(doc: Doc, j: int, start: int) -> bool:
    """ "Cde. Gatkuoth Both Diew": a capitalised word the tagger reads as a function word ("Both"), inside a
    name after its first word and before another capitalised name word, mid-sentence."""
    return (j > start and doc[j].is_title and doc[j].is_alpha and not doc[j].is_sent_start and j + 1 < len(doc)
            and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title and doc[j + 1].lower_ not in lex().title_heads)


def _leads_a_delegation(doc: Doc, start: int) -> bool:
    """ "a delegation headed by A", "the ANC delegation, led by B, included C": the slots after "led/headed
    by" and "included" a delegation hold a person."""
    if start < 3:
        return False
    if doc[start - 1].lower_ == "by" and doc[start - 2].lemma_.lower() in {"lead", "head"}:
        verb = start - 2  # "a delegation headed by A"
    elif doc[start - 1].lemma_.lower() in {"include", "comprise"} and doc[start - 1].pos_ == "VERB":
        verb = start - 1  # "the delegation, led by A, included B"
    else:
        return False
    return any(t.lemma_.lower() in {"delegation", "delegate", "mission", "team", "negotiator"}
               for t in doc[max(0, verb - 10):verb])


def _name_shaped(ent: Span) -> bool:
    """Two to four capitalised name words (a hyphenated surname counts as one, honorifics first),
    with no organisation word, office word, place or thing word among them."""
    tokens = [t for t in ent if not (_is_inner_hyphen(t) or _is_hyphen_tail(t) or t.text == "-")]
    while len(tokens) > 2 and tokens[0].lower_ in lex().honorifics:
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 4 or tokens[0].lower_ == "the":
        return False
    return all(_is_name_token(t) and t.pos_ == "PROPN" and t.lower_ not in NAME_PARTICLES and t.lower_ not in ORG_WORDS
               and t.lower_ not in lex().title_heads and t.lower_ not in lex().non_person_heads
               and not lex().country_for(t.text) and t.text not in lex().city_forms for t in tokens)


def _office_apposition_after(doc: Doc, comma: int) -> bool:
    """After the comma: "the Swedish foreign minister,", "a former senator,", "then president of X",
    "Japan's finance minister": a short noun phrase headed by an office word, ending at punctuation
    or an of/for complement."""
    k = comma + 1
    if k < len(doc) and doc[k].lower_ in {"the", "a", "an", "then", "now"}:
        k += 1
    elif k + 1 < len(doc) and doc[k + 1].tag_ == "POS":
        k += 2  # "Japan's"
    for j in range(k, min(len(doc), k + 5)):
        tok = doc[j]
        if tok.lower_ in lex().title_heads or tok.lemma_.lower() in lex().title_heads:
            after = doc[j + 1] if j + 1 < len(doc) else None
            return after is None or after.is_punct or after.lower_ in {"of", "for", "to", "at"} \
                or after.lower_ in lex().title_heads
        if not (tok.pos_ in {"ADJ", "NOUN", "PROPN"} or tok.text == "-" or tok.lower_ in lex().former_words):
            return False
    return False


def title_complement_start(doc: Doc, k: int) -> int | None:
    """Where the of/to/for complement ending at token k begins, when k ends "President of Gabon",
    "Co-founder of Acme", "Ambassador to France", "chairman of the water board": a title head with a
    short complement, so "the President of Ruritania, Tomas Vell" is a pre-posed title."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if doc[j].lower_ in {"of", "to", "for"}:
            head = doc[j - 1] if j > 0 else None
            return j if head is not None and (head.lower_ in lex().title_heads or head.lemma_.lower() in lex().title_heads) else None
        if not (doc[j].pos_ in {"PROPN", "DET", "NOUN", "ADJ"} or doc[j].tag_ == "POS" or doc[j].text[:1].isupper()
                or (doc[j].lower_ in {"and", "&"} and doc[j + 1].text[:1].isupper())):  # "Minister of Mines and Energy"
            return None
    return None


def further_complements_end(doc: Doc, end: int) -> int:
    """After a title's first complement ending before token `end`, further ones the title carries:
    "Secretary of State | for Trade", "Minister of State | at the Ministry of Foreign Affairs". Each is a
    preposition of `title_complement_preps.txt`, an optional "the" and capitalised words that open no
    given name; returns where the last one ends (`end` itself when there is none)."""
    while end + 1 < len(doc) and doc[end].lower_ in lex().title_complement_preps:
        k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        e = k
        while (e < len(doc) and (doc[e].text[:1].isupper() and doc[e].pos_ in {"PROPN", "NOUN", "ADJ"}
                                 and not is_first_name(doc[e].text) and doc[e].ent_type_ not in {"PERSON", "DATE", "TIME"}
                                 or e > k and doc[e].lower_ in {"of", "and", "the"} and e + 1 < len(doc)
                                 and doc[e + 1].text[:1].isupper() and not is_first_name(doc[e + 1].text))):
            e += 1
            if (lex().country_for(doc[e - 1].text) and e - 1 > k and e < len(doc) and doc[e].text[:1].isupper()
                    and doc[e].lower_ not in {"of", "and", "the"} and doc[e - 2].lower_ == "of"):
                break  # "Chairman of the Senate of the Republic of Uzbekistan | A B": the country closes the title
        while e > k and doc[e - 1].lower_ in {"of", "and", "the"}:
            e -= 1
        if e == k:
            break
        end = e
    return end


def _ends_definite_office(doc: Doc, k: int) -> bool:
    """Token k ends "the country's top diplomat", "the bank's chief executive", "the new defence
    minister": an office word heading a definite or possessive noun phrase."""
    if doc[k].lower_ not in lex().title_heads:
        return False
    for j in range(k - 1, max(-1, k - 6), -1):
        if doc[j].lower_ == "the" or doc[j].tag_ == "POS":
            return True
        if not (doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[j].text == "-"):
            return False
    return False


def _ends_counterpart_phrase(doc: Doc, k: int) -> bool:
    """Token k ends "his counterpart from Peru", "her Chilean counterpart", "his opposite number in Lima"."""
    for j in range(k, max(-1, k - 5), -1):
        if doc[j].lower_ in lex().counterpart_nouns or (doc[j].lower_ == "number" and j > 0 and doc[j - 1].lower_ == "opposite"):
            return j == k or (doc[j + 1].lower_ in {"from", "of", "in"} and all(t.text[:1].isupper() or t.lower_ == "the" for t in doc[j + 2:k + 1]))
    return False


def _title_words(doc: Doc, start: int) -> frozenset[str]:
    """Office words right before a name ("Prime Minister", "First Lady", "PM"), spelled out."""
    words: set[str] = set()
    j = start - 1
    while j >= 0 and start - j <= 4:
        low = doc[j].lower_
        if low in lex().title_expansions:
            words |= set(lex().title_expansions[low].lower().split())
        elif low in lex().title_heads or low in lex().title_modifiers or low in lex().gendered_titles:
            words.add(low)
        elif low not in lex().honorifics:
            break
        j -= 1
    heads = {w for w in words if w in lex().title_heads} | ({"lady"} & words if "first" in words else set())
    return frozenset(words - {"sir", "lord", "dame", "lady"} | heads if heads else set())


def _title_gender(doc: Doc, start: int) -> str | None:
    """The gender a title before a name tells: "Queen", "First Lady", "Sheikha"."""
    words = [doc[j].lower_ for j in range(max(0, start - 2), start)]
    for n in (2, 1):
        phrase = " ".join(words[-n:])
        if len(words) >= n and lex().gendered_titles.get(phrase):
            return lex().gendered_titles[phrase]
    return None


def _is_introduced_as_kin(doc: Doc, start: int, end: int) -> bool:
    """"his wife Maryam Sharif", "the president's daughter, Maryam Sharif", "Maryam Sharif, his daughter,"."""
    j = start - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].lower_ in lex().kinship_nouns:
        return True
    if end < len(doc) and doc[end].text == ",":
        for tok in doc[end + 1:min(end + 7, len(doc))]:
            if tok.is_punct and tok.tag_ != "POS":
                break
            if tok.lower_ in lex().kinship_nouns:
                return True
    return False


_ROMAN = re.compile(r"[IVX]+")  # regnal numbers: "Abdullah II"
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ash|at|az)-")


_GLUED_PARTICLE = re.compile(r"^(Da|De|Di|Do|Du|La|Le|Van|Von|Dos)(?=[A-Z][a-z])")


def names_an_ancestor(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """In a patronymic chain the tail after "bin"/"ibn"/"bint" names the father, not the bearer:
    "Faisal bin Khalid" inside "Turki bin Faisal bin Khalid" is Turki's father, another person."""
    n = len(short)
    return n >= 2 and len(full) > n and full[-n:] == short and full[-n - 1] in PATRONYMIC_PARTICLES


@lru_cache(maxsize=65536)
def _word_slug(text: str) -> str:
    """One word's slug without an Arabic article ("al-Burhan" -> "burhan"), cached: articles repeat words."""
    return _ARTICLE_PREFIX.sub("", slugify(text))


@lru_cache(maxsize=65536)
def _name_key(text: str) -> tuple[str, ...]:
    """Name words for matching forms of one name: "Abdel Fattah al-Burhan" and "Burhan" share "burhan";
    "DaSilva" is "da Silva"; a possessive ending is no part of the name."""
    words = []
    for w in re.sub(r"['\u2019]s$", "", text.strip()).split():
        words += _GLUED_PARTICLE.sub(r"\1 ", w).split()
    return tuple(_ARTICLE_PREFIX.sub("", slugify(w)) for w in words if slugify(w))


def _country_span_end(doc: Doc, i: int, longest: int = 7) -> int | None:
    """The end of a country named from token `i` over several words ("the United States", "the
    United Arab Emirates"), or None."""
    for n in range(longest, 1, -1):
        words = doc[i:i + n]
        if len(words) == n and all(t.text[:1].isupper() or t.lower_ in {"the", "of"} for t in words) \
                and words[-1].lower_ != "of" and lex().country_for(words.text):
            return i + n  # "the United States", "the Republic of Korea"
    return None


def _word_slugs(doc: Doc, heads: set[str]):
    """The slug of each token (as a lookup by position) and where each of `heads` occurs, read over spaCy's
    array of word ids so each distinct word is slugged once (a per-token pass costs a fifth of the
    people component)."""
    import numpy
    from spacy.attrs import ORTH

    orths = doc.to_array(ORTH)
    distinct, inverse = numpy.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    slugs = [_word_slug(strings[int(o)]) for o in distinct]
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


class PeopleIndex:
    """The people of one article and which tokens refer to whom."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self._by_token: dict[int, Mention] = {}
        self._slot_backed: set[tuple[str, ...]] = set()  # names a person's slot shows, whatever NER said
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
        covered = {i for s, e, _ in spans for i in range(s, e)}
        for extra in (self._names_after_titles(covered) + self._names_after_title_commas(covered)
                      + self._names_before_title_appositions(covered) + self._names_missed_by_ner(covered)
            + self._untagged_names_in_argument_slots(covered) + self._names_closing_organisations(covered)):
            spans.append(extra)
            covered.update(range(extra[0], extra[1]))
        for extra in self._names_listed_with_names(spans, covered):
            spans.append(extra)
            covered.update(range(extra[0], extra[1]))
        for extra in self._names_in_person_slots(spans, covered) + self._untagged_names_in_delegation_slots(covered):
            spans.append(extra)
            covered.update(range(extra[0], extra[1]))
        spans = self._mend_cut_names(spans)
        known = {_name_key(doc[s:e].text) for s, e, _ in spans}
        known |= {key[-1:] for key in known if len(key) > 1}  # surnames alone
        # the first word when it is no common given name: "Tedros" (Tedros Adhanom Ghebreyesus), "Wang" (Wang Yi)
        first_words = {doc[s].text: _name_key(doc[s:e].text) for s, e, _ in spans if e - s > 1}
        known |= {key[:1] for word, key in first_words.items() if len(key) > 2 or first_name_gender(word) is None}
        known |= {(word,) for key in known if len(key) > 2 for word in _middle_surnames(key)}  # "Ospina" of "Maria Ospina Restrepo"
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
                if hyphenated or all(_is_name_token(t) and t.pos_ == "PROPN" for t in window) \
                        or (n == 1 and _surname_read_as_word(window[0])):
                    if i + n < len(doc) and _is_name_token(doc[i + n]) and doc[i + n].pos_ == "PROPN":
                        continue  # part of a longer name we do not know ("Birk Street")
                    if window.text.lower() in lex().org_aliases or lex().country_for(window.text):
                        continue
                    spans.append((i, i + n, None))
                    covered.update(range(i, i + n))
        non_persons = self._non_person_strings() - self._slot_backed
        things = self._hyphenated_things()
        spans = [s for s in spans if _name_key(doc[s[0]:s[1]].text) not in non_persons
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
        pairs = {_name_key(doc[s:e].text)[:2] for s, e, _ in spans if e - s >= 2}
        out = []
        swallowed: set[int] = set()  # abbreviated given names taken into the name after them
        for start, end, gender in spans:
            if (start > 0 and doc[start].lower_ in PATRONYMIC_PARTICLES and start - 1 not in covered
                    and doc[start - 1].text[:1].isupper() and _is_name_token(doc[start - 1])
                    and doc[start - 1].lower_ not in lex().honorifics):
                start -= 1  # "Sultan | bin Hamad al-Marri": right before "bin" is a given name, even a title word
                covered.add(start)
            while (start > 1 and doc[start - 1].lower_ in PATRONYMIC_PARTICLES and start - 2 not in covered
                   and doc[start - 2].text[:1].isupper() and _is_name_token(doc[start - 2])
                   and doc[start - 2].lower_ not in lex().title_heads and doc[start - 2].lower_ not in lex().honorifics):
                start -= 2  # "Moza bint | Nasser", "Faisal bin | Farhan": the given name before "son/daughter of"
                covered.update({start, start + 1})
            if (start > 1 and doc[start - 1].lower_ in _LINKING_PARTICLES and not {start - 1, start - 2} & covered
                    and doc[start - 2].text[:1].isupper() and is_first_name(doc[start - 2].text)
                    and doc[start - 2].lower_ not in lex().title_heads and doc[start - 2].lower_ not in lex().honorifics):
                start -= 2  # "Ana do | Rosario Lopes": a given name left before a particle
                covered.update({start, start + 1})
            before = doc[start - 1] if start > 0 else None
            if before is not None and start - 1 not in covered and before.pos_ != "PROPN" \
                    and _function_word_as_given_name([before, doc[start]]) and not before.is_sent_start:
                start -= 1  # "by Per Holm": a given name tagged as a preposition, capitalised mid-sentence
                covered.add(start)
            elif (before is not None and start - 1 not in covered and before.pos_ == "PROPN" and before.text[:1].isupper()
                    and before.text.isalpha() and is_first_name(before.text) and before.lower_ not in lex().title_heads
                    and before.lower_ not in lex().title_modifiers and before.lower_ not in lex().honorifics
                    and not lex().country_for(before.text) and before.ent_type_ in {"", "PERSON"}
                    and (len(doc[start].text) <= 2 or doc[start].text.endswith(".") or _after_title_word(doc, start - 1)
                         or (is_first_name(doc[start].text) and end - start >= 2 and before.ent_type_ == ""))):
                start -= 1  # before an initial ("Antony J. Blinken"), after an office word ("the envoy Ana | Soto"),
                # or a first given name before a second ("Ana | Maria Salgado Ruiz")
                covered.add(start)
            elif before is not None and start - 1 not in covered and end - start >= 2 and _first_name_closing_entity(before):
                start -= 1  # "Controller of Budget Ana | Wairimu Kiprop": the given name closed the office NER read as a body
                covered.add(start)
            elif (before is not None and start - 1 not in covered and start > 1 and before.pos_ == "PROPN"
                    and before.is_title and before.is_alpha and doc[start - 2].text[:1].isupper()
                    and doc[start - 2].lower_ in lex().title_heads and _is_name_token(before)
                    and before.lower_ not in lex().title_heads and before.lower_ not in lex().title_modifiers
                    and before.lower_ not in lex().honorifics and not lex().country_for(before.text)):
                start -= 1  # "Labour TD Aoife | Brennan": the given name between an office word and the surname
                covered.add(start)
            while (end < len(doc) and end not in covered and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                   and _name_key(doc[end - 1:end + 1].text) in pairs and not lex().country_for(doc[end].text)):
                covered.add(end)
                end += 1
            if _abbreviated_given_name(doc, start - 2) and end - start >= 1 and start - 2 not in swallowed \
                    and not (start - 2 in covered and any(s < start - 2 < e for s, e, _ in spans)):
                start -= 2  # "Ma. | Teresa Santos": a given name written short, its stop read as a sentence's end
                covered.update({start, start + 1})
                swallowed.add(start)
            if end == start + 1 and _abbreviated_given_name(doc, start) and end + 1 < len(doc) and end + 1 not in covered:
                k = end + 1  # "Ma. | Teresa Villanueva", the rest of the name left untagged
                while k < len(doc) and k - end <= 4 and k not in covered and _continues_a_name(doc[k]):
                    k += 1
                if k - end >= 2:
                    covered.update(range(end, k))
                    end = k
            tail = _surnames_after(doc, end, covered)
            covered.update(range(end, tail))
            out.append((start, tail, gender))
        out = [(s, e, g) for s, e, g in out if not (s in swallowed and e == s + 1)]
        return _join_given_names_to_surnames(doc, out)

    def _non_person_strings(self) -> set[tuple[str, ...]]:
        """Name strings the article itself shows are no person (one sense per discourse): ones NER
        labels a place somewhere and never a person with a first name or title, and ones a classifier
        noun introduces ("the newspaper X", "the ship X", "the town of X")."""
        doc = self.doc
        ents = doc.ents  # built afresh on every access: read once
        labels: dict[tuple[str, ...], set[str]] = {}
        for ent in ents:
            labels.setdefault(_name_key(ent.text), set()).add(ent.label_)
        out = {key for key, found in labels.items() if found & {"GPE", "LOC", "FAC"}}
        for ent in ents:
            if ent.text.isupper() and ent.text.lower() in lex().transcript_roles:
                out.add(_name_key(ent.text))  # "QUESTION:", "HOST:": a transcript's role label
            before = doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and before.lower_ == "of" and ent.start > 1:
                before = doc[ent.start - 2]
            if before is not None and before.lower_ in lex().non_person_classifiers and before.pos_ == "NOUN":
                out.add(_name_key(ent.text))
            if _classified_after(doc, ent.end) or _alone_in_parentheses(doc, ent) or _modifies_plural_noun(doc, ent):
                out.add(_name_key(ent.text))
            if (before is not None and ent.start > 1 and doc[ent.start - 1].lower_ == "of"
                    and before.lemma_.lower() in lex().title_heads and len(ent) == 1):
                out.add(_name_key(ent.text))  # "the Mayor of Lyon": the place or body a title is of
            if ent.start > 1 and doc[ent.start - 1].lower_ == "for" and doc[ent.start - 2].lower_ in lex().constituency_titles:
                out.add(_name_key(ent.text))  # "the MP for Marstonbury": the seat a member was elected for
        places = self._only_where_places_go() | self._places_attacked()
        out |= places
        # a name that also occurs with a person cue (a title, an honorific, a fuller name) stays a person
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            key = _name_key(ent.text)
            before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if before in lex().title_heads or before in lex().honorifics or before in lex().title_expansions:
                out.discard(key)
            if len(key) > 1 and key not in out:  # "Ingrid Betancourt" vouches for "Betancourt"
                out.discard(key[-1:])
        if places & out:  # the place rules downstream read entity labels: call these places what they are
            doc.ents = [Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and _name_key(e.text) in places & out
                        else e for e in ents]
        return out

    def _hyphenated_things(self) -> set[str]:
        """Hyphenated compounds the article shows name a law, pact or thing ("the Sykes-Picot
        agreement", "the Glass-Steagall Act"): no name holding them is a person anywhere in the
        article ("reinstating Super Glass-Steagall")."""
        doc = self.doc
        out = set()
        for tok in tokens_with(doc, {"-"}):
            k = tok.i
            if 0 < k < len(doc) - 2 and _is_inner_hyphen(tok) and doc[k - 1].text[:1].isupper() \
                    and doc[k + 1].text[:1].isupper() and _names_a_thing(doc, k + 2) and doc[k + 2].text[:1].isupper():
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
            place_slot = (before is not None and before.lower_ in _LOCATIVE_PREPS and (before.dep_ == "prep" or before.pos_ == "ADP")
                          and (after is None or after.tag_ != "POS")
                          and before.head.lemma_.lower() not in _PERSON_TAKING_HEADS)
            place_slot = place_slot or (len(ent) == 1 and _route_end(doc, ent.start)) or _with_the(doc, ent) \
                or _opens_a_dateline(doc, ent) \
                or (before is not None and _journey_end(before) and (after is None or after.tag_ != "POS"))
            slots.setdefault(_name_key(ent.text), []).append(place_slot)
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
                    out.add(_name_key(ent.text))
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
                    or not (tok.text[:1].isupper() or _opens_a_given_name(doc, tok.i + 1)):
                continue
            if (tok.ent_iob_ == "B" and tok.ent_type_ != "PERSON" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
                    and not (is_first_name(doc[tok.i + 1].text) and tok.i + 2 < len(doc) and doc[tok.i + 2].ent_iob_ == "I")):
                continue  # the title word begins an organisation's name: "General Motors", "General Electric"
                # (but "Sultan Haitham Tariq" tagged ORG is a title and a full name)
            j = tok.i + 1
            while j + 1 < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_ in lex().title_modifiers and (
                    doc[j + 1].lower_ in {"and", "of", "to", "for"} or doc[j + 1].lower_ in lex().title_modifiers):
                j += 2 if doc[j + 1].lower_ == "and" else 1  # "Ambassador Extraordinary and Plenipotentiary of Russia"
            if j + 1 < len(doc) and doc[j].lower_ in {"to", "for"} and _country_span_end(doc, j + 1):
                j = _country_span_end(doc, j + 1)  # "Ambassador to the United States Greta Lind", "to Saudi Arabia"
            elif j + 1 < len(doc) and doc[j].lower_ in {"to", "for"} and lex().country_for(doc[j + 1].text):
                j += 2  # "Ambassador to Peru Ines Carrow"
            elif j + 1 < len(doc) and doc[j].lower_ in {"of", "for"}:
                k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
                country_end = _country_span_end(doc, j + 1)  # "President of the Republic of Tajikistan A B"
                end = country_end or k + 1
                while end < len(doc):  # "Minister of Trade and Industry Ana Ruiz": a coordinated complement
                    if complement_word(doc[end]) and not is_first_name(doc[end].text):
                        end += 1
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
                                                 or _untagged_name_pair(doc, name_at) or _closing_single_name(doc, name_at)
                                                 or _name_run_into_a_body(doc, name_at))
                by_country = (end - 1 > k and doc[end - 2].lower_ == "of"  # "... of the Republic of X", not "of the Egyptian"
                              and lex().country_for(doc[end - 1].text) == doc[end - 1].text)
                if named and (complement_word(doc[k]) or country_end is not None or by_country):
                    j = end  # "Secretary of State Ana Ruiz", "Minister of Finance Ole Dahl", "Secretary of the Treasury Ana Ruiz"
            start = j
            # a place NER ran on into the name ("for Northern Ireland Hilary Benn" as one GPE)
            ran_in = start < len(doc) and doc[start].ent_iob_ == "I" and is_first_name(doc[start].text)
            while (j < len(doc) and j not in covered
                   and (_is_name_token(doc[j]) and (doc[j].pos_ == "PROPN" or doc[j].lower_ in NAME_PARTICLES
                                                    or _capitalised_word_inside_name(doc, j, start))
                        or _is_inner_hyphen(doc[j]) or _is_hyphen_tail(doc[j]))
                   and doc[j].lower_ not in lex().title_heads and doc[j].lower_ not in lex().title_modifiers
                   and (doc[j].ent_type_ not in {"DATE", "TIME", "GPE", "NORP", "CARDINAL"} or doc[j - 1].lower_ in NAME_PARTICLES
                        or (doc[j].ent_type_ == "NORP" and j == start and is_first_name(doc[j].text))  # "Chancellor Olaf X"
                        or (doc[j].ent_type_ == "GPE" and j == start + 1 and is_first_name(doc[start].text)
                            and doc[j].text not in lex().city_forms)  # "MLA Trevor Klassen", the surname read as a place
                        or (ran_in and doc[j].ent_iob_ == "I"))
                   and not lex().country_for(doc[j].text)
                   and doc[j].lower_ not in ORG_WORDS):
                j += 1
            if j > start and (j >= len(doc) or not (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())):
                cleaned = clean_name_span(doc[start:j])
                if cleaned:
                    out.append(cleaned)
                    covered.update(range(cleaned[0], cleaned[1]))
        return out

    def _names_after_styles(self) -> list[tuple[int, int, str | None]]:
        """ "Dato' Seri Mohd Azlan Abdul Karim", "His Excellency Tomas Vell": the capitalised words after a
        style of address (`styles_of_address.txt`) are one person's name, however NER cut them up."""
        doc = self.doc
        out: list[tuple[int, int, str | None]] = []
        end = 0
        for tok in tokens_with(doc, lex().styles_of_address):
            if tok.i < end or not tok.text[:1].isupper():
                continue
            k = tok.i + 1
            while k < len(doc) and (doc[k].lower_ in lex().styles_of_address or doc[k].lower_ in lex().honorifics
                                    or doc[k].lower_ in lex().gendered_titles or doc[k].text in {"'", "\u2019"}):
                k += 1
            j = k
            while j < len(doc) and j - k < 6 and _continues_a_name(doc[j]) and doc[j].ent_type_ not in {"GPE", "DATE"} \
                    or (j > k and j + 1 < len(doc) and doc[j].lower_ in NAME_PARTICLES and doc[j + 1].text[:1].isupper()):
                j += 1
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
            if k < 2 or (title_complement_start(doc, k - 1) is None and not _ends_counterpart_phrase(doc, k - 1)
                         and not _ends_definite_office(doc, k - 1)):
                continue
            j = k + 1
            while (j < len(doc) and j not in covered and j - k <= 4 and doc[j].pos_ == "PROPN"
                   and (_is_name_token(doc[j]) or _is_inner_hyphen(doc[j]) or _is_hyphen_tail(doc[j]))
                   and doc[j].lower_ not in lex().title_heads and not lex().country_for(doc[j].text)):
                j += 1
            ends = j >= len(doc) or doc[j].is_punct or doc[j].lower_ == "and"
            untagged = all(t.ent_type_ in {"", "PERSON", "ORG"} and t.is_title and t.is_alpha and t.lower_ not in ORG_WORDS
                           for t in doc[k + 1:j])  # a name NER missed or took for an organisation
            building = doc[j - 1].text in lex().building_heads  # "Office of the President, Jubilee House, Accra"
            if 2 <= j - k - 1 <= 4 and ends and (is_first_name(doc[k + 1].text) or untagged) and not building:
                cleaned = clean_name_span(doc[k + 1:j])
                if cleaned:
                    out.append(cleaned)
                    covered.update(range(cleaned[0], cleaned[1]))
                    self._slot_backed.add(_name_key(doc[cleaned[0]:cleaned[1]].text))  # over NER's place label
        return out

    def _names_before_title_appositions(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "Per Lindqvist, the Swedish foreign minister, said ...", "Jean-Claude Vos, then president of
        the bank,": capitalised words opened by a known given name, set off by a comma before an
        apposition whose head is an office word, are a person, whatever NER said."""
        doc = self.doc
        out = []
        for comma in tokens_with(doc, {","}):
            k = comma.i
            if not _office_apposition_after(doc, k):
                continue
            j = k
            while j > 0 and k - j < 5 and (j - 1) not in covered and (
                    _is_name_token(doc[j - 1]) or _is_inner_hyphen(doc[j - 1]) or _is_hyphen_tail(doc[j - 1])):
                j -= 1
            if k - j < 2 or not doc[j].text[:1].isupper() or not is_first_name(doc[j].text) \
                    or (j > 0 and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start):
                continue
            if any(t.lower_ in lex().title_heads or t.lower_ in ORG_WORDS or lex().country_for(t.text)
                   or t.ent_type_ in {"DATE", "TIME"} for t in doc[j:k]):
                continue  # (not "On Monday, Chad's foreign minister ...")
            cleaned = clean_name_span(doc[j:k])
            if cleaned:
                out.append(cleaned)
                covered.update(range(cleaned[0], cleaned[1]))
        return out

    def _names_listed_with_names(self, spans: list[tuple[int, int, str | None]],
                                 covered: set[int]) -> list[tuple[int, int, str | None]]:
        """"Tomas Vell and Ana Ruiz": a given name and a capitalised word coordinated with a person's
        name are a person too, whatever NER said."""
        doc = self.doc
        out = []
        for _, end, _ in sorted(spans):
            if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ == "GPE":
                end += 2  # "A of Hawaii, B of Georgia": the place a listed member is from
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            k = end + 1 if end < len(doc) and doc[end].lower_ in {"and", ","} else None
            if k is not None and k < len(doc) and doc[k].lower_ == "and" and doc[end].text == ",":
                k += 1
            if k is None or k in covered or not _opens_a_given_name(doc, k):
                continue
            j = k
            while j < len(doc) and j not in covered and doc[j].pos_ == "PROPN" and _is_name_token(doc[j]) and j - k < 4:
                j += 1
            cleaned = clean_name_span(doc[k:j])
            if cleaned:
                out.append(cleaned)
                covered.update(range(cleaned[0], cleaned[1]))
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
            if ent.label_ not in {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"} \
                    or any(i in covered for i in range(ent.start, ent.end)) or not _name_shaped(ent) \
                    or (ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and doc[ent.end].is_lower):
                continue  # "Goldman Sachs analysts": a name modifying a noun is no person
            kin = (_is_introduced_as_kin(doc, ent.start, ent.end) and not _is_introduced_as_kin(doc, ent.end, ent.end)) \
                or _leads_a_delegation(doc, ent.start)
            country_at = country_before_possessive(doc, ent.start)
            if not (kin or (country_at is not None and self._backed_as_person(ent, country_at, starts, ends))):
                continue
            cleaned = clean_name_span(ent)
            if cleaned and cleaned[0] == ent.start:
                out.append(cleaned)
                covered.update(range(cleaned[0], cleaned[1]))
                self._slot_backed.add(_name_key(doc[cleaned[0]:cleaned[1]].text))  # NER's place label is overruled
                starts.add(cleaned[0])
                ends.add(cleaned[1])
        return out

    def _untagged_names_in_delegation_slots(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "The mission, headed by A B, included C D": capitalised words NER left untagged right after a
        delegation's "led by" or "included" are a person's name."""
        doc = self.doc
        out = []
        slot_words = tokens_with(doc, {"by"}) + tokens_with(doc, {"include", "comprise", "INCLUDE", "COMPRISE"}, lemma=True)
        for tok in sorted(slot_words, key=lambda t: t.i):  # the words before such a slot: "led by", "included"
            k = tok.i + 1
            if k >= len(doc) or k in covered or doc[k].ent_type_ or not _leads_a_delegation(doc, k):
                continue
            end = k
            while end < len(doc) and end - k < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and doc[end].is_alpha and not doc[end].ent_type_:
                end += 1
            if end - k >= 2 and _name_shaped(doc[k:end]):
                cleaned = clean_name_span(doc[k:end])
                if cleaned:
                    out.append(cleaned)
                    covered.update(range(cleaned[0], cleaned[1]))
        return out

    def _backed_as_person(self, ent: Span, before: int, starts: set[int], ends: set[int]) -> bool:
        """The article backs a name after a country's possessive as a person's: a person's name is
        coordinated with it ("Fiji's A and Tonga's B"), an office apposition follows (", the prime
        minister"), or its last word alone is NER's person, follows a form of address or an office word,
        or is followed by a verb of saying elsewhere."""
        doc = self.doc
        k = ent.end
        if k < len(doc) and doc[k].text == "," and _office_apposition_after(doc, k):
            return True
        if k + 1 < len(doc) and doc[k].lower_ == "and":
            nxt = k + 1 + (2 if k + 3 < len(doc) and doc[k + 2].tag_ == "POS" else 0)
            if nxt in starts:
                return True  # "Samoa's A and Tonga's Bo Lee"
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
            if any(i in covered for i in range(ent.start, ent.end)) or not 2 <= len(ent) <= (5 if _hyphenated_given_name(ent) else 4):
                continue
            tokens = list(ent)
            honorific = 0
            while honorific < len(tokens) - 2 and tokens[honorific].lower_ in lex().honorifics:
                honorific += 1  # "Cde Tendai Moyo", "Smt Lata Iyer": a form of address opens a person's name
            tokens = tokens[honorific:]
            if tokens[0].lower_ in {"the"} | NAME_PARTICLES or any(t.lower_ in ORG_WORDS for t in tokens):
                continue
            if not all(_is_name_token(t) and t.pos_ == "PROPN" or _is_inner_hyphen(t) for t in tokens) \
                    or tokens[-1].text == "-" or (tokens[1].text == "-" and not _hyphenated_given_name(tokens)) \
                    or not (honorific or is_first_name(tokens[0].text) or _after_a_countrys_possessive(ent)):
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
                      and not is_first_name(ent[k - 1].text) and ent[k - 1].is_title and not _office_word(ent[k])
                      and ent[k].lower_ not in NAME_PARTICLES | PATRONYMIC_PARTICLES
                      and ent[k - 1].lower_ not in lex().title_heads and ent[k - 1].lower_ not in lex().honorifics
                      and ent[k - 1].lower_ not in lex().styles_of_address
                      and all((_is_name_token(t) and t.tag_ != "NNPS" and t.lower_ not in ORG_WORDS
                               and t.lower_ not in lex().non_person_heads) or _is_inner_hyphen(t) or _is_hyphen_tail(t)
                              for t in ent[k:])), None)
            if j is None or not 2 <= len(ent) - j <= 4 or lex().country_for(ent[j].text):
                continue
            before = doc[max(ent.sent.start, ent.start - 6):ent.start]
            if not any(t.lower_ in lex().title_heads for t in list(before) + list(ent[:j])):
                continue
            cleaned = clean_name_span(ent[j:])
            if cleaned:
                out.append(cleaned)
                covered.update(range(cleaned[0], cleaned[1]))
        return out

    def _untagged_names_in_argument_slots(self, covered: set[int]) -> list[tuple[int, int, str | None]]:
        """ "Ana Lopes met Tomas Ruiz on Monday": two or three capitalised words NER left untagged,
        opening with a known given name, as the subject or object of a verb or the object of
        "with"/"by" (the slots people fill), are a person's name. Place and organisation words at
        the end ("Victoria Street", "Jordan Valley") keep them out."""
        doc = self.doc
        out = []
        for head in _untagged_proper_nouns(doc):
            if head.i in covered or not _argument_slot(head):
                continue
            start = head.i
            while start > 0 and head.i - start < 3 and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == head.i and doc[start - 1].pos_ == "PROPN":
                start -= 1
            tokens = doc[start:head.i + 1]
            if len(tokens) < 2 or any(t.ent_type_ or t.i in covered for t in tokens) \
                    or not all(_is_name_token(t) and t.is_title for t in tokens) \
                    or any(t.lower_ in ORG_WORDS or t.text in lex().building_heads or t.lower_ in lex().place_generic_heads
                           or t.lower_ in lex().non_person_heads or t.lower_ in lex().title_heads for t in tokens) \
                    or not is_first_name(tokens[0].text) or lex().country_for(tokens[0].text):
                continue  # "Lao Ambassador", "Victoria Street": a title or a country's word, a place
            out.append((start, head.i + 1, None))
            covered.update(range(start, head.i + 1))
        return out

    def _cluster(self, spans: list[tuple[int, int, str | None]]) -> None:
        doc = self.doc
        full_names: dict[tuple[str, ...], str] = {}  # name key -> person key
        self._titles: dict[str, set[str]] = {}  # person key -> title words given with the full name
        self._kin: set[str] = set()  # people introduced as someone's relative ("his wife X")
        # longest names first so that short forms find the entity they belong to
        for start, end, gender in sorted(spans, key=lambda s: -(s[1] - s[0])):
            key = _name_key(doc[start:end].text)
            if len(key) < 2 or key in full_names:
                continue
            # a shorter form of a longer name: same surname ("Lula da Silva"), or the longer name's
            # beginning, which NER cut off ("Bilawal Bhutto" of "Bilawal Bhutto Zardari")
            owner = next((pk for fk, pk in full_names.items() if set(key) < set(fk)
                          and (key[-1] == fk[-1] or fk[:len(key)] == key) and not names_an_ancestor(key, fk)), None)
            if owner is None:
                owner = slugify(doc[start:end].text)
                self.persons[owner] = Person(key=owner, name=doc[start:end].text)
            full_names[key] = owner
            person = self.persons[owner]
            person.gender = person.gender or gender or _title_gender(doc, start) or self._first_name_gender(start, end, person)
            self._titles.setdefault(owner, set()).update(_title_words(doc, start))
            if _is_introduced_as_kin(doc, start, end):
                self._kin.add(owner)
        last_seen: dict[str, int] = {}
        for start, end, gender in spans:
            text = doc[start:end].text
            key = _name_key(text)
            cue = gender or _title_gender(doc, start)
            if len(key) > 1 and key in full_names:
                owner = full_names[key]
            else:
                owner = self._owner_of_short_form(key, full_names, last_seen, start, cue, _title_words(doc, start))
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
            if cue and not person.gender:
                person.gender = cue
            if not person.gender and len(key) > 1:
                person.gender = self._first_name_gender(start, end, person)
            sent = doc[start].sent
            person.mentions.append(Evidence.of(sent))
            self.add_mention(Mention(start, end, owner, "name"))
            last_seen[owner] = start

    def _first_name_gender(self, start: int, end: int, person: Person) -> str | None:
        """The gender the first name tells, when the span starts with the person's first name
        ("Lula" in "Lula da Silva" is not the first name of "Luiz Inacio Lula da Silva")."""
        doc = self.doc
        if is_surname_first(doc[start:end]) or doc[start].text != person.name.split()[0]:
            return None
        return first_name_gender(doc[start].text)

    def _merge_aliases(self) -> None:
        """"Rafael Ordaz, also known as El Profe", "X, better known as Y", "X (nicknamed Y)": Y is X."""
        doc = self.doc
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
        if not candidates and len(key) == 1:  # surname-first names: "Park" for "Park Geun Hye"
            candidates = {pk for fk, pk in full_names.items() if len(fk) > 1 and fk[0] == key[0]}
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
        before = [(last_seen[c], c) for c in candidates if c in last_seen and last_seen[c] < position]
        if before:
            return max(before)[1]
        return sorted(candidates)[0]

    def _compatible(self, owner: str, gender: str | None, titles: frozenset[str]) -> bool:
        person = self.persons[owner]
        if gender and person.gender and gender != person.gender:
            return False
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

    def person_of(self, token: Token) -> str | None:
        """The person a token refers to: the token itself, or the name it heads ("Putin" in "President Putin")."""
        mention = self._by_token.get(token.i)
        if mention:
            return mention.person
        for child in token.children:
            if child.dep_ in {"compound", "flat", "appos"} and child.i in self._by_token:
                return self._by_token[child.i].person
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
