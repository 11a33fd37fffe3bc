import json, re, glob, importlib.util, os
D = '/work/newsets/groups'
arts = []
for f in sorted(glob.glob(D + '/src/b[0-9]*.py')):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.A
ids = [a['id'] for a in arts]
assert len(ids) == len(set(ids)), 'dup ids'
with open(D + '/corpus.jsonl', 'w') as fh:
    for a in arts:
        fh.write(json.dumps({k: a[k] for k in ('id', 'title', 'published', 'source', 'text')}, ensure_ascii=False) + '\n')
gold = {'articles': {}}
for a in arts:
    g = a['gold']
    gold['articles'][a['id']] = {
        'countries': g.get('countries', []), 'persons': g.get('persons', []),
        'not_persons': g.get('not_persons', []), 'embassies': g.get('embassies', []),
        'defections': g.get('defections', []), 'agreements': g.get('agreements', [])}
json.dump(gold, open(D + '/gold.json', 'w'), ensure_ascii=False, indent=1)

# validate
ISO = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
C3 = re.compile(r'^[A-Z]{3}$')
ST = {'signed', 'in_force', 'suspended', 'terminated', 'withdrawn', None}
lines = open(D + '/corpus.jsonl').read().splitlines()
gold = json.load(open(D + '/gold.json'))
for ln in lines:
    o = json.loads(ln)
    for k in ('id', 'title', 'published', 'source', 'text'):
        assert isinstance(o.get(k), str) and o[k], (k, o.get('id'))
    assert re.match(r'^\d{4}-\d{2}-\d{2}$', o['published'])
    g = gold['articles'][o['id']]
    txt = o['text']
    for c in g['countries']: assert C3.match(c), (o['id'], c)
    pn = set()
    for p in g['persons']:
        assert p['name'] in txt or p['name'] in o['source'], (o['id'], 'name not in text', p['name'])
        for al in p.get('aliases', []): assert al in txt or al in o['source'], (o['id'], 'alias', al)
        if 'nationality' in p: assert C3.match(p['nationality']), (o['id'], p)
        pn.add(p['name'])
    for s in g['not_persons']: assert s in txt, (o['id'], 'np', s)
    for e in g['embassies']:
        assert C3.match(e['sending']) and C3.match(e['host']), (o['id'], e)
        assert e['sending'] in g['countries'] and e['host'] in g['countries'], (o['id'], 'emb country', e)
    for d in g['defections']:
        assert d['defector'] in pn, (o['id'], 'defector not person', d['defector'])
        for k in ('from', 'to', 'post_host'):
            v = d.get(k); assert v is None or (C3.match(v) and v in g['countries']), (o['id'], k, v)
        assert d['date'] is None or ISO.match(d['date']), (o['id'], d)
        assert d['date'] is None or d['date'] <= o['published'], (o['id'], 'future date', d)
    for a in g['agreements']:
        assert a['status'] in ST, (o['id'], a)
        assert a['date'] is None or ISO.match(a['date']), (o['id'], a)
        for p in a['parties']: assert C3.match(p) and p in g['countries'], (o['id'], 'party', p)
assert set(gold['articles']) == {json.loads(l)['id'] for l in lines}
n = lambda k: sum(len(g[k]) for g in gold['articles'].values())
neg = sum(1 for g in gold['articles'].values() if not g['defections'] and not g['agreements'])
print('articles', len(lines), 'persons', n('persons'), 'defections', n('defections'), 'agreements', n('agreements'), 'embassies', n('embassies'), 'negatives', neg)
