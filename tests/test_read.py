"""Tests for diplograph.read: every format, folders, error messages, normalisation, streaming."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.model import Article
from diplograph.read import normalize_text, read_articles

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Atlantis and Lemuria sign a ferry treaty | The Test Gazette</title>
<meta property="og:title" content="Atlantis and Lemuria sign a ferry treaty">
<meta property="article:published_time" content="2021-05-04T09:30:00+00:00">
<link rel="canonical" href="https://gazette.example/world/ferry-treaty">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<article>
<h1>Atlantis and Lemuria sign a ferry treaty</h1>
<p>Atlantis and Lemuria signed a ferry treaty on Tuesday after months of talks between the two
island governments, their foreign ministers said in a joint statement.</p>
<p>Envoy Mira Castellane of the Atlantean embassy in Lemuria said the treaty would double the
number of crossings each week and cut fares for students &amp; pensioners.</p>
<p>A hostile comment reading &lt;img src=x onerror=alert(1)&gt; was removed from the ministry site.</p>
</article>
<footer><p>&copy; The Test Gazette. All rights reserved. Privacy. Terms. Contact.</p></footer>
</body></html>
"""


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def read_all(*paths: Path) -> list[Article]:
    return list(read_articles(paths))


# --- .txt -------------------------------------------------------------------------------------


def test_read_txt_whole_file_is_text_and_stem_is_id(tmp_path: Path) -> None:
    f = tmp_path / "envoy-story.txt"
    f.write_text("First paragraph.\n\nSecond paragraph.\n", encoding="utf-8")
    [article] = read_all(f)
    assert article.id == "envoy-story"
    assert article.text == "First paragraph.\n\nSecond paragraph.\n"
    assert article.title is None and article.published is None
    assert article.path == str(f) and article.line is None


def test_read_txt_strips_bom_and_crlf_and_composes_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë met the attaché")
    f = tmp_path / "a.txt"
    f.write_bytes(b"\xef\xbb\xbf" + f"{decomposed}\r\nline two\r\n".encode())
    [article] = read_all(f)
    assert article.text == "Zoë met the attaché\nline two\n"
    assert unicodedata.is_normalized("NFC", article.text)


def test_read_txt_keeps_quotes_and_dashes_unchanged(tmp_path: Path) -> None:
    original = "He said \u201cno\u201d \u2014 twice; it\u2019s \u2018final\u2019.\tTabs  stay."
    f = tmp_path / "q.txt"
    f.write_text(original, encoding="utf-8")
    assert read_all(f)[0].text == original


