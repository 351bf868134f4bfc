"""Whether a capitalised span names a person or something else, read from the words around it:
datelines, routes and journeys, places after "the", agency credits, classifier appositions, the slots after
titles, delegations and offices where a name is due.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_words import (ORG_WORDS, is_first_name, is_name_token, is_style_of_address, name_shaped,
                                          postnominal_letters)
from newsgraph.extract.syntax import entity_of


LOCATIVE_PREPS = {"in", "near", "outside", "at", "via", "inside", "across", "around", "towards", "toward", "through"}


PERSON_TAKING_HEADS = {"believe", "confidence", "trust", "faith", "interest", "role", "stake"}  # "trust in X"


def argument_slot(tok: Token) -> bool:
    """Subject or object of a verb, or the object of "with"/"by": where a person's name stands."""
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:  # not a verb inside a name ("Promoting Christian Unity")
        return tok.head.pos_ in {"VERB", "AUX"} and not tok.head.is_title
    return tok.dep_ == "pobj" and tok.head.lower_ in {"with", "by"}


def classified_after(doc: Doc, end: int) -> bool:
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


def alone_in_parentheses(doc: Doc, ent: Span) -> bool:
    """"(Yonhap)", "(Reuters)": a lone name in brackets is a news agency's credit."""
    return (len(ent) == 1 and ent.start > 0 and ent.end < len(doc)
            and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")")


def modifies_plural_noun(doc: Doc, ent: Span) -> bool:
    """"Cougar and Fennec helicopters": a name that is a compound modifier of a plural common noun."""
    node = ent.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    return (node.dep_ in {"compound", "amod", "nmod"} and head.tag_ == "NNS" and head.i >= ent.end
            and head.lower_ not in lex().people_nouns and head.lemma_.lower() not in lex().title_heads)  # not "Obama aides"


def route_end(doc: Doc, k: int) -> bool:
    """ "from Busan to Rotterdam": a capitalised word at either end of a from-to route is a place."""
    before = doc[k - 1].lower_ if k > 0 else ""
    if before == "from" and k + 2 < len(doc) and doc[k + 1].lower_ == "to" and doc[k + 2].text[:1].isupper():
        return True
    return before == "to" and k >= 3 and doc[k - 3].lower_ == "from" and doc[k - 2].text[:1].isupper()


def opens_a_dateline(doc: Doc, ent: Span) -> bool:
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


def journey_end(prep: Token) -> bool:
    """ "flew to Da Nang", "travelled on to Kismayo", "left for Garowe", "a mission to Cuttack": where a
    journey ends is a place (one flies to see someone, not to them)."""
    if prep.lower_ == "to" and prep.dep_ in {"prep", "dative"} and _journey_noun_or_sent(prep.head):
        return True  # "a trade mission to Cuttack", "the road to Kasena", "send a mission to Cuttack"
    verbs = _JOURNEY_VERBS.get(prep.lower_)
    if verbs is None or prep.dep_ != "prep":
        return False
    head = prep.head
    if head.pos_ == "ADV" and head.head.i != head.i:  # "flew on to", "went back to"
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in verbs


def _journey_noun_or_sent(head: Token) -> bool:
    """A journey noun ("mission", `journey_nouns.txt`), or a verb whose object is one ("send a mission")."""
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in lex().journey_nouns
    return head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex().journey_nouns
                                       for c in head.children)


def with_the(doc: Doc, ent: Span) -> bool:
    """ "the Sahel", "into the Donbas": one capitalised word after "the", as places and regions are
    named and people are not (not "the Obamas", not "the Kremlin's X")."""
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the" or ent.text.endswith("s"):
        return False
    word = ent[0].lower_
    if word in lex().title_heads or word in lex().honorifics or word in lex().gendered_titles:
        return False  # "the Emir said": a title, whoever holds it
    after = doc[ent.end] if ent.end < len(doc) else None
    return after is None or (after.tag_ != "POS" and not (after.text[:1].isupper() and after.pos_ == "PROPN"))


