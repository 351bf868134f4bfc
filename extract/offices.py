"""Offices people hold, read from the words around their names.

Patterns (all over the dependency parse or the token sequence, never article words):
- a title before the name: "Ukrainian Defense Minister Rustem Umerov", "U.S. Secretary of State
  Marco Rubio", "Federal Security Service (FSB) Director Alexander Bortnikov", "Russia's Foreign
  Minister X", coordinated titles "his aide and former culture minister Vladimir Medinsky";
- an apposition after the name: "Igor Kostyukov, the head of Russia's GRU";
- an apposition before it: "the British prime minister, Alan Pryce".
The country comes from demonyms, possessives and place names inside the title; the organisation
from an ORG entity inside it; "former", "ex-" and "then" make the office a past one.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.affiliations import affiliated_offices
from newsgraph.extract.appointment_nouns import appointment_noun_offices
from newsgraph.extract.counterparts import counterpart_offices, predecessor_offices
from newsgraph.extract.elided_offices import elided_offices
from newsgraph.extract.facts import Evidence, Office
from newsgraph.extract.lexicon import lex
from newsgraph.extract.letter_offices import letter_offices
from newsgraph.extract.office_verbs import verb_offices
from newsgraph.extract.respective_titles import respective_title_offices
from newsgraph.extract.removed_offices import names_the_lost_office, removal_verb, verb_phrase as _verb_phrase
from newsgraph.extract.paired_titles import plural_title_offices
from newsgraph.extract.preposed_titles import inside_introduction, is_rank_only, owns_what_follows, preposed_title_run
from newsgraph.extract.name_context import closes_a_body, title_complement_start
from newsgraph.extract.name_words import (ORG_WORDS, abbreviated_rank, complement_word, posted_in_a_place, is_first_name, is_style_of_address,
                                          rank_read_as_preposition)
from newsgraph.extract.people import Mention, PeopleIndex
from newsgraph.extract.successions import succession_offices
from newsgraph.extract.syntax import conjuncts_before, entity_of, entity_starting_at
from newsgraph.extract.text import strip_leading_the

_CONNECTORS = {"of", "the", "for", "'s", "\u2019s", "(", ")", "-", "on"}
_ADDRESS_FORMS = {"h.e.", "h.e", "hon", "hon.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "excellency"}  # never part of an office ("Lord Mayor" is)
_POSSESSIVE_PRONOUNS = {"its", "his", "her", "their", "our", "my", "your"}
_LEFT_BEHIND = {"of", "and", "for"}  # connectors left together where the countries between them were taken out
_PARTIES = {"republican", "democratic", "democrat", "labour", "conservative", "liberal", "gop"}
_RANKS = {"sheikh", "sheikha", "prince", "princess", "sir", "dame", "lord", "lady", "duke", "duchess"}
_STOP_BEFORE = {"a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"}


def _chainable(tok: Token) -> bool:
    low = tok.lower_
    if tok.is_space:
        return False  # a title never runs across a line break (from a headline into the first paragraph)
    if tok.pos_ in {"VERB", "AUX"} and not (low in lex().former_words and tok.dep_ == "amod" and _opens_a_phrase(tok)) \
            and not _title_head_read_as_verb(tok):
        return False  # "due to host Italian Prime Minister X": "host" is the verb here ("ousted" in "the ousted
        # president X" is a former word)
    if tok.text in {"-", "\u2013", "\u2014"} and (tok.whitespace_ or (tok.i > 0 and tok.doc[tok.i - 1].whitespace_)):
        return False  # a dash between words ("GENEVA (Reuters) - United Nations ...") ends a title
    if tok.text == ")" and not any(t.text == "(" for t in tok.doc[max(0, tok.i - 4):tok.i]):
        return False
    if _closes_a_dateline(tok):
        return False  # "Lima, May 3 (EFE).- Peruvian Foreign Minister X": the agency's credit, not the office
    if abbreviated_rank(tok):
        return True  # "Deputy Minister of Mines Lieut. Col. X": a rank NER may take for a person
    if tok.text == "-" and 0 < tok.i < len(tok.doc) - 1 and tok.doc[tok.i + 1].lower_ in lex().title_modifiers \
            and tok.doc[tok.i - 1].lower_ in lex().title_heads:
        return True  # "President-elect", "Secretary-designate"
    if low in lex().title_heads or low in lex().title_modifiers or low in lex().former_words or low in _CONNECTORS:
        return True
    if rank_read_as_preposition(tok):
        return True  # "Under Secretary of State X", "Under-Secretary-General Y"
    if is_former_marker(tok):
        return True  # "a one-time adviser": the pieces of a hyphenated former word
    if tok.lemma_.lower() in lex().document_nouns or low in lex().document_nouns:
        return False  # "Readout of President X", "Statement of Minister Y": a headline's document, not the office
    if joins_title_complement(tok):
        return True  # "Minister of Culture and Information X": one office
    if _joins_capitalised_modifiers(tok):
        return True  # "Ambassador Extraordinary and Plenipotentiary X": one office
    if _plural_title(tok):
        return True  # "the presidents of Chile and Peru, A and B"
    if low == "to" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in lex().title_heads:
        return True  # "Ambassador to Peru", "special envoy to the Sahel region"
    if low in {"to", "in"} and _after_sending_country(tok):
        return True  # "Ambassador of the Republic of Chile to Norway X": where the post is
    if low == "in" and posted_in_a_place(tok) is not None:
        return True  # "High Commissioner in Nairobi X", "Consul General in Lyon Y": where the post is
    if low == "in" and _office_in_a_body(tok):
        return True  # "Minister in the Presidency X": the body the office sits in
    if low in lex().title_complement_preps and _opens_further_complement(tok):
        return True  # "Minister of State at the Ministry of Foreign Affairs X"
    if low in lex().title_expansions:
        return True
    if tok.text.isupper() and tok.text.isalpha() and len(tok.text) <= 6:  # acronyms: "(FSB) Director"
        return True
    if lex().country_for(tok.text) and tok.text[:1].isupper():
        return True  # a country NER ran into a name ("Chile Ola Berg") still belongs to the title
    if _in_two_word_country(tok):
        return True  # "Mission Chief for Sri Lanka", which NER may take for a person
    if tok.ent_type_ in {"PERSON", "DATE", "CARDINAL", "TIME", "MONEY"}:
        return False
    if tok.ent_type_ in {"ORG", "NORP", "GPE"} or lex().country_for(tok.text):
        return True
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():  # "Chancellor of the Exchequer"
        return True
    # nouns that modify a later title word: "culture minister", "Security Council Secretary"
    return tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i


def _closes_a_dateline(tok: Token) -> bool:
    """A word run together with the brackets and dash that close a dateline's agency credit ("EFE).-",
    "AFP)-"), which the tokenizer keeps as one token: the title after it starts fresh."""
    text = tok.text
    return any(c.isalpha() for c in text) and ")" in text and text.rstrip(".-\u2013\u2014:").endswith(")") \
        and text != text.rstrip(".-\u2013\u2014:")


def _title_head_read_as_verb(tok: Token) -> bool:
    """ "former taoiseach X", "ex-tánaiste Y", "Acting President Z": an office word or modifier the tagger reads
    as a verb, though the parse still hangs it as a modifier on the name or office word after it, is part of
    the office (a verb takes no such place)."""
    low = tok.lower_
    if low not in lex().title_heads and low not in lex().title_modifiers:
        return False
    head = tok.head
    return (tok.dep_ in {"compound", "amod", "nmod"} and head.i > tok.i
            and (head.pos_ == "PROPN" or head.lower_ in lex().title_heads))


def _in_two_word_country(tok: Token) -> bool:
    """Whether the word and the one before or after it name a country ("Sri Lanka", "South Sudan")."""
    doc = tok.doc
    return tok.text[:1].isupper() and (
        (tok.i + 1 < len(doc) and lex().two_word_country(tok.text, doc[tok.i + 1].text) is not None)
        or (tok.i > 0 and lex().two_word_country(doc[tok.i - 1].text, tok.text) is not None))


def _after_sending_country(prep: Token) -> bool:
    """ "to"/"in" after the of-complement of a posted office (`posted_titles.txt`): "Ambassador of Peru |
    to Chile", "Ambassador Extraordinary and Plenipotentiary of the Republic of Peru | to Chile"; the
    sending country's capitalised words, "the", "of" and "and" lie between."""
    doc = prep.doc
    seen_of = False
    for j in range(prep.i - 1, max(-1, prep.i - 10), -1):
        tok = doc[j]
        if tok.lower_ in lex().posted_titles and tok.text[:1].isupper():
            return seen_of
        if tok.lower_ == "of":
            seen_of = True
        elif not (tok.text[:1].isupper() or tok.lower_ in {"the", "and"}):
            return False
    return False


def _office_in_a_body(prep: Token) -> bool:
    """ "Minister in the Presidency", "Minister in the Prime Minister's Department": "in the" right after a
    capitalised office word, then a capitalised body."""
    doc = prep.doc
    k = prep.i
    return (0 < k < len(doc) - 2 and doc[k - 1].lower_ in lex().title_heads and doc[k - 1].text[:1].isupper()
            and doc[k + 1].lower_ == "the" and doc[k + 2].text[:1].isupper() and doc[k + 2].ent_type_ not in {"GPE", "DATE"})


def _joins_capitalised_modifiers(tok: Token) -> bool:
    """ "and" between two capitalised title modifiers right after an office word ("Ambassador Extraordinary
    and Plenipotentiary"): one office, not two people's."""
    doc = tok.doc
    k = tok.i
    return (tok.lower_ == "and" and 2 <= k < len(doc) - 1 and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper()
            and doc[k - 1].lower_ in lex().title_modifiers and doc[k + 1].lower_ in lex().title_modifiers
            and doc[k - 2].lower_ in lex().title_heads)


def _at_the_time(tok: Token) -> bool:
    """ "at the time" after an office word: the office held then ("X, the trade minister at the time")."""
    doc = tok.doc
    return tok.lower_ == "at" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "the" \
        and doc[tok.i + 2].lower_ in {"time", "moment"}


def hyphen_word(tok: Token) -> str:
    """The whole hyphenated word a token is part of ("one-time" for "one", "-" or "time"), in lower case."""
    doc = tok.doc
    start = end = tok.i
    while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text == "-" or doc[start].text == "-"):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and (doc[end + 1].text == "-" or doc[end].text == "-"):
        end += 1
    return doc[start:end + 1].text.lower()


def is_former_marker(tok: Token) -> bool:
    """A piece of a hyphenated word of `former_words.txt` ("one-time", "long-ago"), or an adverb there
    ("formerly", "previously") opening an apposition: the office is a past one."""
    return tok.lower_ in lex().former_words or ("-" in hyphen_word(tok) and hyphen_word(tok) in lex().former_words)


def _opens_further_complement(prep: Token) -> bool:
    """The preposition opens a second complement of a capitalised title ("Minister of State | at the
    Ministry of ...", "Secretary of State | for Trade"): a capitalised title head with a complement of
    its own shortly before it, capitalised words after it (so "met Minister X at the border" is no title)."""
    doc = prep.doc
    if prep.i + 1 >= len(doc):
        return False
    nxt = doc[prep.i + 2] if doc[prep.i + 1].lower_ == "the" and prep.i + 2 < len(doc) else doc[prep.i + 1]
    if not nxt.text[:1].isupper() or nxt.ent_type_ in {"PERSON", "DATE", "TIME"}:
        return False
    before = doc[max(0, prep.i - 5):prep.i]
    return any(t.text[:1].isupper() and t.lower_ in lex().title_heads for t in before) \
        and any(t.lower_ in {"of", "for", "to"} for t in before)


