import json, re, glob, importlib.util, sys
arts = []
for f in sorted(glob.glob('batch*.py')):
    spec = importlib.util.spec_from_file_location(f[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.ARTICLES
ids = [a['id'] for a in arts]
assert len(ids) == len(set(ids)), 'dup ids'
STAT = {'signed','in_force','suspended','terminated','withdrawn',None}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
C3 = re.compile(r'^[A-Z]{3}$')
gold = {}
with open('corpus.jsonl','w') as out:
    for a in arts:
        rec = {k: a[k] for k in ('id','title','published','source','text')}
        assert re.match(r'^\d{4}-\d{2}-\d{2}$', rec['published'])
        out.write(json.dumps(rec, ensure_ascii=False)+'\n')
        g = a['gold']
        for k in ('countries','persons','not_persons','embassies','defections','agreements'):
            g.setdefault(k, [])
        txt = a['text']
        for c in g['countries']: assert C3.match(c), (a['id'], c)
        pnames = {}
        for p in g['persons']:
            assert p['name'] in txt, (a['id'], 'name not in text', p['name'])
            for al in p.get('aliases', []): assert al in txt, (a['id'], 'alias not in text', al)
            if 'nationality' in p: assert C3.match(p['nationality']), (a['id'], p)
            pnames[p['name']] = p
        for n in g['not_persons']: assert n in txt, (a['id'], 'np', n)
        for e in g['embassies']:
            assert C3.match(e['sending']) and C3.match(e['host']), (a['id'], e)
            assert e['sending'] in g['countries'] and e['host'] in g['countries'], (a['id'], 'emb country not listed', e)
        for d in g['defections']:
            assert d['defector'] in pnames, (a['id'], 'defector not person', d)
            for k in ('from','to','post_host'):
                assert d.get(k) is None or (C3.match(d[k]) and d[k] in g['countries']), (a['id'], k, d)
            assert d.get('date') is None or DATE.match(d['date']), (a['id'], d)
        for ag in g['agreements']:
            assert ag['status'] in STAT, (a['id'], ag)
            assert ag.get('date') is None or DATE.match(ag['date']), (a['id'], ag)
            for p in ag['parties']: assert C3.match(p) and p in g['countries'], (a['id'], 'party', p)
        gold[a['id']] = g
json.dump({'articles': gold}, open('gold.json','w'), ensure_ascii=False, indent=1)
# re-validate from files
lines = [json.loads(l) for l in open('corpus.jsonl')]
G = json.load(open('gold.json'))['articles']
for l in lines:
    assert all(k in l for k in ('id','title','published','source','text'))
    assert l['id'] in G
print('OK', len(lines), 'articles;',
      sum(len(g['persons']) for g in G.values()), 'persons;',
      sum(len(g['defections']) for g in G.values()), 'defections;',
      sum(len(g['agreements']) for g in G.values()), 'agreements;',
      sum(1 for g in G.values() if not g['defections'] and not g['agreements']), 'negatives')