def after_a_countrys_possessive(ent: Span) -> bool:
    """ "Nigeria's Bola Okonjo-Adebayo": a given name and a hyphenated surname after a country's
    possessive, which NER took for an organisation (an organisation would carry an organisation word)."""
    doc = ent.doc
    return (len(ent) == 4 and ent[2].text == "-" and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS"
            and lex().country_for(doc[ent.start - 2].text) is not None)


def untagged_name_pair(doc: Doc, k: int) -> bool:
    """ "Minister for Trade and Industry Ong Bee Lian": two or more capitalised words NER left untagged,
    with no office, organisation or portfolio word among them, where a name is due."""
    words = []
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_:
        words.append(doc[k])
        k += 1
    return 2 <= len(words) <= 4 and not any(
        t.lower_ in ORG_WORDS or t.lower_ in lex().title_heads or t.lower_ in lex().title_modifiers
        or t.lower_ in lex().non_person_heads for t in words)


def name_run_into_a_body(doc: Doc, k: int) -> bool:
    """ "Chairman of the Senate of the Republic of X | Ana Soto": two or three name words that NER ran on from
    the body the title is of (inside its entity), closed by a lower-case word or punctuation."""
    if doc[k].ent_iob_ != "I" or doc[k].ent_type_ not in {"ORG", "GPE"}:
        return False
    end = k
    while end < len(doc) and end - k < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return 2 <= end - k <= 3 and (end == len(doc) or not doc[end].text[:1].isupper()) and name_shaped(doc[k:end])


def lone_surname_word(tok: Token) -> bool:
    """A capitalised word that can stand alone as a person's surname: three letters or more, and no body, office,
    portfolio, non-person, country or city word."""
    low = tok.lower_
    return (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok) > 2 and not closes_a_body(tok)
            and low not in lex().title_heads and low not in lex().title_modifiers and low not in lex().non_person_heads
            and not lex().country_for(tok.text) and tok.text not in lex().city_forms)


def name_after_a_closing_country(doc: Doc, k: int) -> bool:
    """ "Ambassador of Japan to France | Suzuki", "... to the Republic of Korea | Ito attended": one
    capitalised word right after a title complement that a country closes is the holder's name, even where NER ran
    the country on into it."""
    tok = doc[k]
    closes_country = any(country_span_end(doc, i) == k for i in range(max(0, k - 7), k - 1)) \
        or (k > 0 and lex().country_for(doc[k - 1].text) == doc[k - 1].text)
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return (closes_country and lone_surname_word(tok) and (nxt is None or not nxt.text[:1].isupper())
            and tok.ent_type_ in {"", "PERSON", "ORG", "GPE"})


def closing_single_name(doc: Doc, k: int) -> bool:
    """ "Coordinating Minister for Maritime Affairs Suryadi, who ...": one capitalised word NER left untagged after
    an office's complement, closed by punctuation, "etc" or "and" before a capitalised word (the next listed
    holder): a person known by one name."""
    tok = doc[k]
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    closed = nxt is not None and (nxt.text in {",", ".", ";", ")"} or nxt.lower_ == "etc"
                                  or nxt.lower_ == "and" and k + 2 < len(doc) and doc[k + 2].text[:1].isupper())
    # untagged, or the last word of a body NER ran on from the portfolios ("of Land, Infrastructure and Transport Ota")
    ran_on = (tok.ent_iob_ == "I" and tok.ent_type_ == "ORG" and (nxt is None or nxt.ent_iob_ != "I")
              and any(t.lower_ in {"and", ","} for t in doc[entity_of(tok).start:k]))
    return (not tok.ent_type_ or ran_on) and closed and lone_surname_word(tok)


