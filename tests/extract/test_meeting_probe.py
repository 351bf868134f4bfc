"""The meeting probe (`meeting_probe.txt`): a hundred wordings of meetings, plans, refusals and
near misses, each checked for its pairs, their status and, where given, the place. A pair found with
another status counts as wrong, and so does any pair met in person that the line does not expect."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.extract.facts import ArticleFacts

PROBE = Path(__file__).with_name("meeting_probe.txt")
_REAL = {"Occurred", "Scheduled"}


def _cases():
    for n, line in enumerate(PROBE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        marks = []
        known = re.match(r"xfail\((.*?)\): ", line)
        if known:
            marks.append(pytest.mark.xfail(reason=known.group(1), strict=True))
            line = line[known.end():]
        expected, _, text = line.partition(" ||| ")
        yield pytest.param(expected.strip(), text.replace("\\n", "\n"), marks=marks, id=f"line{n}")


def _expected(spec: str) -> list[tuple[str, str, str, str | None]]:
    if spec == "none":
        return []
    out = []
    for item in spec.split(";"):
        pair, _, rest = item.partition(":")
        status, _, place = rest.partition("@")
        a, b = pair.split("-", 1)
        out.append((a, b, status or "Occurred", place or None))
    return out


def _met(facts: ArticleFacts) -> dict[frozenset[str], list[tuple[str, str | None]]]:
    """Pairs of full names met in person (delegations stand for their head and members), with the
    status and place of each meeting."""
    out: dict[frozenset[str], list[tuple[str, str | None]]] = {}
    for m in facts.meetings:
        if m.channel.value != "InPerson":
            continue
        names: set[str] = set()
        for a in m.attendees:
            if a.kind == "person":
                names.add(facts.persons[a.key].name)
            elif a.kind == "delegation" and a.key in facts.delegations:
                d = facts.delegations[a.key]
                names |= {facts.persons[k].name for k in [*d.members, *([d.head] if d.head else [])]}
        for x in names:
            for y in names:
                if x < y:
                    out.setdefault(frozenset((x, y)), []).append((m.status.value, m.place))
    return out


def _named(name: str, surname: str) -> bool:
    return surname in name.split()


@pytest.mark.parametrize("spec, text", list(_cases()))
def test_meeting_probe(extract, spec, text):
    got = _met(extract(text))
    matched: set[frozenset[str]] = set()
    for a, b, status, place in _expected(spec):
        hits = [k for k in got if any(_named(n, a) for n in k) and any(_named(n, b) for n in k)]
        matched |= set(hits)
        if status == "?":
            continue
        assert hits, f"missing {a}-{b}: {got}"
        statuses = {s for k in hits for s, _ in got[k]}
        assert status in statuses and (status in _REAL or not statuses & _REAL), (a, b, statuses)
        if place:
            assert place in {p for k in hits for _, p in got[k]}, (a, b, got)
    wrong = {k: v for k, v in got.items() if k not in matched and any(s in _REAL for s, _ in v)}
    assert not wrong, f"pairs the text does not give: {wrong}"
