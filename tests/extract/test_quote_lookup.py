"""`quoted_at` answers by binary search what `any(q.contains(...))` answered by a scan: the same
answer at every character, including the marks themselves and the gaps between quotes."""
from newsgraph.extract.quotes import find_quotes, quoted_at

TEXTS = [
    '"We will rebuild," the mayor said. "Every street of it." Then she left.',
    "\u201cNo,\u201d he said.\n\u201cNot this year,\u201d he added, \u2018or the next\u2019 one.",
    "A paragraph with no quotation at all.",
    "``Doubled marks'' and ``an unclosed one\nand a new paragraph.",
]


def test_quoted_at_agrees_with_a_scan_at_every_character():
    for text in TEXTS:
        quotes = find_quotes(text)
        for char in range(-1, len(text) + 1):
            assert quoted_at(quotes, char) == any(q.contains(char) for q in quotes), (text, char)


def test_quotes_are_sorted_and_apart():
    for text in TEXTS:
        quotes = find_quotes(text)
        assert all(a.end <= b.start for a, b in zip(quotes, quotes[1:]))


def test_words_inside_and_outside():
    text = '"We will rebuild," the mayor said.'
    quotes = find_quotes(text)
    assert quoted_at(quotes, text.index("rebuild"))
    assert not quoted_at(quotes, text.index("mayor"))
    assert not quoted_at((), 0)
