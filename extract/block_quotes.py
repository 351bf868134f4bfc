"""Block quotes: speech printed as a paragraph of its own, without quotation marks, after an
introducing sentence that ends in a colon ("The minister said:", "Lee released the following
statement:").

Press releases, readouts and long interviews set quoted speech off this way. The paragraph after the
colon is one direct statement by the speaker of the introducing sentence: the subject of its
reporting or publishing verb, resolved like any quote's speaker. Following paragraphs run on in the
same block while they are speech in the first person ("I", "we", "our") with no quotation marks of
their own; the first paragraph in the third person is the writer's again. Nothing is taken when the
introduction names nobody the article identifies or its verb has an object that is a topic, not
the speech ("noted the sparse crowd:" shows a picture or a post), when the paragraph holds quotation marks (the
quote rules read it) or a transcript label ("Q:", "MR. LEE:"), or when it is no sentence (a list,
a heading).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.facts import Agent, Evidence, QuoteKind, Statement
from newsgraph.extract.lexicon import lex
from newsgraph.extract.syntax import doc_text

_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u2018"
_LABEL = re.compile(r"^[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}\s*:")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|our|Our|us|my|My|we're|We're)\b")
_MIN_WORDS = 6


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        if raw.strip():
            start = match.start() + len(raw) - len(raw.lstrip())
            out.append((start, start + len(raw.strip())))
    return out


def _is_block_speech(words: str) -> bool:
    return (len(words.split()) >= _MIN_WORDS and words[-1:] in ".!?" and not any(c in words for c in _QUOTE_MARKS)
            and _LABEL.match(words) is None)


_RECIPIENT_VERBS = {"tell", "inform", "assure", "warn", "remind", "urge", "ask", "answer"}


def _introduces_speech(verb: Token) -> bool:
    """The verb's object, if any, is the speech itself ("released the following statement:", "said
    this:") or who is addressed ("told the committee:"), not a topic the block shows ("noted the
    sparse crowd:", "described the scene:")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in lex().document_nouns or obj.pos_ == "PRON" or verb.lemma_.lower() in _RECIPIENT_VERBS:
            continue
        return False
    return True


def _introducing_verb(sent: Span) -> Token | None:
    """The reporting or publishing verb of a sentence that introduces a block ("X said:")."""
    verbs = [t for t in sent if t.pos_ in {"VERB", "AUX"}
             and t.lemma_.lower() in lex().reporting_verbs | lex().publishing_verbs]
    main = [t for t in verbs if t.dep_ == "ROOT"]
    verb = (main or verbs or [None])[0]
    return verb if verb is not None and _introduces_speech(verb) else None


def block_statements(doc: Doc, speaker_of: Callable[[Token], Agent | None]) -> list[Statement]:
    """A direct statement for each block-quoted paragraph; `speaker_of` resolves a verb's subject."""
    text = doc_text(doc)
    out: list[Statement] = []
    paragraphs = _paragraphs(text)
    for k in range(1, len(paragraphs)):
        intro_start, intro_end = paragraphs[k - 1]
        if text[intro_end - 1] != ":" or any(c in text[intro_start:intro_end] for c in _QUOTE_MARKS):
            continue
        intro = doc.char_span(intro_start, intro_end, alignment_mode="expand")
        if intro is None:
            continue
        sent = list(intro.sents)[-1]
        verb = _introducing_verb(sent)
        if verb is None:
            continue
        speaker = speaker_of(verb)
        if speaker is None:
            continue
        for j in range(k, len(paragraphs)):
            start, end = paragraphs[j]
            words = text[start:end]
            if not _is_block_speech(words) or (j > k and not _FIRST_PERSON.search(words)):
                break
            out.append(Statement(speaker=speaker, text=words, kind=QuoteKind.DIRECT,
                                 evidence=Evidence(text[intro_start:end], intro_start, end), confidence=0.75,
                                 quote_start=start, quote_end=end))
    return out
