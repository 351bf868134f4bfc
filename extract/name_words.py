"""What a person's name is made of, word by word: particles, given names (gender-guesser's table),
hyphenated and family-name-first names, and how a span NER found is trimmed or extended to the name itself.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.syntax import doc_text, entity_of
from newsgraph.extract.text import without_accents


PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "binti"})  # "son/daughter of" inside a name (Malay "binti")


NAME_PARTICLES = {"bin", "al", "el", "de", "da", "do", "van", "von", "der", "den", "ten", "ter", "la", "le", "los", "las", "del", "della",
                  "du", "ibn", "di", "dos", "das", "ul", "bint", "binti"}


LINKING_PARTICLES = frozenset({"do", "dos", "da", "das", "de", "del", "van", "von"})  # "Ana do Rosario Lopes"


_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|de|di|da|van|von|le|la|du|mc|o)[-\u2019'][A-Z]\w+")


def is_name_token(tok: Token) -> bool:
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
             "federation", "confederation", "secretariat", "directorate", "embassy", "consulate", "government"}


@lru_cache(maxsize=1)
def _first_names():
    """gender-guesser's table of first names (about 40,000, from many countries)."""
    import gender_guesser.detector as detector
    return detector.Detector(case_sensitive=False)


def first_name_gender(word: str) -> str | None:
    """"male", "female", or None when the word is not a known first name or is used by both."""
    guess = _first_names().get_gender(_plain(word))
    if guess == "male":  # "mostly_male" names (Morgan, Robin, Lee) are too often a woman's to rule her out
        return "male"
    if guess == "female":
        return "female"
    return None


def given_to_either_gender(word: str) -> bool:
    """A first name the table gives one gender overall but lists for the other in some country ("Dian",
    "Andrea", "Nicola": women's names in most countries, men's in others): its guess may not rule out the
    text's own "Mr" or "Ms"."""
    entries = _first_names().names.get(_plain(word).lower()) or _first_names().names.get(_plain(word)) or {}
    kinds = {("male" if "male" in k and "female" not in k else "female" if "female" in k else "") for k in entries}
    return {"male", "female"} <= kinds


def name_part_gender(name: str) -> str | None:
    """The gender a part of a name tells whatever the first name ("bint", Vietnamese "Văn"/"Thị", a
    patronymic "-ovna", a feminine surname "-ová"; `gendered_name_parts.txt`), or None."""
    words = name.split()
    if len(words) < 2:
        return None
    parts = lex().gendered_name_parts
    for word in words[1:]:
        gender = parts.get(word.lower())
        if gender:
            return gender
    return next((gender for word in words[1:] for key, gender in parts.items()
                 if key.startswith("-") and word.lower().endswith(key[1:]) and len(word) > len(key) + 1), None)


def is_first_name(word: str) -> bool:
    return _first_names().get_gender(_plain(word)) != "unknown"


def _plain(word: str) -> str:
    """The word without accents: the first-name table spells "Ingrid", texts "Íngrid"."""
    return without_accents(word)


def hyphenated_given_name(tokens) -> bool:
    """ "Marc-Antoine Leblanc", "Anne-Marie Dubois": two first names joined by a hyphen, then a surname
    (not "Asia-Pacific Affairs": "Pacific" is no first name)."""
    tokens = list(tokens)
    return (len(tokens) >= 4 and tokens[1].text == "-" and not tokens[0].whitespace_ and not tokens[1].whitespace_
            and is_first_name(tokens[0].text) and is_first_name(tokens[2].text))


def is_inner_hyphen(tok: Token) -> bool:
    """The hyphen of "al-Burhan" or "Al-Sisi", which the tokenizer splits off."""
    doc = tok.doc
    return (tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
            and tok.i + 1 < len(doc))


def is_hyphen_tail(tok: Token) -> bool:
    """The syllable after the hyphen of a hyphenated given name ("Jong-un", "Myung-bak", "Jae-in"),
    which the tokenizer splits off and which is often lower case."""
    doc = tok.doc
    return (tok.i > 1 and tok.is_alpha and doc[tok.i - 1].text == "-" and is_inner_hyphen(doc[tok.i - 1])
            and (doc[tok.i - 2].text[:1].isupper() or is_hyphen_tail(doc[tok.i - 2])))  # also "Chan-o-|wat"


def is_surname_first(span: Span) -> bool:
    """East Asian order, family name first: "Kim Jong-un", "Lee Myung-bak" (a hyphenated given name
    with a lower-case second syllable). Its first word says nothing about gender."""
    return any(is_hyphen_tail(t) and t.is_lower for t in span)


def surname_read_as_word(tok: Token) -> bool:
    """A known surname that is also a common word ("Little added", "Strong, who spoke later, said",
    "'...,' Long said"): the tagger reads it as an adjective or adverb, but it is the subject of a
    verb (or stands right before a reporting verb), so it is the person (the caller checks the word is
    the surname of someone the article names in full)."""
    if not tok.text.istitle() or not is_name_token(tok) or tok.pos_ not in {"ADJ", "ADV", "NOUN", "VERB", "PROPN"}:
        return False
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.i == tok.head.i and nxt.lemma_.lower() in lex().reporting_verbs


