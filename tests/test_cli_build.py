"""``python -m diplograph build`` as users run it: outputs, one-line errors, nothing stored lost."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

GOOD_TEXT = "Ri Il Kyu, a North Korean diplomat in Havana, defected to South Korea in November 2023.\n"


def run_cli(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # cwd is a temp folder: the command must not depend on (or write into) the checkout
    return subprocess.run(
        [sys.executable, "-m", "diplograph", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def store_quads(store: Path) -> set[str]:
    from diplograph.store import GraphStore

    with GraphStore.open(store, read_only=True) as s:
        return {str(q) for q in s.oxigraph}


@dataclass(frozen=True)
class BadInput:
    make: Callable[[Path], Path]
    names: Callable[[Path], str]  # what the one-line message must contain


def _missing(d: Path) -> Path:
    return d / "no-such-article.txt"


def _bad_jsonl(d: Path) -> Path:
    path = d / "news.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD_TEXT}),
        json.dumps({"id": "ok-2", "text": "Ghana and Portugal signed a fisheries agreement."}),
        '{"id": "broken", "text": "unterminated',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _latin1_txt(d: Path) -> Path:
    path = d / "legacy.txt"
    path.write_bytes("Jo\u00e3o Louren\u00e7o visited Lisbon.".encode("latin-1"))
    return path


def _pdf(d: Path) -> Path:
    path = d / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    return path


BAD_INPUTS = {
    "missing path": BadInput(_missing, lambda p: str(p)),
    "malformed JSONL line 3": BadInput(_bad_jsonl, lambda p: f"{p}:3"),
    "non-UTF-8 txt": BadInput(_latin1_txt, lambda p: str(p)),
    "unsupported extension": BadInput(_pdf, lambda p: str(p)),
}


def assert_one_clean_line(result: subprocess.CompletedProcess[str], must_name: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("diplograph: ") and must_name in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.fixture(scope="module")
def good_article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "ri-il-kyu.txt"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    return path


def test_cli_build_succeeds_and_writes_the_three_files(tmp_path: Path, good_article: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("build", good_article, "--out", out, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("graph.trig", "graph.ttl", "graph.html"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    assert (out / "store").is_dir()
    assert not (tmp_path / "output").exists(), "build wrote to the default location instead of --out"


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_cli_build_bad_input_fresh_out_leaves_no_graph(tmp_path: Path, case: BadInput) -> None:
    bad = case.make(tmp_path)
    out = tmp_path / "out"
    result = run_cli("build", bad, "--out", out, cwd=tmp_path)
    assert_one_clean_line(result, case.names(bad))
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert not (out / name).exists(), f"{name} left behind"


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_cli_build_bad_input_keeps_what_is_stored(tmp_path: Path, good_article: Path, case: BadInput) -> None:
    out = tmp_path / "out"
    assert run_cli("build", good_article, "--out", out, cwd=tmp_path).returncode == 0
    files = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig", "graph.html")}
    quads = store_quads(out / "store")
    assert quads

    bad = case.make(tmp_path)
    # the good article again (unchanged) and the bad input after it
    result = run_cli("build", good_article, bad, "--out", out, cwd=tmp_path)
    assert_one_clean_line(result, case.names(bad))
    assert store_quads(out / "store") == quads
    for name, content in files.items():
        assert (out / name).read_bytes() == content, f"{name} changed"
    assert not list(out.glob(".*.tmp"))


def test_cli_build_without_out_is_a_usage_error(tmp_path: Path, good_article: Path) -> None:
    result = run_cli("build", good_article, cwd=tmp_path)
    assert result.returncode == 2
    assert "--out" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "example"),
    [
        (("--help",), "example: diplograph build"),
        (("build", "--help"), "example: diplograph build"),
    ],
)
def test_cli_help_shows_an_example(tmp_path: Path, args: tuple[str, ...], example: str) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 0
    assert example in result.stdout
    assert "--out" in result.stdout or args == ("--help",)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workers", "0"], "argument --workers: expected from 1 to"),
        (["--workers", "-3"], "argument --workers: expected from 1 to"),
        (["--workers", "100000"], "argument --workers: expected from 1 to"),
        (["--workers", "two"], "argument --workers: expected a whole number, got 'two'"),
        (["--html-max-quads", "-5"], "argument --html-max-quads: expected 0 or more, got -5"),
    ],
)
def test_build_rejects_out_of_range_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    from diplograph import cli

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["build", str(tmp_path / "none.txt"), "--out", str(tmp_path / "out"), *args])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_build_out_naming_a_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from diplograph import cli

    article = tmp_path / "a.txt"
    article.write_text("Peru and Chile signed a fisheries accord.", encoding="utf-8")
    not_a_folder = tmp_path / "out.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    assert cli.main(["build", str(article), "--out", str(not_a_folder)]) == 1
    assert (
        capsys.readouterr().err == f"diplograph: {not_a_folder}: --out must be a folder, and this is a file\n"
    )


# --- real feeds: ids that clash, bad lines, articles without a date -----------------------------


def test_build_refuses_an_id_that_holds_another_text_unless_replace(
    tmp_path: Path, good_article: Path
) -> None:
    out = tmp_path / "out"
    assert run_cli("build", good_article, "--out", out, cwd=tmp_path).returncode == 0
    quads = store_quads(out / "store")
    other = tmp_path / "elsewhere" / good_article.name  # another folder, the same file name: the same id
    other.parent.mkdir()
    other.write_text("Estonia and Finland signed a ferry agreement in Tallinn in 2021.\n", encoding="utf-8")

    refused = run_cli("build", other, "--out", out, cwd=tmp_path)
    assert_one_clean_line(refused, str(other))
    assert "--replace" in refused.stderr and repr(good_article.stem) in refused.stderr
    assert store_quads(out / "store") == quads, "the stored article was touched"

    replaced = run_cli("build", other, "--out", out, "--replace", cwd=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    assert store_quads(out / "store") != quads


def test_build_skip_bad_lines_builds_the_rest_and_counts_them(tmp_path: Path) -> None:
    bad = _bad_jsonl(tmp_path)  # two good lines, then a broken one
    out = tmp_path / "out"
    result = run_cli("build", bad, "--out", out, "--skip-bad-lines", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if f"{bad}:3" in line]
    assert len(warnings) == 1 and "skipped" in warnings[0]
    assert "built 2 articles (1 bad input lines skipped)" in result.stderr


def test_build_undated_article_leaves_relative_dates_and_says_so_once(tmp_path: Path) -> None:
    text = "Ivo Marek, a Czech consul in Minsk, defected to Lithuania last month, his lawyer said.\n"
    (tmp_path / "marek.txt").write_text(text, encoding="utf-8")
    (tmp_path / "marek-dated.txt").write_text(
        "---\npublished: 2022-03-15\n---\n" + text.replace("Ivo Marek", "Ota Marek"), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run_cli(
        "build", tmp_path / "marek.txt", tmp_path / "marek-dated.txt", "--out", out, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if "no date" in line]
    assert len(warned) == 1 and "marek.txt" in warned[0] and "--published" in warned[0]
    assert "marek-dated" not in warned[0]
    dates = _defection_dates(out / "store")
    assert dates == {"Ivo Marek": None, "Ota Marek": "2022-02"}

    again = run_cli(
        "build", tmp_path / "marek.txt", "--out", tmp_path / "out2", "--published", "2021-01-10", cwd=tmp_path
    )
    assert again.returncode == 0 and "no date" not in again.stderr
    assert _defection_dates(tmp_path / "out2" / "store") == {"Ivo Marek": "2020-12"}


def _defection_dates(store: Path) -> dict[str, str | None]:
    from diplograph.store import GraphStore

    with GraphStore.open(store, read_only=True) as s:
        rows = s.query(
            "SELECT ?name ?date WHERE { ?d a dg:Defection ; dg:defector ?p . ?p skos:prefLabel ?name ."
            " OPTIONAL { ?d dg:date ?date } }"
        )
        return {r["name"].value: (r["date"].value if r["date"] else None) for r in rows}


def test_build_published_must_be_a_date(tmp_path: Path, good_article: Path) -> None:
    result = run_cli("build", good_article, "--out", tmp_path / "o", "--published", "last week", cwd=tmp_path)
    assert result.returncode == 2 and "expected a date such as" in result.stderr


def test_build_skip_bad_files_builds_the_rest_and_counts_them(tmp_path: Path, good_article: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / good_article.name).write_text(good_article.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blank.html").write_text("<html><body></body></html>", encoding="utf-8")  # no text
    out = tmp_path / "out"
    stopped = run_cli("build", folder, "--out", out, cwd=tmp_path)
    assert_one_clean_line(stopped, "empty.txt")
    result = run_cli("build", folder, "--out", out, "--skip-bad-files", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if "(skipped)" in line]
    assert len(warned) == 2
    assert any("empty.txt" in w for w in warned) and any("blank.html" in w for w in warned)
    assert "built 1 articles (2 unreadable files skipped)" in result.stderr


def test_build_an_html_page_without_text_is_one_line_and_nothing_else(tmp_path: Path) -> None:
    page = tmp_path / "blank.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    result = run_cli("build", page, "--out", tmp_path / "out", cwd=tmp_path)
    assert_one_clean_line(result, "blank.html")  # no log lines of the HTML reader around it


def test_queries_go_on_while_a_build_extracts(tmp_path: Path, good_article: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("build", good_article, "--out", out, cwd=tmp_path).returncode == 0
    more = tmp_path / "more.txt"
    more.write_text("Lena Varga, a Hungarian consul in Vienna, defected to Austria.\n", encoding="utf-8")
    # the second build announces its extraction and dwells in it, so the query below meets it there
    script = (
        "import sys, time\n"
        "import diplograph.extract as extract\n"
        "real = extract.facts_from_doc\n"
        "def slow(doc, article, **kw):\n"
        "    print('extracting', flush=True)\n"
        "    time.sleep(4)\n"
        "    return real(doc, article, **kw)\n"
        "extract.facts_from_doc = slow\n"
        "from diplograph.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    builder = subprocess.Popen(
        [sys.executable, "-c", script, "build", str(more), "--out", str(out), "--progress", "off"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert builder.stdout is not None and builder.stdout.readline().strip() == "extracting"
        ask = "SELECT ?n WHERE { ?p a dg:Person ; skos:prefLabel ?n } ORDER BY ?n"
        during = run_cli("query", "--store", out / "store", "--format", "csv", ask, cwd=tmp_path)
        assert during.returncode == 0, during.stderr  # not "being written by another process"
        assert "Ri Il Kyu" in during.stdout and "Lena Varga" not in during.stdout  # the last commit
    finally:
        assert builder.wait(timeout=120) == 0, builder.stderr.read() if builder.stderr else ""
    after = run_cli("query", "--store", out / "store", "--format", "csv", ask, cwd=tmp_path)
    assert "Lena Varga" in after.stdout and "Ri Il Kyu" in after.stdout
