#!/usr/bin/env python3
"""Regenerate corpus.jsonl and gold.json for the blind2 set from _source_part*.py, with checks.

    python3 eval/blind2/build.py
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUSES = {"signed", "in_force", "suspended", "terminated", "withdrawn", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load(part: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(part, HERE / f"{part}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def check(aid: str, art: dict) -> list[str]:
    errs: list[str] = []
    text, g = art["text"], art["gold"]
    low = text.lower()
    n = len(text.split())
    if not 150 <= n <= 450:
        errs.append(f"{aid}: {n} words")
    if not DATE.match(art["published"]) or len(art["published"]) != 10:
        errs.append(f"{aid}: bad published date")
    countries = set(g["countries"])
    for key in ("countries", "persons", "not_persons", "embassies", "defections", "agreements"):
        if key not in g:
            errs.append(f"{aid}: gold lacks {key}")
    names = {p["name"] for p in g["persons"]}
    for p in g["persons"]:
        for form in [p["name"], *p.get("aliases", [])]:
            if form.lower() not in low:
                errs.append(f"{aid}: person form not in text: {form!r}")
        if p.get("nationality") and p["nationality"] not in countries:
            errs.append(f"{aid}: nationality {p['nationality']} not in countries")
    for form in g["not_persons"]:
        if form.lower() not in low:
            errs.append(f"{aid}: not_person not in text: {form!r}")
    for e in g["embassies"]:
        for c in (e["sending"], e["host"]):
            if c not in countries:
                errs.append(f"{aid}: embassy code {c} not in countries")
        if e.get("city") and e["city"].lower() not in low:
            errs.append(f"{aid}: embassy city not in text: {e['city']}")
    for d in g["defections"]:
        if d["defector"] not in names:
            errs.append(f"{aid}: defector not a person: {d['defector']}")
        for k in ("from", "to", "post_host"):
            if d[k] is not None and d[k] not in countries:
                errs.append(f"{aid}: defection {k} {d[k]} not in countries")
        if d["date"] is not None and (not DATE.match(d["date"]) or d["date"] > art["published"]):
            errs.append(f"{aid}: bad defection date {d['date']}")
    for a in g["agreements"]:
        for form in [a["name"], *a.get("aliases", [])]:
            if form.lower() not in low:
                errs.append(f"{aid}: agreement form not in text: {form!r}")
        for c in a["parties"]:
            if c not in countries:
                errs.append(f"{aid}: party {c} not in countries")
        if a["status"] not in STATUSES:
            errs.append(f"{aid}: bad status {a['status']}")
        if a["date"] is not None and (not DATE.match(a["date"]) or a["date"] > art["published"]):
            errs.append(f"{aid}: bad agreement date {a['date']}")
    return errs


def main() -> int:
    arts = [a for part in ("_source_part1", "_source_part2", "_source_part3") for a in load(part)]
    lines, gold, errs = [], {}, []
    for i, art in enumerate(arts):
        aid = f"b2-{i:03d}"
        errs += check(aid, art)
        lines.append(json.dumps({"id": aid, "title": art["title"], "published": art["published"],
                                 "source": art["source"], "text": art["text"]}, ensure_ascii=False))
        gold[aid] = art["gold"]
        print(f"{aid} {art['published']} {len(art['text'].split()):4d} words  {art['title']}")
    if len(arts) != 20:
        errs.append(f"{len(arts)} articles, expected 20")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        return 1
    (HERE / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "gold.json").write_text(json.dumps({"articles": gold}, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
