"""A bug the extractor meets on one article costs that article only: the build goes on, says which
article in one line, counts it, and exits with status 3. And well-formed sentences built from the
extractor's own cue and noun lists never raise. Sentences here are invented for these tests."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

import diplograph.extract
from diplograph import cli
from diplograph.extract.agreements import SIGN_LEMMAS
from diplograph.model import Article
from diplograph.pipeline import build
from diplograph.store import GraphStore

pytestmark = pytest.mark.model

ROWS = [
    {
        "id": "ok-1",
        "published": "2004-06-01",
        "text": "Peru and Chile signed a fisheries accord in Lima on Friday.",
    },
    {"id": "boom", "published": "2004-06-02", "text": "Anna Kovac, a Slovene envoy, defected to Italy."},
    {
        "id": "ok-2",
        "published": "2004-06-03",
        "text": "Omar Haddad, a Syrian diplomat in Oslo, fled to Sweden.",
    },
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


@pytest.fixture()
def failing_on_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    real = diplograph.extract.facts_from_doc

    def flaky(doc, article, **kwargs):  # type: ignore[no-untyped-def]
        if article.id == "boom":
            raise ValueError("an unforeseen parse")
        return real(doc, article, **kwargs)

    monkeypatch.setattr(diplograph.extract, "facts_from_doc", flaky)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_article_costs_that_article_only(
    corpus: Path, tmp_path: Path, failing_on_boom: None, workers: int
) -> None:
    summary = build(inputs=[corpus], out_dir=tmp_path / "out", html=False, workers=workers)
    assert summary.articles == 2
    [failure] = summary.failed
    assert failure.article_id == "boom" and failure.where == f"{corpus}:2"
    assert failure.reason == "ValueError: an unforeseen parse"
    assert "1 failed, not built" in summary.one_line()
    with GraphStore.open(tmp_path / "out" / "store") as store:
        built = set(store.article_hashes())
    assert {iri.rsplit("/", 1)[-1] for iri in built} == {"ok-1", "ok-2"}


def test_the_cli_names_the_article_and_exits_3(
    corpus: Path,
    tmp_path: Path,
    failing_on_boom: None,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    status = cli.main(["build", str(corpus), "--out", str(tmp_path / "out"), "--no-html"])
    assert status == cli.EXIT_SOME_FAILED == 3
    # one warning line (the CLI's logging prints it on stderr), then the summary
    [warning] = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert (
        warning
        == f"{corpus}:2: article 'boom' not built: extraction failed (ValueError: an unforeseen parse)"
    )
    assert "built 2 articles (1 failed, not built)" in capsys.readouterr().err


def test_without_failures_the_cli_exits_0(corpus: Path, tmp_path: Path) -> None:
    assert cli.main(["build", str(corpus), "--out", str(tmp_path / "out"), "--no-html"]) == 0


# --- seeded sentences from the extractor's own lists ------------------------------------------

SUBJECTS = [
    "Peru",
    "The two governments",
    "We",
    "Officials",
    "Norway and Iceland",
    "The ministers",
    "It",
    "Maria Lind, a Swedish envoy,",
    "A Chilean diplomat",
    "They",
    "Both sides",
    "Three players",
]
NOUNS = [
    "treaty",
    "treaties",
    "accord",
    "accords",
    "agreement",
    "agreements",
    "pact",
    "pacts",
    "deal",
    "deals",
    "declaration",
    "memorandum",
    "protocols",
    "guidelines",
]
TAILS = [
    "",
    " with Ghana",
    " with Ghana in May 1990 and with Togo that June",
    " in Geneva last week",
    " on Tuesday",
    ", the minister said",
    " before flying to Canada",
    " and fled to Austria",
    " with him",
    " between them",
    " since 2009, when talks began",
]
DEFECTS = [
    "defected",
    "fled",
    "sought asylum",
    "did not return",
    "walked out of the embassy",
    "asked to stay",
    "jumped ship",
    "vanished",
]


def _sentences(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    signs = sorted(SIGN_LEMMAS)
    out = []
    for _ in range(n):
        subject = rnd.choice(SUBJECTS)
        if rnd.random() < 0.5:
            verb = rnd.choice(signs)
            verb = verb + ("d" if verb.endswith("e") else "ed")
            out.append(f"{subject} {verb} the {rnd.choice(NOUNS)}{rnd.choice(TAILS)}.")
        else:
            out.append(f"{subject} {rnd.choice(DEFECTS)}{rnd.choice(TAILS)}.")
    return out


def test_seeded_sentences_from_the_cue_and_noun_lists_never_raise(nlp) -> None:
    from diplograph.extract import facts_from_doc

    sentences = _sentences(seed=12, n=400)
    texts = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    for i, doc in enumerate(nlp.pipe(texts)):
        article = Article(id=f"s{i}", text=texts[i], published=date(2011, 3, 4))
        facts_from_doc(doc, article)  # raises on a bug: the assertion is that nothing does


def test_control_characters_never_reach_the_graph_or_break_xml_exports(tmp_path: Path) -> None:
    import networkx as nx

    from diplograph.export import export_store

    corpus = tmp_path / "ctl.jsonl"
    text = "Omar Haddad,\u0000 a Syrian diplomat in Oslo,\u0007 fled to Sweden\u001b on Monday."
    corpus.write_text(
        json.dumps({"id": "ctl", "published": "2012-05-09", "text": text}) + "\n", encoding="utf-8"
    )
    build(inputs=[corpus], out_dir=tmp_path / "out", html=False)
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert not any(ch in trig for ch in "\u0000\u0007\u001b")
    with GraphStore.open(tmp_path / "out" / "store") as store:
        for fmt in ("graphml", "gexf"):
            path = export_store(store, tmp_path / f"g.{fmt}", fmt)
            graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
            assert graph.number_of_nodes() > 0


def test_an_article_longer_than_the_model_takes_is_refused_alone(
    corpus: Path, tmp_path: Path, nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph.nlp import make_nlp

    monkeypatch.setattr(make_nlp(None), "max_length", 50)  # the 1st (59) and 3rd (55) are longer
    summary = build(inputs=[corpus], out_dir=tmp_path / "out", html=False)
    assert summary.articles == 1
    assert [f.article_id for f in summary.failed] == ["ok-1", "ok-2"]
    assert summary.failed[0].reason == "too long for the model: 59 characters, over 50; split it"


def test_a_build_removes_the_temporaries_a_killed_build_left(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = [out / ".graph.trig.k2j4x.tmp", out / ".graph.ttl.9q8w.tmp", out / ".graph.html.a1.tmp"]
    for path in stale:
        path.write_text("half written", encoding="utf-8")
    keep = out / ".notes.tmp"  # not ours
    keep.write_text("x", encoding="utf-8")
    build(inputs=[corpus], out_dir=out, html=False)
    assert not any(p.exists() for p in stale)
    assert keep.exists()


def test_a_bad_last_line_is_reported_before_any_model_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import diplograph.nlp
    from diplograph.errors import InputError

    feed = tmp_path / "feed.jsonl"
    good = [
        json.dumps({"id": f"g{i}", "text": "Peru and Chile signed a fisheries accord."}) for i in range(50)
    ]
    feed.write_text("\n".join([*good, '{"id": "bad", "text": ']) + "\n", encoding="utf-8")

    def no_model(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the model was loaded before the input was checked")

    monkeypatch.setattr(diplograph.nlp, "make_nlp", no_model)
    with pytest.raises(InputError, match=r"feed.jsonl:51: invalid JSON"):
        build(inputs=[feed], out_dir=tmp_path / "out", html=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_extract_articles_refuses_an_over_long_article_in_one_line(
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph.errors import ExtractionError
    from diplograph.nlp import make_nlp
    from diplograph.pipeline import extract_articles

    monkeypatch.setattr(make_nlp(None), "max_length", 50)
    long = Article(
        id="long", text="Omar Haddad, a Syrian diplomat in Oslo, fled to Sweden.", path="feed.jsonl", line=4
    )
    with pytest.raises(
        ExtractionError, match=r"^feed.jsonl:4: article 'long' not built: extraction failed \(too long"
    ):
        list(extract_articles([long]))


def test_outputs_are_all_old_or_all_new_when_one_fails(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(inputs=[corpus], out_dir=out, progress=False)
    old = {name: (out / name).read_bytes() for name in ("graph.trig", "graph.ttl", "graph.html")}
    more = tmp_path / "more.jsonl"
    more.write_text(
        json.dumps({"id": "ok-3", "text": "Iva Horvat, a Croatian consul in Graz, fled to Canada."}) + "\n",
        encoding="utf-8",
    )
    import diplograph.viz

    def broken(*args: object, **kwargs: object) -> Path:
        raise OSError(28, "No space left on device")  # the last output fails, as on a full disk

    monkeypatch.setattr(diplograph.viz, "write_html", broken)
    with pytest.raises(Exception, match="No space left"):
        build(inputs=[corpus, more], out_dir=out, progress=False)
    assert {name: (out / name).read_bytes() for name in old} == old, "an output moved on alone"
    left = sorted(p.name for p in out.iterdir())
    assert left == ["graph.html", "graph.trig", "graph.ttl", "store", "store.lock"]  # no temporaries
