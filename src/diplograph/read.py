"""Read articles from files and folders: the first stage of the pipeline.

    paths ──read_articles──▶ Article, Article, ...

Formats (chosen by file extension, case-insensitively):

``.txt``
    The whole file is the text; ``id`` is the file stem. The file may open with a front-matter
    block, as static-site generators write it: a ``---`` line, ``key: value`` lines (``published``,
    ``title``, ``url``, ``source``, ``id``; the same meanings as in JSONL) and a closing ``---``
    line; the text is what follows it.
``.jsonl``
    One JSON object a line: ``id`` and ``text`` (required, non-empty strings), optional ``title``,
    ``published`` (ISO date ``2022-03-09``, or an ISO datetime whose date is taken), ``url`` and
    ``source``. Blank lines are skipped; other keys are ignored.
``.html`` / ``.htm``
    The main text is extracted with trafilatura from the file's content (it never fetches
    anything); title, date, canonical URL and site name come from the page's metadata; ``id`` is
    the file stem.

An article without a date can be given one (``published=``, the CLI's ``--published``); without
any, relative dates in it ("last month") stay unresolved. With ``bad_lines=`` a list, a malformed
JSONL line is recorded there (and skipped) instead of stopping the read; with ``bad_files=``, so is
an article file that cannot be read (empty, not UTF-8, no text in the HTML).

Folders are walked recursively in sorted order, skipping hidden files and folders (names
starting with ``.``) and files of other types.

The text is normalised minimally and predictably, because every character offset a fact
carries indexes into :attr:`Article.text`: ``"\\r\\n"`` becomes ``"\\n"``, then Unicode NFC.
Nothing else (quotes, dashes, whitespace) is changed. A UTF-8 byte-order mark is dropped.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.model import Article

__all__ = ["SUPPORTED_SUFFIXES", "check_inputs", "normalize_text", "read_articles"]

logger = logging.getLogger(__name__)

#: File extensions :func:`read_articles` understands (lower case).
SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")

# An ISO date, optionally followed by a time: guards date/datetime.fromisoformat, which in
# Python 3.11 also accept forms such as "20220309" or "2022-W10" that nobody means here.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?")
_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?")
# htmldate's own heuristics scan the body text for anything date-like when this is on; a
# date mentioned in the story must never become the article's anchor date, so it stays off.
_HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False}


# C0 and C1 control characters other than tab, newline and carriage return: no reader means them,
# XML 1.0 forbids most of them (GraphML and GEXF exports would be ill-formed) and they would end
# up in dg:evidence. Each becomes a space, so words either side stay apart.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalize_text(text: str) -> str:
    """Normalise article text the one way every reader does: CRLF to LF, control characters
    (other than tab and newline) to spaces, then NFC.

    Args:
        text: decoded text.

    Returns:
        The text with ``"\\r\\n"`` replaced by ``"\\n"``, control characters by spaces, and
        composed to Unicode NFC.
    """
    return unicodedata.normalize("NFC", _CONTROLS.sub(" ", text.replace("\r\n", "\n")))


def read_articles(
    paths: Iterable[Path | str],
    *,
    published: date | None = None,
    bad_lines: list[InputError] | None = None,
    bad_files: list[InputError] | None = None,
) -> Iterator[Article]:
    """Yield the articles in the given files and folders, one at a time.

    This is a generator: files are opened only when iteration reaches them and a JSONL file is
    read line by line, so a large corpus is never held in memory.

    Args:
        paths: files (``.txt``, ``.jsonl``, ``.html``, ``.htm``) and folders of them.
        published: the date of every article that does not carry one.
        bad_lines: collect malformed JSONL lines here (each an :class:`InputError` naming file and
            line) and go on; ``None``: the first one raises.
        bad_files: likewise for article files that cannot be read.

    Yields:
        One :class:`~diplograph.model.Article` per article, in input order (folders sorted).

    Raises:
        InputError: a path does not exist or cannot be read; a file has an unsupported
            extension or is not UTF-8 text; a folder holds no articles; a JSONL line is
            malformed (the message names the file and 1-based line); no text can be
            extracted from an HTML page; or two articles share an id (naming both places).
    """
    articles = (article for file in _files(paths) for article in _read_file(file, bad_lines, bad_files))
    return _unique_ids(_dated(articles, published))


def check_inputs(
    paths: Iterable[Path | str],
    *,
    published: date | None = None,
    bad_lines: list[InputError] | None = None,
    bad_files: list[InputError] | None = None,
) -> dict[str, tuple[str, str]]:
    """Read every plain-text and JSONL article once, cheaply, so that a malformed line anywhere is
    reported before any model work; HTML pages are only checked to be readable (their text is
    extracted when they are read for real).

    Returns:
        ``(content hash, where it was read)`` of every plain-text and JSONL article, by id.

    Raises:
        InputError: as :func:`read_articles` would, for the first problem found.
    """
    articles = _unique_ids(_dated(_cheaply_read(paths, bad_lines, bad_files), published))
    return {a.id: (a.hash, a.location) for a in articles}


def _cheaply_read(
    paths: Iterable[Path | str], bad_lines: list[InputError] | None, bad_files: list[InputError] | None
) -> Iterator[Article]:
    for file in _files(paths):
        if file.suffix.lower() in {".html", ".htm"}:
            try:
                _read_bytes(file)  # readable; trafilatura runs once, when the build reads it
            except InputError as exc:
                if bad_files is None:
                    raise
                bad_files.append(exc)
        else:
            yield from _read_file(file, bad_lines, bad_files)


def _dated(articles: Iterable[Article], published: date | None) -> Iterator[Article]:
    for article in articles:
        yield replace(article, published=published) if published and not article.published else article


def _files(paths: Iterable[Path | str]) -> Iterator[Path]:
    for given in paths:
        yield from _article_files(Path(given))


def _unique_ids(articles: Iterable[Article]) -> Iterator[Article]:
    """The articles, refusing a second one with an id already read (naming both places)."""
    seen: dict[str, str] = {}  # article id -> where it was first read
    for article in articles:
        if article.id in seen:
            raise InputError(
                f"duplicate article id {article.id!r} (first read at {seen[article.id]}); a .txt file "
                "can set its own with an 'id:' front-matter line",
                path=article.path,
                line=article.line,
            )
        seen[article.id] = article.location
        yield article


def _article_files(path: Path) -> Iterator[Path]:
    """The article files ``path`` names: itself, or the supported files under a folder."""
    if path.is_dir():
        found = False
        for file in _walk_sorted(path):
            found = True
            yield file
        if not found:
            raise InputError(
                f"folder contains no articles ({', '.join('*' + s for s in SUPPORTED_SUFFIXES)})",
                path=str(path),
            )
    elif path.is_file():
        # An explicitly named file is read even if hidden: the user asked for it.
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise InputError(
                f"unsupported file type {path.suffix or '(none)'!r} "
                f"(expected one of {', '.join(SUPPORTED_SUFFIXES)})",
                path=str(path),
            )
        yield path
    elif path.exists():
        raise InputError("not a regular file or folder", path=str(path))
    else:
        raise InputError("no such file or folder", path=str(path))


def _walk_sorted(folder: Path, seen: set[str] | None = None) -> Iterator[Path]:
    """Supported, non-hidden files under ``folder``, depth first, names sorted at each level.

    A linked folder is followed once: a link back to a folder already walked (a loop, or a second
    way into the same folder) is skipped with a warning."""
    seen = set() if seen is None else seen
    seen.add(os.path.realpath(folder))
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f"cannot list folder: {exc.strerror or exc}", path=str(folder)) from exc
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        if entry.is_dir():
            if os.path.realpath(child) in seen:
                logger.warning("%s: skipped, a link to a folder already read", child)
                continue
            yield from _walk_sorted(child, seen)
        elif entry.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
            yield child


def _read_file(
    path: Path, bad_lines: list[InputError] | None = None, bad_files: list[InputError] | None = None
) -> Iterator[Article]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, bad_lines)
        elif suffix == ".txt":
            yield _read_txt(path)
        else:
            yield _read_html(path)
    except InputError as exc:
        if bad_files is None or exc.line is not None:  # a bad line is not a bad file
            raise
        bad_files.append(exc)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc


def _decode(data: bytes, path: Path, line: int | None = None, *, at_start: bool = True) -> str:
    try:
        # utf-8-sig drops a leading byte-order mark and is otherwise plain UTF-8; only the start
        # of a file may carry one (elsewhere "\ufeff" is kept, and json.loads names it).
        return data.decode("utf-8-sig" if at_start else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=str(path),
            line=line,
        ) from exc


def _read_txt(path: Path) -> Article:
    text = normalize_text(_decode(_read_bytes(path), path))
    fields, text = _front_matter(text, path)
    if not text.strip():
        raise InputError("empty article (no text)", path=str(path))

    def fail(reason: str) -> InputError:
        return InputError(reason, path=str(path), line=fields.get("published", ("", None))[1])

    value = {key: v for key, (v, _) in fields.items()}
    return Article(
        id=value.get("id") or path.stem,
        text=text,
        title=_clean_title(value.get("title")),
        url=value.get("url") or None,
        source=value.get("source") or None,
        path=str(path),
        **_published_fields(value.get("published"), fail),
    )


#: The keys a .txt file's front matter may set.
FRONT_MATTER_KEYS = ("id", "title", "published", "url", "source")
_FRONT_MATTER_LINE = re.compile(r"(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*")


def _front_matter(text: str, path: Path) -> tuple[dict[str, tuple[str, int]], str]:
    """Split a leading ``---`` ... ``---`` block off the text: ``({key: (value, line)}, body)``.

    A file that does not start with a ``---`` line has no front matter and is all text."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    fields: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return fields, "\n".join(lines[number:])
        if not line.strip():
            continue
        m = _FRONT_MATTER_LINE.fullmatch(line)
        if m is None or m["key"].lower() not in FRONT_MATTER_KEYS:
            raise InputError(
                f"front matter: expected 'key: value' with a key among {', '.join(FRONT_MATTER_KEYS)}, "
                f"got {line.strip()[:60]!r}",
                path=str(path),
                line=number,
            )
        fields[m["key"].lower()] = (m["value"].strip("\"'"), number)
    raise InputError("front matter opened with '---' on line 1 is never closed", path=str(path), line=1)