def country_before_possessive(doc: Doc, start: int) -> int | None:
    """Where the country of "Fiji's", "New Zealand's" begins, when a country's possessive ends right
    before token `start`; else None."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    for n in (3, 2, 1):
        if start - 1 - n >= 0 and lex().country_for(doc[start - 1 - n:start - 1].text):
            return start - 1 - n
    return None


def leads_a_delegation(doc: Doc, start: int) -> bool:
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


def _membership_slot_verb(doc: Doc, start: int) -> int | None:
    """The verb of a membership slot right before token `start` ("included", "comprising", "made up of",
    "consisted of", "its members are"), or None."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "also":
        k -= 1
    if k < 1:
        return None
    if doc[k].lemma_.lower() in {"include", "comprise", "feature"} and doc[k].pos_ == "VERB":
        return k
    if doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() in {"consist", "compose", "comprise"}:
        return k - 1
    if doc[k].lower_ == "of" and doc[k - 1].lower_ == "up" and k >= 2 and doc[k - 2].lemma_.lower() == "make":
        return k - 2
    if doc[k].lemma_ == "be" and any(t.lower_ in lex().member_nouns or t.lower_ == "delegates"
                                     for t in doc[max(0, k - 3):k]):
        return k  # "its members are A, B and C", "the delegates were A and B"
    return None


def opens_a_delegation_roster(doc: Doc, start: int) -> bool:
    """ "the delegation, made up of A, B and C", "its members are A, B and C": a list right after a
    membership slot of a delegation names people, so its name-shaped items are persons even where NER
    took a given name it does not know for a place or a people. The delegation word stands before the slot
    in its sentence, or in the sentence before when the slot says "its members"."""
    verb = _membership_slot_verb(doc, start)
    if verb is None:
        return False
    groups = lex().delegation_nouns | {"delegation", "delegates"}
    sent = doc[verb].sent
    if any(t.lemma_.lower() in groups or t.lower_ in groups for t in doc[max(sent.start, verb - 12):verb]):
        return True
    told_before = doc[sent.start - 1].sent if sent.start > 0 else None
    return told_before is not None and any(t.lower_ in {"its", "their"} for t in doc[sent.start:verb]) \
        and any(t.lemma_.lower() in groups for t in told_before)


