"""Read articles from .txt files, folders and JSON Lines, with a clear error per bad input.

A bad input never stops the others: `read_articles` yields `ArticleError`s in the stream, naming
the file (and line, for JSON Lines), and the caller decides what to do with them.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from newsgraph.extract.facts import ArticleMeta
from newsgraph.extract.text import slugify
from newsgraph.settings import MAX_ARTICLE_CHARS

SAMPLE_ARTICLE = Path(__file__).resolve().parent / "data" / "istanbul_talks_2025.txt"  # package data: `demo` works from a wheel
SAMPLE_PUBLISHED = date(2025, 5, 15)


@dataclass(frozen=True)
class ArticleError:
    """An input that could not be read as an article."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ArticleInput:
    """An article read from somewhere, with the id it asks for.

    `explicit_id` says the id was given (a JSON Lines `id`, an API caller's id): a clash with another
    article is then refused. Otherwise the id was derived (from a file name, a line number or the
    text) and the id policy (`newsgraph.graph.article_ids`) may disambiguate it."""

    text: str
    meta: ArticleMeta
    source: str
    explicit_id: bool = False
    origin: Path | None = None  # the file it came from


class InvalidArticle(ValueError):
    """Text that is not an article: empty, binary or too large."""


class ArticleTooLong(InvalidArticle):
    """Text over the length limit (HTTP answers 413)."""


def check_text(text: str, max_chars: int = MAX_ARTICLE_CHARS) -> str:
    """The text itself if it can be an article, else InvalidArticle saying why."""
    if "\x00" in text:
        raise InvalidArticle("binary content (NUL bytes), not text")
    if not text.strip():
        raise InvalidArticle("empty text")
    if len(text) > max_chars:
        raise ArticleTooLong(f"text too long ({len(text)} characters, limit {max_chars})")
    return text


def decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InvalidArticle("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidArticle(f"not valid UTF-8 (byte {exc.start})") from exc


def guess_title(text: str) -> str | None:
    """A headline: a short first line without final punctuation, followed by a blank line."""
    first, _, rest = text.strip().partition("\n")
    if rest.startswith("\n") or rest.startswith("\r\n"):
        first = first.strip()
        if 0 < len(first.split()) <= 20 and first[-1:] not in ".!?\"\u201d":
            return first
    return None


def parse_published(value: str | date | None) -> date | None:
    """A publication date from "YYYY-MM-DD" (or a date); InvalidArticle for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InvalidArticle(f"bad published date {value!r} (expected YYYY-MM-DD)") from exc


def content_id(text: str, title: str | None = None) -> str:
    """The id of an article that was given none: its title (or first words) and a hash of its text,
    so two different texts never share an id and the same text always gets the same one."""
    words = (title or " ".join(text.split()[:8]))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return f"{slugify(words)[:48].strip('-')}-{digest}"


def article_from_text(text: str, *, article_id: str | None = None, published: date | None = None,
                      title: str | None = None, url: str | None = None, source: str | None = None,
                      origin: Path | None = None, explicit: bool | None = None) -> ArticleInput:
    """An article from its text and metadata. Without `article_id` the id is `content_id`; an id
    given counts as explicit unless `explicit=False` says it was derived (from a file name, say)."""
    check_text(text)
    title = title or guess_title(text)
    given = bool(article_id and str(article_id).strip())
    ident = slugify(article_id) if given else content_id(text, title)
    meta = ArticleMeta(id=ident, title=title, published=published, url=url, source=source)
    return ArticleInput(text=text, meta=meta, source=str(origin) if origin else (article_id or ident),
                        explicit_id=given if explicit is None else (given and explicit), origin=origin)


def _read_txt(path: Path, published: date | None) -> Iterator[ArticleInput | ArticleError]:
    try:
        text = check_text(decode(path.read_bytes()))
        yield article_from_text(text, article_id=path.stem, published=published, origin=path, explicit=False)
    except (OSError, InvalidArticle) as exc:
        yield ArticleError(str(path), str(exc) if isinstance(exc, InvalidArticle) else exc.strerror or str(exc))


def _read_jsonl(path: Path, published: date | None) -> Iterator[ArticleInput | ArticleError]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ArticleError(str(path), exc.strerror or str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw))
                if not isinstance(record, dict):
                    raise InvalidArticle("a JSON object per line is expected")
                text = record.get("text")
                if not isinstance(text, str):
                    raise InvalidArticle("no \"text\" field")
                given = record.get("id")
                item = article_from_text(
                    text, article_id=str(given or f"{path.stem}-{number}"),
                    published=parse_published(record.get("published")) or published,
                    title=record.get("title"), url=record.get("url"), source=record.get("source"),
                    origin=path, explicit=bool(given))
                yield ArticleInput(item.text, item.meta, f"{path}:{number}", item.explicit_id, path)
            except json.JSONDecodeError as exc:
                yield ArticleError(str(path), f"malformed JSON: {exc.msg}", number)
            except InvalidArticle as exc:
                yield ArticleError(str(path), str(exc), number)


def read_articles(paths: Iterable[str | Path], *, published: date | None = None) -> Iterator[ArticleInput | ArticleError]:
    """Articles from files and folders (.txt and .jsonl; folders are read recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in {".txt", ".jsonl"} and p.is_file())
            if not files:
                yield ArticleError(str(path), "folder has no .txt or .jsonl files")
            for file in files:
                yield from read_articles([file], published=published)
        elif not path.exists():
            yield ArticleError(str(path), "no such file or folder")
        elif path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, published)
        else:
            yield from _read_txt(path, published)