def test_read_txt_non_utf8_names_the_file(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("café in the capital".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.txt: not UTF-8 text \(byte 0xe9 at offset 3\)"):
        read_all(f)


def test_read_txt_empty_file_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text(" \n", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.txt: empty article"):
        read_all(f)


# --- .jsonl -----------------------------------------------------------------------------------


def test_read_jsonl_all_fields(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {
                "id": "x-1",
                "text": "Body one.",
                "title": "  Headline one ",
                "published": "2020-02-29",
                "url": "https://news.example/1",
                "source": "Wire",
                "extra": "ignored",
            },
            {"id": "x-2", "text": "Body two.", "published": "2021-03-04T23:30:00Z"},
        ],
    )
    one, two = read_all(f)
    assert one == Article(
        id="x-1",
        text="Body one.",
        title="Headline one",
        published=date(2020, 2, 29),
        url="https://news.example/1",
        source="Wire",
        path=str(f),
        line=1,
    )
    assert two.published == date(2021, 3, 4)
    assert (two.title, two.url, two.source, two.line) == (None, None, None, 2)


@pytest.mark.parametrize(
    ("given", "published", "precision", "text"),
    [
        ("1995-04", date(1995, 4, 1), "month", "1995-04"),
        ("1979", date(1979, 1, 1), "year", "1979"),
        (" 2021-03-04 ", date(2021, 3, 4), "day", "2021-03-04"),
    ],
)
def test_read_published_month_or_year_only_keeps_its_precision(
    tmp_path: Path, given: str, published: date, precision: str, text: str
) -> None:
    f = write_jsonl(tmp_path / "news.jsonl", [{"id": "a", "text": "Body.", "published": given}])
    [article] = read_all(f)
    assert (article.published, article.published_precision, article.published_text) == (
        published,
        precision,
        text,
    )


def test_read_published_precision_changes_the_content_hash(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "news.jsonl",
        [
            {"id": "a", "text": "Body.", "published": "1995-04"},
            {"id": "b", "text": "Body.", "published": "1995-04-01"},
        ],
    )
    month, day = read_all(f)
    assert month.published == day.published and month.hash != day.hash


def test_read_jsonl_skips_blank_lines_and_counts_them(tmp_path: Path) -> None:
    f = tmp_path / "gaps.jsonl"
    f.write_text('\n{"id": "a", "text": "A."}\n   \n\n{"id": "b", "text": "B."}\n', encoding="utf-8")
    assert [(a.id, a.line) for a in read_all(f)] == [("a", 2), ("b", 5)]


def test_read_jsonl_text_normalised_but_not_split_on_unicode_separators(tmp_path: Path) -> None:
    text = "Line one\r\nline two\u2028still two\rand a bare CR " + unicodedata.normalize("NFD", "é")
    f = write_jsonl(tmp_path / "n.jsonl", [{"id": "n", "text": text}])
    [article] = read_all(f)
    assert article.text == "Line one\nline two\u2028still two\rand a bare CR é"


def test_read_jsonl_bom_on_first_line(tmp_path: Path) -> None:
    f = tmp_path / "bom.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"id": "b", "text": "With BOM."}\n')
    assert read_all(f)[0].id == "b"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a" "text": "x"}', r"invalid JSON \(Expecting ',' delimiter at column 12\)"),
        ("[1, 2]", r"expected a JSON object, got an array"),
        ('{"text": "x"}', r"missing required field 'id'"),
        ('{"id": "", "text": "x"}', r"field 'id' is empty \(expected a non-empty string\)"),
        ('{"id": 7, "text": "x"}', r"field 'id' must be a non-empty string, got a number"),
        ('{"id": "a"}', r"missing required field 'text'"),
        ('{"id": "a", "text": "  "}', r"field 'text' is empty"),
        ('{"id": "a", "text": ["x"]}', r"field 'text' must be a non-empty string, got an array"),
        ('{"id": "a", "text": "x", "title": 3}', r"field 'title' must be a string, got a number"),
        ('{"id": "a", "text": "x", "published": "09/03/2022"}', r"invalid 'published' date '09/03/2022'"),
        ('{"id": "a", "text": "x", "published": "2023-02-29"}', r"invalid 'published' date"),
        ('{"id": "a", "text": "x", "published": "20220309"}', r"invalid 'published' date"),
        ('{"id": "a", "text": "x", "published": "2022-13"}', r"invalid 'published' date '2022-13'"),
        ('{"id": "a", "text": "x", "published": "2022-3"}', r"invalid 'published' date"),
        ('{"id": "a", "text": "x", "published": true}', r"field 'published' must be a string, got a boolean"),
        ('\ufeff{"id": "a", "text": "x"}', r"invalid JSON \(Unexpected UTF-8 BOM"),
    ],
)
def test_read_jsonl_malformed_line_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "ok", "text": "Fine."}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{re.escape(str(f))}:3: {reason}") as info:
        read_all(f)
    assert info.value.path == str(f) and info.value.line == 3
    assert "\n" not in str(info.value)


def test_read_jsonl_non_utf8_line_names_line(tmp_path: Path) -> None:
    f = tmp_path / "enc.jsonl"
    f.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r"enc\.jsonl:2: not UTF-8 text"):
        read_all(f)


def test_read_jsonl_is_streamed_line_by_line(tmp_path: Path) -> None:
    # Line 3 is broken: a reader that parsed the whole file first would fail before yielding.
    f = tmp_path / "stream.jsonl"
    f.write_text('{"id": "a", "text": "A."}\n{"id": "b", "text": "B."}\nnot json\n', encoding="utf-8")
    articles = read_articles([f])
    assert next(articles).id == "a"
    assert next(articles).id == "b"
    with pytest.raises(InputError, match=r"stream\.jsonl:3: invalid JSON"):
        next(articles)


