"""Word lists are data files, one per linguistic class, each saying what it means, loaded through
the components' config so a user can swap one."""
from __future__ import annotations

import pytest

import spacy
from spacy.tokens import Doc

from newsgraph.extract.components import COMPONENTS, add_components, install_extensions
from newsgraph.extract.facts import ArticleMeta
from newsgraph.extract.lexicon import LEXICON_DIR, lex, lexicon_names, load_lexicons, using, word_map, word_set


def test_every_lexicon_file_starts_with_a_comment_saying_what_the_class_is():
    files = sorted(LEXICON_DIR.glob("*.txt"))
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first) > 20, path.name


def test_word_set_skips_comments_and_blank_lines(tmp_path):
    (tmp_path / "greetings.txt").write_text("# verbs of greeting\n\ngreet\n  hail \n# not a word\n", encoding="utf-8")
    assert word_set("greetings", tmp_path) == {"greet", "hail"}


def test_word_map_reads_several_values_and_empty_values(tmp_path):
    (tmp_path / "m.txt").write_text("# a map\nA = x | y\nB =\n", encoding="utf-8")
    assert word_map("m", tmp_path) == {"A": ["x", "y"], "B": []}


def test_word_map_rejects_a_line_without_key_and_value(tmp_path):
    (tmp_path / "bad.txt").write_text("# a map\njust words\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt"):
        word_map("bad", tmp_path)


@pytest.mark.parametrize("form, country", [("Ukrainian", "Ukraine"), ("the Kremlin", "Russia"),
                                           ("Tokyo", "Japan"), ("Brazil's", "Brazil")])
def test_country_forms_are_read_from_their_file(form, country):
    assert lex().country_for(form) == country


