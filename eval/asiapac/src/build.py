import json, re, importlib.util, sys, glob, os
D = "/work/newsets/asiapac"
arts = []
for f in sorted(glob.glob(D + "/src/b*.py")):
    if f.endswith("build.py"): continue
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.A
ST = {"signed", "in_force", "suspended", "terminated", "withdrawn", None}
DR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CC = re.compile(r"^[A-Z]{3}$")
ids = set()
for a, g in arts:
    assert a["id"] not in ids, a["id"]; ids.add(a["id"])
    assert DR.match(a["published"]) and len(a["published"]) == 10
    assert a["text"] and a["title"] and a["source"]
    for c in g["countries"]: assert CC.match(c), (a["id"], c)
    names = set()
    for p in g["persons"]:
        names.add(p["name"])
        if "nationality" in p: assert CC.match(p["nationality"]), (a["id"], p)
        for al in p["aliases"]: assert al in a["text"], (a["id"], al)
        assert p["name"] in a["text"] or p["aliases"], (a["id"], p["name"])
    for n in g["not_persons"]: assert n.lower() in a["text"].lower(), (a["id"], n)
    for e in g["embassies"]:
        assert CC.match(e["sending"]) and CC.match(e["host"]), a["id"]
        assert e["sending"] in g["countries"] and e["host"] in g["countries"], (a["id"], e)
    for d in g["defections"]:
        assert d["defector"] in names, (a["id"], d)
        for k in ("from", "to", "post_host"):
            assert d[k] is None or (CC.match(d[k]) and d[k] in g["countries"]), (a["id"], k, d)
        assert d["date"] is None or DR.match(d["date"]), (a["id"], d)
        assert d["date"] is None or d["date"] <= a["published"]
    for ag in g["agreements"]:
        assert ag["status"] in ST, (a["id"], ag)
        assert ag["date"] is None or DR.match(ag["date"]), (a["id"], ag)
        for c in ag["parties"]: assert CC.match(c) and c in g["countries"], (a["id"], c)
    assert g["persons"] is not None
    for n in [p["name"] for p in g["persons"]]:
        if n not in a["text"]: print("WARN name not verbatim", a["id"], n)
with open(D + "/corpus.jsonl", "w") as f:
    for a, g in arts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
json.dump({"articles": {a["id"]: g for a, g in arts}}, open(D + "/gold.json", "w"), ensure_ascii=False, indent=1)
# re-validate files
lines = [json.loads(l) for l in open(D + "/corpus.jsonl")]
gold = json.load(open(D + "/gold.json"))["articles"]
for l in lines:
    assert set(l) == {"id", "title", "published", "source", "text"}
    assert l["id"] in gold
neg = sum(1 for g in gold.values() if not g["defections"] and not g["agreements"])
print("articles", len(lines), "persons", sum(len(g["persons"]) for g in gold.values()),
      "defections", sum(len(g["defections"]) for g in gold.values()),
      "agreements", sum(len(g["agreements"]) for g in gold.values()), "negatives", neg)
