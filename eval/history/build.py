import json, re, glob, importlib.util, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
arts = []
for f in sorted(glob.glob('src/batch*.py')):
    spec = importlib.util.spec_from_file_location(f[4:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.ARTICLES
STAT = {"signed","in_force","suspended","terminated","withdrawn",None}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
CC = re.compile(r'^[A-Z]{3}$')
errs = []
ids = set()
for a in arts:
    i = a['id']; g = a['gold']; t = a['text']
    if i in ids: errs.append(f'dup {i}')
    ids.add(i)
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', a['published']): errs.append(f'{i} published')
    for c in g['countries']:
        if not CC.match(c): errs.append(f'{i} cc {c}')
    pn = {p['name'] for p in g['persons']}
    for p in g['persons']:
        for n in [p['name']] + p.get('aliases', []):
            if n not in t: errs.append(f'{i} person form not in text: {n}')
        if 'nationality' in p and not CC.match(p['nationality']): errs.append(f'{i} nat {p}')
    for n in g['not_persons']:
        if n not in t: errs.append(f'{i} not_person not in text: {n}')
    for e in g['embassies']:
        for k in ('sending','host'):
            if e[k] not in g['countries']: errs.append(f'{i} embassy {k} {e[k]} not in countries')
        if e.get('city') and e['city'].lower() not in t.lower(): errs.append(f'{i} emb city {e}')
    for d in g['defections']:
        if d['defector'] not in pn: errs.append(f'{i} defector not person {d["defector"]}')
        for k in ('from','to','post_host'):
            v = d[k]
            if v is not None and (not CC.match(v) or v not in g['countries']): errs.append(f'{i} defection {k} {v}')
        if d['date'] is not None and not DATE.match(d['date']): errs.append(f'{i} ddate {d["date"]}')
    for ag in g['agreements']:
        for p in ag['parties']:
            if not CC.match(p) or p not in g['countries']: errs.append(f'{i} party {p}')
        if ag['status'] not in STAT: errs.append(f'{i} status {ag["status"]}')
        if ag['date'] is not None and not DATE.match(ag['date']): errs.append(f'{i} adate {ag["date"]}')
        for n in [ag['name']] + ag.get('aliases', []):
            if n not in t: errs.append(f'{i} agreement form not in text: {n}')
if errs:
    print('\n'.join(errs)); sys.exit(1)
with open('corpus.jsonl','w') as f:
    for a in arts:
        f.write(json.dumps({k: a[k] for k in ('id','title','published','source','text')}, ensure_ascii=False) + '\n')
gold = {"articles": {}}
for a in arts:
    g = a['gold']
    gold['articles'][a['id']] = {k: g[k] for k in ('countries','persons','not_persons','embassies','defections','agreements')}
json.dump(gold, open('gold.json','w'), indent=1, ensure_ascii=False)
# re-validate written files
lines = [json.loads(l) for l in open('corpus.jsonl')]
G = json.load(open('gold.json'))['articles']
for l in lines:
    assert set(l) == {'id','title','published','source','text'} and all(isinstance(l[k], str) and l[k] for k in l)
    assert l['id'] in G
assert len(G) == len(lines)
neg = sum(1 for g in G.values() if not g['defections'] and not g['agreements'])
print('OK', len(lines), 'articles; persons', sum(len(g['persons']) for g in G.values()),
      'defections', sum(len(g['defections']) for g in G.values()), 'agreements', sum(len(g['agreements']) for g in G.values()), 'negatives', neg)