def joins_title_complement(tok: Token) -> bool:
    """ "and" inside an office's of- or for-complement: "Minister of Culture and Information", "Secretary of
    Housing and Urban Development", "Adviser for Homeland Security and Counterterrorism". Not before a second office ("Minister of Defence and Foreign
    Minister X" is two) and not after a complete title head ("the Governor and the First Lady")."""
    doc = tok.doc
    k = tok.i
    if tok.text == "," and 3 <= k < len(doc) - 3 and any(t.lower_ in {"and", "&"} for t in doc[k + 2:k + 4]):
        nxt = next(t for t in doc[k + 2:k + 4] if t.lower_ in {"and", "&"})  # "Minister of Energy, Mines and Water X"
        return _portfolio_word(doc[k + 1]) and joins_title_complement(nxt) and _portfolio_word(doc[k - 1]) \
            and all(_portfolio_word(t) for t in doc[k + 1:nxt.i])
    if tok.lower_ not in {"and", "&"} or k < 3 or k + 1 >= len(doc):
        return False
    if not (_portfolio_word(doc[k - 1]) and _portfolio_word(doc[k + 1])):
        return False
    if k + 2 < len(doc) and (doc[k + 2].lower_ in lex().title_heads and not _rank_opening_a_name(doc[k + 2])
                             or doc[k + 1].lower_ in lex().title_heads):
        return False
    for j in range(k - 2, max(-1, k - 6), -1):
        if doc[j].lower_ in {"of", "for"}:
            return j > 0 and doc[j - 1].lower_ in lex().title_heads
        if not (_portfolio_word(doc[j]) or doc[j].lower_ in {"the", "and", "&"} or doc[j].text == ","):
            return False
    return False


def _portfolio_word(tok: Token) -> bool:
    """A capitalised word that can name a portfolio inside an office's complement: a title modifier or a
    country ("Finance", "Poland"), or any other capitalised noun or adjective that is no given name
    ("Critical Minerals", "Regional Integration")."""
    if complement_word(tok):
        return True
    return (tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}
            and tok.lower_ not in lex().title_heads and not is_first_name(tok.text))


def _opens_a_phrase(tok: Token) -> bool:
    """Nothing but a determiner, a possessive or a boundary before the word ("the ousted president X",
    not "Lee fired Director X", where the parser may read the main verb as a modifier)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or before.pos_ in {"DET", "PUNCT", "ADP", "CCONJ"} or before.tag_ in {"PRP$", "POS"}


def _plural_title(tok: Token) -> bool:
    """ "presidents", "ministers": an office word in the plural (one office for each person listed)."""
    return tok.tag_ in {"NNS", "NNPS"} and tok.lower_ not in lex().title_heads and tok.lemma_.lower() in lex().title_heads


def _title_parts(tokens: list[Token], people: PeopleIndex | None = None) -> tuple[str, str | None, bool, str | None]:
    """Split a title's tokens into (title text, country, former, organisation); `people` tells a
    place NER took for a person ("Mayor of Lakeport") from a real one."""
    former = False
    country = None
    org = None
    words: list[str] = []
    glue: list[bool] = []  # whether a space follows each word in the text
    skip_until = -1
    as_written = _ranks_kept_as_written(tokens)
    for k, tok in enumerate(tokens):
        if tok.i <= skip_until:
            continue
        low = tok.lower_
        if tok.pos_ in {"AUX", "VERB"} and low not in lex().former_words and not (tok.tag_ == "VBG" and tok.dep_ == "amod") \
                and not _title_head_read_as_verb(tok):
            # the verb _predicate_titles puts in front (not a participle modifying the title: "managing director")
            former = former or (tok.lemma_ == "be" and tok.tag_ == "VBD") or tok.lemma_.lower() in lex().removal_verbs
            former = former or _verb_phrase(tok) in lex().leaving_verbs or _served_in_the_past(tok)
            continue
        if _at_the_time(tok):
            former = True  # "the trade minister at the time": then, not now
            skip_until = tok.i + 2
            continue
        if low in lex().former_words or low in {"ex"} or is_former_marker(tok):
            former = True
            continue
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.is_lower and tok.pos_ == "NOUN" and nxt is not None and nxt.tag_ == "POS" and k < len(tokens) - 1:
            continue  # "the country's top diplomat", "the bank's chief executive": the owner is no part of the title
        if tok.text == "." and k > 0:
            continue  # "Lt. Gen.": the abbreviation's full stop
        if tok.pos_ == "ADV" and tok.head.tag_ == "VBN" and tok.head.dep_ == "amod":
            continue  # "the newly elected president": how recently, no part of the office
        if ((low in _ADDRESS_FORMS or is_style_of_address(tok)) and tok.text[:1].isupper()
                and not _in_two_word_country(tok)):  # (not "Sri" of "Sri Lanka")
            continue  # "H.E. Ambassador X", "Hon. Minister X", "His Highness Sheikh X": how the holder is addressed
        if tok.text == "(" and _qualifies_office(tok) and words:
            glue[-1] = True
            words.append("(")  # "Additional Secretary (Europe)": the qualifier is part of the office
            glue.append(False)
            continue
        if tok.text == ")" and "(" in words:
            glue[-1] = False
            words.append(")")
            glue.append(True)
            continue
        if tok.text == "(":  # a parenthetical acronym: "(FSB)"
            skip_until = next((t.i for t in tokens[k:] if t.text == ")"), tok.i)
            inside = "".join(t.lower_ for t in tok.doc[tok.i + 1:skip_until]).rstrip(".")
            former = former or inside in _RETIRED_MARKS  # "General (r) X", "Colonel (retd.) Y": retired
            continue
        in_complement = tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"of", "and"}  # "Minister of Labour"
        if (tok.text == "," and words and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
                and any(w.lower() in {"of", "for"} for w in words)):
            words[-1] += ","  # "Minister of Health, Labour and Welfare": the portfolios keep their commas
            continue
        if (low in _PARTIES and not in_complement) or low in {"'s", "\u2019s"} or tok.text in {",", ";", ":"} \
                or (tok.text in {"'", "\u2019"} and tok.tag_ == "POS"):  # "The Philippines' Foreign Secretary"
            continue
        ent = entity_starting_at(tok) or _place_after_its_the(tok, k)
        if tok.lower_ in _RANKS and k == len(tokens) - 1 and _has_title_head(tokens[:k]) \
                and tokens[k - 1].lower_ not in lex().royal_rank_modifiers:
            continue  # "Emir Sheikh Sabah": a rank between the office and the name is no part of it ("Deputy Crown Prince" is one)
        if (tok.ent_type_ == "PERSON" and k >= 2 and tokens[k - 1].lower_ == "of"
                and tokens[k - 2].lower_ in lex().title_heads and ent is not None and ent.end <= tokens[-1].i + 1
                and people is not None and people.mention_at(tok.i) is None):
            org = org or ent.text  # "Mayor of Lakeport" with the town taken for a person: where the post is
            skip_until = ent.end - 1
            continue
        if _acronym_run_into_a_name(tok):
            org = org or lex().org_aliases.get(low, tok.text)  # "Deputy Secretary-General of ASEAN | Nguyen Thi Hoa"
            words.append(tok.text)
            glue.append(True)
            continue
        if (tok.ent_type_ == "PERSON" and low not in lex().title_heads and low not in lex().title_expansions
                and low not in lex().title_modifiers and low not in _CONNECTORS and not lex().country_for(tok.text)
                and not abbreviated_rank(tok)
                and not _in_two_word_country(tok)):
            # a possessor: "Macron's chief of staff"
            skip_until = ent.end if ent is not None and ent.end < len(tok.doc) and tok.doc[ent.end].lower_ in {"'s", "\u2019s"} else tok.i
            continue
        if ent is not None and ent.end > tokens[-1].i + 1:
            # an entity running on into the name ("Indian National Security Adviser Ajit Doval"), unless a body
            # closes before the name ("Secretary-General of the Arab League | Adel Hamdi")
            ent = _body_run_into_the_name(ent, tokens[-1].i + 1)
        prefix = _country_prefix(ent) if ent is not None and ent.label_ == "ORG" else 0
        if prefix and all(t.lower_ in lex().title_modifiers for t in ent[prefix:]):
            # "Philippine Foreign Affairs | Secretary", "New Zealand Foreign Affairs | Minister" read as a body
            country = country or lex().country_for(ent[:prefix].text)
            skip_until = ent[prefix - 1].i
            continue
        if ent is not None and ent.label_ == "PERSON" and lex().country_for(_without_possessive_ending(ent.text)):
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")  # "Sri Lanka's" NER took for a person
        if ent is not None and ent.label_ in {"GPE", "NORP", "ORG"}:
            name = _without_possessive_ending(strip_leading_the(ent.text))  # "The United Arab Emirates'" as one place
            place = lex().country_for(name)
            # "Ambassador to France", "in Rome" (not a run that begins after the "to": "adviser to | Israeli PM X")
            destination = _in_destination(tok, tokens[0])
            demonym = place and ent.label_ == "ORG" and len(ent) == 1 and name not in lex().city_forms and name != place
            city_seat = name in lex().city_forms and _seat_title_after(ent.end, tokens)  # "Tokyo Governor": the city's
            if (place and ent.label_ in {"GPE", "NORP"} or place and name.isupper() or demonym) and not destination \
                    and not city_seat:
                # a demonym NER took for an organisation ("Kazakh President X") names the country too
                country = country or place
                skip_until = ent.end - 1
                continue
            if (place is None or city_seat) and _place_before_its_seat(ent, tokens):
                org = org or name  # "Jalisco Governor X", "Buenos Aires Mayor Y": the place the post heads
                skip_until = ent.end - 1
                continue
            portfolio = tok.i > 1 and tok.doc[tok.i - 1].lower_ in {"of", "for"} and tok.doc[tok.i - 2].lower_ == "minister"
            if (ent.label_ == "ORG" and place is None and name.lower() not in lex().title_heads | lex().title_modifiers
                    and name.lower() not in lex().title_expansions and not portfolio and not destination
                    and not _office_words_only(ent) and ent[0].lower_ not in lex().title_heads):  # (not "to the United Nations", "Foreign Affairs", "Major General")  # (not "Lt." of "Lt. Gov.")  # "Minister for Economy, Trade and Tourism" names a portfolio, not a body
                org = lex().org_aliases.get(name.lower(), name)
        elif (ent is not None and ent.label_ in {"GPE", "LOC"} and not lex().country_for(ent.text) and tok.i > 0
              and tok.doc[tok.i - 1].lower_ == "of"):
            org = org or ent.text  # "Mayor of Lyon": the city is where the post is, not part of its name
            skip_until = ent.end - 1
            continue
        elif k == 0 and ent is None and _untagged_place_before_its_seat(tokens) is not None:
            end = _untagged_place_before_its_seat(tokens)
            org = org or tok.doc[tok.i:end].text  # "Sabah Chief Minister X", "Buenos Aires Mayor Y", NER tagging no place
            skip_until = end - 1
            continue
        elif (lex().country_for(tok.text) and tok.text[:1].isupper() and tok.lower_ not in lex().title_modifiers | {"state"}
              and not _in_destination(tok, tokens[0])
              and not _inside_longer_place(tok)
              and (ent is None or tok.ent_type_ != "ORG" or tok.i == tokens[0].i)):
            country = country or lex().country_for(tok.text)
            continue
        elif tok.text in {"U.S.", "US", "UK", "U.K."}:
            country = country or lex().country_for(tok.text)
            continue
        words.append(tok.lemma_ if _plural_title(tok) else tok.text if tok.i in as_written
                     else lex().title_expansions.get(low, tok.text))
        following = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""
        glue.append(not (tok.text == "-" or (following == "-" and not tok.whitespace_)))  # "Secretary-General"
    while words and (words[0].lower() in _CONNECTORS or words[0].lower() in _POSSESSIVE_PRONOUNS):
        words.pop(0)  # "its deputy head": whose post it is, not part of the title
        glue.pop(0)
    for k in range(len(words) - 2, -1, -1):  # "Ambassador of [Jordan] to France", "ministers of [A] and [B]"
        if words[k].lower() in _LEFT_BEHIND and words[k + 1].lower() in _LEFT_BEHIND | {"to", "in"}:
            del words[k], glue[k]
    while words and words[-1].lower() in _CONNECTORS | {"and", "by", "from"} and not (words[-1] == ")" and "(" in words):
        # ("replaced as interior minister by X": the agent's "by" once X is taken out)
        words.pop()
        glue.pop()
    # keep the article's spacing inside words ("Secretary-General"), one space elsewhere
    title = "".join(w + (" " if g else "") for w, g in zip(words, glue)).strip()
    title = _without_long_form(title) if country else title
    title = lex().title_paraphrases.get(title.lower(), title)  # "top diplomat": the foreign minister
    return title, country, former, org


def _country_prefix(ent: Span, longest: int = 3) -> int:
    """How many first words of an entity name a country, leaving some words after ("New Zealand | Foreign
    Affairs"); 0 when none do."""
    if ent[0].lower_ == "the":
        return 0  # "the Chilean Navy": a body of that country, whose "the" stays in the title
    return next((n for n in range(min(longest, len(ent) - 1), 0, -1) if lex().country_for(ent[:n].text)), 0)


def _place_before_its_seat(ent: Span, tokens: list[Token]) -> bool:
    """ "Jalisco Governor", "the Texas governor", "Sabah Chief Minister": a place that is no country, written
    right before the office words of the run (a title modifier or head follows it, the head within two words),
    names the place the post is in, not a word of the title."""
    doc = ent.doc
    if ent.label_ not in {"GPE", "LOC"} or ent.end >= len(doc) or ent.end > tokens[-1].i:
        return False
    after = doc[ent.end: min(ent.end + 3, tokens[-1].i + 1)]
    return ((doc[ent.end].lower_ in lex().title_heads or doc[ent.end].lower_ in lex().title_modifiers)
            and any(t.lower_ in lex().title_heads for t in after))


def _seat_title_after(k: int, tokens: list[Token]) -> bool:
    """A title heading a place (`seat_titles.txt`: mayor, governor, premier) within the first two office words
    from token k on: "Tokyo | Governor", "Beijing | Mayor" name the city's post, not the country's."""
    doc = tokens[0].doc
    return any(t.lower_ in lex().seat_titles for t in doc[k:min(k + 2, tokens[-1].i + 1)])


def _untagged_place_before_its_seat(tokens: list[Token]) -> int | None:
    """Where the place ends that opens a run before its seat title with no entity tagged ("Sabah Chief
    Minister", "Buenos Aires Mayor", "Jalisco Governor"): one or two capitalised proper nouns, no office,
    country, demonym or party word, right before a title heading a place (`seat_titles.txt`, or "chief
    minister"). No rank or form of address ("Lord Mayor"). None when the run opens otherwise."""
    doc = tokens[0].doc
    for n in (2, 1):
        if len(tokens) <= n:
            continue
        words = tokens[:n]
        if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ and t.lower_ not in lex().title_heads
                   and t.lower_ not in lex().title_modifiers and t.lower_ not in _PARTIES and t.lower_ not in _RANKS
                   and t.lower_ not in lex().honorifics and not is_style_of_address(t)  # (not "Lord Mayor")
                   and (lex().country_for(t.text) is None or t.text in lex().city_forms) for t in words):
            continue
        if n == 2 and lex().country_for(doc[words[0].i:words[1].i + 1].text) and doc[words[0].i:words[1].i + 1].text not in lex().city_forms:
            continue
        nxt = tokens[n]
        seat = nxt.lower_ in lex().seat_titles or (nxt.lower_ == "chief" and n + 1 < len(tokens) and tokens[n + 1].lower_ == "minister")
        if seat and nxt.text[:1].isupper():
            return words[-1].i + 1
    return None