def _is_demonym(tok: Token) -> bool:
    """"Jordanian King Abdullah II": a nationality word before a name is not part of it (but the
    country's own name can be a first name: "Jordan", and so can a capital that stands for its country:
    "Santiago" before a surname is a given name, before an office word the city)."""
    country = lex().country_for(tok.text)
    if country is None or country == tok.text or tok.i + 1 >= len(tok.doc) or not tok.doc[tok.i + 1].text[:1].isupper():
        return False
    doc, nxt = tok.doc, tok.doc[tok.i + 1]
    whole_name_after = (is_first_name(nxt.text) and tok.i + 2 < len(doc) and doc[tok.i + 2].text[:1].isupper()
                        and is_name_token(doc[tok.i + 2]))  # ("in Lima Ana Ruiz": the city, then a whole name)
    return not (tok.text in lex().city_forms and is_first_name(tok.text) and is_name_token(nxt) and not whole_name_after
                and not office_word(nxt) and nxt.lower_ not in ORG_WORDS and not lex().country_for(nxt.text))


def _is_interview_label(tok: Token) -> bool:
    """ "Q. Will you resign?": an interview's question label at the start of a line (or its answer
    label, in a text that has questions so set), which the tagger may run into the next capitalised
    word as a name; it is no initial ("A. Rahman Yusuf" elsewhere keeps his)."""
    doc = tok.doc
    if tok.text not in {"Q.", "A."} or not (tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws):
        return False
    return tok.text == "Q." or "\nQ. " in doc_text(doc)


def _is_destination(tok: Token, length: int) -> bool:
    """"Ambassador to Chile Ola Berg", "Mission Chief for Sri Lanka Ola Berg": NER runs the country a
    post is for into the name, or the last word of a country of two words. Before a name of one word
    ("Ambassador to Malaysia Hermono", "Ambassador of Chile to Peru Araya") only right after an office word
    and its complement: "spoke to Jordan Berg" keeps the given name."""
    doc = tok.doc
    country_start = tok.i
    if tok.i > 0 and lex().two_word_country(doc[tok.i - 1].text, tok.text):
        country_start = tok.i - 1  # "Sri" + "Lanka", "South" + "Sudan"
    elif lex().country_for(tok.text) != tok.text:
        return False
    if country_start == 0 or doc[country_start - 1].lower_ not in {"to", "for", "of"}:
        return False
    if length > 2 or country_start < tok.i:
        return True
    return length == 2 and _title_before(doc, country_start - 1)


def _title_before(doc, prep: int, longest: int = 6) -> bool:
    """An office word right before the preposition at `prep`, perhaps with a complement of capitalised words
    between them ("Ambassador | to", "Ambassador of Chile | to"): the post whose place follows."""
    for k in range(prep - 1, max(-1, prep - 1 - longest), -1):
        word = doc[k]
        if word.lower_ in lex().title_heads:
            return True
        if not (word.text[:1].isupper() or word.lower_ in {"of", "the", "and"}):
            return False
    return False


def _is_sentence_initial_verb(tok: Token, length: int) -> bool:
    """"Joining Medinsky ...": a participle opening the sentence is not a first name, but "Ahmed" and
    "Mohammed", which end the same way, are."""
    return (length > 1 and tok.i == tok.sent.start and len(tok) > 4 and tok.lower_.endswith(("ing", "ed"))
            and not is_first_name(tok.text))


def _word_count(span: Span) -> int:
    """The words of a span, its glued hyphens not counted ("Khalid al-Mansouri" is two words)."""
    return sum(1 for t in span if t.text != "-")


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
            if ent is not None and ent.start == j and ent.label_ in {"PERSON", "ORG"} and _word_count(ent) <= 3:
                end = ent.end  # "Maria do" + "Carmo Silva", "Bendito" + "dos" + "Santos Freitas" (as ORG),
                # "Aisha bint" + "Khalid al-Mansouri" (the hyphen of a prefixed surname is no word)
            span = doc[span.start:end]
            continue
        break
    return span


def _extend_over_hyphenated(span: Span) -> Span:
    """"Kim" + "Do-yoon": NER often stops before a hyphenated given name, or inside it ("Baek Min" +
    "-ho", when the tail is lower case, "Chan" + "-o-wat" over several parts); take it in."""
    doc, end = span.doc, span.end
    if (end + 2 < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end + 1].text == "-"
            and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha
            and span[-1].text[:1].isupper()):
        return doc[span.start:end + 3]
    while len(span) >= 2 and end + 1 < len(doc) and is_inner_hyphen(doc[end]) and is_hyphen_tail(doc[end + 1]) \
            and doc[end + 1].is_lower:
        end += 2  # "Chan-o-wat": every glued part of the surname
    return doc[span.start:end]