def _read_jsonl(path: Path, bad_lines: list[InputError] | None = None) -> Iterator[Article]:
    try:
        # Binary mode: lines split on b"\n" only, so a stray "\r" or U+2028 inside a JSON
        # string can never cut a record in two (text mode's universal newlines would).
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc
    with handle:
        try:
            for number, raw in enumerate(handle, start=1):
                try:
                    line = _decode(raw, path, number, at_start=number == 1)
                except InputError as exc:
                    if bad_lines is None:
                        raise
                    bad_lines.append(exc)
                    continue
                if not line.strip():
                    continue
                try:
                    yield _article_from_json_line(line, path, number)
                except InputError as exc:
                    if bad_lines is None:
                        raise
                    bad_lines.append(exc)
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from exc


def _article_from_json_line(line: str, path: Path, number: int) -> Article:
    def fail(reason: str) -> InputError:
        return InputError(reason, path=str(path), line=number)

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise fail(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise fail(f"expected a JSON object, got {_json_type(record)}")

    article_id = record.get("id")
    if not isinstance(article_id, str) or not article_id.strip():
        raise fail(_field_problem("id", article_id, "a non-empty string"))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail(_field_problem("text", text, "a non-empty string"))
    optional: dict[str, str | None] = {}
    for key in ("title", "published", "url", "source"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(_field_problem(key, value, "a string"))
        optional[key] = value

    published = optional["published"]
    title = optional["title"]
    return Article(
        id=article_id,
        text=normalize_text(text),
        title=_clean_title(title),
        url=optional["url"] or None,
        source=optional["source"] or None,
        path=str(path),
        line=number,
        **_published_fields(published, fail),
    )


def _clean_title(title: str | None) -> str | None:
    # Titles are not offset targets, so surrounding whitespace can go.
    return (normalize_text(title).strip() or None) if title else None


def _published_fields(value: str | None, fail: Callable[[str], InputError]) -> dict[str, Any]:
    """``published`` and ``published_precision`` for an Article, from the input's text."""
    if not value:
        return {}
    when, precision = _parse_published(value, fail)
    return {"published": when, "published_precision": precision}


def _parse_published(value: str, fail: Callable[[str], InputError]) -> tuple[date, str]:
    """An ISO date or date-time, or ISO 8601's reduced precision ("1995-04", "1995") for a source
    that gives only the month or the year: the date (the period's first day) and its precision."""
    text = value.strip()
    partial = _ISO_PARTIAL.fullmatch(text)
    if partial:
        year, month = int(partial[1]), int(partial[2] or 1)
        if 1 <= month <= 12 and year >= 1:
            return date(year, month, 1), "month" if partial[2] else "year"
    if _ISO_DATE.fullmatch(text):
        try:
            if len(text) == 10:
                return date.fromisoformat(text), "day"
            # fromisoformat does not take "Z" before Python 3.11; 3.11+ does, but be explicit.
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date(), "day"
        except ValueError:
            pass
    raise fail(
        f"invalid 'published' date {value!r} (expected an ISO date such as 2022-03-09, 2022-03 or 2022)"
    )


def _field_problem(key: str, value: object, expected: str) -> str:
    if value is None:
        return f"missing required field {key!r}" if key in ("id", "text") else f"{key!r} is null"
    if isinstance(value, str):
        return f"field {key!r} is empty (expected {expected})"
    return f"field {key!r} must be {expected}, got {_json_type(value)}"


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _read_html(path: Path) -> Article:
    data = _read_bytes(path)
    try:
        content: str | bytes = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Legacy pages declare their charset in a <meta>; trafilatura sniffs it from bytes.
        content = data
    # trafilatura and its helpers log what they discard; our one-line error (or warning) says it
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it
    except ImportError as exc:
        raise InputError(
            f"reading HTML needs trafilatura ({exc}): pip install 'diplograph[html]'", path=str(path)
        ) from exc

    document = trafilatura.bare_extraction(
        content,
        url=None,  # never a URL: with none, trafilatura has nothing to fetch
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params=dict(_HTML_DATE_PARAMS),
        output_format="python",
    )
    raw_text = getattr(document, "text", None) if document is not None else None
    if not raw_text or not raw_text.strip():
        raise InputError("no article text could be extracted from the HTML", path=str(path))

    title = getattr(document, "title", None)
    return Article(
        id=path.stem,
        text=normalize_text(raw_text),
        title=_clean_title(title),
        published=_html_date(getattr(document, "date", None), path),
        url=getattr(document, "url", None) or None,
        source=getattr(document, "sitename", None) or None,
        path=str(path),
    )


def _html_date(value: str | None, path: Path) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        logger.warning("%s: ignoring unparseable page date %r", path, value)
        return None
