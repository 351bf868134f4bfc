"""Conditions without "if": the words that make a meeting hypothetical although no "if" is there.

- An inverted auxiliary before its subject ("should the ceasefire hold", "were they to meet",
  "had the strike ended"; `inversion_words.txt`), with a modal on the meeting or the meeting inside
  that clause.
- A condition phrase ("provided that", "as long as", "on condition that"; `condition_phrases.txt`)
  with a modal on the meeting.
- "only after/once/when" opening a clause, with "would"/"will" on the meeting ("would sit down with B
  only after the tariff is lifted"; not "only after the summit", a time), and "once" opening a clause
  with no date ("would meet B once the blockade ends").
- A clause opened by "until" or "unless" whose verb is the meeting ("there will be no deal until B and I
  sit down"), read along the surface when the parser hangs "until" on the name after it.
- An open-ended time with "would"/"will" ("I would receive him at any time"), or a time noun with a
  present-tense clause under "would" ("on the day his government commits"; `open_time_words.txt`,
  `awaited_time_nouns.txt`).

Read along the surface of the trigger's sentence: the small model parses these clauses loosely (it
often makes "should the ceasefire hold" the main clause).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.lexicon import lex

_MODALS = frozenset({"would", "'d", "will", "'ll", "shall", "could", "might"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_NEGATIVE_FRONTS = frozenset({"never", "seldom", "rarely", "nor", "neither", "only", "not", "hardly"})


def _modal_on(nodes: list[Token]) -> str | None:
    """The modal auxiliary of the trigger or a verb above it ("would meet", "will be received")."""
    for node in nodes:
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in _MODALS:
                return child.lower_
    return None


def _inverted(tok: Token) -> bool:
    """ "should the truce hold", "were she to meet", "had the strike ended": the auxiliary stands
    before its own subject, and no negative adverb before it makes it an emphatic inversion."""
    if tok.lower_ not in lex().inversion_words or tok.tag_ not in {"MD", "VBD"}:
        return False
    clause = tok if tok.dep_ not in {"aux", "auxpass"} else tok.head
    following = next((t for t in tok.doc[tok.i + 1:tok.sent.end] if t.dep_ not in {"det", "amod", "compound", "nummod", "poss"}), None)
    if not (any(c.dep_ in _SUBJECTS and c.i > tok.i for c in clause.children)
            or (following is not None and following.dep_ in _SUBJECTS)):
        return False
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is None or before.lower_ not in _NEGATIVE_FRONTS


def _phrase_at(tokens: list[Token], i: int, phrases: frozenset[str], longest: int = 4) -> bool:
    words = [t.lower_ for t in tokens[i:i + longest]]
    return any(" ".join(words[:n]) in phrases for n in range(1, len(words) + 1))


_ONLY_UPON = frozenset({"after", "once", "when"})


def _only_upon_a_clause(tokens: list[Token], i: int) -> bool:
    """ "would sit down with B only after the tariff is lifted", "will meet C only once D pays", "only "when
    the sanctions are gone"": "only" and a time word opening a clause of its own make the meeting wait on an
    event, a condition (not "only after the summit", a time, which has no verb of its own)."""
    if tokens[i].lower_ != "only":
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].is_quote:
        k += 1  # a quoted condition: only "when ..."
    if k >= len(tokens) or tokens[k].lower_ not in _ONLY_UPON:
        return False
    for tok in tokens[k + 1:]:
        if tok.is_punct and not tok.is_quote:
            return False
        if tok.pos_ in {"VERB", "AUX"} and tok.tag_ not in {"VBG", "TO"}:
            return True
    return False


def _once_a_clause(tokens: list[Token], i: int) -> bool:
    """ "would gladly meet B once the shelling ends", "will meet C once the blockade ends": "once" opening
    a clause with no date makes the meeting wait on an event ("will meet C once he lands on Monday" is a plan,
    "they met once" a count)."""
    if tokens[i].lower_ != "once" or i + 1 >= len(tokens) or tokens[i + 1].pos_ not in {"DET", "PRON", "PROPN", "NOUN"}:
        return False
    for tok in tokens[i + 1:]:
        if tok.ent_type_ in {"DATE", "TIME"} or (tok.is_punct and not tok.is_quote):
            return False
        if tok.pos_ in {"VERB", "AUX"} and tok.tag_ in {"VBZ", "VBP", "VBD", "VBN"}:
            return not any(t.ent_type_ in {"DATE", "TIME"} for t in tok.subtree)
    return False


def _condition_word(tok: Token) -> bool:
    """ "provided" or "providing" opening a condition, not a verb with its own object ("provided aid")."""
    if tok.lower_ in {"provided", "providing"}:
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return tok.dep_ in {"prep", "mark", "advmod", "advcl"} and following is not None and following.pos_ in {
            "SCONJ", "DET", "PRON", "PROPN", "NOUN"} and following.dep_ not in {"dobj"}
    return True


def _present_clause_on_time(node: Token) -> bool:
    """ "would receive X on the day his government commits": a present-tense clause on a time noun
    under the meeting verb."""
    for tok in node.subtree:
        if (tok.dep_ == "relcl" and tok.tag_ in {"VBZ", "VBP"} and tok.head.lemma_.lower() in lex().awaited_time_nouns
                and not any(c.dep_ == "aux" for c in tok.children)):
            return True
    return False


_AWAITING_MARKS = frozenset({"until", "till", "unless"})
_SUBJECT_TAGS = frozenset({"PROPN", "PRON", "DET", "CCONJ", "AUX", "PART", "ADJ", "NOUN"})


def _opened_by_until(trigger: Token, longest: int = 9) -> bool:
    """ "no treaty will be signed until B and I sit down", "unless the two leaders meet": the meeting verb is
    the verb of a clause "until" or "unless" opens, with only its subject (names, pronouns, "and", titles,
    auxiliaries) between the two; the small model often hangs "until" on the first name as a preposition."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    doc = trigger.doc
    named = False  # (across a sentence break the parser may put inside the clause)
    for k in range(trigger.i - 1, max(0, trigger.i - longest) - 1, -1):
        tok = doc[k]
        if tok.lower_ in _AWAITING_MARKS:
            return named  # a subject stands between: "until they meet", not "waited until Friday to meet"
        if (tok.pos_ not in _SUBJECT_TAGS and tok.text != ",") or tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ == "to":
            return False
        named = named or tok.pos_ in {"PROPN", "PRON"} or (tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "pobj", "conj"})
    return False


def unreal_condition(trigger: Token, nodes: list[Token]) -> bool:
    """Whether a condition without "if" makes the meeting at `trigger` hypothetical (`nodes`: the
    trigger and the words that govern it, nearest first)."""
    sent = trigger.sent
    if sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
        return False  # "Should they meet?" asks, it does not set a condition
    if _opened_by_until(trigger):
        return True
    modal = _modal_on(nodes)
    tokens = list(sent)
    for i, tok in enumerate(tokens):
        if _inverted(tok) and (modal or tok in nodes):
            return True
        if modal and _phrase_at(tokens, i, lex().condition_phrases) and _condition_word(tok):
            return True
        if modal in {"would", "'d", "will", "'ll"} and (_only_upon_a_clause(tokens, i) or _once_a_clause(tokens, i)):
            return True
        if modal in {"would", "'d", "will", "'ll"} and _phrase_at(tokens, i, lex().open_time_words):
            return True
    return bool(modal in {"would", "'d"} and any(_present_clause_on_time(n) for n in nodes[:2]))