def opens_a_given_name(doc: Doc, k: int) -> bool:
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


def names_a_thing(doc: Doc, k: int) -> bool:
    """The word after a hyphenated compound shows it names a law, pact or thing, not a person:
    "the Glass-Steagall Act", "the Sykes-Picot agreement"."""
    if k >= len(doc):
        return False
    nxt = doc[k]
    return nxt.lower_ in lex().non_person_heads or (nxt.is_lower and nxt.pos_ == "NOUN" and nxt.tag_ != "NNS"
                                                    and nxt.lower_ not in lex().title_heads)


def after_title_word(doc: Doc, k: int) -> bool:
    """Token k follows an office word or honorific ("envoy Ana", "Minister Ana")."""
    if k < 1:
        return False
    low = doc[k - 1].lower_
    return low in lex().title_heads or low in lex().title_expansions or low in lex().honorifics \
        or _plural_title(doc[k - 1])  # "Defence Ministers Jan | Kowalczyk and ..."


def posted_in_a_place(prep: Token) -> int | None:
    """ "in" right after a capitalised posted office (`posted_titles.txt`: "Ambassador", "High Commissioner",
    "Consul General") and before a capitalised place: the city or country the post is in, which belongs to
    the office before the name ("Kenyan High Commissioner in Pretoria X"). Where the place ends, or None."""
    doc = prep.doc
    k = prep.i
    if prep.lower_ != "in" or not 0 < k < len(doc) - 2 or not doc[k - 1].text[:1].isupper() \
            or not doc[k + 1].text[:1].isupper():
        return None
    office = {doc[k - 1].lower_, doc[max(0, k - 2):k].text.lower()}
    if not office & lex().posted_titles:
        return None
    place = entity_of(doc[k + 1])
    if place is not None and place.label_ in {"GPE", "LOC"} and place.start == k + 1:
        end = place.end
        while end - 1 > k + 1 and is_first_name(doc[end - 1].text) and doc[end - 1].ent_type_ == "PERSON":
            end -= 1
        return end
    if place is not None and place.start == k + 1 and is_first_name(doc[k + 2].text) and doc[k + 1].text in lex().city_forms:
        return k + 2  # "in Lyon Jorge Salas" tagged as one body: the city, then the name
    if lex().country_for(doc[k + 1].text) is not None:
        return k + 2
    return None


def abbreviated_rank(tok: Token) -> bool:
    """A military rank written short with its full stop ("Lieut.", "Cdr.", `military_ranks.txt`): how the
    name after it is addressed, never a name of its own, even where the tagger takes it for one."""
    return tok.text.endswith(".") and len(tok.text) > 2 and tok.text[:1].isupper() and tok.lower_ in lex().military_ranks


def _plural_title(tok: Token) -> bool:
    """"Ministers", "Generals", "Senators": an office word in the plural, before a list of names."""
    low = tok.lower_
    return tok.text[:1].isupper() and low.endswith("s") and low[:-1] in lex().title_heads


def complement_word(tok: Token) -> bool:
    """A capitalised word that can fill an office's of-complement ("Finance", "State", "Poland")."""
    return tok.text[:1].isupper() and (tok.lower_ in lex().title_modifiers or lex().country_for(tok.text) is not None
                                       or region_word(tok))  # "Envoy for Central Asia"


def region_word(tok: Token) -> bool:
    """A world region's name (`world_regions.txt`: "for Central Asia, A", "for Asia B C"), unless it is spelt
    like a given name and a surname follows ("Minister for Culture Asia Kowalczyk")."""
    if tok.text not in lex().world_regions:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    surname_after = nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not is_first_name(nxt.text)
    return not (is_first_name(tok.text) and surname_after)


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


def _ends_portfolio_complement(tokens: list[Token]) -> bool:
    """ "Minister for Energy, Mining and Public Works | Tomas Berg": a capitalised word that is no given
    name, before one, closing a comma list of portfolios ("of"/"for" after a capitalised office word, then
    capitalised words, commas and one "and" right up to it): the title's last portfolio, not the name's
    first word. (A surname-first name after a plain complement stays whole: "Minister of Finance Nguyen
    Van An".)"""
    first = tokens[0]
    if len(tokens) < 3 or is_first_name(first.text) or not is_first_name(tokens[1].text) \
            or any(is_hyphen_tail(t) and t.is_lower for t in tokens):
        return False  # (not "Tourism | Park Min-ho": a family name first)
    doc = first.doc
    seen = set()
    for j in range(first.i - 1, max(0, first.i - 12), -1):
        low = doc[j].lower_
        if low in {"of", "for"}:
            return {",", "and"} <= seen and doc[j - 1].lower_ in lex().title_heads and doc[j - 1].text[:1].isupper()
        if low in {"and", "&", ","}:
            seen.add("and" if low == "&" else low)
        elif not (doc[j].text[:1].isupper() and doc[j].is_alpha and low not in lex().honorifics
                  and low not in lex().styles_of_address) and low != "the":
            return False
    return False


