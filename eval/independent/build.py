#!/usr/bin/env python3
"""Regenerate corpus.jsonl and gold.json from the _source_part*.py files, with consistency checks.

    python3 eval/independent/build.py
"""
import json
import re
import runpy
from pathlib import Path

here = Path(__file__).resolve().parent
arts = []
for part in sorted(here.glob("_source_part*.py")):
    arts += runpy.run_path(str(part))["A"]

STATUS = {None, "signed", "in_force", "suspended", "terminated", "withdrawn"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
problems = []
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "duplicate ids"
for a in arts:
    aid, g = a["id"], a["gold"]
    text = "\n".join(a["text"])
    words = len(re.findall(r"\w+", text))
    if not 150 <= words <= 450:
        problems.append(f"{aid}: {words} words")
    assert DATE.match(a["published"]) and len(a["published"]) == 10
    cs = set(g["countries"])
    names = {p["name"] for p in g["persons"]}
    for p in g["persons"]:
        for form in [p["name"], *p.get("aliases", [])]:
            if form not in text:
                problems.append(f"{aid}: person form not in text: {form!r}")
    for e in g["embassies"]:
        for k in ("sending", "host"):
            if e[k] not in cs:
                problems.append(f"{aid}: embassy {k} {e[k]} not in countries")
        if e.get("city") and e["city"] not in text:
            problems.append(f"{aid}: embassy city not in text {e['city']}")
    for d in g["defections"]:
        if d["defector"] not in names:
            problems.append(f"{aid}: defector not a person {d['defector']}")
        for k in ("from", "to", "post_host"):
            if d.get(k) and d[k] not in cs:
                problems.append(f"{aid}: defection {k} {d[k]} not in countries")
        if d.get("date") and not DATE.match(d["date"]):
            problems.append(f"{aid}: bad date {d['date']}")
        if d.get("date") and d["date"] > a["published"]:
            problems.append(f"{aid}: date after publication {d['date']}")
    for ag in g["agreements"]:
        for c in ag["parties"]:
            if c not in cs:
                problems.append(f"{aid}: party {c} not in countries")
        if ag["status"] not in STATUS:
            problems.append(f"{aid}: bad status {ag['status']}")
        if ag.get("date") and not DATE.match(ag["date"]):
            problems.append(f"{aid}: bad agreement date {ag['date']}")
        for form in [ag["name"], *ag.get("aliases", [])]:
            if form.lower() not in text.lower():
                problems.append(f"{aid}: agreement form not in text: {form!r}")
    print(f"{aid} {words:4d} words  {a['title']}")

with open(here / "corpus.jsonl", "w") as f:
    for a in arts:
        f.write(json.dumps({"id": a["id"], "title": a["title"], "published": a["published"],
                            "source": a["source"], "text": "\n".join(a["text"])}, ensure_ascii=False) + "\n")
(here / "gold.json").write_text(json.dumps({"articles": {a["id"]: a["gold"] for a in arts}},
                                           ensure_ascii=False, indent=1) + "\n")
print("\n".join(problems) or "no problems")
