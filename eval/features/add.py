import json, sys, re, importlib.util, os
here = os.path.dirname(os.path.abspath(__file__))
cpath = os.path.join(here, "corpus.jsonl"); gpath = os.path.join(here, "gold.json")
def load_batch(p):
    spec = importlib.util.spec_from_file_location("b", p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.ARTICLES
def main():
    corpus = []
    if os.path.exists(cpath):
        corpus = [json.loads(l) for l in open(cpath) if l.strip()]
    gold = json.load(open(gpath)) if os.path.exists(gpath) else {"articles": {}}
    ids = {a["id"] for a in corpus}
    for p in sys.argv[1:]:
        for art, g in load_batch(p):
            art = dict(art); art["text"] = art["text"].strip()
            if art["id"] in ids: 
                corpus = [a if a["id"] != art["id"] else art for a in corpus]
            else:
                corpus.append(art); ids.add(art["id"])
            full = {"countries": [], "persons": [], "not_persons": [], "embassies": [], "defections": [], "agreements": []}
            full.update(g); gold["articles"][art["id"]] = full
    corpus.sort(key=lambda a: a["id"])
    with open(cpath, "w") as f:
        for a in corpus: f.write(json.dumps(a, ensure_ascii=False) + "\n")
    gold["articles"] = dict(sorted(gold["articles"].items()))
    json.dump(gold, open(gpath, "w"), ensure_ascii=False, indent=1)
main()
