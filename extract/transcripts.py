"""Transcripts: a speaker label at the start of a line ("THE PRESIDENT: We will ...", "MR. LEE: ...",
"Senator Ames: ...") makes the rest of that line a statement by the labelled person.

Transcripts of press briefings and interviews print speech without quotation marks, one turn per
paragraph, each opened by a label and a colon. A label gives a statement only when it names a person
the article knows:
- a name, with or without a title or honorific ("SECRETARY BLINKEN", "Ms. Roe"): the one person
  whose surname (or alias) it ends with;
- a bare office ("THE PRESIDENT", "THE PRIME MINISTER"): the one person the article gives exactly
  that office (now, not former);
- an upper-case title or honorific and a name nobody else in the article has ("PRIME MINISTER KANE",
  "MS. ODUYA"): a person named only there, added to the article's people;
- an upper-case surname alone that labels two turns or more of a dialogue ("HOST: ... OKAFOR: ...
  HOST: ... OKAFOR: ..."): a person named only there.
"Q" and "QUESTION" are turns of unnamed people, questions from reporters, and so are role labels
("HOST:", "MODERATOR:", `transcript_roles.txt`): they give no statement, like any quote from an unnamed
speaker, and they end the turn before them. "A" and "ANSWER" turns are the interviewee's: the one
person the introduction names (bylines and interviewers left out), or the one it names in a sentence
about the interview; nobody's when that is not one person. A label that names nobody ("NOTE:",
"WASHINGTON:", "UPDATE:") gives nothing. A turn whose speech opens with
a quotation mark is left to the quote rules ("Minister Jane Roe: “We are ready.”"). A headline in
that shape ("Roe: Talks Are Over", the first line, or any line in title case) paraphrases; it is no turn.
A turn runs on over the unlabelled paragraphs up to the next label (one statement per paragraph,
as a quote over several paragraphs is one statement per quoted span); it ends early at a line that
is no speech (upper case, a headline, "END ...", a bracketed note, a "Q" turn without a colon). The last turn keeps only its
labelled paragraph: nothing marks where its speech ends and the article goes on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract.facts import Agent, Evidence, Office, Person, QuoteKind, Statement
from newsgraph.extract.lexicon import lex
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.text import slugify

# a label: up to seven words, each capitalised (or an initial), then a colon and the speech
# (a lower-case "of"/"the"/"for" may join them, as in "President of Russia Viktor Orlov"), then an
# interpreting note in brackets ("(retranslated)", "(via interpreter)") may stand before the colon
_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'\u2019-]*(?:[ \t]+(?:(?:of|the|for)[ \t]+)?[A-Z][\w.'\u2019-]*){0,6})"
                    r"(?:[ \t]+\((?:retranslated|via interpreter|through (?:an )?interpreter|as interpreted|in \w+)\))?"
                    r"[ \t]*:[ \t]+(?P<speech>\S[^\n]*)", re.MULTILINE)
_ANSWER_LABELS = {"a", "answer"}  # the turns of the one person interviewed
_INTERVIEW_CUES = re.compile(r"(?i)\binterview|\bspoke (?:to|with)\b|\btalked (?:to|with)\b|\bsat down with\b"
                             r"|\bQ\s*&\s*A\b|\bquestions?\b|\btold\b|\bjoins? (?:us|me)\b|\bwith me\b")
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


# a question or answer label printed with a full stop or a dash instead of a colon ("Q. Will you resign?",
# "A - No.", as interviews are often set): only these four labels, since "A. Lee said" may open a line too
_QA_LABEL = re.compile(r"^[ \t]*(?P<label>Q|A|QUESTION|ANSWER)(?:\.|[ \t]+[-\u2013\u2014])[ \t]+(?P<speech>\S[^\n]*)",
                       re.MULTILINE)


def find_turns(text: str) -> list[Turn]:
    """Each line opened by a speaker label, with the offsets of its speech (headlines left out)."""
    turns: dict[int, Turn] = {}
    first_line = len(text) - len(text.lstrip())
    for match in [*_LABEL.finditer(text), *_qa_turns(text)]:
        speech = match.group("speech").rstrip()
        if match.start() <= first_line or _headline_case(speech):
            continue
        start = match.start("speech")
        line = text.rfind("\n", 0, start) + 1
        if line not in turns or match.re is _QA_LABEL:  # "Q. Mr. Lee: ..." is a question, not Mr. Lee's turn
            turns[line] = Turn(match.group("label"), start, start + len(speech))
    return [turns[k] for k in sorted(turns)]


def _qa_turns(text: str) -> list[re.Match]:
    """ "Q." and "A." (or "Q -", "A -") turns, when the text has both a question and an answer so set:
    a lone "A." opening a line is more likely an initial."""
    found = list(_QA_LABEL.finditer(text))
    kinds = {m.group("label")[0] for m in found}
    return found if kinds == {"Q", "A"} else []


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


def _capitalised(word: str) -> str:
    """ "MCCAUL" -> "McCaul", "O'BRIEN" -> "O'Brien", "NGUYEN" -> "Nguyen"."""
    out = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    out = re.sub(r"^(Mc|O')(\w)", lambda m: m.group(1) + m.group(2).upper(), out)
    return out


def label_person(label: str, people: PeopleIndex) -> Person | None:
    """A person named only in an upper-case label ("PRIME MINISTER KANE", "MS. ODUYA"): a title or an
    honorific, then one to three name words that are no title. None when the label names no one new."""
    raw = label.replace("\u2019", "'").split()
    words = _words(label)
    if not label.isupper() or len(words) < 2 or words[0] == "the":
        return None
    k = 0
    while k < len(words) and (words[k] in lex().title_heads or words[k] in lex().honorifics
                              or words[k] in {"vice", "deputy", "prime", "of", "state", "foreign", "general"}):
        k += 1
    name = raw[k:]
    if k == 0 or not 1 <= len(name) <= 3 or any(lex().country_for(w) or not w[:1].isalpha() for w in name):
        return None
    return _new_person(name, people)


def _new_person(name_words: list[str], people: PeopleIndex) -> Person | None:
    """The person an upper-case label names, added to the article's people; None when the article
    already has someone of that name (the label then names them, see `_by_name`)."""
    text = " ".join(_capitalised(w) for w in name_words)
    key = slugify(text)
    if key in people.persons:
        return None
    person = Person(key=key, name=text)
    people.persons[key] = person
    return person


def bare_name_person(label: str, people: PeopleIndex, turns: list[Turn]) -> Person | None:
    """A person named only by an upper-case surname label that speaks in turn with others ("OKAFOR: ...",
    twice, between "HOST: ..." turns): in a dialogue a recurring label is a speaker. One word (or two)
    that is no title, role, honorific or country; None otherwise."""
    raw = label.replace("\u2019", "'").split()
    words = _words(label)
    if not label.isupper() or not 1 <= len(words) <= 2 or any(not w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    if any(w in lex().title_heads or w in lex().honorifics or w in lex().transcript_roles or lex().country_for(w)
           for w in words) or len(words[-1]) < 3:
        return None
    labels = [" ".join(_words(t.label)) for t in turns]
    if labels.count(" ".join(words)) < 2 or len(set(labels)) < 2:
        return None
    return _new_person(raw, people)


def label_speaker(label: str, people: PeopleIndex, offices: list[Office], turns: list[Turn] = ()) -> Agent | None:
    """The person a label names, when exactly one person fits; None for nobody or several."""
    words = _words(label)
    if not words or " ".join(words) in lex().transcript_roles:
        return None
    is_title_only = words[0] == "the" or all(w in lex().title_heads or w in {"vice", "deputy", "prime", "of", "state"}
                                             for w in words)
    owners = _by_office(words, offices) if is_title_only else _by_name(words, people)
    if not owners and not is_title_only:
        person = label_person(label, people) or bare_name_person(label, people, list(turns))
        owners = {person.key} if person is not None else set()
    return Agent("person", owners.pop()) if len(owners) == 1 else None


_INTERVIEWERS = {"reporter", "correspondent", "editor", "host", "anchor", "interviewer", "presenter", "journalist",
                 "writer", "columnist", "our"}
_BYLINE = re.compile(r"(?i)^\s*(?:by|interview(?:ed)? by|reporting by|written by|produced by)\b")


def interviewee(text: str, turns: list[Turn], people: PeopleIndex) -> Agent | None:
    """Whose the "A:" turns of a question-and-answer interview are: the one person named before the
    first turn (bylines and interviewers left out), else the one named in a sentence there that speaks
    of the interview ("X spoke to us in Amman", "In an interview, X ..."). None when that is not one person."""
    labels = {" ".join(_words(t.label)) for t in turns}
    if not labels & _ANSWER_LABELS or not labels & {"q", "question"}:
        return None
    first = min(t.speech_start for t in turns)
    doc = people.doc
    named: dict[str, list[int]] = {}
    for mention in people.name_mentions():
        at = doc[mention.start].idx
        if at >= first:
            continue
        line = text[text.rfind("\n", 0, at) + 1:at]
        before = {t.lower_ for t in doc[max(0, mention.start - 3):mention.start]}
        if _BYLINE.match(line) or before & _INTERVIEWERS:
            continue
        named.setdefault(mention.person, []).append(mention.start)
    if len(named) == 1:
        return Agent("person", next(iter(named)))
    cued = {person for person, starts in named.items()
            if any(_INTERVIEW_CUES.search(doc[k].sent.text) for k in starts)}
    return Agent("person", cued.pop()) if len(cued) == 1 else None


def _is_speech(paragraph: str) -> bool:
    """A paragraph that can continue a turn: not a note, a heading or a sign-off."""
    words = paragraph.split()
    if len(words) < 3 or paragraph[0] in _QUOTE_OPENERS + "([#*" or paragraph.isupper():
        return False
    if words[0].rstrip(".:") in {"Q", "A", "QUESTION", "ANSWER"}:
        return False  # "Q Mr. President, ...": a reporter's turn, printed without a colon
    return not (len(words) < 12 and _headline_case(paragraph))


def continuation(text: str, turn: Turn, next_turn: Turn | None) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs a turn runs on over, up to the next turn's line."""
    if next_turn is None:
        return []
    end = text.rfind("\n", 0, next_turn.speech_start) + 1
    out = []
    pos = turn.speech_end
    for match in re.finditer(r"[^\n]+", text[pos:end]):
        paragraph = match.group().strip()
        if not paragraph:
            continue
        if not _is_speech(paragraph):
            break
        start = pos + match.start() + (len(match.group()) - len(match.group().lstrip()))
        out.append((start, start + len(paragraph)))
    return out


def transcript_statements(text: str, people: PeopleIndex, offices: list[Office]) -> list[Statement]:
    """A statement for each paragraph of a turn whose label names a known person."""
    out = []
    turns = find_turns(text)
    answering = interviewee(text, turns, people) if turns else None
    for k, turn in enumerate(turns):
        speech = text[turn.speech_start:turn.speech_end]
        if speech[0] in _QUOTE_OPENERS or len(speech.split()) < 2:
            continue
        if " ".join(_words(turn.label)) in _ANSWER_LABELS:
            speaker = answering
        else:
            speaker = label_speaker(turn.label, people, offices, turns)
        if speaker is None:
            continue
        following = turns[k + 1] if k + 1 < len(turns) else None
        for start, end in [(turn.speech_start, turn.speech_end), *continuation(text, turn, following)]:
            line_start = text.rfind("\n", 0, start) + 1
            evidence = Evidence(text[line_start:end], line_start, end)
            out.append(Statement(speaker=speaker, text=text[start:end], kind=QuoteKind.DIRECT, evidence=evidence,
                                 confidence=0.8, quote_start=start, quote_end=end))
    return out