def _body_run_into_the_name(ent: Span, name_start: int) -> Span | None:
    """The part of an organisation NER ran on into the name after it that ends in a body word ("the Arab
    League" of "the Arab League Adel Hamdi"); None when no body closes right before the name."""
    if ent.label_ != "ORG" or name_start - ent.start < 2 or not closes_a_body(ent.doc[name_start - 1]):
        return None
    return Span(ent.doc, ent.start, name_start, label=ent.label_)


def _acronym_run_into_a_name(tok: Token) -> bool:
    """ "of ASEAN" in "Deputy Secretary-General of ASEAN Nguyen Thi Hoa", which NER read as one person: an
    acronym right after an office's "of" is the body the post is in, not a possessor of the office."""
    doc = tok.doc
    return (tok.ent_type_ == "PERSON" and tok.text.isupper() and tok.is_alpha and len(tok.text) >= 2
            and tok.i > 1 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].lower_ in lex().title_heads)


def _office_words_only(ent: Span) -> bool:
    """An "organisation" made of office words alone ("Foreign Affairs" of "Secretary for Foreign Affairs",
    "Police Inspector-General", "Major General"): a portfolio or the title itself, no body."""
    words = [t for t in ent if t.lower_ not in {"the", "-", "of", "and", "&"}]
    if not words or not all(t.lower_ in lex().title_modifiers or t.lower_ in lex().title_heads
                            or t.lower_ in lex().military_ranks for t in words):
        return False
    # a body word with no office word is a body ("Interior Ministry", "Central Bank")
    return any(t.lower_ in lex().title_heads or t.lower_ in lex().military_ranks for t in words) \
        or not any(t.lower_ in ORG_WORDS for t in words)


def _place_after_its_the(tok: Token, k: int) -> Span | None:
    """The place an entity opened by "The" names, from its first word after the "the" when the title's run
    starts there ("The United Arab Emirates' | Minister ...", "The Philippines' Foreign Secretary")."""
    if k != 0 or tok.i == 0 or tok.ent_iob_ != "I" or tok.doc[tok.i - 1].lower_ != "the" or tok.doc[tok.i - 1].ent_iob_ != "B":
        return None
    ent = entity_of(tok)
    return ent if ent is not None and ent.label_ == "GPE" else None


def _without_possessive_ending(name: str) -> str:
    """ "United Arab Emirates'" -> "United Arab Emirates", "Ghana's" -> "Ghana": the possessive NER took into a place."""
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[:-len(ending)]
    return name


def _in_destination(tok: Token, first: Token) -> bool:
    """The place word ends a "to"/"in" phrase of the title ("Ambassador to France", "envoy to the UAE",
    "Ambassador of Peru to the Republic of Chile"): where the post is sent, part of the office, not the
    country it serves."""
    doc = tok.doc
    for j in range(tok.i - 1, max(first.i, tok.i - 5) - 1, -1):
        low = doc[j].lower_
        if low in {"to", "in"}:
            return j > first.i
        if not (low in {"the", "of"} or (doc[j].text[:1].isupper() and low not in lex().title_heads)):
            return False
    return False


def _without_long_form(title: str) -> str:
    """ "President of the Republic" left of "President of the Republic of Tajikistan" once the country is
    taken out: the opening of the country's long name (`country_long_forms.txt`) is no part of the office."""
    low = title.lower()
    for form in lex().country_long_forms:
        tail = f" of the {form.removesuffix(' of')}"  # never "Secretary of State": no "the" there
        if low.endswith(tail) and len(low) > len(tail):
            return title[:-len(tail)]
    return title


def _inside_longer_place(tok: Token) -> bool:
    """ "Ireland" in "for Northern Ireland": a country word that a longer capitalised place name ends in
    (the whole place, not the country, is the complement of the title)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and lex().two_word_country(prev.text, tok.text) is not None:
        return True  # "Sudan" in "for South Sudan", whatever NER tagged
    return (prev is not None and tok.ent_iob_ == "I" and prev.text[:1].isupper() and prev.lower_ not in lex().title_heads
            and not lex().country_for(prev.text) and prev.lower_ not in _CONNECTORS)


def _is_occupation(title: str) -> bool:
    """"novelist", "political analyst", "Republican strategist": a trade, not an office."""
    words = title.lower().replace("-", " ").split()
    cut = next((k for k, w in enumerate(words) if k and w in _COMPLEMENT_PREPS), len(words))
    words = words[:cut]  # "political analyst in Kampala", "analyst at the institute": the head before the place
    return bool(words) and words[-1] in lex().occupations and not any(w in lex().title_heads - lex().occupations for w in words)


def _is_aspirant(title: str) -> bool:
    """ "presidential candidate", "candidate for mayor", "Defence Secretary nominee": someone who seeks the
    office (`aspirant_nouns.txt`), no holder of it."""
    words = title.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in _COMPLEMENT_PREPS | {"for", "of", "to"}), len(words))
    return bool(words[:cut]) and words[:cut][-1] in lex().aspirant_nouns


_COMPLEMENT_PREPS = frozenset({"in", "at", "with", "from"})
_RETIRED_MARKS = frozenset({"r", "ret", "retd", "retired"})


def _has_title_head(tokens: list[Token]) -> bool:
    return any(t.lower_ in lex().title_heads or t.lower_ in lex().title_expansions or _plural_title(t)
               or abbreviated_rank(t) for t in tokens)


def _ranks_kept_as_written(tokens: list[Token]) -> set[int]:
    """The indices of a rank of two or more abbreviated words ("Sen. Lieut. Gen.", "Lieut. Col.") that cannot
    be written out whole: one of its words has no expansion (`title_expansions.txt`), or "Sen." stands before
    another rank, where it is "Senior", not "Senator". Such a rank is kept as the article wrote it, never
    half written out ("Lieut. Colonel")."""
    out: set[int] = set()
    k = 0
    while k < len(tokens):
        end = k
        while end < len(tokens) and (abbreviated_rank(tokens[end]) or _rank_abbreviation(tokens[end])):
            end += 1
        rank = tokens[k:end]
        if len(rank) >= 2 and any(t.lower_ not in lex().title_expansions or t.lower_.startswith("sen") for t in rank):
            out |= {t.i for t in rank}
        k = max(end, k + 1)
    return out


def _written_rank(word: str) -> bool:
    """A word of a title that is an abbreviated military rank kept as written ("Lieut.", "Gen.")."""
    return word.endswith(".") and word.lower() in lex().military_ranks


def _rank_abbreviation(tok: Token) -> bool:
    """ "Sen." before an abbreviated rank ("Sen. Col. X"): the senior grade of that rank."""
    doc = tok.doc
    return (tok.text in {"Sen.", "Snr.", "Sr."} and tok.i + 1 < len(doc)
            and (abbreviated_rank(doc[tok.i + 1]) or _rank_abbreviation(doc[tok.i + 1])))


def _is_clause_subject(doc: Doc, mention: Mention) -> bool:
    """The name begins the clause's core: it is a subject, or a verb follows it ("George Bush said")."""
    after = doc[mention.end] if mention.end < len(doc) else None
    return (doc[mention.start:mention.end].root.dep_ in {"nsubj", "nsubjpass"}
            or (after is not None and after.pos_ in {"VERB", "AUX"}))


def _retained_style_after_office(doc: Doc, k: int) -> bool:
    """Token k, right before a name, is a style kept from a past rank (`retained_styles.txt`) and a
    comma-set office ends right before it ("the Commissioner for Energy, Roads and Water, Ambassador X")."""
    if k < 3 or doc[k].lower_ not in lex().retained_styles or not doc[k].text[:1].isupper() or doc[k - 1].text != ",":
        return False
    return doc[k - 2].lower_ in lex().title_heads or title_complement_start(doc, k - 2) is not None


def _bare_complemented_title_before(doc: Doc, conj: int, run: list[Token]) -> bool:
    """ "Secretary of State and Foreign Minister X", "Chair of the Board and Chief Executive X": a capitalised
    title with its of/for/to complement, written without an article, before "and" and a capitalised title on
    the name is the same person's first office. With an article ("the President of Ruritania and Chancellor X")
    the text may name two people, so it is left alone."""
    if conj < 3 or not doc[conj - 1].text[:1].isupper() or not run or not run[0].text[:1].isupper():
        return False
    start = title_complement_start(doc, conj - 1)
    if start is None or start < 1 or not doc[start - 1].text[:1].isupper():
        return False
    k = start - 1
    while k >= 1 and doc[k - 1].text[:1].isupper() and _chainable(doc[k - 1]) and doc[k - 1].pos_ != "DET":
        k -= 1
    before = doc[k - 1] if k >= 1 else None
    return before is None or not (before.pos_ == "DET" or before.tag_ in {"PRP$", "POS"} or before.lower_ in _STOP_BEFORE)


def _ends_title_complement(doc: Doc, k: int) -> bool:
    return title_complement_start(doc, k) is not None


def _own_title_after(doc: Doc, mention: Mention, longest: int = 6) -> bool:
    """A title set off by a comma right after the name (", the Emir of Qatar"), before other punctuation or a verb."""
    if mention.end >= len(doc) or doc[mention.end].text != ",":
        return False
    for tok in doc[mention.end + 1:min(mention.end + 1 + longest, len(doc))]:
        if tok.lower_ in lex().title_heads and tok.pos_ in {"NOUN", "PROPN"}:
            return True
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "CCONJ"}:
            return False  # (not ", and a bishop": the list's next item)
    return False


