"""Transcripts: a speaker label at the start of a line ("THE PRESIDENT: We will ...", "MR. LEE: ...",
"Senator Ames: ...") makes the rest of that line a statement by the labelled person.

Transcripts of press briefings and interviews print speech without quotation marks, one turn per
paragraph, each opened by a label and a colon. A label gives a statement only when it names a person
the article knows:
- a name, with or without a title or honorific ("SECRETARY BLINKEN", "Ms. Roe"): the one person
  whose surname (or alias) it ends with;
- a bare office ("THE PRESIDENT", "THE PRIME MINISTER"): the one person the article gives exactly
  that office (now, not former).
"Q" (and "A", "QUESTION", "ANSWER") are turns of unnamed people, questions from reporters: they give
no statement, like any quote from an unnamed speaker, and they end the turn before them. A label
that names nobody ("NOTE:", "WASHINGTON:", "UPDATE:") gives nothing. A turn whose speech opens with
a quotation mark is left to the quote rules ("Minister Jane Roe: “We are ready.”"). A headline in
that shape ("Roe: Talks Are Over", the first line, or any line in title case) paraphrases; it is no turn.
One statement per labelled line: a turn that runs over several paragraphs keeps only its first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract.facts import Agent, Evidence, Office, QuoteKind, Statement
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex

# a label: up to five words, each capitalised (or an initial), then a colon and the speech
_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,4})[ \t]*:[ \t]+(?P<speech>\S[^\n]*)",
                    re.MULTILINE)
UNNAMED_LABELS = {"q", "a", "question", "answer", "questioner", "reporter", "audience member"}
_QUOTE_OPENERS = "\u201c\"\u2018'\u00ab`"


@dataclass(frozen=True)
class Turn:
    label: str
    speech_start: int  # character offsets of the speech after the colon
    speech_end: int


def _headline_case(words: str) -> bool:
    """ "Talks Are Over For Now": most longer words capitalised, as headlines print them."""
    long = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", words) if len(w) > 3]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def find_turns(text: str) -> list[Turn]:
    """Each line opened by a speaker label, with the offsets of its speech (headlines left out)."""
    turns = []
    first_line = len(text) - len(text.lstrip())
    for match in _LABEL.finditer(text):
        speech = match.group("speech").rstrip()
        if match.start() <= first_line or _headline_case(speech):
            continue
        start = match.start("speech")
        turns.append(Turn(match.group("label"), start, start + len(speech)))
    return turns


def _words(label: str) -> list[str]:
    return [w.strip(".").lower() for w in label.replace("\u2019", "'").split() if w.strip(".")]


def _by_office(words: list[str], offices: list[Office]) -> set[str]:
    """People the article gives exactly the office the label names ("THE PRIME MINISTER")."""
    wanted = [w for w in words if w != "the"]
    return {o.person for o in offices if not o.former and o.title.lower().replace("-", " ").split() == wanted}


def _by_name(words: list[str], people: PeopleIndex) -> set[str]:
    """People whose surname (or an alias) ends the label ("MR. LEE", "SECRETARY OF STATE ROE")."""
    owners = set()
    for key, person in people.persons.items():
        names = [person.name, *person.aliases]
        for name in names:
            parts = _words(name)
            if parts and words[-len(parts):] == parts or (parts and words[-1] == parts[-1]):
                owners.add(key)
                break
    return owners


def label_speaker(label: str, people: PeopleIndex, offices: list[Office]) -> Agent | None:
    """The person a label names, when exactly one person fits; None for nobody or several."""
    words = _words(label)
    if not words or " ".join(words) in UNNAMED_LABELS:
        return None
    is_title_only = words[0] == "the" or all(w in lex().title_heads or w in {"vice", "deputy", "prime", "of", "state"}
                                             for w in words)
    owners = _by_office(words, offices) if is_title_only else _by_name(words, people)
    return Agent("person", owners.pop()) if len(owners) == 1 else None


def transcript_statements(text: str, people: PeopleIndex, offices: list[Office]) -> list[Statement]:
    """A statement for each labelled line whose label names a known person."""
    out = []
    for turn in find_turns(text):
        speech = text[turn.speech_start:turn.speech_end]
        if speech[0] in _QUOTE_OPENERS or len(speech.split()) < 2:
            continue
        speaker = label_speaker(turn.label, people, offices)
        if speaker is None:
            continue
        line_start = text.rfind("\n", 0, turn.speech_start) + 1
        evidence = Evidence(text[line_start:turn.speech_end], line_start, turn.speech_end)
        out.append(Statement(speaker=speaker, text=speech, kind=QuoteKind.DIRECT, evidence=evidence,
                             confidence=0.8, quote_start=turn.speech_start, quote_end=turn.speech_end))
    return out
