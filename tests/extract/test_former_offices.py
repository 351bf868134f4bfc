"""Former offices in profiles: a past "served as", hyphenated former words ("one-time") and adverbs
("previously", "once") opening an apposition make the office a past one; a present or perfect
"serves"/"has served", or "since", keeps it current."""
import pytest


def _offices(facts) -> set[tuple[str, str, bool]]:
    return {(facts.persons[o.person].name, o.title, o.former) for o in facts.offices}


@pytest.mark.parametrize("text, name, title", [
    ("Tom Bell, who served as ambassador to Japan from 2010 to 2014, wrote the report.", "Tom Bell",
     "ambassador to Japan"),
    ("Tom Bell served as finance minister under two presidents before he retired.", "Tom Bell", "finance minister"),
    ("Rosa Diaz, who acted as interim mayor after the floods, opened the bridge.", "Rosa Diaz", "interim mayor"),
])
def test_a_past_served_as_is_a_former_office(extract, text, name, title):
    offices = _offices(extract(text))
    assert any(n == name and title in t and former for n, t, former in offices), offices


@pytest.mark.parametrize("text, name, title", [
    ("Tom Bell, who has served as finance minister since 2019, wrote the report.", "Tom Bell", "finance minister"),
    ("Tom Bell, who serves as finance minister, wrote the report.", "Tom Bell", "finance minister"),
    ("Tom Bell, who served as finance minister since 2019 and still does, wrote the report.", "Tom Bell",
     "finance minister"),
])
def test_serving_into_the_present_is_current(extract, text, name, title):
    offices = _offices(extract(text))
    assert any(n == name and title in t and not former for n, t, former in offices), offices
    assert not any(n == name and former for n, t, former in offices)


@pytest.mark.parametrize("text, name, title", [
    ("Kate Moss, a one-time adviser to the king, declined to comment.", "Kate Moss", "adviser to the king"),
    ("Kate Moss, once an adviser to the prime minister, declined to comment.", "Kate Moss",
     "adviser to the prime minister"),
    ("Kate Moss, previously the deputy head of the central bank, declined to comment.", "Kate Moss",
     "deputy head of the central bank"),
    ("Kate Moss, formerly a senator for the region, declined to comment.", "Kate Moss", "senator"),
])
def test_a_former_word_opening_an_apposition(extract, text, name, title):
    offices = _offices(extract(text))
    assert any(n == name and t.startswith(title) and former for n, t, former in offices), offices
    assert not any(t.split()[0].lower() in {"once", "previously", "formerly", "one", "one-time"} for _, t, _ in offices)


@pytest.mark.parametrize("text, name, title", [
    ("Kate Moss, an adviser to the king, declined to comment.", "Kate Moss", "adviser to the king"),
    ("Kate Moss, the deputy head of the central bank, declined to comment.", "Kate Moss", "deputy head of the central bank"),
    ("Kate Moss, who once again chaired the meeting as party leader, spoke first.", "Kate Moss", None),
])
def test_no_former_word_keeps_the_office_current(extract, text, name, title):
    offices = _offices(extract(text))
    if title:
        assert (name, title, False) in offices
    assert not any(former for _, _, former in offices)


@pytest.mark.parametrize("text, name, title", [
    ("The minister of trade at the time, Ana Lobo, said nothing.", "Ana Lobo", "minister of trade"),
    ("Ana Lobo, the trade minister at the time, said nothing.", "Ana Lobo", "trade minister"),
    ("Tom Reed, who was interior minister at the time, said nothing.", "Tom Reed", "interior minister"),
])
def test_an_office_held_at_the_time_is_past(extract, text, name, title):
    assert (name, title, True) in _offices(extract(text))


def test_at_the_time_outside_the_title_keeps_it_current(extract):
    offices = _offices(extract("Ana Lobo, the trade minister, said at the time that nothing was agreed."))
    assert ("Ana Lobo", "trade minister", False) in offices
