import json, re, glob, importlib.util, os
D='/work/newsets/pacts'
arts=[]
for f in sorted(glob.glob(D+'/src/batch*.py')):
    spec=importlib.util.spec_from_file_location(os.path.basename(f)[:-3],f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts+=m.ARTS
ids=[a[0]['id'] for a in arts]
assert len(ids)==len(set(ids)), 'dup ids'
ST={'signed','in_force','suspended','terminated','withdrawn',None}
dre=re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
c3=re.compile(r'^[A-Z]{3}$')
gold={}
for meta,g in arts:
    for k in ('id','title','published','source','text'): assert isinstance(meta.get(k),str) and meta[k], (meta.get('id'),k)
    assert re.match(r'^\d{4}-\d{2}-\d{2}$',meta['published'])
    g.setdefault('not_persons',[]); g.setdefault('embassies',[]); g.setdefault('defections',[]); g.setdefault('persons',[]); g.setdefault('agreements',[])
    for c in g['countries']: assert c3.match(c),(meta['id'],c)
    for p in g['persons']:
        assert p['name'] in meta['text'] or meta['id'], p
        for a in [p['name']]+p.get('aliases',[]):
            assert a in meta['text'], (meta['id'],'person form missing',a)
        if 'nationality' in p: assert c3.match(p['nationality'])
    for e in g['embassies']:
        assert c3.match(e['sending']) and c3.match(e['host']), meta['id']
        assert e['sending'] in g['countries'] and e['host'] in g['countries'], (meta['id'],e)
    for a in g['agreements']:
        assert a['status'] in ST,(meta['id'],a)
        assert a['date'] is None or dre.match(a['date']),(meta['id'],a)
        for c in a['parties']: assert c3.match(c) and c in g['countries'],(meta['id'],c)
        for n in [a['name']]+a.get('aliases',[]):
            assert n in meta['text'], (meta['id'],'agreement form missing',n)
    for n in g['not_persons']: assert n in meta['text'],(meta['id'],n)
    gold[meta['id']]=g
with open(D+'/corpus.jsonl','w') as f:
    for meta,g in arts: f.write(json.dumps(meta,ensure_ascii=False)+'\n')
json.dump({'articles':gold},open(D+'/gold.json','w'),ensure_ascii=False,indent=1)
# re-validate files
lines=[json.loads(l) for l in open(D+'/corpus.jsonl')]
G=json.load(open(D+'/gold.json'))['articles']
assert all(l['id'] in G for l in lines) and len(G)==len(lines)
print('ok',len(lines),'articles; persons',sum(len(g['persons']) for g in G.values()),'agreements',sum(len(g['agreements']) for g in G.values()),'defections',sum(len(g['defections']) for g in G.values()),'negatives',sum(1 for g in G.values() if not g['agreements'] and not g['defections']))
