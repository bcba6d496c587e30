"""Stage 1: every input format, and every kind of bad input, reported with file and line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from karussell.domain import Article
from karussell.errors import InputError
from karussell.reading import MAX_ARTICLE_CHARS, read_sources

TEXT = "Der SC Verl hat sich von Cheftrainer Marco Weber getrennt."


def _records(*paths) -> list:
    return list(read_sources([str(p) for p in paths]))


def test_jsonl_articles_keep_id_date_title(tmp_path: Path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x1", "date": "2024-09", "title": "T", "text": TEXT}) + "\n", encoding="utf-8")
    [art] = _records(f)
    assert art == Article(id="x1", text=TEXT, date="2024-09", title="T", url=None, source=f"{f}:1")


def test_a_json_array_of_articles_is_read_too(tmp_path: Path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"id": "x1", "text": TEXT}, {"id": "x2", "title": "no text"}]), encoding="utf-8")
    records = _records(f)
    assert [r.id for r in records if isinstance(r, Article)] == ["x1"]
    assert [r.reason for r in records if isinstance(r, InputError)] == ["no 'text' field"]


def test_plain_text_with_date_header(tmp_path: Path):
    f = tmp_path / "verl.txt"
    f.write_text(f" date 2024-09 Verl trennt sich von Weber\n{TEXT}\n", encoding="utf-8")
    [art] = _records(f)
    assert (art.date, art.title, art.text) == ("2024-09", "Verl trennt sich von Weber", TEXT)


def test_plain_text_without_header_is_all_text(tmp_path: Path):
    f = tmp_path / "plain.txt"
    f.write_text(TEXT, encoding="utf-8")
    [art] = _records(f)
    assert art.text == TEXT and art.date is None and art.id == "plain"


def test_html_page_through_trafilatura(tmp_path: Path):
    body = " ".join([TEXT] * 4)
    html = (f"<html><head><title>Verl trennt sich</title>"
            f'<meta property="article:published_time" content="2024-09-23T10:00:00+02:00"></head>'
            f"<body><nav>Startseite | Sport</nav><article><h1>Verl trennt sich</h1><p>{body}</p>"
            f"</article></body></html>")
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    [art] = _records(f)
    assert "Marco Weber" in art.text and "Startseite" not in art.text
    assert art.date == "2024-09-23" and art.title == "Verl trennt sich"


def test_rss_feed_entries_become_articles(tmp_path: Path):
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
      <item><title>Eins</title><link>https://example.org/1</link><guid>g1</guid>
        <pubDate>Mon, 23 Sep 2024 10:00:00 +0200</pubDate><description>{TEXT}</description></item>
      <item><title>Zwei</title><link>https://example.org/2</link><guid>g2</guid>
        <description>Hertha BSC empfängt am Samstag den Hamburger SV.</description></item>
    </channel></rss>"""
    f = tmp_path / "feed.rss"
    f.write_text(rss, encoding="utf-8")
    arts = _records(f)
    assert [a.id for a in arts] == ["g1", "g2"]
    assert arts[0].date == "2024-09-23" and arts[0].text == TEXT


def test_warc_archive_html_responses(tmp_path: Path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    page = f"<html><body><article><p>{' '.join([TEXT] * 4)}</p></article></body></html>".encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/verl", "response",
                                                  payload=io.BytesIO(page), http_headers=headers))
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(buffer.getvalue())
    [art] = _records(f)
    assert "Marco Weber" in art.text and art.url == "https://example.org/verl"


def test_directory_is_read_recursively(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # unknown suffix: not an input
    assert sorted(a.id for a in _records(tmp_path)) == ["a", "b"]


# --- bad input: one clear error naming file and line, the rest goes on -----

def _errors(records) -> list[InputError]:
    return [r for r in records if isinstance(r, InputError)]


def test_bad_lines_are_reported_and_good_ones_read(tmp_path: Path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b"\n".join([
        json.dumps({"id": "ok1", "text": TEXT}).encode(),
        b"{not json",
        json.dumps({"id": "no-text", "title": "x"}).encode(),
        '{"id": "latin", "text": "Gr\xfc\xdfe"}'.encode("latin-1"),
        json.dumps({"id": "ok2", "text": TEXT}).encode(),
    ]))
    records = _records(f)
    assert [r.id for r in records if isinstance(r, Article)] == ["ok1", "ok2"]
    errors = _errors(records)
    assert [(e.line, e.reason.split(":")[0].split(" (")[0]) for e in errors] == [
        (2, "not JSON"), (3, "no 'text' field"), (4, "not UTF-8")]
    assert all(str(f) in str(e) for e in errors)


def test_binary_file_is_refused(tmp_path: Path):
    f = tmp_path / "image.jsonl"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [error] = _records(f)
    assert isinstance(error, InputError) and "binary" in error.reason


def test_empty_file_is_reported(tmp_path: Path):
    f = tmp_path / "empty.jsonl"
    f.write_text("", encoding="utf-8")
    [error] = _records(f)
    assert isinstance(error, InputError) and error.reason == "empty file"


def test_huge_article_is_refused_not_read(tmp_path: Path):
    f = tmp_path / "huge.jsonl"
    big = "Tor. " * (50 * 1024 * 1024 // 5)
    f.write_text(json.dumps({"id": "huge", "text": big}) + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n",
                 encoding="utf-8")
    records = _records(f)
    [error] = _errors(records)
    assert error.line == 1 and f"{MAX_ARTICLE_CHARS:,}" in error.reason
    assert [r.id for r in records if isinstance(r, Article)] == ["ok"]


def test_non_utf8_text_file_names_the_line(tmp_path: Path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Zeile eins\nGr\xfc\xdfe aus K\xf6ln\n".encode("latin-1"))
    [error] = _records(f)
    assert isinstance(error, InputError) and error.line == 2 and "UTF-8" in error.reason


def test_missing_path_is_reported(tmp_path: Path):
    [error] = _records(tmp_path / "nope.jsonl")
    assert "no such file" in error.reason


def test_duplicate_ids_are_reported(tmp_path: Path):
    f = tmp_path / "dup.jsonl"
    line = json.dumps({"id": "same", "text": TEXT})
    f.write_text(line + "\n" + line + "\n", encoding="utf-8")
    records = _records(f)
    assert len([r for r in records if isinstance(r, Article)]) == 1
    assert "duplicate" in _errors(records)[0].reason


def test_gzip_that_is_not_warc_is_reported(tmp_path: Path):
    f = tmp_path / "x.warc.gz"
    f.write_bytes(gzip.compress(b"just text, no WARC"))
    errors = _errors(_records(f))
    assert errors and "WARC" in errors[0].reason