def _country_possessive_after_name(tok: Token) -> bool:
    """A country's possessive NER ran into the name before it ("to Kerry Japan's support"); not a surname that is
    also a country and a given name ("Michael Jordan's")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (nxt is not None and nxt.lower_ in {"'s", "\u2019s"} and lex().country_for(tok.text) == tok.text
            and not is_first_name(tok.text))


def postnominal_letters(tok: Token) -> bool:
    """Letters after a name for a seat, an honour or a degree ("MP", "TD", "OBE", "QC"): no part of the name."""
    return tok.text in lex().parliament_letters or tok.text in lex().honour_letters


def headline_verb(tok: Token) -> bool:
    """A title-case headline's verb: "Meets", "Holds", or the plural subject's "Meet", "Discuss"."""
    low, verbs = tok.lower_, lex().headline_verbs
    return tok.text[:1].isupper() and (low in verbs or low + "s" in verbs or low + "es" in verbs)


def monarch_word_as_given_name(tokens: list[Token]) -> bool:
    """ "Sultan Rashid Al Noor, Minister of Energy": a monarch's title that is also a given name, opening a
    name of three words or more set off before a minister's or envoy's office, is the given name (a
    reigning monarch holds no such post)."""
    first = tokens[0]
    if first.lower_ not in lex().head_of_state_titles - {"president"} or not is_first_name(first.text) or len(tokens) < 3:
        return False
    doc = first.doc
    k = tokens[-1].i + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return False
    nxt = doc[k + 2] if doc[k + 1].lower_ in {"the", "a"} and k + 2 < len(doc) else doc[k + 1]
    return nxt.lower_ in lex().appointed_posts


def _opens_a_title(tokens: list[Token]) -> bool:
    """"Crown Prince", "First Lady", "House Speaker": a title modifier before an office word is the
    title's, not a first name, even where NER runs it into the name."""
    return len(tokens) > 1 and tokens[0].lower_ in lex().title_modifiers and tokens[1].lower_ in lex().title_heads


def _given_name_read_as_verb(tokens: list[Token]) -> bool:
    """ "Segun | Okafor": a capitalised given name the tagger did not know and read as a verb, which the parse
    still hangs as a compound on the surname after it (no participle: "Joining Medinsky")."""
    first = tokens[0]
    return (len(tokens) >= 2 and first.pos_ == "VERB" and first.dep_ == "compound" and first.head.i == tokens[1].i
            and tokens[1].pos_ == "PROPN" and first.is_title and first.is_alpha
            and not first.lower_.endswith(("ing", "ed")))


def family_name_as_function_word(tokens: list[Token]) -> bool:
    """ "(General Secretary) To Lam", "(Minister) Do Duc Duy": a Vietnamese family name spelt like an English
    function word (`function_word_family_names.txt`), capitalised mid-sentence right after a capitalised office
    word and before a capitalised name word, opens the name."""
    first = tokens[0]
    doc = first.doc
    return (len(tokens) >= 2 and first.lower_ in lex().function_word_family_names and first.is_title
            and not first.is_sent_start and first.i > 0 and doc[first.i - 1].lower_ in lex().title_heads
            and doc[first.i - 1].text[:1].isupper() and tokens[1].is_title and tokens[1].pos_ == "PROPN")


def _occupation_before_name(tokens: list[Token]) -> bool:
    """ "Farmer Jose Alvarez", "Novelist Mai Linh Pham": a trade (`occupations.txt`) capitalised at a sentence's
    start, which NER runs into the name, describes the person and is no part of the name. Only before two
    more name words, so that a surname alone that is also a trade ("Mr Farmer") stays."""
    return len(tokens) > 2 and tokens[0].lower_ in lex().occupations and tokens[1].pos_ == "PROPN"


_NEVER_GIVEN_NAMES = {"the", "a", "an", "and", "or", "but", "if", "as", "at", "by", "in", "of", "on", "to", "for",
                      "with", "from", "after", "before", "since", "when", "while", "his", "her", "their", "our"}


def function_word_as_given_name(tokens: list[Token]) -> bool:
    """ "Per Lindqvist", "Will Harper", "May Olsen": a capitalised word the tagger reads as a
    preposition, auxiliary or adverb but that is a known given name, followed by a capitalised
    name word. Mid-sentence the capital alone shows it is a name; at a sentence start the word must
    also be a given name that is no common function word ("After Smith ..." is not)."""
    first = tokens[0]
    if len(tokens) < 2 or not first.text[:1].isupper() or not first.is_alpha or first.lower_ in _NEVER_GIVEN_NAMES:
        return False
    nxt = tokens[1]
    if not (nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and is_name_token(nxt)):
        return False
    return is_first_name(first.text)


