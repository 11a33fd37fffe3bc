import json, re, glob, importlib.util
ALLOWED = {"signed","in_force","suspended","terminated","withdrawn",None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
arts = []
for f in sorted(glob.glob("batch*.py")):
    spec = importlib.util.spec_from_file_location(f[:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.ARTICLES
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "dup ids"
gold = {}
with open("corpus.jsonl.tmp","w") as fc:
    for a in arts:
        rec = {k: a[k] for k in ("id","title","published","source","text")}
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", rec["published"])
        fc.write(json.dumps(rec, ensure_ascii=False)+"\n")
        g = a["gold"]
        for k in ("countries","persons","not_persons","embassies","defections","agreements"):
            g.setdefault(k, [])
        gold[a["id"]] = g
json.dump({"articles": gold}, open("gold.json.tmp","w"), ensure_ascii=False, indent=1)
# validate
cc = re.compile(r"^[A-Z]{3}$")
lines = [json.loads(l) for l in open("corpus.jsonl.tmp")]
G = json.load(open("gold.json.tmp"))["articles"]
warn = []
for r in lines:
    for k in ("id","title","published","source","text"): assert r.get(k), (r.get("id"), k)
    g = G[r["id"]]
    names = set()
    for p in g["persons"]:
        names.add(p["name"]); names.update(p.get("aliases", []))
        if "nationality" in p: assert cc.match(p["nationality"]), p
        for n in [p["name"]] + p.get("aliases", []):
            if n not in r["text"]: warn.append((r["id"], "name not in text", n))
    for c in g["countries"]: assert cc.match(c), (r["id"], c)
    cs = set(g["countries"])
    for e in g["embassies"]:
        assert cc.match(e["sending"]) and cc.match(e["host"]), e
        if not {e["sending"], e["host"]} <= cs: warn.append((r["id"], "embassy country missing", e))
    for d in g["defections"]:
        assert d["defector"] in names, (r["id"], d)
        for k in ("from","to","post_host"):
            assert k in d and (d[k] is None or cc.match(d[k])), (r["id"], d)
            if d[k] and d[k] not in cs: warn.append((r["id"], "def country missing", d[k]))
        assert d["date"] is None or DATE.match(d["date"]), d
    for a in g["agreements"]:
        assert a["status"] in ALLOWED, a
        assert a["date"] is None or DATE.match(a["date"]), a
        for p in a["parties"]:
            assert cc.match(p), a
            if p not in cs: warn.append((r["id"], "party missing", p))
    for n in g["not_persons"]:
        if n not in r["text"]: warn.append((r["id"], "not_person not in text", n))
import os
os.replace("corpus.jsonl.tmp","corpus.jsonl"); os.replace("gold.json.tmp","gold.json")
for w in warn: print("WARN", w)
print(len(lines), "articles OK;", "words:", [len(r["text"].split()) for r in lines])