def test_loading_the_lexicons_reads_no_file_at_import():
    import subprocess
    import sys
    code = ("import builtins, pathlib; seen = []; orig = pathlib.Path.read_text\n"
            "def spy(self, *a, **k):\n    seen.append(self); return orig(self, *a, **k)\n"
            "pathlib.Path.read_text = spy\n"
            "import newsgraph.extract.components, newsgraph.extract.meetings, newsgraph.extract.people\n"
            "print(sum(p.parent.name == 'lexicons' for p in seen))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_a_list_is_replaced_by_its_entries_or_a_file_and_the_rest_stay_packaged(tmp_path):
    (tmp_path / "verbs.txt").write_text("# my meeting verbs\nconfer\n", encoding="utf-8")
    from_file = load_lexicons({"meeting_verbs": str(tmp_path / "verbs.txt")})
    inline = load_lexicons({"meeting_verbs": ["# a comment", "confer", ""]})
    assert from_file.meeting_verbs == inline.meeting_verbs == {"confer"}
    assert inline.reporting_verbs == load_lexicons().reporting_verbs
    assert load_lexicons().meeting_verbs == word_set("meeting_verbs")
    assert inline is load_lexicons({"meeting_verbs": ["confer"]}) or inline.meeting_verbs == {"confer"}


def test_a_map_list_can_be_replaced_too():
    lexicons = load_lexicons({"country_forms": ["Freedonia = Freedonian | Fredville"]})
    assert lexicons.country_for("Fredville") == "Freedonia"
    assert lexicons.country_for("Ukrainian") is None
    assert lexicons.countries == {"Freedonia"}


@pytest.mark.parametrize("overrides, message", [({"meting_verbs": ["meet"]}, "unknown lexicon meting_verbs"),
                                               ({"meeting_verbs": "/nowhere/verbs.txt"}, "no such file")])
def test_a_wrong_lexicon_setting_is_refused_when_the_pipeline_is_built(overrides, message):
    with pytest.raises(ValueError, match=message):
        spacy.blank("en").add_pipe("ng_meetings", config={"lexicons": overrides})


def test_every_word_list_has_its_packaged_file():
    assert lexicon_names() == {p.stem for p in LEXICON_DIR.glob("*.txt")}
    assert {"meeting_verbs", "reporting_verbs", "country_forms"} <= lexicon_names()


def test_rules_read_the_bound_lists_and_the_packaged_ones_outside():
    custom = load_lexicons({"meeting_verbs": ["confer"]})
    with using(custom):
        assert lex() is custom
    assert "meet" in lex().meeting_verbs


def _zorbled(nlp) -> list[set[str]]:
    """Who met in 'Nadia Brook zorbled with Omar Vale .' (a hand-set parse and entities)."""
    words = ["Nadia", "Brook", "zorbled", "with", "Omar", "Vale", "."]
    doc = Doc(nlp.vocab, words=words, lemmas=["Nadia", "Brook", "zorble", "with", "Omar", "Vale", "."],
              heads=[1, 2, 2, 2, 5, 3, 2], deps=["compound", "nsubj", "ROOT", "prep", "compound", "pobj", "punct"],
              pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
              tags=["NNP", "NNP", "VBD", "IN", "NNP", "NNP", "."],
              ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"],
              sent_starts=[True] + [False] * 6)
    doc._.ng_meta = ArticleMeta(id="hand")
    for _, component in nlp.pipeline:
        doc = component(doc)
    return [{a.key for a in m.attendees} for m in doc._.ng_facts.meetings]


ZORBLE = {"lexicons": {"with_meeting_verbs": ["zorble"]}}


def _blank_with(meetings_config: dict) -> spacy.language.Language:
    install_extensions()
    nlp = spacy.blank("en")
    for name in COMPONENTS:
        nlp.add_pipe(name, config=meetings_config if name == "ng_meetings" else {})
    return nlp


def test_swapping_a_word_list_of_one_component_changes_what_is_a_meeting():
    assert "zorble" not in lex().with_meeting_verbs
    assert _zorbled(_blank_with({})) == []
    swapped = _blank_with(ZORBLE)
    assert _zorbled(swapped) == [{"nadia-brook", "omar-vale"}]
    assert swapped.get_pipe("ng_people").lexicons is load_lexicons()  # the other components keep theirs
    analysis = swapped.analyze_pipes()  # still the same pipeline: only our inputs from spaCy are missing on blank
    assert list(analysis["summary"]) == list(COMPONENTS)
    assert analysis["problems"]["ng_meetings"] == [] and analysis["problems"]["ng_facts"] == []


def test_the_swapped_list_is_in_the_pipeline_config_and_survives_saving_the_pipeline(tmp_path):
    nlp = _blank_with(ZORBLE)
    assert nlp.config["components"]["ng_meetings"]["lexicons"] == {"with_meeting_verbs": ["zorble"]}
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    assert again.get_pipe("ng_meetings").lexicons.with_meeting_verbs == {"zorble"}
    assert _zorbled(again) == [{"nadia-brook", "omar-vale"}]


def test_a_list_can_be_swapped_from_a_config_file(tmp_path):
    (tmp_path / "verbs.txt").write_text("# verbs that meet with a with-partner\nzorble\n", encoding="utf-8")
    nlp = _blank_with({})
    config = nlp.config.copy()
    config["components"]["ng_meetings"]["lexicons"] = {"with_meeting_verbs": str(tmp_path / "verbs.txt")}
    (tmp_path / "config.cfg").write_text(config.to_str(), encoding="utf-8")
    from spacy.util import load_config, load_model_from_config
    loaded = load_model_from_config(load_config(tmp_path / "config.cfg"), auto_fill=True)
    assert _zorbled(loaded) == [{"nadia-brook", "omar-vale"}]


@pytest.mark.slow
def test_swapping_a_list_on_the_real_pipeline_changes_its_output(nlp, extract):
    text = "Senator Nadia Brook zorbled with Governor Omar Vale in Denver on Monday."
    assert not extract(text).meetings
    from newsgraph.extract.pipeline import _load_pipeline, extract_article
    real = add_components(_load_pipeline(None))
    real.replace_pipe("ng_meetings", "ng_meetings", config=ZORBLE)
    facts = extract_article(text, ArticleMeta(id="real"), nlp=real)
    assert [{a.key for a in m.attendees} for m in facts.meetings] == [{"nadia-brook", "omar-vale"}]
    assert not real.analyze_pipes()["problems"]["ng_facts"]
