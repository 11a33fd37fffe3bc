import json, re, glob, importlib.util, sys, os
os.chdir('/work/newsets/late2')
arts = []
for f in sorted(glob.glob('batches/b*.py'), key=lambda p: int(re.findall(r'\d+', os.path.basename(p))[0])):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.A
ids = [a['id'] for a in arts]
assert len(ids) == len(set(ids)), 'dup ids'
with open('corpus.jsonl', 'w') as fo:
    for a in arts:
        fo.write(json.dumps({k: a[k] for k in ('id','title','published','source','text')}, ensure_ascii=False) + '\n')
json.dump({'articles': {a['id']: a['gold'] for a in arts}}, open('gold.json','w'), ensure_ascii=False, indent=1)
# validate
ST = {'signed','in_force','suspended','terminated','withdrawn',None}
C = re.compile(r'^[A-Z]{3}$'); D = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
gold = json.load(open('gold.json'))['articles']
import datetime
for line in open('corpus.jsonl'):
    r = json.loads(line)
    for k in ('id','title','published','source','text'): assert r.get(k), (r.get('id'), k)
    datetime.date.fromisoformat(r['published'])
    g = gold[r['id']]
    wc = len(r['text'].split())
    assert 100 <= wc <= 900, (r['id'], wc)
    names = {p['name'] for p in g['persons']}
    for c in g['countries']: assert C.match(c), (r['id'], c)
    for e in g['embassies']: assert C.match(e['sending']) and C.match(e['host']), (r['id'], e)
    for d in g['defections']:
        assert d['defector'] in names, (r['id'], d['defector'])
        for k in ('from','to','post_host'):
            assert d[k] is None or C.match(d[k]), (r['id'], k, d[k])
        assert d['date'] is None or D.match(d['date']), (r['id'], d['date'])
        assert d['date'] is None or d['date'] <= r['published'], (r['id'], 'future date')
        for k in ('from','to','post_host'):
            if d[k]: assert d[k] in g['countries'], (r['id'], 'country missing', d[k])
    for a in g['agreements']:
        assert a['status'] in ST, (r['id'], a['status'])
        assert a['date'] is None or D.match(a['date']), (r['id'], a['date'])
        for p in a['parties']: assert C.match(p) and p in g['countries'], (r['id'], p)
    for e in g['embassies']:
        assert e['sending'] in g['countries'] and e['host'] in g['countries'], (r['id'], e)
    for p in g['persons']:
        if 'nationality' in p: assert C.match(p['nationality'])
    # aliases appear in text
    for p in g['persons']:
        for n in [p['name']] + p['aliases']:
            if n not in r['text']: print('WARN name not in text', r['id'], n)
    print(r['id'], wc, 'def', len(g['defections']), 'agr', len(g['agreements']))
assert set(gold) == set(ids)
print('OK', len(ids))
