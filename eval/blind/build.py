#!/usr/bin/env python3
"""Regenerate corpus.jsonl and gold.json of the blind set from _source_part*.py, with checks.

    python3 eval/blind/build.py
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUSES = {None, "signed", "in_force", "suspended", "terminated", "withdrawn"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load() -> list[dict]:
    arts = []
    for part in sorted(HERE.glob("_source_part*.py")):
        spec = importlib.util.spec_from_file_location(part.stem, part)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts


def check(arts: list[dict]) -> list[str]:
    errs = []
    for i, a in enumerate(arts):
        aid, text, g = a["id"], a["text"], a["gold"]
        low = text.lower()
        if aid != f"bl-{i:03d}":
            errs.append(f"{aid}: expected id bl-{i:03d}")
        n = len(text.split())
        if not 150 <= n <= 450:
            errs.append(f"{aid}: {n} words")
        if not DATE.match(a["published"]) or len(a["published"]) != 10:
            errs.append(f"{aid}: bad published date")
        cs = set(g["countries"])
        if len(cs) != len(g["countries"]):
            errs.append(f"{aid}: duplicate country code")
        names = set()
        for p in g["persons"]:
            names.add(p["name"])
            for form in [p["name"], *p.get("aliases", [])]:
                if form.lower() not in low:
                    errs.append(f"{aid}: person form not in text: {form!r}")
            if p.get("nationality") and p["nationality"] not in cs:
                errs.append(f"{aid}: nationality {p['nationality']} not in countries")
        for np_ in g["not_persons"]:
            if np_.lower() not in low:
                errs.append(f"{aid}: not_person not in text: {np_!r}")
        for e in g["embassies"]:
            for k in ("sending", "host"):
                if e[k] not in cs:
                    errs.append(f"{aid}: embassy {k} {e[k]} not in countries")
        for d in g["defections"]:
            if d["defector"] not in names:
                errs.append(f"{aid}: defector {d['defector']!r} not a gold person")
            for k in ("from", "to", "post_host"):
                if d.get(k) and d[k] not in cs:
                    errs.append(f"{aid}: defection {k} {d[k]} not in countries")
            if d.get("date") and (not DATE.match(d["date"]) or d["date"] > a["published"]):
                errs.append(f"{aid}: bad defection date {d['date']}")
        for ag in g["agreements"]:
            for form in [ag["name"], *ag.get("aliases", [])]:
                if form.lower() not in low:
                    errs.append(f"{aid}: agreement form not in text: {form!r}")
            for c in ag["parties"]:
                if c not in cs:
                    errs.append(f"{aid}: party {c} not in countries")
            if ag.get("date") and (not DATE.match(ag["date"]) or ag["date"] > a["published"]):
                errs.append(f"{aid}: bad agreement date {ag['date']}")
            if ag.get("status") not in STATUSES:
                errs.append(f"{aid}: bad status {ag.get('status')}")
    return errs


def main() -> int:
    arts = load()
    errs = check(arts)
    for e in errs:
        print("CHECK:", e, file=sys.stderr)
    if errs:
        return 1
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            row = {k: a[k] for k in ("id", "title", "published", "source", "text")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    gold = {"articles": {}}
    for a in arts:
        g = a["gold"]
        gold["articles"][a["id"]] = {
            "countries": g["countries"],
            "persons": g["persons"],
            "not_persons": g["not_persons"],
            "embassies": g["embassies"],
            "defections": [{k: d.get(k) for k in ("defector", "from", "to", "post_host", "date", "position")
                            if k != "position" or d.get(k)} for d in g["defections"]],
            "agreements": [{k: ag.get(k) if k != "aliases" else ag.get(k, [])
                            for k in ("name", "aliases", "parties", "date", "status")} for ag in g["agreements"]],
        }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = [len(a["text"].split()) for a in arts]
    print(f"wrote {len(arts)} articles ({min(counts)}-{max(counts)} words), "
          f"{sum(len(a['gold']['defections']) for a in arts)} defections, "
          f"{sum(len(a['gold']['agreements']) for a in arts)} agreements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
