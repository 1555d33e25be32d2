"""Reading articles from disk: .txt/.md, .html/.htm and .jsonl.

This module and the CLI are the only places that read user files. Each problem with
one file (binary, empty, undecodable, a malformed JSONL line) becomes a
:class:`Skipped` record that names the file and the reason; it never stops the run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from frontline.extract.records import Article

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


class InputPathError(Exception):
    """A path given on the command line does not exist."""


@dataclass(frozen=True)
class Skipped:
    """A file (or JSONL line) that could not be read as an article, and why."""

    source: str
    reason: str


def content_id(text: str) -> str:
    """A stable document id from the text itself (first 16 hex digits of SHA-256).

    >>> content_id("Rebels took the town.")
    'ae2df73b63b7da58'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: object) -> dt.date | None:
    """A publication date from ISO text, a date-like string or a Unix time; else None.

    >>> parse_date("2020-05-22T10:00:00Z")
    datetime.date(2020, 5, 22)
    >>> parse_date("22 May 2020")
    datetime.date(2020, 5, 22)
    >>> parse_date("soon") is None
    True
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    from dateutil import parser as date_parser  # imported lazily: only for odd formats

    try:
        return date_parser.parse(text, fuzzy=False, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError, TypeError):
        return None


def headline_and_body(text: str) -> tuple[str, str]:
    """Split plain text into (first non-empty line, whole text).

    The headline stays in the text so that facts stated in it are extracted too.
    """
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip(), text
    return "", text


def decode_text(data: bytes) -> str:
    """UTF-8 text (BOM allowed); raises ValueError for binary or undecodable bytes."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start})") from None


def html_to_article_fields(html: str) -> tuple[str, str, str | None, dt.date | None]:
    """(title, main text, url, date) of an HTML page, via trafilatura's extractor."""
    import trafilatura  # slow to import: only when there is HTML to read

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    if extracted is None:
        return "", "", None, None
    fields = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    return (
        (fields.get("title") or "").strip(),
        (fields.get("text") or "").strip(),
        fields.get("url") or None,
        parse_date(fields.get("date")),
    )


# A byline's full date: "November 5, 1998", "Dec. 7, 2022", "9 August 2021", "30 Jun 2021",
# "2021-08-09" (a date without its year, "Dec 10 (AFP)", says too little).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_BYLINE_DATE = re.compile(
    rf"\b(?:{_MONTH} \d{{1,2}}, \d{{4}}|\d{{1,2}} {_MONTH} \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
BYLINE_LINES = 6  # the headline, a standfirst, the byline: where a plain-text article dates itself
BYLINE_LENGTH = 150  # longer lines are the story, whose dates are its events'


def byline_date(text: str) -> dt.date | None:
    """The date a plain-text article gives itself on a short line near its top.

    >>> byline_date("Rebels take Meru\\nBy A. Writer | Wire | November 5, 1998\\nMERU - Rebels ...")
    datetime.date(1998, 11, 5)
    >>> lede = "MERU, Dec 10 - Rebels who first took the town on June 6, 1982, " + "took it again. " * 10
    >>> byline_date("Rebels take Meru\\n" + lede) is None
    True
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:BYLINE_LINES]
    for line in lines:
        match = _BYLINE_DATE.search(line) if len(line) <= BYLINE_LENGTH else None
        if match is not None:
            return parse_date(re.sub(r"\bSept\b", "Sep", match.group(0)))
    return None


def article_from_text(text: str, *, source: str) -> Article:
    title, body = headline_and_body(text)
    return Article(doc_id=content_id(body), text=body, title=title, source=source, published=byline_date(text))


def article_from_html(html: str, *, source: str) -> Article:
    title, body, url, published = html_to_article_fields(html)
    if not body.strip():
        raise ValueError("no article text found in the HTML")
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Article(
        doc_id=content_id(text), text=text, title=title, url=url, published=published, source=source
    )


def article_from_json(record: object, *, source: str) -> Article:
    """One JSONL record: ``text`` required; ``title``, ``url``, ``published``/``date``, ``id``."""
    if not isinstance(record, dict):
        raise ValueError("line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no 'text' field with article text")
    title = record.get("title")
    title = title.strip() if isinstance(title, str) else ""
    url = record.get("url") if isinstance(record.get("url"), str) else None
    published = parse_date(record.get("published") or record.get("date"))
    given_id = record.get("id")
    doc_id = str(given_id) if given_id not in (None, "") else content_id(text)
    return Article(
        doc_id=doc_id, text=text, title=title or headline_and_body(text)[0], url=url,
        published=published, source=source,
    )


def read_file(path: Path) -> Iterator[Article | Skipped]:
    """Articles in one file (JSONL files hold many), or Skipped records saying why not."""
    try:
        text = decode_text(path.read_bytes())
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        yield Skipped(str(path), reason)
        return
    if not text.strip():
        yield Skipped(str(path), "empty file")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_text(text, source=str(path))
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield article_from_html(text, source=str(path))
        else:
            yield article_from_text(text, source=str(path))
    except ValueError as error:
        yield Skipped(str(path), str(error))


def read_jsonl_text(text: str, *, source: str) -> Iterator[Article | Skipped]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield article_from_json(json.loads(line), source=where)
        except json.JSONDecodeError as error:
            yield Skipped(where, f"invalid JSON ({error.msg} at column {error.colno})")
        except ValueError as error:
            yield Skipped(where, str(error))


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Supported files under the given files/folders (recursive), sorted, no duplicates.

    A file named explicitly is read whatever its suffix (as plain text unless it is
    HTML or JSONL); inside folders only supported suffixes are picked up.
    """
    found: dict[str, Path] = {}
    for path in paths:
        if not path.exists():
            raise InputPathError(f"no such file or folder: {path}")
        if path.is_dir():
            for child in path.rglob("*"):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    found.setdefault(str(child.resolve()), child)
        else:
            found.setdefault(str(path.resolve()), path)
    return [found[key] for key in sorted(found)]


def read_articles(paths: Iterable[Path]) -> Iterator[Article | Skipped]:
    """Every article under ``paths``, in a stable order, duplicates (same id) skipped."""
    seen: set[str] = set()
    for path in collect_files(paths):
        for item in read_file(path):
            if isinstance(item, Article):
                if item.doc_id in seen:
                    yield Skipped(item.source, f"duplicate of an earlier article (id {item.doc_id})")
                    continue
                seen.add(item.doc_id)
            yield item
