import json, re, os
here = os.path.dirname(os.path.abspath(__file__))
C = re.compile(r"^[A-Z]{3}$"); D = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ST = {"signed","in_force","suspended","terminated","withdrawn",None}
ids = []; errs = []
for i,l in enumerate(open(os.path.join(here,"corpus.jsonl"))):
    a = json.loads(l)
    for k in ("id","title","published","source","text"): 
        if not a.get(k): errs.append((i,k))
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", a["published"]): errs.append((a["id"],"pub"))
    ids.append(a["id"])
g = json.load(open(os.path.join(here,"gold.json")))["articles"]
assert len(ids)==len(set(ids))
for i in ids:
    if i not in g: errs.append((i,"nogold")); continue
    x = g[i]; txt = None
    for c in x["countries"]:
        if not C.match(c): errs.append((i,"cc",c))
    names = set()
    for p in x["persons"]:
        names.add(p["name"])
        if "nationality" in p and not C.match(p["nationality"]): errs.append((i,"nat",p))
    for e in x["embassies"]:
        for k in ("sending","host"):
            if not C.match(e[k]): errs.append((i,"emb",e))
            elif e[k] not in x["countries"]: errs.append((i,"emb-notincountries",e[k]))
    for d in x["defections"]:
        if d["defector"] not in names: errs.append((i,"defector-not-person",d["defector"]))
        for k in ("from","to","post_host"):
            v = d.get(k)
            if v is not None and not C.match(v): errs.append((i,"def",k,v))
            if v is not None and v not in x["countries"]: errs.append((i,"def-notincountries",v))
        if d.get("date") is not None and not D.match(d["date"]): errs.append((i,"ddate",d))
    for a in x["agreements"]:
        for p in a["parties"]:
            if not C.match(p): errs.append((i,"party",p))
            elif p not in x["countries"]: errs.append((i,"party-notincountries",p))
        if a.get("date") is not None and not D.match(a["date"]): errs.append((i,"adate",a))
        if a.get("status") not in ST: errs.append((i,"status",a))
extra = set(g)-set(ids)
print("articles", len(ids), "gold", len(g), "extra", extra, "errors", errs)
for l in open(os.path.join(here,"corpus.jsonl")):
    a=json.loads(l); n=len(a["text"].split())
    if n<400 or n>1100: print("LEN", a["id"], n)