def pre_name_titles(doc: Doc, mention: Mention, people: PeopleIndex | None = None) -> list[list[Token]]:
    """Title token runs right before a name, including coordinated ones ("aide and former minister X")
    and ones set off by a comma at the start of a clause ("Portugal's Prime Minister, Rui Amaral")."""
    runs: list[list[Token]] = []
    i = mention.start - 1
    if i > 0 and doc[i].lower_ in {"named", "called"} and _names_the_noun_before(doc[i]) \
            and doc[i - 1].lower_ in lex().title_heads and _indefinite(doc[i - 1]):
        i -= 1  # "an appeals court judge named X": the office the naming participle hangs on
    r = i
    while r > 0 and doc[r].lower_ in _RANKS and doc[r].text[:1].isupper():
        r -= 1  # "the Emir of Qatar, Sheikh Tamim ...": a rank between the comma and the name is the name's
    if r < i and r > 0 and doc[r].text == ",":
        i = r
    if i > 1 and doc[i].lower_ in _RANKS and doc[i].text[:1].isupper() and _styled_rank(doc, i):
        i -= 1  # "Prime Minister His Highness Sheikh X": the rank goes with the style, not with an office
    elif i > 1 and doc[i].lower_ in _RANKS and doc[i].text[:1].isupper() and _rank_after_complemented_office(doc, i):
        i -= 1  # "Minister of Culture and Heritage Prince X": the rank opens the name, not the office's tail
    while (i > 0 and (doc[i].lower_ in lex().honorifics or is_style_of_address(doc[i]) or _opens_a_style(doc[i])
                      or (doc[i].text in {"'", "\u2019"} and is_style_of_address(doc[i - 1])))
            and doc[i].lower_ not in lex().title_heads and doc[i].lower_ not in lex().title_expansions
            and doc[i].lower_ not in _RANKS):
        i -= 1  # "Minister of Finance Dr. X", "Trade Minister Dato' Seri X": forms of address between office and name
    if _retained_style_after_office(doc, i):
        i -= 1  # "the Commissioner for Trade, Ambassador X": the style the holder keeps, not the office
    # "the president of Honduras (A)": a name in brackets right after the title is set off as by a comma
    set_off = doc[i].text == "," or (doc[i].text == "(" and mention.end < len(doc) and doc[mention.end].text == ")")
    complement = title_complement_start(doc, i - 1) if i > 1 and set_off else None
    if i > 0 and set_off and (doc[i - 1].lower_ in lex().title_heads or complement is not None):
        # the complement's own words need not look like title words ("the Mayor of Lakeport", a town NER
        # took for a person; "the head of the port authority")
        j = complement - 1 if complement is not None else i - 1
        while j >= 0 and _chainable(doc[j]) and doc[j].lower_ not in _STOP_BEFORE:
            j -= 1
        after_a_name = j > 0 and doc[j].text == "," and doc[j - 1].pos_ == "PROPN"
        if after_a_name and (_is_clause_subject(doc, mention) or _own_title_after(doc, mention)):
            return runs  # "after talks with Lena Horvat, the Croatian Foreign Minister, Paul Dray said": Horvat's
            # apposition ("A, Prime Minister of Peru, B, the Emir of Qatar": B has a title of their own)
        elif inside_introduction(doc, j + 1, mention) or owns_what_follows(doc, mention):
            pass  # "After talks with the president of Peru, X said", "According to the official, X's trip ...": not X's
        elif (j < 0 or doc[j].is_sent_start or doc[j].is_punct or doc[j].lower_ in _STOP_BEFORE | {"and", "said", "says"}
                or doc[j].pos_ in {"VERB", "ADP"}):
            if complement is not None and _names_another_person(doc, i - 1, mention, people):
                return [_post_held_to_a_person(doc, j + 1, i, people)]
            i -= 1  # the comma only separates the title from the name
    inside = set(range(complement + 1, mention.start - 1)) if complement is not None and i < mention.start - 1 else set()
    opening = _bracketed_qualifier(doc, i)
    if opening is not None:
        inside |= set(range(opening, i + 1))  # "Additional Secretary (Europe) X": the bracket qualifies the office
    lower_end = _lower_case_complement_of_capitalised_title(doc, i)
    if lower_end is not None:
        inside |= set(range(lower_end, i + 1))  # "Special Envoy for the Syrian settlement X", "Envoy for the Great Lakes region Y"
    while i >= 0:
        run: list[Token] = []
        j = i
        while j >= 0 and (j in inside or _chainable(doc[j]) and doc[j].lower_ not in _STOP_BEFORE):
            run.insert(0, doc[j])
            j -= 1
        # a run must end in a title word next to the name and hold a title head
        while run and run[0].lower_ in _CONNECTORS:
            run.pop(0)
        if not run or not _has_title_head(run) or (run[-1].lower_ in _CONNECTORS and run[-1].i not in inside):
            break
        if (run[-1].lower_ not in lex().title_heads and run[-1].lower_ not in lex().title_expansions
                and not run[-1].text[:1].isupper() and run[-1].i not in inside
                and not (len(run) > 2 and run[-2].text == "-" and run[-1].lower_ in lex().title_modifiers)  # "President-elect"
                and not (run[-1].is_lower and run[-1].pos_ == "NOUN" and title_complement_start(doc, run[-1].i) is not None)):
            break  # (a lower-case complement closes "her chief of staff X", "the head of mission Y")
        run = _after_relational_post(run)
        runs.extend(_split_stacked_titles(run))
        # coordination: "his aide and former culture minister X"
        own_article = any(t.pos_ == "DET" for t in doc[j + 1:run[0].i])  # "the Governor and the First Lady, X": two people
        if (j >= 1 and doc[j].lower_ == "and" and (doc[j - 1].lower_ in lex().title_heads
                                                  or _bare_complemented_title_before(doc, j, run)) and not own_article
                and not _another_leader(doc, j, run) and not _lower_case_description_before(doc, j, run)
                and not _bare_title_repeating_the_head(doc, j, run)
                and not _definite_title_of_someone_named_before(doc, j)
                and not (people is not None and people.mention_at(j - 1) is not None)):
            i = j - 1  # (not past another's name: "Minister of Mines A B and Minister of Roads Lt. C D" are two)
            continue
        if j >= 1 and _spaced_dash(doc[j]) and doc[j - 1].lower_ in lex().title_heads and doc[j - 1].text[:1].isupper() \
                and run[0].text[:1].isupper():
            i = j - 1  # "First Deputy Prime Minister - Minister of Trade X": two offices joined by a dash
            continue
        # a ruler's title set off before his regnal title: "the Keeper of the Sacred Shrines, King X"
        # or before an abbreviated office word: "the council's cabinet member for roads, Cllr X" holds both
        if (len(run) == 1 and (run[0].lower_ in lex().leader_titles or run[0].lower_ in lex().title_expansions)
                and run[0].text[:1].isupper() and j >= 1 and doc[j].text == "," and j + 1 == run[0].i):
            runs += pre_name_titles(doc, Mention(j + 1, mention.end, mention.person, mention.kind))
        break
    return runs


def _lower_case_complement_of_capitalised_title(doc: Doc, k: int) -> int | None:
    """Where the complement ending in the lower-case noun at k begins, when a capitalised title head opens it
    ("Special Envoy for the Syrian settlement", "Envoy for the Great Lakes region"): the whole is one title
    written before the name. Not "met Minister A at the border" (no title head before the preposition)."""
    if k < 2 or not (doc[k].is_lower and doc[k].pos_ == "NOUN"):
        return None
    start = title_complement_start(doc, k)
    if start is None or start < 1 or not doc[start - 1].text[:1].isupper():
        return None
    return start + 1


def _rank_opening_a_name(tok: Token) -> bool:
    """A royal or princely rank right before a name ("... and Heritage | Prince Faisal"): no second office."""
    doc = tok.doc
    return (tok.lower_ in _RANKS and tok.text[:1].isupper() and tok.i + 1 < len(doc)
            and (doc[tok.i + 1].ent_type_ == "PERSON" or is_first_name(doc[tok.i + 1].text)))


def _rank_after_complemented_office(doc: Doc, k: int) -> bool:
    """The royal or princely rank at k ("Prince", "Sheikh") follows an office with its complement ("Minister
    of Culture and Heritage", "Governor of the Northern Province"): the office ends before it, and the rank
    is how its holder is addressed, never the tail of a coordinated portfolio ("Heritage Prince")."""
    prev = doc[k - 1]
    return (prev.text[:1].isupper() and prev.lower_ not in lex().title_heads
            and prev.lower_ not in lex().royal_rank_modifiers and title_complement_start(doc, k - 1) is not None)


def _styled_rank(doc: Doc, k: int) -> bool:
    """The rank at k ("Sheikh", "Prince") follows a style of address ("His Highness Sheikh X", "H.H. Prince
    Y"): both are how the holder is addressed, so an office may stand before them."""
    return is_style_of_address(doc[k - 1]) and doc[k - 1].lower_ not in lex().title_heads


def _opens_a_style(tok: Token) -> bool:
    """A capitalised possessive pronoun opening a style of address ("His Excellency", "Her Majesty", "Their
    Royal Highnesses"): part of the style between an office and the name ("President His Excellency X")."""
    doc = tok.doc
    return (tok.text in {"His", "Her", "Their", "Your"} and tok.i + 1 < len(doc)
            and (is_style_of_address(doc[tok.i + 1]) or doc[tok.i + 1].lemma_.lower() in lex().styles_of_address))


def _names_another_person(doc: Doc, k: int, mention: Mention, people: PeopleIndex | None) -> bool:
    """Token k, right before the comma, ends another person's name: the office phrase set off before
    the name is a post held to that person ("A spokesman for Prime Minister X, Y,", "an aide to
    President X, Y,"), not the name's office reaching into the other's."""
    if people is None:
        return False
    other = people.mention_at(k)
    return other is not None and other.person != mention.person


def _post_held_to_a_person(doc: Doc, start: int, comma: int, people: PeopleIndex) -> list[Token]:
    """The words of "a spokesman for Prime Minister X," without X's name: the post of the name after
    the comma ("spokesman for Prime Minister"); the other person keeps the office before their name."""
    return [t for t in doc[start:comma] if people.mention_at(t.i) is None and t.lower_ not in _STOP_BEFORE]


def _qualifies_office(opening: Token) -> bool:
    """ "(" opening a qualifier of the office word before it ("Principal Secretary (Finance)"), not an
    acronym ("(FSB)") nor an aside."""
    doc = opening.doc
    close = next((k for k in range(opening.i + 1, min(opening.i + 7, len(doc))) if doc[k].text == ")"), None)
    inside = "".join(t.lower_ for t in doc[opening.i + 1:close or opening.i]).rstrip(".")
    return close is not None and _bracketed_qualifier(doc, close) == opening.i and inside not in _RETIRED_MARKS | {"res"} \
        and not all(t.is_upper or t.is_punct for t in doc[opening.i + 1:close])


def _bracketed_qualifier(doc: Doc, close: int) -> int | None:
    """Where the bracket opens when `close` ends a short bracketed qualifier right after an office
    word ("Additional Secretary (Europe)", "Principal Secretary (Finance)"), else None."""
    if close < 2 or doc[close].text != ")":
        return None
    opening = next((k for k in range(close - 1, max(close - 7, 0), -1) if doc[k].text == "("), None)
    if opening is None or opening < 1 or doc[opening - 1].lower_ not in lex().title_heads:
        return None
    return opening


def _lower_case_description_before(doc: Doc, conj: int, run: list[Token]) -> bool:
    """ "between the Chilean deputy prime minister and Acme Director General X": a description written in lower
    case before "and" and a capitalised title on the name are two styles, so two people; one person's two
    offices are written alike ("Vice-Premier and Trade Minister X", "his aide and former minister X").
    A membership of a named body ("Politburo member and Prime Minister X") is written in lower case after the
    body's capitalised name, and is one person's first post."""
    return (doc[conj - 1].is_lower and run[0].text[:1].isupper() and not run[0].is_sent_start
            and not _member_of_a_named_body(doc, conj - 1))


def _member_of_a_named_body(doc: Doc, k: int) -> bool:
    """ "Politburo member", "Standing Committee member": a membership noun (`member_nouns.txt`) right after the
    capitalised name of the body it is of."""
    return (k >= 1 and doc[k].lower_ in lex().member_nouns and doc[k - 1].text[:1].isupper()
            and doc[k - 1].pos_ in {"PROPN", "NOUN"} and doc[k - 1].lower_ not in lex().title_heads
            and not lex().country_for(doc[k - 1].text))


