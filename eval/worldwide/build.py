import json, re, glob, importlib.util, sys
arts = []
for f in sorted(glob.glob('batch*.py')):
    spec = importlib.util.spec_from_file_location(f[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts.extend(m.ARTICLES)
ids = [a['id'] for a in arts]
assert len(ids) == len(set(ids)), 'dup ids'
C3 = re.compile(r'^[A-Z]{3}$')
D = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
ST = {'signed','in_force','suspended','terminated','withdrawn',None}
gold = {}
with open('corpus.jsonl','w') as fo:
    for a in arts:
        text = '\n'.join(p.strip() for p in a['text'].strip().split('\n') if p.strip())
        rec = {'id':a['id'],'title':a['title'],'published':a['published'],'source':a['source'],'text':text}
        assert re.match(r'^\d{4}-\d{2}-\d{2}$', a['published'])
        fo.write(json.dumps(rec, ensure_ascii=False)+'\n')
        g = a['gold']
        for k in ['countries','persons','not_persons','embassies','defections','agreements']:
            g.setdefault(k, [])
        for c in g['countries']: assert C3.match(c), (a['id'], c)
        pn = set()
        for p in g['persons']:
            assert p['name'] and p['name'] in text, (a['id'], p['name'])
            pn.add(p['name'])
            for al in p.get('aliases', []): assert al in text, (a['id'], al)
            if 'nationality' in p: assert C3.match(p['nationality']), (a['id'], p)
        for n in g['not_persons']: assert n in text, (a['id'], n)
        for e in g['embassies']:
            assert C3.match(e['sending']) and C3.match(e['host']), (a['id'], e)
            assert e['sending'] in g['countries'] and e['host'] in g['countries'], (a['id'], e)
        for d in g['defections']:
            assert d['defector'] in pn, (a['id'], d)
            for k in ['from','to','post_host']:
                assert d[k] is None or C3.match(d[k]), (a['id'], d)
                assert d[k] is None or d[k] in g['countries'], (a['id'], k, d)
            assert d['date'] is None or D.match(d['date']), (a['id'], d)
        for ag in g['agreements']:
            assert ag['status'] in ST, (a['id'], ag)
            assert ag['date'] is None or D.match(ag['date']), (a['id'], ag)
            for p in ag['parties']: assert C3.match(p) and p in g['countries'], (a['id'], p)
        gold[a['id']] = g
json.dump({'articles': gold}, open('gold.json','w'), ensure_ascii=False, indent=1)
# re-validate written files
lines = open('corpus.jsonl').read().splitlines()
cids = []
for l in lines:
    r = json.loads(l); assert set(r) == {'id','title','published','source','text'}; cids.append(r['id'])
G = json.load(open('gold.json'))['articles']
assert set(cids) == set(G)
neg = sum(1 for g in G.values() if not g['defections'] and not g['agreements'])
print('articles', len(cids), 'persons', sum(len(g['persons']) for g in G.values()),
      'defections', sum(len(g['defections']) for g in G.values()),
      'agreements', sum(len(g['agreements']) for g in G.values()), 'negatives', neg,
      'words', sum(len(json.loads(l)['text'].split()) for l in lines))
