import json, sys, re, importlib.util, os
ALLOWED={"signed","in_force","suspended","terminated","withdrawn",None}
def load(path):
    spec=importlib.util.spec_from_file_location("b",path); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.ARTICLES
def validate():
    ids=[]
    with open("corpus.jsonl") as f:
        for line in f:
            d=json.loads(line)
            for k in ("id","title","published","source","text"): assert k in d and d[k], (k,d.get("id"))
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}",d["published"])
            ids.append(d["id"])
    assert len(ids)==len(set(ids))
    g=json.load(open("gold.json"))["articles"]
    assert set(g)==set(ids),(set(g)^set(ids))
    dre=re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    c3=lambda c: c is None or re.fullmatch(r"[A-Z]{3}",c)
    for i,a in g.items():
        for c in a["countries"]: assert c3(c),(i,c)
        pn=set()
        for p in a["persons"]:
            assert p["name"]; pn.add(p["name"])
            if "nationality" in p: assert c3(p["nationality"]) and p["nationality"] in a["countries"],(i,p)
        for e in a["embassies"]:
            assert c3(e["sending"]) and c3(e["host"]) and e["sending"] in a["countries"] and e["host"] in a["countries"],(i,e)
        for d in a["defections"]:
            assert d["defector"] in pn,(i,d)
            for k in ("from","to","post_host"): assert c3(d[k]) and (d[k] is None or d[k] in a["countries"]),(i,d,k)
            assert d["date"] is None or dre.match(d["date"]),(i,d)
        for ag in a["agreements"]:
            assert ag["name"] and ag["status"] in ALLOWED,(i,ag)
            assert ag["date"] is None or dre.match(ag["date"]),(i,ag)
            for c in ag["parties"]: assert c3(c) and c in a["countries"],(i,ag,c)
    print("OK", len(ids), "articles")
def main():
    if len(sys.argv)>1:
        arts=load(sys.argv[1])
        g=json.load(open("gold.json")) if os.path.exists("gold.json") else {"articles":{}}
        existing=set(g["articles"])
        with open("corpus.jsonl","a") as f:
            for a in arts:
                assert a["id"] not in existing, a["id"]
                gold=a["gold"]
                for k in ("countries","persons","not_persons","embassies","defections","agreements"): gold.setdefault(k,[])
                f.write(json.dumps({k:a[k] for k in ("id","title","published","source","text")},ensure_ascii=False)+"\n")
                g["articles"][a["id"]]=gold
        json.dump(g,open("gold.json","w"),ensure_ascii=False,indent=1)
    validate()

if __name__=="__main__":
    import shutil
    bk=[(p,p+".bak") for p in ("corpus.jsonl","gold.json") if os.path.exists(p)]
    for p,b in bk: shutil.copy(p,b)
    try: main()
    except Exception:
        for p,b in bk: shutil.copy(b,p)
        if not bk:
            for p in ("corpus.jsonl","gold.json"):
                if os.path.exists(p): os.remove(p)
        raise