def _bare_title_repeating_the_head(doc: Doc, conj: int, run: list[Token]) -> bool:
    """ "The Foreign Secretary and Secretary Tallis will meet again": a bare title word on the name that
    repeats the head of a definite title before "and" addresses a second holder of that rank, so two
    people ("the Deputy Prime Minister and Foreign Minister X" is one person with two offices)."""
    head = doc[conj - 1]
    start = conj - 1
    while start >= 1 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
        start -= 1
    return (len(run) == 1 and run[0].lower_ == head.lower_ and start >= 1 and doc[start - 1].lower_ == "the")


def _definite_title_of_someone_named_before(doc: Doc, conj: int) -> bool:
    """ "Under Secretary Ana Roe met ... The Under Secretary and Deputy Minister Tran discussed ...": a definite
    title before "and" that the text wrote earlier right before someone's name refers back to that person, so
    the name after "and" is a second person ("the President and CEO X" with no president named before is one)."""
    start = conj - 1
    while start >= 1 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ != "the" and _chainable(doc[start - 1]):
        start -= 1
    if start < 1 or doc[start - 1].lower_ != "the" or not doc[start].text[:1].isupper():
        return False
    words = [t.lower_ for t in doc[start:conj]]
    for k in range(start - len(words)):
        if [t.lower_ for t in doc[k:k + len(words)]] != words or not doc[k].text[:1].isupper():
            continue
        after = k + len(words)
        while after < start - 1 and doc[after].ent_type_ != "PERSON" and after - k < 12 \
                and (_chainable(doc[after]) or doc[after].lower_ in lex().honorifics):
            after += 1
        if doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
            return True
    return False


def _another_leader(doc: Doc, conj: int, run: list[Token]) -> bool:
    """ "the President and Prime Minister X", "the King and President X": a bare definite leader title
    before "and" is another person (the one the article calls so), when the name's own title is a
    leader's too; "the President and CEO X", "Vice President and Minister of Health X" are one."""
    j = conj - 1
    while j >= 1 and doc[j - 1].lower_ != "the" and conj - j < 3 and doc[j - 1].lower_ in lex().leader_titles:
        j -= 1  # "the Prime Minister and President X": the whole first title
    words = {t.lower_ for t in doc[j:conj]}
    return (j >= 1 and doc[j - 1].lower_ == "the" and bool(words & lex().leader_titles)
            and any(t.lower_ in lex().leader_titles for t in run))


def _names_the_noun_before(participle: Token) -> bool:
    """ "a judge named X": the participle modifies the noun before it; the parser also reads it as that
    noun's verb, which is only a naming participle when nothing says what X was named as or to."""
    before = participle.doc[participle.i - 1]
    if participle.dep_ == "acl" and participle.head.i == before.i:
        return True
    return (before.dep_ == "nsubj" and before.head.i == participle.i
            and not any(c.dep_ == "prep" and c.lower_ in {"as", "to"} for c in participle.children))


def _indefinite(noun: Token) -> bool:
    """The noun opens with "a"/"an" ("an appeals court judge"), as a title introducing a new person does;
    "The president named X" is a verb the parser may misread as a naming participle."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _relational_cut(run: list[Token]) -> int | None:
    """Where "to"/"for" after a post held to someone opens another office that needs no article
    ("adviser | to Israeli Prime Minister", "spokesman | for President"): its index in `run`, else None.
    "Senior Adviser to the President Jane Roe" is one title (the article makes it a description)."""
    return next((k for k in range(1, len(run) - 1)
                 if run[k].i == run[k - 1].i + 1 and _opens_relational_complement(run[k - 1])), None)


def _opens_relational_complement(post: Token) -> bool:
    """ "chief of staff | to Dutch Prime Minister Y": a post held to someone, then "to"/"for" and an
    office without an article."""
    doc = post.doc
    k = post.i + 1
    return (post.lower_ in lex().relational_titles and k + 1 < len(doc) and doc[k].lower_ in {"to", "for"}
            and doc[k + 1].lower_ != "the" and _has_title_head(list(doc[k + 1:min(k + 6, len(doc))])))


def _after_relational_post(run: list[Token]) -> list[Token]:
    """The name's own office in "an adviser to Israeli Prime Minister X": what follows the "to"."""
    cut = _relational_cut(run)
    return run if cut is None else run[cut + 1:]


def _split_at_second_office(run: list[Token]) -> list[list[Token]]:
    """ "Deputy Head of the State Chancery and Government Spokesman X": an "and" after a title's of/for/to
    complement, followed by capitalised words that end in an office word next to the name, joins a second
    office, not a second word of the complement (NER often takes the whole phrase for one body, so the
    "and" got into the run). "Minister of Trade and Industry X" ends in no office word and stays one."""
    seen_complement = False
    for k, tok in enumerate(run):
        if tok.lower_ in {"of", "for", "to"}:
            seen_complement = True
        elif (seen_complement and tok.lower_ in {"and", "&"} and 0 < k < len(run) - 1
              and run[k - 1].lower_ not in lex().title_heads and not _joins_capitalised_modifiers(tok)
              and _second_office_tail(run[k + 1:])):
            return [run[:k], run[k + 1:]]
    return [run]


def _second_office_tail(tail: list[Token]) -> bool:
    """The words after the "and" make an office of their own: a few capitalised words, no connector,
    the last an office word ("Government Spokesman", "Presidential Envoy")."""
    return (len(tail) <= 4 and tail[-1].lower_ in lex().title_heads
            and all(t.text[:1].isupper() and t.lower_ not in _CONNECTORS for t in tail))


def _split_stacked_titles(run: list[Token]) -> list[list[Token]]:
    """ "Keeper of the Sacred Shrines King X", "Chairman of the Joint Chiefs General X": a second office
    word after a title's of/to complement starts a second title (the King is not of the shrines)."""
    parts = _split_at_second_office(run)
    if len(parts) > 1:
        return [piece for part in parts for piece in _split_stacked_titles(part)]
    seen_complement = False
    for k, tok in enumerate(run):
        if _opens_closing_abbreviated_rank(run, k):
            return [run[:k], run[k:]]  # "Police Commissioner | Lieut. Gen. X", "Minister of Mines | Sen. Col. Y"
        if tok.lower_ in {"of", "to", "for"}:
            seen_complement = True
        elif seen_complement and _office_as_complement(run, k):
            continue  # "Press Secretary of the Russian President X": the President is whom X serves
        elif (seen_complement and k > 0 and tok.text[:1].isupper() and run[k - 1].text[:1].isupper()
              and _opens_closing_rank(run, k)):
            return [run[:k], run[k:]]  # "Head of Staff of the Army Lieutenant General X"
        elif seen_complement and k == len(run) - 1 and _closing_single_rank(run, k):
            return [run[:k], run[k:]]  # "Chief of Army Staff | General X", "Minister of Defence | Admiral Y"
        elif (seen_complement and k > 0 and tok.text[:1].isupper() and run[k - 1].text[:1].isupper()
              and run[k - 1].lower_ not in _CONNECTORS
              and (tok.lower_ in lex().title_heads and run[k - 1].lower_ not in lex().title_heads | lex().title_modifiers
                   or tok.lower_ in lex().title_expansions and tok.text.endswith("."))):  # "... Intelligence Gen. X"
            return [run[:k], run[k:]]
    return [run]


def _opens_closing_abbreviated_rank(run: list[Token], k: int) -> bool:
    """The run ends from k in a rank written with two or more abbreviations ("Lieut. Gen.", "Sen. Col.")
    after a word of another office: the rank is an office of its own, not the end of the one before."""
    def rank_word(t: Token) -> bool:
        return abbreviated_rank(t) or _rank_abbreviation(t)
    rest = run[k:]
    return (k > 0 and len(rest) >= 2 and all(rank_word(t) for t in rest) and not rank_word(run[k - 1])
            and run[k - 1].lower_ not in _CONNECTORS and run[k - 1].lower_ not in lex().military_ranks)


def _opens_closing_rank(run: list[Token], k: int) -> bool:
    """A military rank of two or more words closes the run from k ("... Army | Lieutenant General",
    "... Command | Vice Admiral") after a word that is no rank."""
    rest = run[k:]
    return (len(rest) >= 2 and run[k - 1].lower_ not in lex().military_ranks and run[k - 1].lower_ not in _CONNECTORS
            and all(t.lower_ in lex().military_ranks or t.text == "." for t in rest)
            and any(t.lower_ in lex().title_heads for t in rest))


def _closing_single_rank(run: list[Token], k: int) -> bool:
    """One capitalised military rank that is a title of its own ("General", "Admiral") closes the run after a
    complement word ("Staff", "Defence"), which is no rank, office word or connector: the officer's rank, not
    the end of the office ("Minister of Justice and Attorney General" keeps its office word before it)."""
    tok, prev = run[k], run[k - 1]
    return (tok.text[:1].isupper() and tok.lower_ in lex().military_ranks and tok.lower_ in lex().title_heads
            and prev.text[:1].isupper() and prev.lower_ not in lex().military_ranks and prev.lower_ not in _CONNECTORS
            and prev.lower_ not in lex().title_heads)


def _office_as_complement(run: list[Token], k: int) -> bool:
    """The title word at k closes an of/to-complement made of "the", nationality words and it alone
    ("Adviser to the Turkish President", "Press Secretary of the President"): an office held towards
    another office, not a second office of the name's."""
    j = k - 1
    while j >= 0 and run[j].text[:1].isupper() and lex().country_for(run[j].text):
        j -= 1
    return j >= 1 and run[j].lower_ == "the" and run[j - 1].lower_ in {"of", "to"}


def _next_list_item(doc: Doc, start: int, end: int, people: PeopleIndex) -> int | None:
    """Where "and" and a name start the next item of a list inside an apposition's title ("X, President of Chile | and
    Y, President of Peru"): the "and", when it follows a country closing the title's complement; else None."""
    for k in range(start, end):
        mention = people.mention_at(k + 1) if k + 1 < len(doc) else None
        if doc[k].lower_ != "and" or mention is None or mention.kind != "name" or mention.start != k + 1:
            continue
        place = entity_of(doc[k - 1])
        if lex().country_for(doc[k - 1].text) or (k > 1 and lex().two_word_country(doc[k - 2].text, doc[k - 1].text)) \
                or (place is not None and place.label_ == "GPE" and lex().country_for(place.text)):
            return k
    return None


