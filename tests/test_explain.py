"""`diplograph explain`: the error-analysis report names cues, people and the facts read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.explain import explain_articles, format_explanation

pytestmark = pytest.mark.model

TEXT = (
    "A Romanian diplomat posted to Oslo has defected to Sweden, officials said on Monday. "
    "Mihai Dobre, the embassy's second secretary, left with his wife."
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    rows = [
        {"id": "a1", "text": TEXT, "published": "2021-03-10"},
        {"id": "a2", "text": "Prices of wheat rose in March.", "published": "2021-03-10"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_explain_pairs_each_sentence_with_its_facts(corpus: Path, nlp) -> None:
    [(article, rows, facts, slots)] = list(explain_articles([corpus], ids=["a1"]))
    assert article.id == "a1"
    assert [r["text"][:12] for r in rows] == ["A Romanian d", "Mihai Dobre,"]
    first = rows[0]
    assert "defected:defect-verb" in first["cues"]
    assert "Romanian=ROU" in first["countries"] and "Sweden=SWE" in first["countries"]
    # the fact as the gate left it: whether "to=SWE" is kept is the scorer's call (its probability sits
    # near the slot's threshold); the report's slot lines below show it either way
    assert any(f.startswith("DEFECTION Mihai Dobre: from=ROU to=") for f in first["facts"])
    report = format_explanation(article, rows, facts, slots)
    assert report.splitlines()[0].startswith("== a1:")
    assert "=> DEFECTION Mihai Dobre" in report
    proposed = {s.slot: s for _, scored in slots for s in scored if s.proposed}
    assert proposed["defection.to"].value == "SWE"
    assert proposed["defection.to"].features["in_evidence"] == 1.0
    assert any(line.strip().startswith("defection.to") and "SWE" in line for line in report.splitlines())


def test_explain_unknown_id_is_an_input_error(corpus: Path, nlp) -> None:
    with pytest.raises(InputError, match="no article with id nope"):
        list(explain_articles([corpus], ids=["nope"]))


def test_explain_cli_prints_the_report(corpus: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "explain", str(corpus), "--id", "a2"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("== a2:")
    assert "=> " not in done.stdout  # nothing to read in a wheat-price story
