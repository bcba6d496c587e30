"""Stage 1, read: articles from JSON Lines, plain text, HTML, RSS/Atom, WARC.

Every reader yields `Article`s and, for records it cannot read, `InputError`s
that name the file and line, so the caller reports them and goes on.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .domain import Article
from .errors import InputError

MAX_ARTICLE_CHARS = 1_000_000  # a news article is far shorter; larger is not an article
Record = Article | InputError

_TEXT_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*(.*)$")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")
SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".txt": "txt",
            ".html": "html", ".htm": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed",
            ".warc": "warc", ".gz": "warc"}


def read_sources(paths: Iterable[str]) -> Iterator[Record]:
    """Read every path (file, directory, or '-' for standard input) in order."""
    for path in paths:
        if path == "-":
            yield from read_jsonl_bytes(sys.stdin.buffer.read(), "<stdin>")
            continue
        p = Path(path)
        if p.is_dir():
            for child in sorted(c for c in p.rglob("*") if c.is_file()):
                if _kind(child):
                    yield from read_file(child)
        elif p.exists():
            yield from read_file(p)
        else:
            yield InputError(path, None, "no such file or directory")


def _kind(path: Path) -> str | None:
    if path.name.endswith(".warc.gz"):
        return "warc"
    return SUFFIXES.get(path.suffix.lower())


def read_file(path: Path) -> Iterator[Record]:
    """Read one file, choosing the reader by its suffix (JSON Lines by default)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), None, f"cannot read: {exc.strerror}")
        return
    if not data.strip():
        yield InputError(str(path), None, "empty file")
        return
    kind = _kind(path) or "jsonl"
    if kind != "warc" and b"\x00" in data[:8192]:
        yield InputError(str(path), None, "binary file, not text")
        return
    readers = {"jsonl": read_jsonl_bytes, "txt": read_text_bytes, "html": read_html_bytes,
               "feed": read_feed_bytes, "warc": read_warc_bytes}
    yield from readers[kind](data, str(path))


def read_jsonl_bytes(data: bytes, source: str) -> Iterator[Record]:
    """JSON Lines in the spec's input format, one article a line (a JSON array of articles too)."""
    if data.lstrip()[:1] == b"[":
        yield from _json_array(data, source)
        return
    seen: set[str] = set()
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        record = _jsonl_record(raw, source, number)
        if isinstance(record, Article):
            if record.id in seen:
                record = InputError(source, number, f"duplicate article id {record.id!r}")
            else:
                seen.add(record.id)
        yield record


def _json_array(data: bytes, source: str) -> Iterator[Record]:
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        yield InputError(source, data[: exc.start].count(b"\n") + 1, f"not UTF-8 (byte {exc.start})")
        return
    except json.JSONDecodeError as exc:
        yield InputError(source, exc.lineno, f"not JSON: {exc.msg} at column {exc.colno}")
        return
    for number, item in enumerate(items, 1):
        yield _jsonl_record(json.dumps(item, ensure_ascii=False).encode(), f"{source}[{number}]", None)


def _jsonl_record(raw: bytes, source: str, number: int | None) -> Record:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(source, number, f"not UTF-8 (byte {exc.start})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(source, number, f"not JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return InputError(source, number, "not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(source, number, "no 'text' field")
    art_id = obj.get("id") if obj.get("id") not in (None, "") else _derived_id(source, number)
    return _checked(Article(id=str(art_id), text=text, date=_date_or_none(obj.get("date")),
                            title=obj.get("title"), url=obj.get("url"),
                            source=f"{source}:{number}" if number is not None else source),
                    source, number)


def _checked(article: Article, source: str, line: int | None) -> Record:
    if len(article.text) > MAX_ARTICLE_CHARS:
        return InputError(source, line, f"article text of {len(article.text):,} characters is "
                                        f"over the limit of {MAX_ARTICLE_CHARS:,}")
    return article


def _date_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    return match.group(0) if match else None


def _derived_id(source: str, line: int | None) -> str:
    stem = Path(source).stem or "stdin"
    return f"{stem}-{line}" if line is not None else stem


def _decode(data: bytes, source: str) -> str | InputError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return InputError(source, line, f"not UTF-8 (byte {exc.start})")


def read_text_bytes(data: bytes, source: str) -> Iterator[Record]:
    """Plain text; an optional first line ' date 2024-09 Title' gives date and title."""
    text = _decode(data, source)
    if isinstance(text, InputError):
        yield text
        return
    first, _, body = text.partition("\n")
    header = _TEXT_HEADER.match(first)
    date, title = (header.group(1), header.group(2).strip() or None) if header else (None, None)
    body = body if header else text
    if not body.strip():
        yield InputError(source, 1, "no article text after the header")
        return
    yield _checked(Article(id=_derived_id(source, None), text=body.strip(), date=date,
                           title=title, source=source), source, None)


def read_html_bytes(data: bytes, source: str, url: str | None = None,
                    art_id: str | None = None) -> Iterator[Record]:
    """An HTML page: body text, title and publication date through trafilatura."""
    import trafilatura  # imported here: loading it costs time that other inputs don't need

    html = _decode(data, source)
    if isinstance(html, InputError):
        yield html
        return
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        yield InputError(source, None, "no article text found in the HTML page")
        return
    yield _checked(Article(id=art_id or _derived_id(source, None), text=text,
                           date=_date_or_none(getattr(doc, "date", None)),
                           title=getattr(doc, "title", None), url=url or getattr(doc, "url", None),
                           source=source), source, None)


def read_feed_bytes(data: bytes, source: str) -> Iterator[Record]:
    """An RSS or Atom feed: one article per entry (its content, else its summary)."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        yield InputError(source, None, "no feed entries (not RSS or Atom?)")
        return
    for number, entry in enumerate(feed.entries, 1):
        yield _feed_entry(entry, source, number)


def _feed_entry(entry: dict, source: str, number: int) -> Record:
    body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
    text = _html_to_text(body)
    if not text.strip():
        return InputError(source, number, "feed entry without text")
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    date = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None
    art_id = entry.get("id") or entry.get("link") or _derived_id(source, number)
    return _checked(Article(id=str(art_id), text=text, date=date, title=entry.get("title"),
                            url=entry.get("link"), source=f"{source}#{number}"), source, number)


def _html_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment
    import trafilatura

    text = trafilatura.extract(f"<html><body><article>{fragment}</article></body></html>",
                               include_comments=False)
    return text or re.sub(r"<[^>]+>", " ", fragment)


def read_warc_bytes(data: bytes, source: str) -> Iterator[Record]:
    """A WARC archive: every HTML response record is read as a page."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            number += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype:
                continue
            body = record.content_stream().read()
            art_id = hashlib.sha1((url or str(number)).encode()).hexdigest()[:12]
            yield from read_html_bytes(body, f"{source}#{number}", url=url, art_id=art_id)
    except ArchiveLoadFailed as exc:
        yield InputError(source, None, f"not a WARC archive: {exc}")
