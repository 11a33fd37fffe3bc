#!/usr/bin/env python3
"""Build corpus.jsonl and gold.json for the fresh evaluation set from _source_part*.py, with sanity checks.

    python3 eval/fresh/build.py
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
    for p in sorted(HERE.glob("_source_part*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts


def check(a: dict) -> list[str]:
    errs = []
    text, g = a["text"], a["gold"]
    full = a["title"] + "\n" + text
    n = len(text.split())
    if not 150 <= n <= 450:
        errs.append(f"word count {n}")
    countries = set(g["countries"])
    for p in g["persons"]:
        for form in [p["name"], *p.get("aliases", [])]:
            if form not in full:
                errs.append(f"person form not in text: {form!r}")
        if "nationality" in p and p["nationality"] not in countries:
            errs.append(f"nationality {p['nationality']} of {p['name']} not in countries")
    names = {p["name"] for p in g["persons"]}
    for e in g["embassies"]:
        for k in ("sending", "host"):
            if e[k] not in countries:
                errs.append(f"embassy code {e[k]} not in countries")
        if e.get("city") and e["city"] not in text:
            errs.append(f"embassy city {e['city']} not in text")
    for d in g["defections"]:
        if d["defector"] not in names:
            errs.append(f"defector {d['defector']} not a person")
        for k in ("from", "to", "post_host"):
            if d[k] is not None and d[k] not in countries:
                errs.append(f"defection {k} {d[k]} not in countries")
        if d["date"] is not None and (not DATE.match(d["date"]) or d["date"] > a["published"]):
            errs.append(f"bad defection date {d['date']}")
    for ag in g["agreements"]:
        for form in [ag["name"], *ag.get("aliases", [])]:
            if form.lower() not in full.lower():
                errs.append(f"agreement form not in text: {form!r}")
        for c in ag["parties"]:
            if c not in countries:
                errs.append(f"party {c} not in countries")
        if ag["status"] not in STATUSES:
            errs.append(f"bad status {ag['status']}")
        if ag["date"] is not None and (not DATE.match(ag["date"]) or ag["date"] > a["published"]):
            errs.append(f"bad agreement date {ag['date']}")
    for c in countries:
        if not re.fullmatch(r"[A-Z]{3}", c):
            errs.append(f"bad code {c}")
    return errs


def main() -> int:
    arts = load()
    bad = False
    ids = [a["id"] for a in arts]
    if ids != [f"fr-{i:03d}" for i in range(len(arts))]:
        print("ids not consecutive:", ids)
        bad = True
    for a in arts:
        for e in check(a):
            print(f"{a['id']}: {e}")
            bad = True
    if bad:
        return 1
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            row = {"id": a["id"], "published": a["published"], "source": a["source"],
                   "title": a["title"], "text": a["text"].strip()}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    gold = {"articles": {a["id"]: a["gold"] for a in arts}}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for a in arts:
        print(a["id"], len(a["text"].split()), "words", a["title"])
    print(f"wrote {len(arts)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
