"""The array-based token scans find exactly the tokens the per-token rules would accept."""
from newsgraph.extract.meetings import _is_trigger, _trigger_candidates
from newsgraph.extract.syntax import doc_text, tokens_with


def test_tokens_with_reads_lowercase_forms_and_lemmas(nlp):
    doc = nlp("The Summit opened. Talks and meetings followed, with counterparts and a Counterpart.")
    assert [t.text for t in tokens_with(doc, {"talks", ","})] == ["Talks", ","]
    assert {t.text for t in tokens_with(doc, {"summit", "meeting", "counterpart"}, lemma=True)} >= {
        "Summit", "meetings", "counterparts", "Counterpart"}


def test_trigger_candidates_cover_every_trigger(nlp):
    text = ("Premier Ada Roth met President Ilse Kern on Monday. The two held talks and later phoned Ole Dahl. "
            "A go-between shuttled between them; Roth sat down with Kern, then hosted a dinner. "
            "Kern was joined by Dahl at the Summit, and they discussed trade with Roth.")
    doc = nlp(text)
    assert {t.i for t in doc if _is_trigger(t)} <= {t.i for t in _trigger_candidates(doc)}
    assert doc_text(doc) == text