def test_read_articles_is_lazy_about_paths(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fine.", encoding="utf-8")
    articles = read_articles([good, tmp_path / "missing.txt"])
    assert next(articles).id == "good"
    with pytest.raises(InputError, match=r"missing\.txt: no such file or folder"):
        next(articles)


def test_read_duplicate_ids_name_both_places(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "a.jsonl", [{"id": "same", "text": "One."}, {"id": "other", "text": "Two."}])
    g = write_jsonl(tmp_path / "b.jsonl", [{"id": "same", "text": "Three."}])
    with pytest.raises(InputError) as info:
        read_all(f, g)
    assert str(info.value) == (
        f"{g}:1: duplicate article id 'same' (first read at {f}:1); "
        "a .txt file can set its own with an 'id:' front-matter line"
    )


def test_read_duplicate_id_between_txt_and_jsonl(tmp_path: Path) -> None:
    t = tmp_path / "story.txt"
    t.write_text("Text.", encoding="utf-8")
    write_jsonl(tmp_path / "z.jsonl", [{"id": "story", "text": "Again."}])
    where = re.escape(str(t))
    with pytest.raises(
        InputError, match=rf"z\.jsonl:1: duplicate article id 'story' \(first read at {where}\)"
    ):
        read_all(tmp_path)


# --- .html ------------------------------------------------------------------------------------


def test_read_html_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "ferry-treaty.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    [article] = read_all(f)
    assert article.id == "ferry-treaty"
    assert article.title == "Atlantis and Lemuria sign a ferry treaty"
    assert article.published == date(2021, 5, 4)
    assert article.url == "https://gazette.example/world/ferry-treaty"
    assert "Envoy Mira Castellane of the Atlantean embassy in Lemuria" in article.text
    assert "students & pensioners" in article.text
    # Escaped markup in the page is text, and comes back as the literal characters.
    assert "<img src=x onerror=alert(1)>" in article.text
    # Boilerplate is gone; paragraphs are separated by newlines.
    assert "All rights reserved" not in article.text and "Sport" not in article.text
    paragraphs = article.text.split("\n")
    assert any(p.startswith("Atlantis and Lemuria signed a ferry treaty on Tuesday") for p in paragraphs)
    assert any(p.startswith("Envoy Mira Castellane") for p in paragraphs)


def test_read_html_htm_suffix_and_no_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("reading HTML must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    f = tmp_path / "page.HTM"
    f.write_text(HTML_PAGE, encoding="utf-8")
    assert read_all(f)[0].id == "page"


def test_read_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "blank.html"
    f.write_text(
        "<html><head><title>Nothing</title></head><body><script>x = 1;</script></body></html>", "utf-8"
    )
    with pytest.raises(InputError, match=r"blank\.html: no article text could be extracted"):
        read_all(f)


# --- paths and folders ------------------------------------------------------------------------


def test_read_folder_recurses_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.txt").write_text("Inner.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    write_jsonl(tmp_path / "c.jsonl", [{"id": "c1", "text": "C1."}, {"id": "c2", "text": "C2."}])
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.", encoding="utf-8")
    (tmp_path / "UPPER.TXT").write_text("Upper.", encoding="utf-8")
    assert [a.id for a in read_all(tmp_path)] == ["UPPER", "a", "inner", "c1", "c2"]


def test_read_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("nothing here", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("hidden", encoding="utf-8")
    with pytest.raises(InputError, match=r"folder contains no articles"):
        read_all(tmp_path)


def test_read_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.jsonl: no such file or folder$"):
        read_all(tmp_path / "nope.jsonl")


def test_read_explicit_unknown_extension_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "report.pdf"
    f.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match=r"report\.pdf: unsupported file type '\.pdf'"):
        read_all(f)


def test_read_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: the suite may run as root, for whom chmod 0 does not make a file unreadable.
    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    f = tmp_path / "locked.txt"
    f.write_text("secret", encoding="utf-8")
    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match=r"locked\.txt: cannot read file: Permission denied$"):
        read_all(f)


def test_read_accepts_str_paths(tmp_path: Path) -> None:
    f = tmp_path / "s.txt"
    f.write_text("S.", encoding="utf-8")
    assert [a.id for a in read_articles([str(f)])] == ["s"]


def test_normalize_text_only_crlf_and_nfc() -> None:
    assert normalize_text("a\r\nb\rc\u00a0d\u2019") == "a\nb\rc\u00a0d\u2019"
    assert normalize_text("e\u0301") == "\u00e9"


# --- the bundled sample corpus ----------------------------------------------------------------


def test_read_sample_corpus(sample_dir: Path) -> None:
    articles = read_all(sample_dir)
    ids = [a.id for a in articles]
    assert ids == ["bulgarian-attache", "harbour-accord", "dev-000", "sample-001", "sample-002", "sample-003"]
    by_id = {a.id: a for a in articles}
    assert by_id["dev-000"].published is not None and by_id["dev-000"].title
    page = by_id["harbour-accord"]
    assert page.published == date(2019, 3, 21)
    assert page.url and page.url.startswith("https://meridian-courier.example/")
    assert "<img src=x onerror=alert(1)>" in page.text
    assert "Ghanaian embassy in Lisbon" in page.text
    assert "Subscribe" not in page.text


def test_read_control_characters_become_spaces_tab_and_newline_stay(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    text = "Bell\u0007and\u0000nul\u001bescape\u0085next\u007fdel\tTab\nLine"
    path.write_text(json.dumps({"id": "c1", "text": text}) + "\n", encoding="utf-8")
    [article] = list(read_articles([path]))
    assert article.text == "Bell and nul escape next del\tTab\nLine"
    assert normalize_text("a\r\nb\x0bc") == "a\nb c"


# --- .txt front matter, a default date, skipping bad lines --------------------------------------


def test_read_txt_front_matter_sets_the_fields_and_the_text_is_what_follows(tmp_path: Path) -> None:
    f = tmp_path / "harbour.txt"
    f.write_text(
        "---\npublished: 2024-02-29\ntitle:  Port deal  \nurl: https://paper.example/a\n"
        "source: The Paper\nid: port-deal-1\n---\nTwo ports agreed on a ferry.\n",
        encoding="utf-8",
    )
    [article] = read_all(f)
    assert article.id == "port-deal-1"
    assert article.published == date(2024, 2, 29)
    assert article.title == "Port deal"
    assert (article.url, article.source) == ("https://paper.example/a", "The Paper")
    assert article.text == "Two ports agreed on a ferry.\n"  # offsets index into the body


def test_read_txt_without_a_leading_rule_has_no_front_matter(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    body = "published: 2020-01-01\n---\nA line that looks like front matter is just text here.\n"
    f.write_text(body, encoding="utf-8")
    [article] = read_all(f)
    assert article.text == body and article.published is None and article.id == "plain"


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ("---\npublished: 2024-02-29\n\n", 1, "never closed"),
        ("---\nauthor: Someone\n---\nText.\n", 2, "'author: Someone'"),
        ("---\ntitle: A\npublished: 29/02/2024\n---\nText.\n", 3, "invalid 'published' date"),
    ],
    ids=["unclosed", "unknown key", "bad date"],
)
def test_read_txt_bad_front_matter_names_file_and_line(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    f = tmp_path / "story.txt"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{re.escape(str(f))}:{line}: .*{re.escape(reason)}"):
        read_all(f)


def test_read_published_default_dates_only_undated_articles(tmp_path: Path) -> None:
    txt = tmp_path / "a.txt"
    txt.write_text("Undated text.\n", encoding="utf-8")
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        [{"id": "b", "text": "Dated text.", "published": "2019-05-01"}, {"id": "c", "text": "Undated."}],
    )
    got = {a.id: a.published for a in read_articles([txt, feed], published=date(2023, 7, 1))}
    assert got == {"a": date(2023, 7, 1), "b": date(2019, 5, 1), "c": date(2023, 7, 1)}


def test_read_bad_lines_are_collected_and_the_rest_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        b'{"id": "a", "text": "One."}\n'
        b'{"id": "b", "text": \n'  # malformed JSON
        b'{"id": "c", "text": "Three."}\n'
        b'{"id": "d", "text": "caf\xe9"}\n'  # not UTF-8
        b'{"id": "e", "text": ""}\n'  # empty text
        b'{"id": "f", "text": "Six."}\n'
    )
    bad: list[InputError] = []
    assert [a.id for a in read_articles([feed], bad_lines=bad)] == ["a", "c", "f"]
    assert [e.line for e in bad] == [2, 4, 5]
    assert all(str(e).startswith(f"{feed}:") for e in bad)
    with pytest.raises(InputError, match=rf"{re.escape(str(feed))}:2: invalid JSON"):
        read_all(feed)  # without the list, the first bad line stops the read


def test_read_bad_files_are_collected_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One story.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")  # empty
    (tmp_path / "c.txt").write_bytes(b"caf\xe9\n")  # not UTF-8
    (tmp_path / "d.txt").write_text("Another story.\n", encoding="utf-8")
    bad: list[InputError] = []
    assert [a.id for a in read_articles([tmp_path], bad_files=bad)] == ["a", "d"]
    assert [Path(e.path or "").name for e in bad] == ["b.txt", "c.txt"]


def test_read_a_link_back_to_a_folder_is_followed_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "story.txt").write_text("A story.\n", encoding="utf-8")
    (tmp_path / "in" / "sub" / "back").symlink_to(tmp_path / "in", target_is_directory=True)
    assert [a.id for a in read_articles([tmp_path / "in"])] == ["story"]
    assert any("a link to a folder already read" in r.getMessage() for r in caplog.records)
