#!/usr/bin/env python3
"""Generate corpus.jsonl and gold.json for the blind3 set from _articles_*.py, and check them.

    python3 eval/blind3/build.py
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _articles_def  # noqa: E402
import _articles_agr  # noqa: E402,F401  (registers its articles through _articles_def.add)

ARTICLES = _articles_def.ARTICLES

# ISO 3166-1 alpha-3 codes (current) plus the historic ones GOLD_FORMAT.md allows.
ISO3 = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI
MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
ARE GBR USA URY UZB VUT VAT VEN VNM YEM ZMB ZWE TWN PSE
SUN DDR CSK
""".split())
STATUSES = {"signed", "in_force", "suspended", "terminated", "withdrawn", None}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = ["countries", "persons", "not_persons", "embassies", "defections", "agreements"]


def check(a: dict) -> list[str]:
    errs: list[str] = []
    aid, text, g = a["id"], a["text"], a["gold"]
    low = text.lower()
    pub = dt.date.fromisoformat(a["published"])
    n = len(re.findall(r"\S+", text))
    if not 150 <= n <= 450:
        errs.append(f"{aid}: {n} words")
    if sorted(g) != sorted(KEYS):
        errs.append(f"{aid}: gold keys {sorted(g)}")
    countries = set(g["countries"])
    if len(countries) != len(g["countries"]):
        errs.append(f"{aid}: duplicate country")
    for c in countries:
        if c not in ISO3:
            errs.append(f"{aid}: bad ISO code {c}")

    def need(form: str, what: str) -> None:
        if form.lower() not in low:
            errs.append(f"{aid}: {what} form not in text: {form!r}")

    def code(c, what: str) -> None:
        if c not in countries:
            errs.append(f"{aid}: {what} code {c!r} not in countries")

    def date(d, what: str) -> None:
        if d is None:
            return
        if not DATE_RE.match(d):
            errs.append(f"{aid}: {what} date malformed {d!r}")
            return
        parts = [int(x) for x in d.split("-")] + [1, 1]
        try:
            if dt.date(parts[0], parts[1], parts[2]) > pub:
                errs.append(f"{aid}: {what} date {d} after published")
        except ValueError:
            errs.append(f"{aid}: {what} date invalid {d!r}")

    names = set()
    for p in g["persons"]:
        names.add(p["name"])
        need(p["name"], "person")
        for al in p.get("aliases", []):
            need(al, "person alias")
        if "nationality" in p:
            code(p["nationality"], "nationality")
    for s in g["not_persons"]:
        need(s, "not_person")
    for e in g["embassies"]:
        code(e["sending"], "embassy sending")
        code(e["host"], "embassy host")
        if e.get("city"):
            need(e["city"], "embassy city")
    for d in g["defections"]:
        if d["defector"] not in names:
            errs.append(f"{aid}: defector {d['defector']!r} not a gold person")
        for k in ("from", "to", "post_host"):
            if d.get(k) is not None:
                code(d[k], f"defection {k}")
        date(d["date"], "defection")
    for ag in g["agreements"]:
        need(ag["name"], "agreement")
        for al in ag.get("aliases", []):
            need(al, "agreement alias")
        for c in ag["parties"]:
            code(c, "agreement party")
        if len(ag["parties"]) < 2:
            errs.append(f"{aid}: agreement with fewer than two parties: {ag['name']}")
        if ag["status"] not in STATUSES:
            errs.append(f"{aid}: bad status {ag['status']!r}")
        date(ag["date"], "agreement")
    return errs


def main() -> int:
    errs: list[str] = []
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"b3-{i:03d}" for i in range(20)]:
        errs.append(f"ids are not b3-000 .. b3-019: {ids}")
    for a in ARTICLES:
        errs += check(a)
    if errs:
        print("\n".join(errs))
        return 1
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for a in ARTICLES:
            row = {k: a[k] for k in ("id", "title", "published", "source", "text")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    gold = {"articles": {a["id"]: {k: a["gold"][k] for k in KEYS} for a in ARTICLES}}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    words = [len(re.findall(r"\S+", a["text"])) for a in ARTICLES]
    nd = sum(len(a["gold"]["defections"]) for a in ARTICLES)
    na = sum(len(a["gold"]["agreements"]) for a in ARTICLES)
    print(f"ok: {len(ARTICLES)} articles, {min(words)}-{max(words)} words, {nd} defections, {na} agreements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