def lists_delegation_members(subject: Token) -> bool:
    """ "A and B were part of the Mongolian delegation", "C and D are members of the team", "E and F were among
    the delegates": a subject list a copula makes members of a delegation."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    groups = lex().delegation_nouns | {"delegation", "delegates"}
    for attr in (c for c in verb.children if c.dep_ in {"attr", "prep"}):
        noun = next((o for o in attr.children if o.dep_ == "pobj"), None) if attr.lower_ == "among" else attr
        if noun is None:
            continue
        if (noun.lemma_.lower() in groups or noun.lower_ in groups) and noun.tag_ == "NNS":
            return True  # "were among the delegates"
        if noun.lower_ in lex().member_nouns and any(
                o.lemma_.lower() in groups for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"):
            return True
    return False


def office_apposition_after(doc: Doc, comma: int) -> bool:
    """After the comma: "the Swedish foreign minister,", "a former senator,", "then president of X",
    "Japan's finance minister": a short noun phrase headed by an office word, ending at punctuation
    or an of/for complement."""
    k = comma + 1
    if k < len(doc) and doc[k].lower_ in {"the", "a", "an", "then", "now"}:
        k += 1
    elif k + 1 < len(doc) and doc[k + 1].tag_ == "POS":
        k += 2  # "Japan's"
    elif k + 2 < len(doc) and doc[k + 2].tag_ == "POS" and lex().country_for(doc[k:k + 2].text):
        k += 3  # "South Africa's"
    for j in range(k, min(len(doc), k + 5)):
        tok = doc[j]
        if tok.lower_ in lex().title_heads or tok.lemma_.lower() in lex().title_heads:
            after = doc[j + 1] if j + 1 < len(doc) else None
            return after is None or after.is_punct or after.lower_ in {"of", "for", "to", "at", "in"} \
                or after.lower_ in lex().title_heads
        if not (tok.pos_ in {"ADJ", "NOUN", "PROPN"} or tok.text == "-" or tok.lower_ in lex().former_words
                or (tok.tag_ == "POS" and j > k)):  # "the party's chairman"
            return False
    return False


def title_complement_start(doc: Doc, k: int) -> int | None:
    """Where the of/to/for complement ending at token k begins, when k ends "President of Gabon",
    "Co-founder of Acme", "Ambassador to France", "chairman of the water board": a title head with a
    short complement, so "the President of Ruritania, Tomas Vell" is a pre-posed title."""
    body_named = False  # "the head of the Office for Trade and Investment": a body's own complement inside
    for j in range(k - 1, max(-1, k - 10), -1):
        if doc[j].lower_ in {"of", "to", "for", "in"}:  # "Principal Secretary in the State Department for Mining"
            head = doc[j - 1] if j > 0 else None
            if head is not None and (head.lower_ in lex().title_heads or head.lemma_.lower() in lex().title_heads
                                     or head.lower_ in lex().relational_titles):  # "chief of staff to"
                return j
            if head is not None and j > 2 and doc[j - 2].lower_ == "of" and head.text[:1].isupper() \
                    and doc[j - 3].lower_ in lex().title_heads:
                return j - 2  # "Minister of State | for Trade", "Secretary of State | for Wales": a further complement
            if head is not None and head.text[:1].isupper() and head.pos_ == "PROPN" and j > 1 and doc[j - 2].text[:1].isupper():
                continue  # "of" inside a body's name: "the head of the Central Bank | of Nigeria"
            if head is not None and _names_a_body(head) and not body_named:
                body_named = True
                continue
            return None
        if j < k - 5 and not body_named and not any(t.text == "," for t in doc[j:k]):
            return None  # a long complement only as a list of portfolios
        if not (doc[j].pos_ in {"PROPN", "DET", "NOUN", "ADJ"} or doc[j].tag_ == "POS" or doc[j].text[:1].isupper()
                or _hyphen_inside_word(doc[j])  # "the governor of Nord-Kivu", "to Minister Ana Brnabic-Juric"
                or (doc[j].lower_ in {"and", "&"} and doc[j + 1].text[:1].isupper())  # "Minister of Mines and Energy"
                or _lists_portfolios(doc, j, k)):
            return None
    return None


def _names_a_body(tok: Token) -> bool:
    """ "Office", "Agency", "Commission" opening a body's name with its own complement ("the Agency for
    Roads and Bridges"), inside a title's complement."""
    return tok.text[:1].isupper() and tok.lower_ in ORG_WORDS and tok.pos_ in {"PROPN", "NOUN"}


