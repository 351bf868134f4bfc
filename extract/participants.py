"""Participants named in a list, read along the surface of the sentence.

"met with A, B, and C", "received the President of X, Y, and Spain's prime minister, Z": the small
parser often attaches only the first name, or reads "with" as a clause marker. A list is read token
by token instead: names, titles, nationality words, "of <country>", possessives, commas and "and"
continue it; a verb, a preposition other than "of", a relative pronoun or a clause boundary ends it.
A name followed directly by a finite verb starts a new clause ("..., and Lee said") and is left out.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.name_words import ORG_WORDS, rank_read_as_preposition
from newsgraph.extract.people import PeopleIndex


def is_person_noun(tok: Token) -> bool:
    """ "president", "counterpart", "wife", "the lawyer", "two engineers": a common noun that can describe
    someone in a list."""
    forms = {tok.lower_, tok.lemma_.lower()}
    return bool(forms & (lex().title_heads | lex().leader_titles | lex().person_nouns | lex().occupations))
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


# words a long list of people may hold between its names: "by A; Adviser to the King B; C"
LONG_LIST = frozenset({";", "to", "for"})


def _continues(tok: Token, also: frozenset[str] = frozenset()) -> bool:
    """May this token sit inside a list of people (between or around the names)?"""
    low = tok.lower_
    if low in also or (low == "." and tok.i > 0 and _title_abbreviation(tok.doc[tok.i - 1])):
        return True  # the dot of "Sens. A and B"
    if low in {"on", "for"} and _inside_capitalised_name(tok):
        return True  # "Chairman of the Committee on Trade A, Minister for Energy B" 
    if low in {"in", "to"} and _post_in_a_place(tok):
        return True  # "Chile's ambassador in Lima, C", "the envoy to Kenya, D": where the post is
    if low in {"at", "in"} and _workplace_after_title(tok):
        return True  # "the director for Asia at the foreign ministry, C": where the post holder works
    if low in {"in", "to", "at"} and _inside_capitalised_name(tok) and is_person_noun(tok.doc[tok.i - 1]):
        return True  # "Lebanon's Consul General in Dubai, C", "India's Ambassador to Peru, D": the post goes on
    if low == "from" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NOUN" and tok.i + 1 < len(tok.doc) \
            and tok.doc[tok.i + 1].ent_type_ in {"GPE", "NORP"}:
        return True  # "her counterpart from Norway, Ingrid Haldorsen"
    if low in lex().list_stops or tok.is_space:
        return False
    if low in lex().list_glue or tok.tag_ == "POS":
        return True
    if rank_read_as_preposition(tok):
        return True  # "A, Under Secretary B, and C"
    if tok.tag_ == "VBG" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in lex().title_heads:
        return True  # "the company's managing director C", "presiding judge D": a participle inside a title
    if tok.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or (tok.pos_ == "ADP" and low != "of"):
        return False
    if tok.is_punct:  # brackets too: "A, Secretary (East), and B", "Sen. C (D-OR) and D"
        return tok.text in {",", "-", "\u2013", "\u2019", "'", "(", ")"}
    if tok.pos_ == "NOUN" and not tok.ent_type_:
        # "the tomb of A", "the memo from B" are things, not people; "the director of the harbour" is a title
        return is_person_noun(tok) or _in_title_complement(tok) or _modifies_title(tok) or _describes_name_after(tok) \
            or _owns_title(tok) or _before_a_capitalised_title(tok) \
            or (tok.i + 1 < len(tok.doc) and is_person_noun(tok.doc[tok.i + 1]))  # "opposition leader A", parsed as a conjunct
    return tok.pos_ in {"PROPN", "NOUN", "ADJ", "DET", "NUM", "CCONJ", "ADV"}


def _post_in_a_place(prep: Token) -> bool:
    """ "the ambassador in Lima", "the envoy to Kenya": a post word right before, a capitalised place right after
    (one a country list or the name finder knows as a place)."""
    doc = prep.doc
    if prep.i == 0 or prep.i + 1 >= len(doc) or not is_person_noun(doc[prep.i - 1]):
        return False
    place = doc[prep.i + 1]
    return place.text[:1].isupper() and (place.ent_type_ in {"GPE", "LOC"} or lex().country_for(place.text) is not None)


def _workplace_after_title(prep: Token) -> bool:
    """ "the director-general for Asian affairs at the foreign ministry, A": an "at"/"in" phrase naming a body
    (its last word an organisation word: ministry, agency, embassy) right after an office word or its
    complement tells where the holder works; the description goes on."""
    doc = prep.doc
    if not any(is_person_noun(doc[j]) for j in range(max(0, prep.i - 5), prep.i)):
        return False
    for j in range(prep.i + 1, min(prep.i + 6, len(doc))):
        if doc[j].lower_ in ORG_WORDS:
            return True
        if doc[j].pos_ not in {"DET", "ADJ", "NOUN", "PROPN"}:
            return False
    return False


def _inside_capitalised_name(tok: Token) -> bool:
    """A lower-case word between two capitalised words of one body's or office's name ("Committee on
    Trade", "Minister for Energy"): the title goes on."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text[:1].isupper() and doc[tok.i + 1].text[:1].isupper() \
        and doc[tok.i - 1].pos_ in {"PROPN", "NOUN"} and not doc[tok.i - 1].ent_type_ == "PERSON"


def _describes_name_after(tok: Token) -> bool:
    """ "geologist Marta Vera", "pollster A": a bare common noun right before a person's name describes
    that person (the parser makes it the name's compound), whatever the trade."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and tok.dep_ == "compound"
            and tok.head.ent_type_ == "PERSON" and tok.is_lower)


def _owns_title(tok: Token) -> bool:
    """Whether a common noun is (or opens) the owner of a title after it ("the union's treasurer A", "the
    ministry's trade secretary B", "the port authority's adviser C"): the owner's possessive ending comes
    right after it and the word the owner belongs to is an office word."""
    doc = tok.doc
    owner = tok
    while owner.dep_ == "compound" and owner.head.i == owner.i + 1:
        owner = owner.head  # "port" of "the port authority's"
    return owner.i + 1 < len(doc) and doc[owner.i + 1].tag_ == "POS" and owner.dep_ == "poss" \
        and is_person_noun(owner.head)


def _before_a_capitalised_title(tok: Token) -> bool:
    """ "the host country President A", "the ruling party Chairman B": lower-case nouns right before a
    capitalised office word say whose office it is (the parser hangs them anywhere in a long list)."""
    doc = tok.doc
    for k in range(tok.i + 1, min(tok.i + 3, len(doc))):
        nxt = doc[k]
        if nxt.text[:1].isupper() and nxt.lower_ in lex().title_heads:
            return True
        if not (nxt.pos_ == "NOUN" and nxt.is_lower):
            return False
    return False


def _modifies_title(tok: Token) -> bool:
    """Whether a common noun is a modifier inside a lower-case title ("deputy defence minister A",
    "army chief B"): the compound chain ends in an office word a few tokens on."""
    node = tok
    for _ in range(3):
        if node.dep_ != "compound" or node.head.i <= node.i or node.head.i - tok.i > 3:
            return False
        node = node.head
        if is_person_noun(node):
            return True
    return False


def _in_title_complement(tok: Token) -> bool:
    """Whether a common noun closes the of/for phrase of an office word ("the head of the port
    authority", "the chairman of the water board"): part of a description, not the end of a list."""
    doc = tok.doc
    for j in range(tok.i - 1, max(-1, tok.i - 5), -1):
        if doc[j].lower_ in {"of", "for"}:
            return j > 0 and is_person_noun(doc[j - 1])
        if doc[j].lower_ in {"at", "in"}:
            return _workplace_after_title(doc[j])
        if doc[j].pos_ not in {"DET", "ADJ", "NOUN", "PROPN"} and doc[j].tag_ != "POS":
            return False  # (an owner inside the phrase goes on: "the head of the exporters' guild")
    return False


def listed_people(doc: Doc, start: int, people: PeopleIndex, *, end: int | None = None,
                  limit: int = 60, also: frozenset[str] = frozenset(), new_clause: bool = True) -> list[str]:
    """Keys of the people a list starting at token `start` names, in order; `also` are words that
    may repeat inside it ("with A, and with B"). With `new_clause` a name followed by a finite verb
    ends the list unread; a by-phrase passes False ("a team led by A arrived": A is in it)."""
    stop = min(end if end is not None else len(doc), start + limit, len(doc))
    out: list[str] = []
    i = start
    while i < stop:
        mention = people.mention_at(i)
        if mention is not None and mention.kind == "name":
            after = doc[mention.end] if mention.end < len(doc) else None
            if new_clause and after is not None and after.tag_ in _FINITE and after.pos_ in {"VERB", "AUX"}:
                break  # "..., and Lee said": a new clause, not a member of the list
            if after is not None and after.tag_ == "POS":
                i = mention.end + 1  # "Putin's envoy": the possessor is not the one met
                continue
            if mention.person not in out:
                out.append(mention.person)
            i = max(mention.end, i + 1)
            continue
        if not _continues(doc[i], also):
            resumed = _after_apposition(doc, i, people, stop) if out else None
            if resumed is None:
                break
            i = resumed  # "A, a director at the agency, and B": the list goes on after the apposition
            continue
        i += 1
    return out


_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "then", "now", "who"})


def _after_apposition(doc: Doc, i: int, people: PeopleIndex, stop: int, longest: int = 16) -> int | None:
    """Where a list of people resumes when token `i` ended it inside an apposition to the last name
    ("A, a director at the agency, and B"; "C, Libya's minister for migration, and D"; "E, who heads the
    unit, and F"): the comma that closes the apposition, when a name follows it (after "and"); None
    otherwise, and always past a finite verb outside a who-clause, a semicolon or a full stop."""
    comma = next((k for k in range(i - 1, max(-1, i - longest), -1) if doc[k].text == ","), None)
    if comma is None or comma == 0 or people.mention_at(comma - 1) is None:
        return None
    opener = doc[comma + 1] if comma + 1 < len(doc) else None
    if opener is None or not (opener.lower_ in _APPOSITION_OPENERS or is_person_noun(opener)
                              or (comma + 2 < len(doc) and doc[comma + 2].tag_ == "POS")
                              or _ranked_title_at(doc, comma + 1)):
        return None
    relative = opener.lower_ == "who"
    for k in range(i, min(stop, comma + longest)):
        tok = doc[k]
        mention = people.mention_at(k)
        if mention is not None and mention.kind == "name" and mention.start == k and k > i and doc[k - 1].lower_ == "and" \
                and opener.lower_ not in _APPOSITION_OPENERS and not relative:
            return k - 1  # "C, President of Chile and D, ...": a title's complement closed by "and" and the next name
        if mention is not None and mention.kind == "name" and mention.start == k and not relative \
                and _title_words_only(doc, comma + 1, k):
            return k  # "A, the utility's head of gas B and C": the words after the comma were B's own title
        if tok.text in {";", ".", ":", "\"", "\u201c", "\u201d"} or mention is not None:
            return None
        if tok.pos_ in {"VERB", "AUX"} and tok.tag_ in _FINITE and not (relative and k < comma + 4):
            return None
        if tok.text == ",":
            nxt = k + 2 if k + 2 < len(doc) and doc[k + 1].lower_ == "and" else k + 1
            mention = people.mention_at(skip_titles(doc, nxt, stop))
            if mention is None:
                mention = _name_after_owned_title(doc, nxt, people, stop)
            return k if mention is not None and mention.kind == "name" else None
    return None


def _title_words_only(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end-1 are words of a title before a name (no verb, no punctuation but a hyphen or a
    possessive), with a title word among them: "the utility's head of gas" before "B"."""
    words = doc[start:end]
    return any(is_person_noun(t) for t in words) and all(
        t.pos_ not in {"VERB", "AUX"} and (not t.is_punct or t.text == "-") for t in words)


_OWNED_TITLE_GLUE = frozenset({"to", "of", "for", "in", "at", "the", ","})


def _name_after_owned_title(doc: Doc, k: int, people: PeopleIndex, stop: int, longest: int = 10):
    """The name after a country's or body's title set off by a comma ("India's Ambassador to Peru,
    Sunita Pillai"; "the bank's chief economist, Omar Sall"), as the next item of a list; None when
    any other word comes first."""
    saw_owner = False
    for j in range(k, min(stop, k + longest)):
        mention = people.mention_at(j)
        if mention is not None:
            return mention if saw_owner else None
        tok = doc[j]
        saw_owner = saw_owner or tok.tag_ == "POS"
        if not (tok.pos_ == "PROPN" or tok.tag_ == "POS" or tok.lower_ in _OWNED_TITLE_GLUE or is_person_noun(tok)):
            return None
    return None


def _ranked_title_at(doc: Doc, k: int, longest: int = 3) -> bool:
    """ "Principal Secretary at ...", "Senior Deputy Governor of ...": an office whose rank words come before
    its title word opens the apposition."""
    for j in range(k, min(k + longest, len(doc))):
        if is_person_noun(doc[j]):
            return True
        if not (doc[j].text[:1].isupper() and doc[j].pos_ in {"PROPN", "ADJ", "NOUN"}):
            return False
    return False


def skip_titles(doc: Doc, k: int, stop: int) -> int:
    """The first token from `k` that is not part of a title or description before a name ("Ambassador",
    "the lawyer", "deputy minister")."""
    while k < stop and doc[k].pos_ != "PROPN" and _continues(doc[k]) and not doc[k].is_punct:
        k += 1
    while k < stop and doc[k].pos_ == "PROPN" and (is_person_noun(doc[k]) or doc[k].lower_ in lex().honorifics
                                                   or doc[k].lower_ in lex().title_expansions):
        k += 1  # "Ambassador", "Amb.", "Dr"
    return k


def people_before(doc: Doc, end: int, people: PeopleIndex, limit: int = 40) -> list[str]:
    """Keys of the people in the list that ends right before token `end`, in order: the subject of
    "A of Norway and Peruvian President B co-chaired", read leftwards while the tokens can sit in a list."""
    start = end
    floor = max(doc[end].sent.start if end < len(doc) else 0, end - limit)
    while start > floor and (_continues(doc[start - 1]) or people.mention_at(start - 1) is not None):
        start -= 1
    return listed_people(doc, start, people, end=end, new_clause=False)


def prep_after(trigger: Token, words: set[str], window: int = 8) -> Token | None:
    """The first preposition of `words` after a trigger in its clause ("met today with", "talks
    this morning with"), whatever the parser hung it on; None past a verb or a clause boundary."""
    doc = trigger.doc
    end = trigger.sent.end
    i, seen = trigger.i + 1, 0
    while i < end and seen < window:
        tok = doc[i]
        if tok.lower_ in words:
            return tok
        skipped = _set_off_adjunct_end(doc, i, end) if i + 1 < end and doc[i + 1].lower_ not in words else None
        if skipped is not None:  # "talked, on the margins of the congress, with A": the adjunct is passed over
            i = skipped
            continue
        if tok.text == ":" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in words:
            i, seen = i + 1, seen + 1
            continue  # "held two meetings: with A and with B"
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":", ".", "(", "\u2014"} or tok.lower_ in {"who", "which", "where"}:
            return None
        i, seen = i + 1, seen + 1
    return None


def _set_off_adjunct_end(doc: Doc, i: int, end: int, most: int = 12) -> int | None:
    """Where a prepositional adjunct set off by commas that opens at token `i` (", on the sidelines of
    the summit,") closes: the index of its closing comma; None when there is no such adjunct."""
    if doc[i].text != "," or i + 1 >= end or doc[i + 1].pos_ != "ADP":
        return None
    for k in range(i + 2, min(end, i + 2 + most)):
        if doc[k].text == ",":
            return k
        if doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in {";", ":", "."}:
            return None
    return None


def skip_when(doc: Doc, start: int, end: int) -> int:
    """The first token after a time phrase that opens an object ("received this Wednesday (May 31)
    his counterpart"): dates, times, adverbs and the brackets around them."""
    i = start
    while i < end and (doc[i].ent_type_ in {"DATE", "TIME"} or doc[i].pos_ == "ADV" or doc[i].text in {"(", ")"}
                       or (doc[i].lower_ in {"on", "at", "in"} and i + 1 < end and doc[i + 1].ent_type_ in {"DATE", "TIME"})):
        i += 1  # "received on Friday (June 2) his counterpart"
    return i


def sentence_end(tok: Token) -> int:
    """Where the sentence of a token really ends: the parser sometimes cuts one after a bracket
    ("receives this Wednesday (May 31) | his counterpart"); a cut without final punctuation is
    bridged to the end of the next sentence."""
    sent = tok.sent
    doc = tok.doc
    end = sent.end
    last = doc[end - 1]
    if end < len(doc) and not last.is_space and "\n" not in last.whitespace_ and last.text not in {".", "!", "?", "\"", "\u201d", "'"}:
        return doc[end].sent.end
    if end < len(doc) and last.text == "." and end >= 2 and _title_abbreviation(doc[end - 2]) and "\n" not in last.whitespace_:
        return doc[end].sent.end  # "joined by Sens. | A, B and C": the parser ends the sentence at the title's dot
    return end


def _title_abbreviation(tok: Token) -> bool:
    """ "Sen", "Reps", "Dr": a title's abbreviation (`honorifics.txt`, singular or plural) before a dot."""
    low = tok.lower_
    return tok.text[:1].isupper() and (f"{low}." in lex().honorifics or (low.endswith("s") and f"{low[:-1]}." in lex().honorifics))