def _appositive_titles(doc: Doc, mention: Mention, people: PeopleIndex) -> list[list[Token]]:
    """Title noun phrases in apposition to the name, right after it or right before it."""
    runs: list[list[Token]] = []
    # after: "Igor Kostyukov, the head of Russia's GRU" (read from the tokens: the parser often
    # attaches such appositions to the wrong member of a list)
    if mention.end + 1 < len(doc) and (doc[mention.end].text == "," or _spaced_dash(doc[mention.end])):
        # (a dash too: "X - then Kenya's foreign minister - held talks")
        ages = _age_tokens(doc, mention.end + 1)
        for k in range(mention.end + 1, min(mention.end + 9 + len(ages), len(doc))):
            tok = doc[k]
            if k in ages:
                continue  # "X, 54, a former minister", "X, the 45-year-old foreign minister"
            if k == mention.end + 1 and _at_the_time(tok):
                ages = ages | {k, k + 1, k + 2}  # "X, at the time Uzbekistan's deputy prime minister,": the past office
                continue
            owner = k + 1 < len(doc) and doc[k + 1].tag_ == "POS"  # "X, the minister's brother": whose, not what
            if tok.lemma_.lower() in lex().title_heads and tok.pos_ in {"NOUN", "PROPN"} and not owner:
                set_off = tok.head.i > tok.i and any(t.text == "," or _spaced_dash(t) for t in doc[tok.i + 1:tok.head.i])
                if tok.dep_ in {"nsubj", "nsubjpass"} and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",") \
                        and not set_off:
                    break  # "X, a Dutch diplomat said": the subject of the next clause, not an apposition
                    # (one closed by a comma is: the parser made it the subject when it misread the name)
                close = next((t.i for t in doc[tok.i + 1:min(tok.i + 14, len(doc))]
                              if t.text in {",", ";", "(", "\u2014"} or _spaced_dash(t)), None)
                close = _portfolio_list_end(doc, close) if close is not None else None  # "Minister of Health, Labour and Welfare,"
                next_item = _next_list_item(doc, tok.i + 1, close if close is not None else min(tok.i + 14, len(doc)), people)
                close = next_item if next_item is not None else close  # "X, President of Chile and Y, ...": "and" ends it
                while (tok.dep_ in {"compound", "amod"} and tok.i < tok.head.i <= tok.i + 3 and tok.head.pos_ in {"NOUN", "PROPN"}
                       and (close is None or tok.head.i < close)):
                    tok = tok.head  # "Deputy Minister of Finance": the title is the phrase "Deputy" modifies
                run = [t for t in _np_tokens(tok) if t.i > mention.end and t.i not in ages
                       and (close is None or t.i < close)]  # the apposition ends at its comma
                cut = _relational_cut(run)
                if cut is None and run and _opens_relational_complement(run[-1]):
                    cut = len(run)  # the parser hung "to Prime Minister Y" on the name, not on the post
                if cut is not None:  # "X, an adviser to Prime Minister Y,": X is the adviser, Y the Prime Minister
                    run = [t for t in run[:cut] if not people.mention_at(t.i) and t.tag_ not in {"POS", "PRP$"}]
                    if run:
                        runs.append(run)
                    break
                names_next = False  # ", Deputy Defense Minister Alexander Fomin": the next list item's title
                for t in doc[k:min(k + 16, len(doc)) if next_item is None else k]:  # (also after a long complement: ", Deputy Head of the ... Agency B")
                    if t.tag_ in {"WDT", "WP", "WP$"}:
                        break  # a relative clause's names are not the next list item ("..., a deputy minister whom B named")
                    if t.is_punct and not _inner_hyphen(t) and t.text not in {"(", ")"}:  # "Principal Secretary (Finance) B"
                        # "X, the Mayor of Y, Roberto Cordova": the title is the next name's
                        following = people.mention_at(t.i + 1) if t.text == "," and t.i + 1 < len(doc) else None
                        names_next = names_next or (following is not None and following.kind == "name"
                                                    and not _is_clause_subject(doc, following))
                        break
                    names_next = names_next or people.mention_at(t.i) is not None
                if run and not names_next and not any(people.mention_at(t.i) for t in run if t.i > tok.i):
                    run = [t for t in run if not people.mention_at(t.i) and t.tag_ not in {"POS", "PRP$"}]
                    if run:  # "X, then Spain's deputy prime minister,": the "then" the parser hung elsewhere
                        run = [t for t in doc[mention.end + 1:run[0].i]
                               if (is_former_marker(t) and t.pos_ in {"ADV", "ADJ"}) or _at_the_time(t)] + run
                        # ("X, a former vice-president of Y": the parser hung "former" on "vice"; "X, at the time Y's ...")
                    runs.append(_with_posting_place(run, tok))
                    runs += _coordinated_titles(tok, run, close, people)
                    runs += _further_appositive_titles(doc, close, people)
                break
            possessor = k + 1 < len(doc) and doc[k + 1].tag_ == "POS"  # "Macron's chief of staff"
            if tok.tag_ == "PRP$" and k == mention.end + 1:
                continue  # "X, his special envoy to the region": the possessive pronoun opens the title
            participle = tok.tag_ in {"VBG", "VBN"} and tok.dep_ == "amod"  # "managing director", "the newly elected president"
            if (tok.pos_ not in {"DET", "ADJ", "NOUN", "PROPN", "PART", "ADV"} and not is_former_marker(tok) and not participle) \
                    or (people.mention_at(k) and not possessor):
                break
    # before: "the British prime minister, Alan Pryce"
    head = doc[mention.start:mention.end].root
    comma_before = mention.start > 0 and doc[mention.start - 1].text == ","
    if comma_before and head.dep_ == "appos" and head.head.lemma_.lower() in lex().title_heads and head.head.i < mention.start \
            and not _complement_of_a_post(head.head):
        # "the Director General and the Energy Minister of Peru, A": the last conjunct's holder (the parser hangs A
        # on the first)
        title = next((c for c in reversed(conjuncts_before(head.head, mention.start))
                      if c.lemma_.lower() in lex().title_heads), head.head)
        run = [t for t in _np_tokens(title, exclude=head) if t.i < mention.start]  # not "..., in London" after the name
        run = _without_person_possessor(title, run, people)  # "President X's spokesman, Y": Y is the spokesman
        between = range(head.head.i + 1, mention.start)  # "a spokeswoman for Minister X, Y": X's title is not Y's
        # "A, Prime Minister of Peru, B, the Emir of Qatar": a title between two names, each set off by commas, is
        # the first name's when the second has a title of its own after it
        name_before = people.mention_at(run[0].i - 2) if run and run[0].i >= 2 and doc[run[0].i - 1].text == "," else None
        between_names = name_before is not None and name_before.kind == "name"
        if run and not any(people.mention_at(t.i) for t in run) and not any(people.mention_at(k) for k in between) \
                and not inside_introduction(doc, run[0].i, mention) \
                and not (between_names and runs):  # "After talks with the president, X said"
            runs.append(run)
    return runs


def _further_appositive_titles(doc: Doc, close: int | None, people: PeopleIndex) -> list[list[Token]]:
    """ "X, Governor of Halland, Deputy Premier and Minister of Energy; Y, ...": more capitalised offices
    set off by commas after the first apposition are the same person's, each "and" between office words
    starting another. A segment that runs into a name is the next list item's title, and one with no office
    word ("X, Governor of Halland, Sweden") or in lower case ends the list."""
    runs: list[list[Token]] = []
    while close is not None and close < len(doc) and doc[close].text == ",":
        end = next((t.i for t in doc[close + 1:min(close + 16, len(doc))]
                    if t.text in {",", ";", ".", "(", ")", ":"} or _spaced_dash(t)), None)
        segment = list(doc[close + 1:end]) if end is not None else []
        if not _office_list_segment(segment, people):
            break
        runs += _split_office_conjuncts(segment)
        close = end
    return runs


def _office_list_segment(segment: list[Token], people: PeopleIndex) -> bool:
    """A segment of a comma list that is only offices: capitalised words, office connectors and "and",
    opening with a capital and holding an office word, no person named in it."""
    return (bool(segment) and segment[0].text[:1].isupper() and _has_title_head(segment)
            and not any(people.mention_at(t.i) or t.ent_type_ in {"PERSON", "DATE", "TIME"} or t.tag_ == "POS"
                        for t in segment)
            and all(t.text[:1].isupper() or t.lower_ in {"of", "the", "for", "to", "and", "&", "in", "on"}
                    or _inner_hyphen(t) for t in segment))


def _split_office_conjuncts(segment: list[Token]) -> list[list[Token]]:
    """ "Deputy Premier and Minister of Energy": the offices an "and" joins, where each side holds an
    office word ("Minister of Trade and Industry" is one)."""
    parts: list[list[Token]] = [[]]
    for tok in segment:
        if tok.lower_ in {"and", "&"} and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(tok)
    out: list[list[Token]] = []
    for part in parts:
        if out and (not part or not _has_title_head(part)):
            joiner = [t for t in segment if out[-1][-1].i < t.i < (part[0].i if part else out[-1][-1].i + 2)]
            out[-1] = out[-1] + joiner + part  # a portfolio word joined to the office before it
        elif part:
            out.append(part)
    return [part for part in out if _has_title_head(part)]


def _complement_of_a_post(noun: Token) -> bool:
    """The office noun completes another post ("a spokesman for | the prime minister, X", "the adviser to |
    the President, Y"): the name set off after it holds that post, not the office in its complement."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in {"to", "for", "of"}
            and (prep.head.lower_ in lex().relational_titles or prep.head.lemma_.lower() in lex().title_heads))


def _with_posting_place(run: list[Token], head: Token) -> list[Token]:
    """ "X, Ambassador of Peru to the UAE": the "to"/"in" phrase right after a posted office
    (`posted_titles.txt`) that the parser hung on the clause's verb; the capitalised place it names
    (with "the" and "of" inside it) is where the post is."""
    doc = head.doc
    if not run or head.lemma_.lower() not in lex().posted_titles:
        return run
    k = run[-1].i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in {"to", "in"} or doc[k].head.i in {t.i for t in run}:
        return run
    end = k + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in {"the", "of"}) \
            and doc[end].ent_type_ not in {"PERSON", "DATE", "TIME"}:
        end += 1
    while end > k + 1 and doc[end - 1].lower_ in {"the", "of"}:
        end -= 1
    place = doc[k + 1:end]
    if not any(t.text[:1].isupper() for t in place):
        return run
    return run + list(doc[k:end])


def _spaced_dash(tok: Token) -> bool:
    """A dash between phrases ("X - the minister - said"), not a hyphen inside a word."""
    return tok.text in {"-", "\u2013", "\u2014", "--"} and (tok.whitespace_ != "" or tok.text in {"\u2014", "--"})


def _portfolio_list_end(doc: Doc, comma: int) -> int:
    """Where a title's complement ends when a comma at `comma` goes on with a list of portfolios
    ("Minister of Health, Labour and Welfare, ..."): capitalised words joined by commas and one "and",
    right after an of/for-complement's capitalised word. Else the comma itself."""
    if comma < 2 or doc[comma].text != "," or not doc[comma - 1].text[:1].isupper() \
            or not any(t.lower_ in {"of", "for"} for t in doc[max(0, comma - 4):comma]):
        return comma
    k, seen_and = comma + 1, False
    while k < min(comma + 12, len(doc)):
        tok = doc[k]
        if tok.lower_ == "and" and not seen_and:
            seen_and = True
        elif tok.text == "," and not seen_and:
            pass
        elif tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN"} and not tok.ent_type_ == "PERSON":
            pass
        else:
            break
        k += 1
    ends_list = seen_and and doc[k - 1].text[:1].isupper() and (k >= len(doc) or doc[k].text in {",", ";", ")", "."})
    return k if ends_list else comma


def _without_person_possessor(post: Token, run: list[Token], people: PeopleIndex) -> list[Token]:
    """A post's run without the person whose post it is ("President X's | spokesman", "the minister's |
    chief of staff"): the post is held by the name in apposition, to that person."""
    owner = next((c for c in post.children if c.dep_ == "poss" and any(people.mention_at(t.i) for t in c.subtree)), None)
    if owner is None:
        return run
    dropped = {t.i for t in owner.subtree}
    return [t for t in run if t.i not in dropped]


def _age_tokens(doc: Doc, start: int) -> set[int]:
    """The positions of an age told at the head of an apposition: "54," or "the 45-year-old" (its
    number, hyphens, "year" and "old"), which the title after it goes on from."""
    if start + 1 < len(doc) and doc[start].like_num and doc[start + 1].text == ",":
        return {start, start + 1}  # "X, 54, a former minister"
    k = start + (1 if start < len(doc) and doc[start].lower_ in {"the", "a", "an"} else 0)
    if k + 4 < len(doc) and doc[k].like_num and [t.lower_ for t in doc[k + 1:k + 5]] in (
            ["-", "year", "-", "old"], ["-", "years", "-", "old"]):
        return set(range(k, k + 5))
    return set()


def _np_tokens(root: Token, exclude: Token | None = None) -> list[Token]:
    """A title noun phrase without its determiner, relative clauses or the name it is attached to."""
    banned: set[int] = set()
    if exclude is not None:
        banned |= {t.i for t in exclude.subtree}
    for t in root.subtree:
        if t.dep_ in {"relcl", "acl", "appos", "advcl", "conj", "cc"} and t.head.i == root.i:
            banned |= {x.i for x in t.subtree}
        if t.dep_ == "prep" and t.head.i == root.i and any(c.ent_type_ in {"DATE", "TIME"} for c in t.children):
            banned |= {x.i for x in t.subtree}  # "on Tuesday" is when, not part of the office
        if t.dep_ == "punct" and t.head.i == root.i and not _inner_hyphen(t):
            banned.add(t.i)
    tokens = [t for t in root.subtree if t.i not in banned and not (t.dep_ == "det" and t.head.i == root.i)]
    # keep one contiguous run around the root
    run = [t for t in tokens if abs(t.i - root.i) < 12]
    run = _before_relative_word(run, root)
    doc, first = root.doc, min((t.i for t in run), default=root.i)
    while (first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_
           and doc[first - 2].is_alpha and doc[first - 2].i not in banned):
        run = [doc[first - 2], doc[first - 1]] + run  # "vice-president" that the parser split into siblings
        first -= 2
    return run


