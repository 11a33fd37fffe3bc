import json, re, glob, importlib.util, sys
D='/work/newsets/news2/'
arts=[]
for f in sorted(glob.glob(D+'src/batch*.py')):
    spec=importlib.util.spec_from_file_location('m',f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts+=m.ARTS
ids=[a['id'] for a in arts]; assert len(ids)==len(set(ids)), 'dup ids'
ST={'signed','in_force','suspended','terminated','withdrawn',None}
DR=re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
C=re.compile(r'^[A-Z]{3}$')
gold={}
with open(D+'corpus.jsonl','w') as fo:
    for a in arts:
        t=a['text'].strip()
        rec={'id':a['id'],'title':a['title'],'published':a['published'],'source':a['source'],'text':t}
        fo.write(json.dumps(rec,ensure_ascii=False)+'\n')
        g=a['gold']; g.setdefault('countries',[]); g.setdefault('persons',[]); g.setdefault('not_persons',[]); g.setdefault('embassies',[]); g.setdefault('defections',[]); g.setdefault('agreements',[])
        gold[a['id']]={k:g[k] for k in ['countries','persons','not_persons','embassies','defections','agreements']}
json.dump({'articles':gold},open(D+'gold.json','w'),ensure_ascii=False,indent=1)
# validate
lines=open(D+'corpus.jsonl').read().splitlines()
G=json.load(open(D+'gold.json'))['articles']
warn=[]
for l in lines:
    r=json.loads(l)
    for k in ['id','title','published','source','text']: assert isinstance(r[k],str) and r[k], (r['id'],k)
    assert re.match(r'^\d{4}-\d{2}-\d{2}$',r['published'])
    g=G[r['id']]; txt=r['text']
    for c in g['countries']: assert C.match(c),(r['id'],c)
    pn=set()
    for p in g['persons']:
        pn.add(p['name'])
        if 'nationality' in p: assert C.match(p['nationality']),(r['id'],p)
        for n in [p['name']]+p.get('aliases',[]):
            if n not in txt: warn.append((r['id'],'person not in text',n))
    for e in g['embassies']:
        assert C.match(e['sending']) and C.match(e['host']),(r['id'],e)
        for k in ('sending','host'):
            if e[k] not in g['countries']: warn.append((r['id'],'emb country missing',e[k]))
    for d in g['defections']:
        assert d['defector'] in pn,(r['id'],d)
        for k in ('from','to','post_host'):
            assert d[k] is None or C.match(d[k]),(r['id'],d)
            if d[k] and d[k] not in g['countries']: warn.append((r['id'],'def country missing',d[k]))
        assert d['date'] is None or DR.match(d['date']),(r['id'],d)
    for a in g['agreements']:
        assert a['status'] in ST,(r['id'],a)
        assert a['date'] is None or DR.match(a['date']),(r['id'],a)
        for c in a['parties']:
            assert C.match(c)
            if c not in g['countries']: warn.append((r['id'],'party missing',c))
        for n in [a['name']]+a.get('aliases',[]):
            if n not in txt: warn.append((r['id'],'agr name not in text',n))
    for n in g['not_persons']:
        if n not in txt: warn.append((r['id'],'np not in text',n))
assert set(G)==set(json.loads(l)['id'] for l in lines)
for w in warn: print('WARN',w)
nd=sum(len(g['defections']) for g in G.values()); na=sum(len(g['agreements']) for g in G.values())
np_=sum(len(g['persons']) for g in G.values()); neg=sum(1 for g in G.values() if not g['defections'] and not g['agreements'])
wc=[len(json.loads(l)['text'].split()) for l in lines]
print(f'articles={len(lines)} persons={np_} defections={nd} agreements={na} negatives={neg} words min={min(wc)} max={max(wc)}')
print('def-arts',sum(1 for g in G.values() if g['defections'] and not g['agreements']),'agr-arts',sum(1 for g in G.values() if g['agreements'] and not g['defections']),'both',sum(1 for g in G.values() if g['agreements'] and g['defections']))
