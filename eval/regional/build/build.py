import json, re, glob, importlib.util, sys, os
items = []
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'batch*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    items.extend(m.ITEMS)
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ids = [it['id'] for it in items]
assert len(ids) == len(set(ids)), 'dup ids'
assert ids == ['reg-%03d' % i for i in range(len(ids))], ids
ST = {'signed','in_force','suspended','terminated','withdrawn',None}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
C = re.compile(r'^[A-Z]{3}$')
gold = {}
with open(os.path.join(out, 'corpus.jsonl'), 'w') as fo:
    for it in items:
        art = {k: it[k] for k in ('id','title','published','source','text')}
        art['text'] = art['text'].strip()
        assert DATE.match(art['published']) and len(art['published']) == 10
        fo.write(json.dumps(art, ensure_ascii=False) + '\n')
        g = it['gold']
        for k in ('countries','persons','not_persons','embassies','defections','agreements'):
            g.setdefault(k, [])
        for c in g['countries']: assert C.match(c), (it['id'], c)
        pnames = {p['name'] for p in g['persons']}
        for p in g['persons']:
            if 'nationality' in p: assert C.match(p['nationality']), (it['id'], p)
            for a in [p['name']] + p.get('aliases', []):
                assert a in art['text'], (it['id'], 'name not in text', a)
        for e in g['embassies']:
            assert C.match(e['sending']) and C.match(e['host']), (it['id'], e)
            assert e['sending'] in g['countries'] and e['host'] in g['countries'], (it['id'], e)
        for d in g['defections']:
            assert d['defector'] in pnames, (it['id'], d)
            for k in ('from','to','post_host'):
                assert d[k] is None or (C.match(d[k]) and d[k] in g['countries']), (it['id'], k, d)
            assert d['date'] is None or DATE.match(d['date']), (it['id'], d)
        for a in g['agreements']:
            for p in a['parties']: assert C.match(p) and p in g['countries'], (it['id'], a)
            assert a['date'] is None or DATE.match(a['date']), (it['id'], a)
            assert a['status'] in ST, (it['id'], a)
        for n in g['not_persons']: assert n in art['text'], (it['id'], n)
        gold[it['id']] = g
with open(os.path.join(out, 'gold.json'), 'w') as fo:
    json.dump({'articles': gold}, fo, ensure_ascii=False, indent=1)
# re-validate written files
lines = open(os.path.join(out, 'corpus.jsonl')).read().splitlines()
G = json.load(open(os.path.join(out, 'gold.json')))['articles']
for l in lines:
    a = json.loads(l); assert set(a) == {'id','title','published','source','text'}; assert a['id'] in G
neg = sum(1 for g in G.values() if not g['defections'] and not g['agreements'])
print('articles', len(lines), 'persons', sum(len(g['persons']) for g in G.values()),
      'defections', sum(len(g['defections']) for g in G.values()),
      'agreements', sum(len(g['agreements']) for g in G.values()), 'negatives', neg)
