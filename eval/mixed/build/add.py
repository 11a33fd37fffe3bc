import json, sys, re, importlib.util, os
D = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"signed","in_force","suspended","terminated","withdrawn",None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
def load():
    corpus = []
    p = os.path.join(D,"corpus.jsonl")
    if os.path.exists(p):
        corpus = [json.loads(l) for l in open(p)]
    g = {"articles":{}}
    gp = os.path.join(D,"gold.json")
    if os.path.exists(gp): g = json.load(open(gp))
    return corpus, g
def validate(corpus, g):
    ids=set()
    for a in corpus:
        for k in ("id","title","published","source","text"): assert k in a and isinstance(a[k],str) and a[k], (a.get("id"),k)
        assert re.match(r"^\d{4}-\d{2}-\d{2}$",a["published"]), a["id"]
        assert a["id"] not in ids; ids.add(a["id"])
        gg = g["articles"][a["id"]]
        c3 = lambda c: c is None or re.match(r"^[A-Z]{3}$",c)
        for c in gg["countries"]: assert c3(c) and c, (a["id"],c)
        names=set()
        for p in gg["persons"]:
            assert p["name"]; names.add(p["name"])
            if "nationality" in p: assert c3(p["nationality"]) and p["nationality"], (a["id"],p)
            for al in p.get("aliases",[]): pass
        for e in gg["embassies"]: assert c3(e["sending"]) and c3(e["host"]) and e["sending"] and e["host"], (a["id"],e)
        for d in gg["defections"]:
            assert d["defector"] in names, (a["id"],d["defector"])
            for k in ("from","to","post_host"): assert c3(d[k]), (a["id"],k,d)
            assert d["date"] is None or DATE.match(d["date"]), (a["id"],d)
            for k in ("from","to","post_host"):
                if d[k]: assert d[k] in gg["countries"], (a["id"],"defection country not in countries",d[k])
        for ag in gg["agreements"]:
            assert ag["name"]; assert ag["status"] in ALLOWED, (a["id"],ag)
            assert ag["date"] is None or DATE.match(ag["date"]), (a["id"],ag)
            for p in ag["parties"]:
                assert c3(p) and p, (a["id"],p)
                assert p in gg["countries"], (a["id"],"party not in countries",p)
        for e in gg["embassies"]:
            for k in ("sending","host"): assert e[k] in gg["countries"], (a["id"],"embassy country missing",e)
    assert set(g["articles"])==ids, set(g["articles"])^ids
    return True
if __name__=="__main__":
    corpus,g = load()
    for f in sys.argv[1:]:
        spec = importlib.util.spec_from_file_location("b",f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for art,gold in m.ITEMS:
            assert art["id"] not in {a["id"] for a in corpus}, art["id"]
            corpus.append(art); g["articles"][art["id"]] = gold
    validate(corpus,g)
    with open(os.path.join(D,"corpus.jsonl"),"w") as fh:
        for a in corpus: fh.write(json.dumps(a,ensure_ascii=False)+"\n")
    json.dump(g, open(os.path.join(D,"gold.json"),"w"), indent=1, ensure_ascii=False)
    import collections
    print(len(corpus), "articles;", sum(len(v["persons"]) for v in g["articles"].values()),"persons;",
          sum(len(v["defections"]) for v in g["articles"].values()),"defections;",
          sum(len(v["agreements"]) for v in g["articles"].values()),"agreements")
    for a in corpus[-10:]: print(a["id"], a["published"], len(a["text"].split()), "words", a["title"][:60])