def clean_name_span(span: Span) -> tuple[int, int, str | None] | None:
    """Trim a candidate person span to the name itself; return (start, end, gender) or None."""
    if lex().country_for(span.text):
        return None  # "Sri Lanka" taken for a name: no "Lanka" once the honorific-looking "Sri" is trimmed
    compound_end = _hyphen_compound_end(span)
    if compound_end is not None:
        if names_a_thing(span.doc, compound_end):
            return None  # "Glass" of "the Glass-Steagall Act"
        span = span.doc[span.start:compound_end]  # "Bruni" + "-Sarkozy"
    tokens = list(_extend_over_hyphenated(_extend_over_particles(span)))
    gender = None
    while tokens and (
        tokens[0].lower_ in lex().honorifics
        or is_style_of_address(tokens[0])  # "H.H. Sheikh", "Dato' Seri"
        or (tokens[0].lower_ in lex().title_heads and not monarch_word_as_given_name(tokens))
        or (tokens[0].lower_ in lex().title_expansions and tokens[0].text[:1].isupper())  # "Amb", "Gen"
        or (len(tokens) >= 2 and tokens[0].lower_ in lex().clerical_styles)  # "Monsignor | A B", "Fr. | C D"
        or abbreviated_rank(tokens[0])  # "Lieut.", "Cdr."
        or (len(tokens) > 2 and _plural_title(tokens[0]))  # "Ministers Ana Bel and Tin Sok"
        or _opens_a_title(tokens)
        or _occupation_before_name(tokens)
        or _ends_title_complement_word(tokens)
        or _ends_portfolio_complement(tokens)
        or _is_demonym(tokens[0])
        or _is_interview_label(tokens[0])
        or _is_destination(tokens[0], len(tokens))
        or not is_name_token(tokens[0])
        or _is_sentence_initial_verb(tokens[0], len(tokens))
        or (len(tokens) > 1 and headline_verb(tokens[0]))  # "Minister | Meets Brazil's": a headline's verb
        or (tokens[0].pos_ in {"VERB", "AUX", "ADP", "DET", "PRON", "ADV", "SCONJ", "CCONJ"}
            and not function_word_as_given_name(tokens) and not _given_name_read_as_verb(tokens)
            and not family_name_as_function_word(tokens))
    ):
        gender = lex().honorifics.get(tokens[0].lower_, gender)
        tokens = tokens[1:]
    tokens = _after_place_and_title(tokens)
    cut = next((k for k, t in enumerate(tokens) if k >= 1 and headline_verb(t)), None)
    if cut is not None and (cut >= 2 or not is_first_name(tokens[0].text) or cut + 1 < len(tokens)):
        tokens = tokens[:cut]  # "Wang Zhenyu | Holds Talks With ...", "Haddad | Meets Oman's ...": a title-case
        # headline's verb ends the name (after a lone word: a surname, or any word when more follow the verb)
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].lower_ in {"'s", "\u2019s"}
                      or (tokens[-1].lower_ in NAME_PARTICLES and not is_hyphen_tail(tokens[-1]))  # not "Pao-chin-da"
                      or tokens[-1].lower_ in _HEADLINE_PREPOSITIONS
                      or postnominal_letters(tokens[-1])):
        tokens = tokens[:-1]
    if len(tokens) > 1 and _country_possessive_after_name(tokens[-1]):
        tokens = tokens[:-1]  # "conveyed to Kerry | Japan's willingness"
    if not tokens or not all(is_name_token(t) or is_inner_hyphen(t) or is_hyphen_tail(t) for t in tokens):
        return None
    if all(t.lower_ in lex().title_modifiers for t in tokens):
        return None  # "Extraordinary" of "Ambassador Extraordinary and Plenipotentiary"
    text = span.doc[tokens[0].i:tokens[-1].i + 1].text
    if lex().country_for(text) or text.lower() in lex().org_aliases or text.lower() in lex().never_names:
        return None
    if len(tokens) > 1 and tokens[-1].lower_ in lex().non_person_heads:  # "Ben Gurion Airport", "Patriot Act"
        return None
    if len(tokens) == 1 and tokens[0].lower_ in ORG_WORDS and tokens[0].lower_ in lex().non_person_heads \
            and tokens[0].i > 0 and span.doc[tokens[0].i - 1].lower_ in lex().title_heads:
        return None  # "the General | Secretariat": a body's word alone after a title word is no surname
    if len(tokens) > 1 and tokens[-1].lower_ in lex().title_heads \
            and not any(is_first_name(t.text) and not lex().country_for(t.text) for t in tokens[:-1]):
        return None  # "Syriac Orthodox Patriarch", "Foreign Affairs Secretary": an office, no name ("John Major" is;
        # a country that is also a given name, "Chad Revenue Board Director-General", names none)
    if len(tokens) > 1 and tokens[-1].text in lex().building_heads and not is_first_name(tokens[0].text):
        return None  # "Jubilee House", "Ridgeway House" (not "Edward House", a given name before it)
    if len(tokens) > 1 and tokens[0].text in lex().building_heads and not is_first_name(tokens[0].text):
        return None  # "Istana Negara", "Villa Somalia": a building word first, as some languages put it
    if len(tokens) > 1 and any(t.is_upper and len(t) > 1 and t.is_alpha and not REGNAL_NUMBER.fullmatch(t.text)
                               and not _middle_initials(t, tokens, span) for t in tokens) \
            and not _capitalised_family_name_first(tokens):
        return None  # an acronym inside the name: "Zanu-PF", "Fatah-RC" are organisations
    if len(tokens) == 1 and (tokens[0].is_stop or len(text) < 2 or _is_group_noun(tokens[0])) \
            and not _surname_after_honorific(tokens[0]):
        return None
    if text.isupper() and len(text) <= 5:  # acronyms are organisations, not people
        return None
    # an honorific right before the span also tells the gender ("Mr Birk")
    if tokens[0].i > 0 and gender is None:
        gender = lex().honorifics.get(span.doc[tokens[0].i - 1].lower_)
    return tokens[0].i, tokens[-1].i + 1, gender