def _before_relative_word(run: list[Token], root: Token) -> list[Token]:
    """The phrase up to a relative word after its head ("a former finance minister in charge of tax policy |
    whose rank ..."): where the parser hung the relative clause on a word inside the complement, its words
    are no part of the office."""
    cut = next((t.i for t in run if t.i > root.i and t.tag_ in {"WDT", "WP", "WP$"}), None)
    return run if cut is None else [t for t in run if t.i < cut]


def _coordinated_titles(root: Token, run: list[Token], close: int | None, people: PeopleIndex) -> list[list[Token]]:
    """ "X, president and chief executive of Acme,": a second office word coordinated with the apposition's
    head is a second office (with the complement the parser gave it)."""
    out = []
    for conj in _conjunct_chain(root):
        if conj.lemma_.lower() not in lex().title_heads or (close is not None and conj.i >= close):
            continue
        if conj.lemma_.lower() in lex().occupations | lex().weak_title_heads | {"diplomat"}:
            continue  # "a former ambassador and career diplomat": a description, not a second post
        tokens = [t for t in _np_tokens(conj) if t.i > root.i and (close is None or t.i < close)]
        if not any(c.dep_ == "prep" for c in conj.children):  # "chairman and managing director of the bank":
            shared = [p for p in root.children if p.dep_ == "prep" and p.i > conj.i]  # the complement after both
            tokens += [t for p in shared[:1] for t in p.subtree if close is None or t.i < close]
        if tokens and not any(people.mention_at(t.i) for t in tokens):
            out.append(tokens)
    return out


def _conjunct_chain(root: Token) -> list[Token]:
    """The conjuncts of a head and of its conjuncts in turn: in "First Secretary and Prime Minister of Y and
    Governor of Z" the parser hangs "Governor" on "Minister", not on the first title."""
    out: list[Token] = []
    todo = [c for c in root.children if c.dep_ == "conj"]
    while todo:
        conj = todo.pop(0)
        out.append(conj)
        todo += [c for c in conj.children if c.dep_ == "conj"]
    return out


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside one word ("director-general"), not a dash between phrases."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_


TitleRuns = list[tuple[Mention, list[list[Token]]]]


def title_runs(doc: Doc, people: PeopleIndex) -> TitleRuns:
    """The title token runs around each name mention (before it, and in apposition)."""
    return [(m, _with_preposed(doc, m, people, pre_name_titles(doc, m, people) + _appositive_titles(doc, m, people)
                               + _predicate_titles(doc, m, people) + _byline_title_line(doc, m)))
            for m in people.name_mentions()]


_BYLINE_HEAD_TOKENS = 40  # a byline stands in the article's first lines


def _byline_title_line(doc: Doc, mention: Mention) -> list[list[Token]]:
    """ "By Maria Lindgren / Political editor": a name alone on a line near the top (after "By" or nothing)
    and a short line under it made of an office phrase only (capitalised first word, an office word last):
    the writer's post, as the comma of "By Maria Lindgren, Political editor" would say."""
    if mention.start > _BYLINE_HEAD_TOKENS or mention.end >= len(doc) or doc[mention.end].text.count("\n") != 1:
        return []
    before = [t for t in doc[_line_start(doc, mention.start):mention.start] if not t.is_space]
    if [t.lower_ for t in before] not in ([], ["by"]):
        return []
    line: list[Token] = []
    for tok in doc[mention.end + 1:min(mention.end + 8, len(doc))]:
        if "\n" in tok.text_with_ws and tok.is_space:
            break
        line.append(tok)
        if "\n" in tok.whitespace_:
            break
    else:
        return []
    ok = (line and line[0].text[:1].isupper() and line[-1].lower_ in lex().title_heads
          and all(t.is_alpha and not t.ent_type_ == "PERSON" for t in line))
    return [line] if ok else []


def _line_start(doc: Doc, k: int) -> int:
    """Where the line holding token k starts."""
    while k > 0 and "\n" not in doc[k - 1].text_with_ws:
        k -= 1
    return k


def _with_preposed(doc: Doc, mention: Mention, people: PeopleIndex, runs: list[list[Token]]) -> list[list[Token]]:
    """Add the office set off by a comma before the name ("the commander of the navy, Admiral X"), unless a
    run already covers it. A serving officer's rank between that comma and the name ("Admiral", "Air Chief
    Marshal") is the rank the person holds, as it is without the office before it; forms of address
    ("H.E. Mr.") and a retired officer's rank ("General (r)") are no office."""
    phrase = preposed_title_run(doc, mention, people)
    if phrase is None:
        return runs
    covered = {t.i for t in phrase}
    if any(t.i in covered for run in runs for t in run):
        return runs
    return [run for run in runs if not is_rank_only(run) or _serving_rank(run)] + [phrase]


def _serving_rank(run: list[Token]) -> bool:
    """A military rank with a rank word that is an office word ("Admiral", "Vice Admiral", "Lt. Gen."),
    without a mark of retirement."""
    return (any(t.lower_ in lex().military_ranks and (t.lower_ in lex().title_heads or t.lower_ in lex().title_expansions)
                and t.lower_ not in lex().honour_titles for t in run)
            and not any(t.lower_.rstrip(".") in _RETIRED_MARKS or t.lower_ in lex().former_words for t in run))


_COPULAS = {"be", "become", "remain"}


def _predicate_titles(doc: Doc, mention: Mention, people: PeopleIndex) -> list[list[Token]]:
    """Offices said of a name by a verb: "X is the envoy of ...", "X, who was spokesman for ...",
    "X served as ambassador to ...", "X became party chairman". A past copula ("was") makes the
    office a former one (the verb is kept at the front of the run as that marker)."""
    root = doc[mention.start:mention.end].root
    verbs = []
    runs: list[list[Token]] = []
    if root.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(root.head)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lex().appointment_verbs:
        verbs.append(root.head)  # "the president appointed X (as) finance minister"
    appointed = root.dep_ in {"nsubjpass", "dobj"}  # the subject of "appointed X" is the one who appoints
    if root.dep_ == "nsubj" and _set_off_participle(doc, mention, root.head):
        appointed = True  # "X, appointed Italy's ambassador last year, ...": a participle the parser read as finite
    participles = [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   and c.lemma_.lower() in lex().appointment_verbs]
    if participles:  # "X, named special envoy to the Sahel in 2024, ..."
        verbs += participles
        appointed = True
    if root.dep_ == "nmod" and root.head.dep_ == "oprd" and root.head.head.lemma_.lower() in lex().appointment_verbs:
        verbs.append(root.head.head)  # "named X foreign minister", parsed as "named [X foreign minister]"
        appointed = True
    fronted = _capacity_offices(root) if root.dep_ == "nsubj" else []
    if fronted:  # "As foreign minister of Kenya, X has ...", "X attended in her role as chair of Y"
        runs += [[t for t in _np_tokens(noun) if not people.mention_at(t.i)] for noun in fronted]
    for child in root.children:  # "X, who was spokesman for ...": a relative clause on the name
        if child.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "that"} for c in child.children):
            verbs.append(child)
    removal = removal_verb(doc, mention.start, mention.end)
    removed_by = removal.i if removal is not None else -1
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in _COPULAS:
            nouns = [c for c in verb.children if c.dep_ in {"attr", "acomp", "oprd"}]
        elif lemma in lex().as_office_verbs or verb.i == removed_by:  # "ousted as vice-president", "sits as chair"
            nouns = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     for p in prep.children if p.dep_ == "pobj"]
        elif lemma in lex().appointment_verbs and appointed:
            nouns = _appointed_as(verb, root)
        else:
            continue
        for noun in nouns:
            if noun.lemma_.lower() not in lex().title_heads or noun.pos_ not in {"NOUN", "PROPN"} or noun.i < mention.end:
                continue
            run = [t for t in _np_tokens(noun) if not people.mention_at(t.i) and t.tag_ != "POS"
                   and not (mention.start <= t.i < mention.end)]
            if any(t.lower_ in _STOP_BEFORE - {"his", "her"} for t in run if t.i < noun.i):
                continue  # "X is a writer", "X was an official": a description, not a post
            ranks = _ranks_by_a_deed(noun)
            if ranks and (noun.lower_ in lex().generic_office_words or noun.lower_ == "leader"):
                continue  # "X will become the first Chilean leader to visit Cuba": a record, not a post
            run = [t for t in run if t not in ranks]  # "the youngest prime minister who has led it": the post
            if run:
                past = lemma == "be" and verb.tag_ == "VBD" or verb.i == removed_by or _served_in_the_past(verb)
                runs.append(([verb] if past else []) + [t for t in run if t.dep_ != "poss" or lex().country_for(t.text)])
    return runs


def _ranks_by_a_deed(noun: Token) -> list[Token]:
    """ "the first Chilean leader to visit", "the youngest prime minister who has led": the ordinal or superlative
    that ranks a title by the deed told after it. The rank is no part of the post, and a generic word so ranked
    ("leader") names no post at all."""
    if not any(c.dep_ in {"acl", "relcl"} for c in noun.children):
        return []
    return [c for c in noun.children if c.dep_ == "amod" and c.is_lower
            and (c.tag_ in {"JJS", "RBS"} or c.lower_ in _RANK_WORDS)]


_RANK_WORDS = frozenset({"first", "second", "third", "last", "only", "sole"})


def _capacity_offices(subject: Token) -> list[Token]:
    """The office of an "as"-phrase in the subject's clause, before or after it: "As foreign minister of
    Kenya, X has ...", "Speaking in his capacity as party leader, X said", "X attended the summit in her
    role as chair of Y", "X leads the delegation as deputy minister", "X spoke at the forum as president
    of Z". Not where the verb casts its object ("described her as", `casting_verbs.txt`), has a person
    for its object, or the office is indefinite ("as a minister") or still to come ("as the next president")."""
    verb = subject.head
    casts = verb.lemma_.lower() in lex().casting_verbs | lex().appointment_verbs | lex().as_office_verbs \
        or any(c.dep_ in {"dobj", "dative"} and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in verb.children)
    clauses = [verb] + [c for c in verb.children if c.dep_ == "advcl"
                        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
    out = []
    for clause in clauses:
        objects = [c for c in clause.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
        for prep in (c for c in list(clause.children) + [g for o in objects for g in o.children] if c.dep_ == "prep"):
            # (also on the object: "attended the summit | in her role as ...")
            for as_prep in _as_phrases(prep):
                if casts and as_prep.i > subject.i:
                    continue  # (a fronted "As party leader, X appointed Y ..." is still X's)
                out += [o for o in as_prep.children if o.dep_ == "pobj" and o.lemma_.lower() in lex().title_heads
                        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in o.children)
                        and not any(c.lower_ in _TO_COME for c in o.children)]
    return out


_TO_COME = frozenset({"next", "future", "potential", "possible", "likely", "prospective", "eventual"})


def _as_phrases(prep: Token) -> list[Token]:
    """The "as" phrases a preposition of the clause opens or carries: "as" itself; the "as" after a
    capacity noun ("in her role as"); an "as" the parser hung on the object of another preposition
    ("spoke at the forum | as president", "at the talks | as foreign minister")."""
    if prep.lower_ == "as":
        return [prep]
    objects = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
               and o.lemma_.lower() not in lex().title_heads]
    return [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "as"
            and (prep.lower_ == "in" and o.lemma_.lower() in lex().capacity_nouns or o.lemma_.lower() not in lex().capacity_nouns)]


def _set_off_participle(doc: Doc, mention: Mention, verb: Token) -> bool:
    """ "X, appointed/named ambassador to Japan last year, presented ...": an appointment verb right after the
    name's comma, closed by a comma before the clause goes on, is a participle on the name."""
    if verb.lemma_.lower() not in lex().appointment_verbs or verb.i != mention.end + 1 or doc[mention.end].text != ",":
        return False
    close = next((t.i for t in doc[verb.i + 1:min(verb.i + 14, verb.sent.end)] if t.text == ","), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].pos_ in {"VERB", "AUX"}


