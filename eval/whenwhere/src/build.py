import json, re, importlib, sys, glob, os
sys.path.insert(0, os.path.dirname(__file__))
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch*.py"))):
    m = importlib.import_module(os.path.basename(f)[:-3])
    arts += m.ARTICLES
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "dup ids"
with open(os.path.join(out, "corpus.jsonl"), "w") as fh:
    for a in arts:
        fh.write(json.dumps({k: a[k] for k in ("id","title","published","source","text")}, ensure_ascii=False) + "\n")
json.dump({"articles": {a["id"]: a["gold"] for a in arts}}, open(os.path.join(out, "gold.json"), "w"), ensure_ascii=False, indent=1)
# validate
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
C3 = re.compile(r"^[A-Z]{3}$")
gold = json.load(open(os.path.join(out, "gold.json")))["articles"]
n = 0
for line in open(os.path.join(out, "corpus.jsonl")):
    a = json.loads(line); n += 1
    for k in ("id","title","published","source","text"): assert a.get(k), (a.get("id"), k)
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"])
    g = gold[a["id"]]
    names = set()
    for p in g["persons"]:
        names.add(p["name"])
        if "nationality" in p: assert C3.match(p["nationality"]), (a["id"], p)
    for c in g["countries"]: assert C3.match(c), (a["id"], c)
    for e in g["embassies"]:
        assert C3.match(e["sending"]) and C3.match(e["host"]), (a["id"], e)
        assert e["sending"] in g["countries"] and e["host"] in g["countries"], (a["id"], e)
    for d in g["defections"]:
        assert d["defector"] in names, (a["id"], d)
        for k in ("from","to","post_host"):
            assert d[k] is None or (C3.match(d[k]) and d[k] in g["countries"]), (a["id"], k, d)
        assert d["date"] is None or ISO.match(d["date"]), (a["id"], d)
        if d["date"]: assert d["date"] <= a["published"], (a["id"], d)
    for ag in g["agreements"]:
        assert ag["status"] in ("signed","in_force","suspended","terminated","withdrawn",None), (a["id"], ag)
        assert ag["date"] is None or ISO.match(ag["date"]), (a["id"], ag)
        for c in ag["parties"]: assert C3.match(c) and c in g["countries"], (a["id"], ag)
    # aliases / names appear in text
    for p in g["persons"]:
        for s in [p["name"]] + p["aliases"]:
            if s not in a["text"] and s not in a["source"]: print("WARN not in text:", a["id"], s)
    for s in g["not_persons"]:
        if s not in a["text"]: print("WARN not_person not in text:", a["id"], s)
assert set(gold) == set(ids)
print("OK", n, "articles;", sum(len(g["persons"]) for g in gold.values()), "persons;",
      sum(len(g["defections"]) for g in gold.values()), "defections;",
      sum(len(g["agreements"]) for g in gold.values()), "agreements;",
      sum(1 for g in gold.values() if not g["defections"]), "without defections")
