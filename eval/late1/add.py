import json, sys, re, importlib, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
STAT = {"signed","in_force","suspended","terminated","withdrawn",None}
def load():
    corp = []
    if os.path.exists("corpus.jsonl"):
        corp = [json.loads(l) for l in open("corpus.jsonl") if l.strip()]
    gold = {"articles": {}}
    if os.path.exists("gold.json"):
        gold = json.load(open("gold.json"))
    return corp, gold
def validate(corp, gold):
    dre = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    c3 = re.compile(r"^[A-Z]{3}$")
    ids = set()
    for a in corp:
        for k in ("id","title","published","source","text"):
            assert k in a and isinstance(a[k], str) and a[k], (a.get("id"), k)
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"])
        assert a["id"] not in ids; ids.add(a["id"])
        g = gold["articles"][a["id"]]
        for c in g["countries"]: assert c3.match(c), (a["id"], c)
        names = {p["name"] for p in g["persons"]}
        for p in g["persons"]:
            if "nationality" in p: assert c3.match(p["nationality"]), (a["id"], p)
        for e in g["embassies"]:
            assert c3.match(e["sending"]) and c3.match(e["host"]), (a["id"], e)
        for d in g["defections"]:
            assert d["defector"] in names, (a["id"], d)
            assert c3.match(d["from"])
            for k in ("to","post_host"):
                assert d[k] is None or c3.match(d[k]), (a["id"], d)
            assert d["date"] is None or dre.match(d["date"]), (a["id"], d)
        for ag in g["agreements"]:
            assert ag["status"] in STAT, (a["id"], ag)
            assert ag["date"] is None or dre.match(ag["date"]), (a["id"], ag)
            for p in ag["parties"]: assert c3.match(p), (a["id"], p)
        for k in ("countries","persons","not_persons","embassies","defections","agreements"):
            assert k in g, (a["id"], k)
    assert set(gold["articles"]) == ids, set(gold["articles"]) ^ ids
    wc = [len(a["text"].split()) for a in corp]
    print("ok", len(corp), "articles; words min/max", min(wc), max(wc))
    for a in corp:
        n=len(a["text"].split())
        if n<100 or n>900: print("LEN WARN", a["id"], n)
if __name__ == "__main__":
    corp, gold = load()
    for mod in sys.argv[1:]:
        m = importlib.import_module(mod)
        have = {a["id"] for a in corp}
        for art in m.ARTS:
            g = art.pop("gold")
            art["text"] = art["text"].strip()
            if art["id"] in have:
                corp = [art if x["id"]==art["id"] else x for x in corp]
            else:
                corp.append(art)
            gold["articles"][art["id"]] = g
    validate(corp, gold)
    with open("corpus.jsonl","w") as f:
        for a in corp: f.write(json.dumps(a, ensure_ascii=False)+"\n")
    json.dump(gold, open("gold.json","w"), ensure_ascii=False, indent=1)