def _surname_after_honorific(tok: Token) -> bool:
    """ "Mrs May", "Mr Young", "Ms Little": a capitalised surname right after a form of address is a
    name even where the word alone is a common word (a modal verb, a month, an adjective)."""
    if tok.i == 0 or not tok.text[:1].isupper() or len(tok.text) < 2:
        return False
    form = tok.doc[tok.i - 1].lower_.rstrip(".")  # "Mrs" or "Mrs.", as the list writes either
    return form in lex().honorifics or f"{form}." in lex().honorifics


def _middle_initials(tok: Token, tokens: list[Token], span: Span) -> bool:
    """ "Wulan TS Hartini", "Joko MS Santoso": two or three capitals between the given name and the
    surname of what NER read as a person (or opening it: "AK Rahman Chowdhury") are initials written
    without stops, not an acronym; a title written short ("PM", "FM") is not."""
    k = next((n for n, t in enumerate(tokens) if t.i == tok.i), 0)
    if span.label_ != "PERSON" or not 2 <= len(tok) <= 3 or k >= len(tokens) - 1 \
            or tok.lower_ in lex().title_expansions or tok.lower_ in lex().org_aliases:
        return False
    after = tokens[k + 1].text[:1].isupper() and not tokens[k + 1].is_upper
    if k == 0:  # "AK Rahman Chowdhury", "MJ Akbar": given names written as initials, first
        return after and unstopped_initials(tok) and tokens[k + 1].is_alpha and not lex().country_for(tokens[k + 1].text)
    return tokens[k - 1].text[:1].isupper() and not tokens[k - 1].is_upper and after


def unstopped_initials(tok: Token) -> bool:
    """ "NP", "AK": two or three capitals that open a name as its given names' initials, not a title written
    short ("PM"), a body ("UN"), a country ("US") or letters of a seat or an honour ("MP John Ruto")."""
    return (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 3 and tok.lower_ not in lex().title_expansions
            and tok.lower_ not in lex().org_aliases and not lex().country_for(tok.text)
            and tok.lower_ not in lex().title_heads and tok.text not in lex().parliament_letters
            and tok.text not in lex().honour_letters)


def first_name_closing_entity(tok: Token) -> bool:
    """A given name NER took in as the last word of an organisation or place ("Controller of Budget
    Ana" | "Wairimu Kiprop"): an office word inside that entity shows it was the office, not a body."""
    ent = entity_of(tok)
    return (ent is not None and ent.label_ not in {"PERSON"} and ent.end == tok.i + 1 and len(ent) >= 4
            and tok.pos_ == "PROPN" and is_first_name(tok.text) and not lex().country_for(tok.text)
            and not office_word(tok) and not office_word(ent[-2])
            and any(t.lower_ in lex().title_heads for t in ent[:-1]) and any(t.lower_ in {"of", "for"} for t in ent[:-1]))


def is_style_of_address(tok: Token) -> bool:
    """A style of address before a name ("H.E.", "Dato'", "Mawlawi"). A style that is also a given name
    ("Sri" of "Sri Mulyani Indrawati") is one only after the styles `inner_styles.txt` lists before it
    ("Tan Sri", "Dato' Sri") or before a given name the first-name table knows (the Indian "Sri Ravi
    Kumar"): before any other word it opens the name. A surname that opens a style ("Tan" of "Tan Sri",
    `opening_styles.txt`) is one only before its partner word."""
    low = tok.lower_.replace("\u2019", "'")  # "Dato’", kept whole by the tokenizer
    partners = lex().opening_styles.get(low)
    if partners is not None:  # "Tan | Sri", "Yang | Berhormat": a style only with its partner word, else a name
        return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in partners
    if tok.text in lex().styles_of_address and tok.text.isupper():
        return True  # "HE A B", "HH Sheikh C": written in capitals only, unlike the pronoun
    if low not in lex().styles_of_address:
        return False
    before = lex().inner_styles.get(low)
    if before is None:
        return True
    if tok.i + 1 < len(tok.doc) and is_first_name(tok.doc[tok.i + 1].text):
        return True
    k = tok.i - 1
    if k > 0 and tok.doc[k].text in {"'", "\u2019"}:
        k -= 1
    return k >= 0 and tok.doc[k].lower_.rstrip("'\u2019") in before


