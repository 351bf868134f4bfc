"""Sentences that name, by "be", the people of a group told before without names.

"A held separate meetings with leaders of four island nations. The four leaders are B, C, D and E.",
"A met three visiting ministers. They were B, C and D.", "The chancellor hosted two governors. The
governors were B and C.": the subject is a plural group of people ("the four leaders", "the governors")
or "they", the verb is "be", and its complement lists two or more named people. `meetings.py` makes
them the guests of the meeting told just before whose other side was such a group.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.participants import is_person_noun, listed_people, sentence_end
from newsgraph.extract.people import PeopleIndex
from newsgraph.extract.syntax import children

__all__ = ["group_roster"]

_GROUP_PRONOUNS = frozenset({"they", "these", "those"})


def _group_subject(subject: Token) -> bool:
    """ "the four leaders", "the governors", "They": a group of people named by no name of its own."""
    if subject.lower_ in _GROUP_PRONOUNS:
        return True
    return (subject.tag_ == "NNS" and is_person_noun(subject)
            and not any(c.dep_ in {"relcl", "acl", "prep", "poss"} for c in subject.children))  # "who met A", "of B", "her"


def group_roster(sent: Span, people: PeopleIndex) -> list[str]:
    """The people `sent` lists as a group told before ("The four leaders are B, C and D"), or none."""
    root = sent.root
    if root.lemma_ != "be":
        return []
    subjects = children(root, {"nsubj"})
    if len(subjects) != 1 or not _group_subject(subjects[0]) or people.mention_at(subjects[0].i) is not None:
        return []
    listed = listed_people(sent.doc, root.i + 1, people, end=sentence_end(root))
    return listed if len(listed) >= 2 else []