def _hyphen_inside_word(tok: Token) -> bool:
    """The hyphen of "Brnabic-Juric" or "Nord-Kivu", which the tokenizer splits off (no space on either side)."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_


def _lists_portfolios(doc: Doc, comma: int, end: int) -> bool:
    """A comma inside a title's list of capitalised portfolios that "and" closes before `end`, a comma
    after it ("the Commissioner for Trade, Industry and Mining, X"): part of the complement, not its end."""
    return (doc[comma].text == "," and doc[comma + 1].text[:1].isupper() and doc[comma - 1].text[:1].isupper()
            and any(t.lower_ in {"and", "&"} for t in doc[comma + 1:end + 1])
            and end + 1 < len(doc) and doc[end + 1].text == ",")  # set off: no name runs on from its last word


def country_span_end(doc: Doc, i: int, longest: int = 7) -> int | None:
    """The end of a country named from token `i` over several words ("the United States", "the
    United Arab Emirates"), or None."""
    for n in range(longest, 1, -1):
        words = doc[i:i + n]
        if len(words) == n and all(t.text[:1].isupper() or t.lower_ in {"the", "of"} for t in words) \
                and words[-1].lower_ != "of" and lex().country_for(words.text):
            return i + n  # "the United States", "the Republic of Korea"
    return None


def name_before_letters(doc: Doc, k: int, longest: int = 4) -> tuple[int, int] | None:
    """ "Aoife Kelly | TD", "Sir Peter Grant | KBE": the run of two to four capitalised name words right before
    post-nominal letters at token k, or None."""
    if not postnominal_letters(doc[k]):
        return None
    start = k
    while start > 0 and k - start < longest and doc[start - 1].pos_ == "PROPN" and is_name_token(doc[start - 1]) \
            and doc[start - 1].lower_ not in lex().title_heads and not lex().country_for(doc[start - 1].text) \
            and doc[start - 1].lower_ not in ORG_WORDS and not postnominal_letters(doc[start - 1]):
        start -= 1
    return (start, k) if k - start >= 2 else None


def country_name_pairs(doc: Doc, k: int, longest: int = 4) -> list[tuple[str, tuple[int, int]]]:
    """ "the Foreign Ministers of | Chile, Ana Torres, and Peru, Luis Vargas": countries and names interleaved from
    token k, each country followed by its holder's name set off by commas. Returns (country, (start, end) of the
    name) for each pair; none unless two pairs or more are listed and the list ends at a comma, a full stop or a
    verb."""
    pairs: list[tuple[str, tuple[int, int]]] = []
    j = k
    while j < len(doc):
        end = country_span_end(doc, j) or (j + 1 if lex().country_for(doc[j].text) else None)
        if end is None or end + 1 >= len(doc) or doc[end].text != ",":
            break
        start = stop = end + 1
        while stop < len(doc) and stop - start < longest and doc[stop].pos_ == "PROPN" and is_name_token(doc[stop]) \
                and not lex().country_for(doc[stop].text) and doc[stop].lower_ not in ORG_WORDS:
            stop += 1
        if stop - start < 2:
            break
        pairs.append((lex().country_for(doc[j:end].text), (start, stop)))
        j = stop + 1 if stop < len(doc) and doc[stop].text == "," else stop
        if j < len(doc) and doc[j].lower_ == "and":
            j += 2 if j + 1 < len(doc) and doc[j + 1].lower_ == "of" else 1  # "..., and of Peru, B"
        elif not (j > stop and j < len(doc) and lex().country_for(doc[j].text)):
            break
    if len(pairs) < 2:
        return []
    last = pairs[-1][1][1]
    ends_well = last >= len(doc) or doc[last].text in {",", ".", ";"} or doc[last].pos_ in {"VERB", "AUX"}
    return pairs if ends_well else []


def _country_closing_complement(doc: Doc, k: int) -> int | None:
    """A country that makes a whole complement and is followed by a capitalised word: "Ambassador of Japan to |France|
    Suzuki", "to |the Republic of Korea| Ito". The word after it opens the holder's name, so the complement
    ends with the country; returns where the country ends, or None."""
    end = country_span_end(doc, k) or (k + 1 if lex().country_for(doc[k].text) == doc[k].text else None)
    if end is None or end >= len(doc):
        return None
    nxt = doc[end]
    return end if (nxt.text[:1].isupper() and nxt.lower_ not in {"of", "and", "the"} and nxt.pos_ == "PROPN"
                   and nxt.lower_ not in ORG_WORDS and not lex().country_for(nxt.text)) else None


def further_complements_end(doc: Doc, end: int) -> int:
    """After a title's first complement ending before token `end`, further ones the title carries:
    "Secretary of State | for Trade", "Minister of State | at the Ministry of Foreign Affairs". Each is a
    preposition of `title_complement_preps.txt`, an optional "the" and capitalised words that open no
    given name; returns where the last one ends (`end` itself when there is none)."""
    while end + 1 < len(doc) and doc[end].lower_ in lex().title_complement_preps:
        k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        country_end = _country_closing_complement(doc, end + 1)
        if country_end is not None:
            end = country_end
            continue
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


def ends_definite_office(doc: Doc, k: int) -> bool:
    """Token k ends "the country's top diplomat", "the bank's chief executive", "the new defence
    minister", "his deputy": an office word heading a definite or possessive noun phrase."""
    if doc[k].lower_ not in lex().title_heads:
        return False
    for j in range(k - 1, max(-1, k - 6), -1):
        if doc[j].lower_ in {"the", "his", "her", "their", "its"} or doc[j].tag_ == "POS":
            return True
        if not (doc[j].pos_ in {"ADJ", "NOUN", "PROPN"} or doc[j].text == "-"):
            return False
    return False


def ends_counterpart_phrase(doc: Doc, k: int) -> bool:
    """Token k ends "his counterpart from Peru", "her Chilean counterpart", "his opposite number in Lima"."""
    for j in range(k, max(-1, k - 5), -1):
        if doc[j].lower_ in lex().counterpart_nouns or (doc[j].lower_ == "number" and j > 0 and doc[j - 1].lower_ == "opposite"):
            return j == k or (doc[j + 1].lower_ in {"from", "of", "in"} and all(t.text[:1].isupper() or t.lower_ == "the" for t in doc[j + 2:k + 1]))
    return False


def _title_run_end(doc: Doc, k: int, longest: int = 4) -> int:
    """Where the office words from `k` on end ("Deputy Governor", "managing director")."""
    end = k
    while end < len(doc) and end - k < longest and (doc[end].lower_ in lex().title_modifiers
                                                   or doc[end].lower_ in lex().title_heads):
        end += 1
    return end


def _holder_named_at(doc: Doc, k: int) -> bool:
    """A person's name starts at `k`, after any comma and forms of address."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    while k < len(doc) and (doc[k].lower_ in lex().honorifics or is_style_of_address(doc[k])):
        k += 1
    if k >= len(doc):
        return False
    if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B":
        return True
    # a two-word name NER took for something else ("..., Pascal Dupont, had planned")
    return k + 1 < len(doc) and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in lex().title_heads
                                    for t in doc[k:k + 2])


def names_a_posts_seat(doc: Doc, ent: Span) -> bool:
    """ "Manitoba Premier A B", "Tarvia Governor C D", "Kestrel Alloys managing director E F", "Lakeview's
    mayor, G H": a name right before (or owning) the title of a post that heads a place or a body,
    with the holder's name after it, is that place or body: nobody has a premier, a governor or a
    mayor (`seat_titles.txt`; not "Putin aide X", whose title is a person's)."""
    k = ent.end
    if ent[-1].tag_ == "POS":
        pass  # NER took the possessive ending into the name
    elif k < len(doc) and doc[k].tag_ == "POS":
        k += 1  # "Lakeview's mayor"
    else:
        while (k < len(doc) and k - ent.end < 2 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper()
               and doc[k].ent_type_ != "PERSON" and doc[k].lower_ not in lex().title_heads
               and doc[k].lower_ not in lex().title_modifiers):
            k += 1  # "Nova | Scotia Premier": the rest of the place NER left out
    end = _title_run_end(doc, k)
    return end > k and doc[end - 1].lower_ in lex().seat_titles and _holder_named_at(doc, end)


def modifies_place_noun(doc: Doc, ent: Span) -> bool:
    """ "linking Kasena port with the coast", "the Dovrik district": a name that is the compound
    modifier of a singular place noun right after it names the place (`place_head_nouns.txt`)."""
    node = ent.root
    return (ent.end < len(doc) and node.dep_ == "compound" and node.head.i == ent.end
            and doc[ent.end].lower_ in lex().place_head_nouns and doc[ent.end].tag_ == "NN")


def names_a_storm(doc: Doc, ent: Span) -> bool:
    """ "Cyclone Pam", "Hurricane Maria": a given name after a storm word is the storm's."""
    first = ent[0] if ent[0].lower_ in lex().storm_words else (doc[ent.start - 1] if ent.start > 0 else None)
    return first is not None and first.lower_ in lex().storm_words and first.text[:1].isupper()


def _conjuncts(tok: Token) -> list[Token]:
    """The members of the coordination `tok` belongs to ("A, B and C"), `tok` included."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    out, stack = [], [node]
    while stack:
        member = stack.pop()
        out.append(member)
        stack.extend(c for c in member.children if c.dep_ == "conj")
    return out


def listed_with_places(doc: Doc, ent: Span) -> bool:
    """ "jobs in Tarrow, Mount Kerr and Cloncarra", "patrols in Tarrow, Kessel and Amber areas": a short name
    listed with places (three or more members, a place among the others, no person) after a locative
    preposition or before a place noun is one more place."""
    if len(ent) > 2 or is_first_name(ent[0].text):
        return False
    chain = _conjuncts(ent.root)
    members = [t for t in chain if not (ent.start <= t.i < ent.end)]
    if len(members) < 2 or not _in_a_place_slot(chain[0]):
        return False
    types = {t.ent_type_ for t in members}
    return bool(types & {"GPE", "LOC", "FAC"}) and "PERSON" not in types and all(t.pos_ == "PROPN" for t in members)


def _in_a_place_slot(tok: Token) -> bool:
    """After a locative preposition ("in A, B and C") or modifying a place noun ("A, B and C districts")."""
    nouns = lex().place_head_nouns | {"area"}
    if any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in tok.children):
        return True  # the parser hangs "areas" on the first member
    if tok.dep_ == "pobj":
        return tok.head.lower_ in LOCATIVE_PREPS
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in nouns



def closes_a_body(tok: Token) -> bool:
    """A word that ends a body's name: an organisation word ("Parliament", "Commission", "League") or an
    acronym ("ASEAN", "OPEC")."""
    low = tok.lower_
    return tok.text[:1].isupper() and (low in ORG_WORDS or low in lex().body_closing_words
                                       or (tok.text.isupper() and tok.is_alpha and len(tok.text) >= 2))


def _plain_name_word(tok: Token, first: bool) -> bool:
    """A capitalised word that may stand in a holder's name: no body, office or country word (after the first
    word, a capital's name may be a surname: "Ana Lima")."""
    low = tok.lower_
    place = lex().country_for(tok.text) if first else tok.text in lex().countries
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper() and tok.is_alpha
            and low not in ORG_WORDS and low not in lex().body_closing_words and low not in lex().title_heads
            and low not in lex().title_modifiers and not place
            and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL"} and (tok.ent_type_ != "GPE" or not first))


def name_after_body_complement(doc: Doc, of: Token, longest: int = 8) -> tuple[int, int] | None:
    """ "Speaker of Parliament Ana Lima", "Deputy Secretary-General of ASEAN Nguyen Thi Hoa", "Secretary-General
    of the Arab League Ahmed Aboul Gheit Hassan": after a capitalised office word's of-complement that names a
    body (closed by an organisation word or an acronym), the two to five plain capitalised words up to where
    the clause goes on are the holder's name, however NER cut them or ran the body into them. Returns the
    name's (start, end)."""
    k = of.i
    if k < 1 or doc[k - 1].lower_ not in lex().title_heads or not doc[k - 1].text[:1].isupper():
        return None
    end = k + 1
    while end < len(doc) and end - k <= longest and (
            (doc[end].text[:1].isupper() and doc[end].is_alpha) or doc[end].lower_ in {"of", "the", "and", "&"}):
        end += 1
    if end < len(doc) and doc[end].text[:1].isupper():
        return None  # the capitalised words go on past the window: no clear end of the name
    for c in range(end - 3, k, -1):  # the last body word with a name of two words or more after it
        if not closes_a_body(doc[c]):
            continue
        if 2 <= end - c - 1 <= 5 and all(_plain_name_word(t, t.i == c + 1) for t in doc[c + 1:end]):
            return c + 1, end
        return None
    return None