def office_word(tok: Token) -> bool:
    """A title, rank, honorific or form of address: never a given name ("Major General", "Mor")."""
    low = tok.lower_
    return (low in lex().title_heads or low in lex().honorifics or is_style_of_address(tok)
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


def given_name_before_particle(doc: Doc, start: int, covered: set[int]) -> bool:
    """The span at `start` opens with a surname particle (`surname_particles.txt`: "Ó Briain") and a
    capitalised name word no one else holds stands right before it: the given name NER left out."""
    if start < 1 or doc[start].lower_ not in lex().surname_particles or not doc[start].text[:1].isupper():
        return False
    before = doc[start - 1]
    return (start - 1 not in covered and before.is_alpha and before.is_title and is_name_token(before)
            and before.lower_ not in lex().title_heads and before.lower_ not in lex().title_modifiers
            and before.lower_ not in lex().honorifics and not lex().country_for(before.text)
            and before.ent_type_ not in {"GPE", "LOC", "DATE"})


def continues_a_name(tok: Token) -> bool:
    """A capitalised word that can be one more surname of the name before it: "Rosa Elena | Villanueva
    Paredes", "Carolina Vargas | Llosa" (NER often stops after two words of a Spanish, Portuguese or
    African name, and now and then calls the last word a place or, alone, an organisation: "Sri Mulyani |
    Indrawati")."""
    return (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper
            and (tok.ent_type_ in {"", "PERSON", "GPE"} or _one_word_organisation(tok)) and not lex().country_for(tok.text)
            and tok.text not in lex().city_forms and tok.lower_ not in ORG_WORDS
            and tok.lower_ not in lex().non_person_heads and tok.lower_ not in lex().title_heads
            and tok.lower_ not in lex().title_modifiers and tok.lower_ not in lex().honorifics
            and tok.lower_ not in _HEADLINE_PREPOSITIONS)


def _one_word_organisation(tok: Token) -> bool:
    """An organisation NER made of this one word alone (a longer one, "Ana Ruiz Foundation", is a name of its own)."""
    doc = tok.doc
    return (tok.ent_type_ == "ORG" and tok.ent_iob_ == "B"
            and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"))


def surnames_after(doc: Doc, end: int, covered: set[int]) -> int:
    """Where a name ends once the surnames NER left after it are taken in (at most two more words).
    The words must close the name: a comma, a full stop or a lower-case word follows, so a title-case
    headline ("Rosa Elena Visits Lima Today") or a longer proper name ("Ana Ruiz Memorial Hospital")
    is left alone, and so is a headline's verb before lower-case words ("Ana Ruiz | Plans to Visit Peru")."""
    if end == 0 or not doc[end - 1].is_alpha:
        return end
    k = end
    if _prefixed_surname_at(doc, k) and k not in covered:
        return k + 3  # "Ali Youssef | el-Sharif": a lower-case Arabic particle glued to the surname by a hyphen
    while k < len(doc) and k - end < 2 and k not in covered and continues_a_name(doc[k]) \
            and not headline_verb(doc[k]) and (doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ == "I"):
        k += 1
    if k == end or (k < len(doc) and (doc[k].text[:1].isupper() and not doc[k].is_punct)):
        return end
    return k


_SURNAME_PREFIXES = frozenset({"al", "el", "ad", "ed", "as", "ash", "at", "az", "ar", "an"})


def _prefixed_surname_at(doc: Doc, k: int) -> bool:
    """ "el-Sharif", "al-Masri" written in lower case at token k (split "el", "-", "Sharif"): one surname."""
    return (k + 2 < len(doc) and doc[k].text in _SURNAME_PREFIXES and doc[k + 1].text == "-"
            and not doc[k].whitespace_ and not doc[k + 1].whitespace_
            and doc[k + 2].text[:1].isupper() and doc[k + 2].is_alpha)


def join_given_names_to_surnames(doc: Doc, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
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
            if _one_name_split(first, doc[span[0]:span[1]]):
                out[-1] = (out[-1][0], span[1], out[-1][2] or span[2])
                continue
        out.append(span)
    return out


def _one_name_split(first: Span, second: Span) -> bool:
    """Two spans side by side that make one name: a lone given name before a given name and a surname
    ("Ana | Lucia Ferro": the second given name opens the rest), or a given name and surname before one
    more surname closing the name ("Rosa Tuz | Canche", then no capitalised word): a person named by a
    given name alone, or by a surname alone right after another person with no comma, is far rarer. The
    closing surname may look like a given name ("Amina Juma | Hassan", "Idris Bello | Musa") after a
    surname that does not."""
    doc = first.doc
    if len(first) == 1 and is_first_name(first[0].text) and len(second) >= 2 and is_first_name(second[0].text) \
            and not is_first_name(second[-1].text):
        return True
    after_honorific = first.start > 0 and doc[first.start - 1].lower_ in lex().honorifics
    if after_honorific and len(first) == 1 and first[0].dep_ == "compound" and second.start <= first[0].head.i < second.end:
        return True  # "U Kyaw | Min Thein", "Daw Khin | Mar Aye": after a form of address, one noun phrase is one name
    after = doc[second.end] if second.end < len(doc) else None
    words = [t for t in first if t.lower_ not in NAME_PARTICLES]  # "Juan Ramón de la Fuente | Ramírez"
    closing = (len(second) == 1 and second[0].is_alpha and second[0].is_title
               and (after is None or not after.text[:1].isupper()))
    if closing and len(words) == 2 and all(t.dep_ == "compound" and t.head.i == second.start for t in first):
        return True  # "Bilawal Bhutto | Zardari": the parser reads one noun phrase headed by the last surname
    return (closing and 2 <= len(words) <= 3 and is_first_name(first[0].text)
            and (not is_first_name(second[0].text) or not is_first_name(first[-1].text)))


def middle_surnames(key: tuple[str, ...]) -> list[str]:
    """The first of two surnames, by which Spanish and Portuguese names are known in short: "Ospina" of
    "Maria Fernanda Ospina Restrepo", "Pardo" of "Lucia Pardo Mejia". It is the word after the given
    names when exactly two words follow them."""
    given = 0
    while given < len(key) - 1 and given < 2 and is_first_name(key[given]):
        given += 1
    if given and len(key) - given == 2 and key[given] not in NAME_PARTICLES and not is_first_name(key[given]):
        return [key[given]]
    return []


def abbreviated_given_name(doc: Doc, k: int) -> bool:
    """ "Ma." of "Ma. Teresa Santos" (`given_name_abbreviations.txt`): the word, its full stop glued to it, and
    no name word before it ("Jack Ma. Teresa ..." ends one name and opens another)."""
    if k < 0 or k + 1 >= len(doc) or doc[k + 1].text != "." or doc[k].whitespace_:
        return False
    if doc[k].lower_ not in lex().given_name_abbreviations or not doc[k].text[:1].isupper():
        return False
    before = doc[k - 1] if k > 0 else None
    return (before is None or not before.text[:1].isupper() or before.lower_ in lex().title_heads
            or before.lower_ in lex().honorifics or before.lower_ in lex().title_modifiers)


def capitalised_word_inside_name(doc: Doc, j: int, start: int) -> bool:
    """ "Cde. Gatkuoth Both Diew": a capitalised word the tagger reads as a function word ("Both"), inside a
    name after its first word and before another capitalised name word, mid-sentence."""
    return (j > start and doc[j].is_title and doc[j].is_alpha and not doc[j].is_sent_start and j + 1 < len(doc)
            and doc[j + 1].pos_ == "PROPN" and doc[j + 1].is_title and doc[j + 1].lower_ not in lex().title_heads)


def name_shaped(ent: Span) -> bool:
    """Two to four capitalised name words (a hyphenated surname counts as one, honorifics first),
    with no organisation word, office word, place or thing word among them."""
    tokens = [t for t in ent if not (is_inner_hyphen(t) or is_hyphen_tail(t) or t.text == "-")]
    while len(tokens) > 2 and tokens[0].lower_ in lex().honorifics:
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 4 or tokens[0].lower_ == "the":
        return False
    return all(is_name_token(t) and t.pos_ == "PROPN" and t.lower_ not in NAME_PARTICLES and t.lower_ not in ORG_WORDS
               and t.lower_ not in lex().title_heads and t.lower_ not in lex().non_person_heads and not _plural_title(t)
               and not lex().country_for(t.text) and t.text not in lex().city_forms for t in tokens)  # (not "Joint Chiefs")


REGNAL_NUMBER = re.compile(r"[IVX]+")  # regnal numbers: "Abdullah II"


def rank_read_as_preposition(tok: Token) -> bool:
    """ "Under Secretary of State X", "the Under-Secretary-General for Y": a capitalised rank word
    (`rank_modifiers.txt`) that the tagger reads as a preposition, right before a title head (or a hyphen
    and one), is part of the office."""
    doc = tok.doc
    if tok.lower_ not in lex().rank_modifiers or not tok.text[:1].isupper() or tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 2] if doc[tok.i + 1].text == "-" and tok.i + 2 < len(doc) else doc[tok.i + 1]
    return after.lower_ in lex().title_heads
