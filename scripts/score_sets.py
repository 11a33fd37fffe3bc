"""Score annotated sets with the evaluation harness and add up their totals.

    python scripts/score_sets.py heldout realnews --out /tmp/runs --tag now
    python scripts/score_sets.py dec62 dec63 --out /tmp/runs --tag first --src /work/base/src

Each argument is a set under ``eval/`` or a group of ``eval/sets.json`` (``train``, ``heldout``,
``realnews``). Every set is built and scored by ``../shared/eval/run`` (beside the checkout) without
``-v``, so no miss is printed: the protocol for text the extractor has not seen
(``eval/README.md``). A real-news set's text is read from its git-ignored ``texts/`` folder. Each
set's output goes to ``OUT/<set>-<tag>.txt``; the script prints one line per set and the sums over
all of them: found / false / missed per kind of fact, right values per attribute, attribute values
asserted and wrong. ``--src`` scores another checkout's extractor (a worktree at the session's
start) with this checkout's environment.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HARNESS = ROOT.parent / "shared" / "eval" / "run"

_PRF = re.compile(r"^(\w+)\s+P [\d.]+\s+R [\d.]+\s+F1 [\d.]+\s+\(tp (\d+), fp (\d+), fn (\d+)\)", re.M)
_ACC = re.compile(r"^((?:defection|agreement)\.\w+)\s+[\d.]+\s+\((\d+)/(\d+)\)", re.M)
_ASSERTED = re.compile(r"attribute values asserted on matched facts: (\d+), wrong (\d+)")
_SUMMARY = re.compile(r"^mean F1 .*$", re.M)


def totals(output: str) -> Counter[str]:
    """The counts in one scorer output: ``persons.tp``, ``defection.date.right``,
    ``defection.date.n``, ``attributes.asserted``, ``attributes.wrong`` and so on."""
    out: Counter[str] = Counter()
    for kind, tp, fp, fn in _PRF.findall(output):
        out[f"{kind}.tp"] += int(tp)
        out[f"{kind}.fp"] += int(fp)
        out[f"{kind}.fn"] += int(fn)
    for slot, right, n in _ACC.findall(output):
        out[f"{slot}.right"] += int(right)
        out[f"{slot}.n"] += int(n)
    m = _ASSERTED.search(output)
    if m:
        out["attributes.asserted"] += int(m[1])
        out["attributes.wrong"] += int(m[2])
    return out


def report(sums: Counter[str]) -> str:
    """Summed counts as lines: F1 per kind of fact, accuracy per attribute, attribute precision."""
    lines = []
    for kind in sorted({k.rsplit(".", 1)[0] for k in sums if k.endswith(".tp")}):
        tp, fp, fn = sums[f"{kind}.tp"], sums[f"{kind}.fp"], sums[f"{kind}.fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        lines.append(f"{kind:20s} tp {tp} fp {fp} fn {fn}  P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    for slot in sorted({k.rsplit(".", 1)[0] for k in sums if k.endswith(".right")}):
        right, n = sums[f"{slot}.right"], sums[f"{slot}.n"]
        lines.append(f"{slot:20s} {right}/{n} {right / n if n else 0.0:.3f}")
    asserted, wrong = sums["attributes.asserted"], sums["attributes.wrong"]
    if asserted:
        lines.append(
            f"attribute values asserted {asserted}, right {asserted - wrong}, wrong {wrong} "
            f"(precision {1 - wrong / asserted:.3f}; right - 3 x wrong {asserted - 4 * wrong})"
        )
    return "\n".join(lines)


def expand(names: list[str]) -> list[str]:
    """Set names, with the groups of ``eval/sets.json`` spelled out (``realnews/texts`` → ``realnews``)."""
    groups = json.loads((ROOT / "eval" / "sets.json").read_text())
    out: list[str] = []
    for name in names:
        members = groups.get(name, [name])
        out += [m.split("/")[0] for m in members]
    return list(dict.fromkeys(out))


def score(name: str, out_dir: Path, tag: str, src: Path | None) -> str:
    """Run the harness on one set; its output, also written to ``OUT/<set>-<tag>.txt``."""
    set_dir = ROOT / "eval" / name
    env = dict(os.environ, PYTHON=os.environ.get("PYTHON", sys.executable))
    if src is not None:
        env["PYTHONPATH"] = str(src)
    with tempfile.TemporaryDirectory() as tmp:
        texts = set_dir / "texts" / "corpus.jsonl"
        if texts.exists():  # a real-news set: its texts stay out of the repository
            (Path(tmp) / "corpus.jsonl").symlink_to(texts)
            (Path(tmp) / "gold.json").symlink_to(set_dir / "gold.json")
            set_dir = Path(tmp)
        done = subprocess.run(
            [str(HARNESS), str(set_dir)], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
    output = done.stdout + done.stderr
    (out_dir / f"{name}-{tag}.txt").write_text(output)
    if done.returncode != 0:
        raise SystemExit(f"score_sets: {name}: the harness failed: {output.strip().splitlines()[-1:]}")
    return output


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="set names under eval/, or train / heldout / realnews")
    ap.add_argument("--out", type=Path, required=True, help="folder for each set's output")
    ap.add_argument("--tag", default="run", help="suffix of the output files (default: run)")
    ap.add_argument("--src", type=Path, help="the src/ folder of another checkout to score instead")
    args = ap.parse_args(argv)
    if not HARNESS.exists():
        print(f"score_sets: no evaluation harness at {HARNESS}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    sums: Counter[str] = Counter()
    for name in expand(args.sets):
        output = score(name, args.out, args.tag, args.src)
        summary = _SUMMARY.search(output)
        print(f"{name}: {summary[0] if summary else '(no summary)'}", flush=True)
        sums += totals(output)
    print(report(sums))
    return 0


if __name__ == "__main__":
    sys.exit(main())
