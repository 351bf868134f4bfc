"""Offices set off before a name by a comma: "the Chairperson of the Regional Commission, H.E. Mr. X",
"Kenya's Minister of Roads and Public Transport, Hon. X", "the US special envoy for the Sahel, X",
"Spain's Minister for Culture, Sport and Youth, X" (a list of portfolios keeps its commas),
"the commander of the Chilean Navy, Admiral X", "its leader, Lieutenant General X".

Read along the tokens: a definite (or possessive) noun phrase whose head is an office word, with any
of/for/in/to complement, then a comma, then forms of address, a military rank or a clerical style (`honorifics.txt`,
`military_ranks.txt`, `clerical_styles.txt`: "the conference's president, Archbishop X"), then the name. A rank there is how the person is addressed, not their office.
Not taken: a phrase that is the apposition of an earlier name ("A, the mayor of B, C"), or one inside
an introductory phrase when the name is the clause's subject ("After meeting the president of Peru,
X said": X is not the president).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import Mention, PeopleIndex

_OPENERS = {"the", "a", "an", "its", "his", "her", "their", "our"}
_GLUE = {"of", "for", "to", "in", "on", "the", "and", "&", "'s", "\u2019s", "-", "(", ")", "at"}
_MAX_PHRASE = 16


def _address_start(doc: Doc, mention: Mention) -> int:
    """Where the forms of address and ranks before the name begin (the name's start if there are none)."""
    k = mention.start
    while k > 0 and mention.start - k < 6:
        tok = doc[k - 1]
        low = tok.lower_
        if low in lex().honorifics or low in lex().military_ranks or tok.text in {"(", ")"} or low in lex().academic_styles \
                or low in lex().styles_of_address or low in {"sheikh", "sheikha", "ratu"} or low in lex().clerical_styles \
                or (low in {"his", "her"} and doc[k].lower_ in lex().styles_of_address) \
                or (_rank_hyphen(tok) and doc[k].lower_ in lex().military_ranks) \
                or (low in lex().former_words and doc[k].lower_ in lex().military_ranks):  # "His Highness", "Lieutenant-Colonel", "retired General"
            k -= 1
            continue
        break
    return k


def _rank_hyphen(tok: Token) -> bool:
    """The hyphen inside "Lieutenant-Colonel" or "Brigadier-General", which the tokenizer splits off."""
    doc = tok.doc
    return (tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_
            and doc[tok.i - 1].lower_ in lex().military_ranks)


def is_rank_only(run: list[Token]) -> bool:
    """Ranks, forms of address and styles alone ("General", "Lieutenant-Colonel", "His Highness Sheikh", "Professor"):
    how a person is addressed, no office."""
    return bool(run) and all(t.lower_ in lex().military_ranks or t.lower_ in lex().honorifics or t.text in {"(", ")"}
                             or t.lower_ in lex().academic_styles
                             or t.lower_ in lex().styles_of_address or t.lower_ in lex().clerical_styles
                             or _rank_hyphen(t) for t in run)


def _phrase_word(tok: Token, people: PeopleIndex) -> bool:
    """A token that may belong to an office phrase before the comma."""
    if people.mention_at(tok.i) is not None:
        return False
    low = tok.lower_
    if low in _GLUE or low in lex().title_heads or low in lex().title_modifiers:
        return True
    if tok.is_punct or tok.pos_ in {"VERB", "AUX", "PRON", "NUM", "SCONJ"} or tok.like_num:
        return False
    if tok.ent_type_ in {"DATE", "TIME", "PERSON", "CARDINAL"}:
        return False
    return tok.pos_ in {"NOUN", "PROPN", "ADJ"} or bool(lex().country_for(tok.text))


def preposed_title_run(doc: Doc, mention: Mention, people: PeopleIndex) -> list[Token] | None:
    """The office phrase set off by a comma before the name (see the module docstring), or None."""
    start = _address_start(doc, mention)
    comma = start - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    j = comma - 1
    while j >= 0 and comma - j <= _MAX_PHRASE and (_phrase_word(doc[j], people) or _portfolio_comma(doc, j, comma)) \
            and not doc[j].is_sent_start:
        j -= 1
    if j >= 0 and doc[j].is_sent_start and _phrase_word(doc[j], people) and comma - j <= _MAX_PHRASE:
        j -= 1  # the phrase opens the sentence
    first = _noun_phrase_start(doc, j + 1, comma)
    if first is None:
        return None
    j = first - 1
    while j >= 0 and doc[j].lower_ in _OPENERS and j >= first - 2:
        j -= 1  # "the", "its": the phrase's own determiner; the opener is what comes before it
    phrase = list(doc[first:comma])
    opener = doc[j] if j >= 0 else None
    if opener is not None and opener.text == "," and j > 0 and people.mention_at(j - 1) is not None:
        return None  # "A, the mayor of B, C": the phrase is A's apposition
    if opener is not None and opener.lower_ not in _OPENERS and not (
            opener.is_sent_start or opener.pos_ in {"ADP", "VERB", "CCONJ", "AUX"} or opener.text in {"(", "\n", ":", "\u2014", "-"}
            or "\n" in opener.text or doc[j + 1].is_sent_start  # "... split. Its leader, General X": "Its" opens the sentence
            or _closes_an_opening_phrase(doc, j)):  # "In a statement, the adviser to X, Chief Y, said"
        return None
    if inside_introduction(doc, first, mention) or owns_what_follows(doc, mention):
        return None
    return phrase


def owns_what_follows(doc: Doc, mention: Mention) -> bool:
    """ "X's", "X'", "X’": the name owns what follows, so it opens a new phrase rather than naming the office
    before its comma ("According to the official, X’ meeting with Y ...")."""
    return mention.end < len(doc) and (doc[mention.end].tag_ == "POS" or doc[mention.end].text in {"'", "\u2019"})


_PREPS = {"of", "for", "to", "in", "on", "at"}


def _closes_an_opening_phrase(doc: Doc, comma: int) -> bool:
    """The comma closes a prepositional phrase that opens the sentence ("In a statement on Friday,",
    "After the talks,"): no verb between the sentence start and the comma."""
    if doc[comma].text != ",":
        return False
    start = doc[comma].sent.start
    return (comma - start <= 8 and doc[start].pos_ == "ADP"
            and not any(t.pos_ in {"VERB", "AUX"} or t.text == "," for t in doc[start:comma]))


def _portfolio_comma(doc: Doc, k: int, comma: int) -> bool:
    """A comma inside a list of portfolios before the name's comma ("Minister for Economy, Energy and
    Tourism, X"): capitalised words on both sides, and the list closes with "and" before the name."""
    if doc[k].text != "," or k < 1 or not doc[k - 1].text[:1].isupper():
        return False
    between = list(doc[k + 1:comma])
    return (any(t.lower_ == "and" for t in between)
            and all(t.lower_ == "and" or t.text == "," or (t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"})
                    for t in between))


def _noun_phrase_start(doc: Doc, lo: int, hi: int) -> int | None:
    """Where the office noun phrase inside doc[lo:hi] begins: the first singular office word, taken back
    over its modifiers to the last preposition or determiner before it ("the auspices of | the US special
    envoy for the Sahel")."""
    head = next((k for k in range(lo, hi) if doc[k].lower_ in lex().title_heads and doc[k].tag_ not in {"NNS", "NNPS"}),
                None)
    if head is None:
        return None
    first = head
    while first > lo and doc[first - 1].lower_ not in _PREPS | _OPENERS | {"and", "&"}:
        first -= 1
    return first


def inside_introduction(doc: Doc, first: int, mention: Mention) -> bool:
    """The phrase sits in an introductory clause or prepositional phrase and the name is the subject of
    the main clause ("After talks with the president of Peru, X said", "In a letter to the head of the
    bank, X wrote")."""
    k = first - 1
    while k >= 0 and (doc[k].lower_ in _OPENERS or doc[k].tag_ == "PRP$"):
        k -= 1
    if k > 0 and doc[k].lower_ == "and":  # "with the president and | the prime minister": the first conjunct's slot
        k -= 1
        while k >= 0 and first - k < 12 and (doc[k].pos_ in {"NOUN", "ADJ", "PROPN", "DET"} or doc[k].tag_ in {"POS", "PRP$"}):
            k -= 1
    if k < 0 or doc[k].pos_ not in {"ADP", "VERB"}:
        return False  # the phrase is not the object of a preposition or verb before it
    root = doc[mention.start:mention.end].root
    k = mention.end
    while k < min(len(doc), mention.end + 6) and (doc[k].lower_ == "and" or doc[k].pos_ == "PROPN"):
        k += 1  # "..., A and B said": the verb after the names listed with the name
    after = doc[k] if k < len(doc) else None
    subject = root.dep_ in {"nsubj", "nsubjpass"}
    verb_next = after is not None and after.pos_ in {"VERB", "AUX"}
    return subject or verb_next


__all__ = ["inside_introduction", "is_rank_only", "owns_what_follows", "preposed_title_run"]