def _appointed_as(verb: Token, name: Token) -> list[Token]:
    """The office an appointment verb gives: its predicate ("was named ambassador", "named X foreign
    minister") or the object of its "as" ("appointed X as finance minister", "was sworn in as
    minister"; the parser may hang "as" on the name). "swear" counts only as "sworn in"."""
    if verb.lemma_.lower() == "swear" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):
        return []
    nouns = [c for c in verb.children if c.dep_ in {"oprd", "attr"}
             or (c.dep_ == "dobj" and name.dep_ == "nsubj")]  # the participle's "object" is the office
    for holder in (verb, name):
        nouns += [p for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "as"
                  for p in prep.children if p.dep_ == "pobj"]
    return nouns


def _served_in_the_past(verb: Token) -> bool:
    """ "X served as ambassador to Japan (from 2010 to 2014)": a simple past of serving, with nothing
    that carries it into the present ("since 2019", "still", "now"), tells a past office; "has
    served" and "serves" do not."""
    if verb.lemma_.lower() not in {"serve", "act", "work"} or verb.tag_ != "VBD":
        return False
    return not any(t.lower_ in {"since", "still", "now", "currently"} for t in verb.subtree)


def _glued_slash(tok: Token) -> bool:
    """A slash written with no space on either side: "Prime Minister/Finance Minister"."""
    return tok.text == "/" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _split_at_slash(run: list[Token]) -> list[list[Token]]:
    """ "Deputy Secretary General for Economic Policy/Special Envoy for the Arctic": two posts
    joined by a slash inside one run, the second first (its complement may name the country both share)."""
    cut = next((k for k, t in enumerate(run) if k and _glued_slash(t)), None)
    if cut is None:
        return [run]
    first, second = run[:cut], run[cut + 1:]
    heads = lex().title_heads
    if any(t.lemma_.lower() in heads for t in first) and any(t.lemma_.lower() in heads for t in second):
        return [second, first]
    return [run]


def _slashed_title_before(doc: Doc, run: list[Token], people: PeopleIndex, longest: int = 14) -> list[list[Token]]:
    """ "the Deputy Prime Minister/Interior Minister of Moldova, X": a title joined to the run by a slash is a second
    post of the same holder (read after it, so it takes the run's country). Returns it as a run, or nothing."""
    k = run[0].i - 1 if run else -1
    if k < 1 or not _glued_slash(doc[k]):
        return []
    start = k
    while start > 0 and k - start < longest:
        tok = doc[start - 1]
        inner = tok.lower_ in {"of", "for", "and"} and start - 2 >= 0 and doc[start - 2].text[:1].isupper()
        if not ((tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ"}) or inner) or people.mention_at(tok.i):
            break
        start -= 1
    words = list(doc[start:k])  # (the post's head may come before its complement: "Secretary General for Trade")
    return [words] if any(t.lemma_.lower() in lex().title_heads for t in words) else []


def _counted_group(run: list[Token]) -> bool:
    """ "two other members of the guerrilla side", "several advisers to the president": a count or quantifier
    before a plural noun, told of a group; not "a one-time adviser" or "the G7 chair"."""
    counted = any((t.tag_ == "CD" and t.is_alpha and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-"))
                  or t.lower_ in {"other", "several"} for t in run)
    return counted and any(t.tag_ == "NNS" for t in run)


def extract_offices(doc: Doc, people: PeopleIndex, runs_by_mention: TitleRuns | None = None) -> list[Office]:
    """Every office stated for a named person in the article."""
    offices: list[Office] = []
    seen: set[tuple[str, str, bool]] = set()
    removed: dict[str, set[str]] = {}  # person -> head words of the offices the text says they lost
    for mention, runs in runs_by_mention if runs_by_mention is not None else title_runs(doc, people):
        evidence = Evidence.of(doc[mention.start].sent)
        verb = removal_verb(doc, mention.start, mention.end)  # "FBI Director X was fired"
        lost = verb is not None and not names_the_lost_office(verb)  # all the offices named with X here
        if lost and not runs:
            removed.setdefault(mention.person, set()).add(_ANY)  # "X was dismissed": whatever office X held
        runs = [part for whole in runs for run in _split_at_slash(whole)
                for part in [run] + _slashed_title_before(doc, run, people)]
        for k, run in enumerate(runs):
            if _counted_group(run):
                continue  # "two other members of the guerrilla side, A and B": a counted group, no one's office
            title, country, former, org = _title_parts(run, people)
            former = former or lost
            if former and verb is not None:
                removed.setdefault(mention.person, set()).update(_head_words(title))
            if not title or not any(w.lower() in lex().title_heads or _written_rank(w) for w in title.replace("-", " ").split()):
                continue  # ("Sen. Lieut. Gen.": a rank kept as written)
            if title.lower() in lex().weak_title_heads or _is_occupation(title):
                continue
            if k > 0 and country is None and offices and offices[-1].person == mention.person:
                country = offices[-1].org if offices[-1].org_is_country else None
            if country is None and org is None and run[-1].i == mention.start - 1:
                country, org = _postposed_place(doc, mention)  # "King Olaf Brandt of Norway"
            key = (mention.person, title.lower(), former)
            if key in seen:
                continue
            seen.add(key)
            offices.append(Office(
                person=mention.person, title=title, org=org or country, org_is_country=org is None and country is not None,
                former=former, evidence=evidence, confidence=0.85 if run[-1].i == mention.start - 1 else 0.7,
            ))
    listed = plural_title_offices(doc, people) + respective_title_offices(doc, people, lambda run: _title_parts(run, people))
    offices = _with_listed_offices(offices, listed)
    offices = _lost_offices_are_past(offices, removed)
    known = {(o.person, o.title.lower()) for o in offices}
    offices += [o for o in counterpart_offices(doc, people, offices) if (o.person, o.title.lower()) not in known]
    offices += [o for o in predecessor_offices(doc, people, offices) if not any(x.person == o.person for x in offices)]
    offices += elided_offices(doc, people, offices)
    offices += [o for o in verb_offices(doc, people) if not _has_office_in(offices, o.person, o.org)]
    offices += [o for o in affiliated_offices(doc, people) if not _has_office_in(offices, o.person, o.org)]
    offices += [o for o in letter_offices(doc, people) if (o.person, o.title.lower()) not in known]
    held = {(o.person, o.title.lower(), o.former) for o in offices}
    told = succession_offices(doc, people, lambda run: _title_parts(run, people))
    told += appointment_noun_offices(doc, people, lambda run: _title_parts(run, people))
    for office in told:
        if (office.person, office.title.lower(), office.former) not in held:
            held.add((office.person, office.title.lower(), office.former))
            offices.append(office)
    return [o for o in offices if not _is_aspirant(o.title)]  # "presidential candidate X" seeks, holds nothing


def pronoun_subject_offices(doc: Doc, people: PeopleIndex, offices: list[Office]) -> list[Office]:
    """Offices said of a pronoun subject once pronouns are resolved: "X met the delegation. She is the
    chief executive of Y.", "He was appointed finance minister in May." (the same predicates as for a
    name: copulas, appointments, "serves as"). An office the person already has is not repeated."""
    held = {(o.person, o.title.lower(), o.former) for o in offices}
    out: list[Office] = []
    for mention in people.sorted_mentions():
        if mention.kind != "pronoun" or doc[mention.start].dep_ not in {"nsubj", "nsubjpass"}:
            continue
        for run in _predicate_titles(doc, mention, people):
            title, country, former, org = _title_parts(run, people)
            if not title or not _has_title_head(run) or title.lower() in lex().weak_title_heads or _is_occupation(title) \
                    or _is_aspirant(title):
                continue
            key = (mention.person, title.lower(), former)
            if key in held:
                continue
            held.add(key)
            out.append(Office(person=mention.person, title=title, org=org or country,
                              org_is_country=org is None and country is not None, former=former,
                              evidence=Evidence.of(doc[mention.start].sent), confidence=0.6))
    return out


def _has_office_in(offices: list[Office], person: str, org: str | None) -> bool:
    """The person already has an office stated in that body ("Roe, the governor of the central bank,
    who heads it")."""
    return any(o.person == person and o.org and org and o.org.lower() == org.lower() for o in offices)


def _with_listed_offices(offices: list[Office], listed: list[Office]) -> list[Office]:
    """Offices from a plural title over a list of names ("the ministers of Energy and Trade, A and B")
    replace what the name-by-name rules read in the same sentence for those people (they give the
    first name the whole plural phrase and the others nothing)."""
    if not listed:
        return offices
    replaced = {(o.person, o.evidence.start) for o in listed}
    kept = [o for o in offices if (o.person, o.evidence.start) not in replaced]
    seen = {(o.person, o.title.lower(), o.former) for o in kept}
    return kept + [o for o in listed if (o.person, o.title.lower(), o.former) not in seen]


_ANY = "*"  # a removal that names no office


def _only_office(offices: list[Office], person: str) -> bool:
    """The person is named with one current office only (so a bare "X was fired" can only mean it)."""
    return len({o.title.lower() for o in offices if o.person == person and not o.former}) == 1


def _head_words(title: str) -> set[str]:
    return {w for w in title.lower().replace("-", " ").split() if w in lex().title_heads}


def _lost_offices_are_past(offices: list[Office], removed: dict[str, set[str]]) -> list[Office]:
    """An office the article says a person lost is past wherever it names it ("FBI Director X" in one
    sentence, "X was fired" in another): their current office with the same head word becomes former
    (dropped where that former office is already there)."""
    if not removed:
        return offices
    out: list[Office] = []
    have = {(o.person, o.title.lower()) for o in offices if o.former}
    for office in offices:
        lost = removed.get(office.person, set())
        if not office.former and (_head_words(office.title) & lost or _ANY in lost and _only_office(offices, office.person)):
            if (office.person, office.title.lower()) in have:
                continue
            office = replace(office, former=True)
            have.add((office.person, office.title.lower()))
        out.append(office)
    return out


def _postposed_place(doc: Doc, mention: Mention) -> tuple[str | None, str | None]:
    """ "President Tomas Vell of Chile", "Queen Ana Lind of Sweden", "Mayor Jean Roux of Lyon": the
    (country, place) named in an of-phrase right after a titled name. A country counts only by its own
    name (a capital there is the city the post is in: "Mayor X of Lima")."""
    k = mention.end
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None, None
    start = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else k + 1
    ent = entity_starting_at(doc[start]) or _untagged_country_at(doc, start)
    if ent is None or ent.label_ != "GPE":
        return None, None
    text = ent.text[:-2] if ent.text.endswith(("'s", "\u2019s")) else ent.text
    country = lex().country_for(text)
    if country is not None and text not in lex().city_forms and (
            strip_leading_the(text).lower() == strip_leading_the(country).lower() or text in _SHORT_COUNTRY_FORMS):
        return country, None
    return None, (text if country is None or text in lex().city_forms else None)


def _untagged_country_at(doc: Doc, start: int) -> Span | None:
    """ "Foreign Minister Kaja Tamm of Estonia", "Mayor Jean Roux of Lyon", where NER tagged no place: a
    country's own name or a known town of one or two words, closing the of-phrase (no capitalised word after
    it: not "of Estonia Airlines"), as a place."""
    for n in (2, 1):
        end = start + n
        if end > len(doc) or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
            continue
        words = doc[start:end]
        if all(t.text[:1].isupper() and t.is_alpha and not t.ent_type_ for t in words) \
                and (lex().country_for(words.text) and words.text in lex().countries or words.text in lex().city_forms):
            return Span(doc, start, end, label="GPE")
    return None


_SHORT_COUNTRY_FORMS = {"U.S.", "US", "USA", "U.S.A.", "America", "UK", "U.K.", "Britain", "Great Britain", "UAE", "Russian Federation"}


def person_countries(offices: list[Office]) -> dict[str, str]:
    """The country each person serves, from the first office that names one."""
    out: dict[str, str] = {}
    for office in offices:
        if office.org_is_country and office.org and not office.former:
            out.setdefault(office.person, office.org)
    return out


def title_span_tokens(runs_by_mention: TitleRuns) -> set[int]:
    """Token positions that belong to titles of names (so descriptions do not read them as new people)."""
    return {t.i for _, runs in runs_by_mention for run in runs for t in run}


__all__ = ["extract_offices", "person_countries", "pre_name_titles", "pronoun_subject_offices", "title_runs",
           "title_span_tokens"]
