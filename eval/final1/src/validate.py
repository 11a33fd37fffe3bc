import json,re
D='/work/newsets/final1/'
ids=[]
texts={}
for l in open(D+'corpus.jsonl'):
    a=json.loads(l)
    for k in ['id','title','published','source','text']: assert isinstance(a[k],str) and a[k],(a.get('id'),k)
    assert re.fullmatch(r'\d{4}-\d{2}-\d{2}',a['published'])
    ids.append(a['id']); texts[a['id']]=a['text']
assert len(ids)==len(set(ids))
g=json.load(open(D+'gold.json'))['articles']
assert set(ids)==set(g),set(ids)^set(g)
C=re.compile(r'^[A-Z]{3}$'); DT=re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
ST={'signed','in_force','suspended','terminated','withdrawn',None}
nd=na=npers=0;neg=0
for i,x in g.items():
    t=texts[i]
    for c in x['countries']: assert C.match(c),(i,c)
    for p in x['persons']:
        npers+=1
        assert p['name'] in t,(i,p['name'])
        for al in p.get('aliases',[]): assert al in t,(i,al)
        if 'nationality' in p: assert C.match(p['nationality']),(i,p)
    for n in x['not_persons']: assert n in t,(i,n)
    for e in x['embassies']:
        assert C.match(e['sending']) and C.match(e['host']),(i,e)
        assert e['sending'] in x['countries'] and e['host'] in x['countries'],(i,e)
    pn={p['name'] for p in x['persons']}
    for d in x['defections']:
        nd+=1
        assert d['defector'] in pn,(i,d)
        for k in ['from','to','post_host']:
            assert d[k] is None or (C.match(d[k]) and d[k] in x['countries']),(i,k,d)
        assert d['date'] is None or DT.match(d['date']),(i,d)
    for a in x['agreements']:
        na+=1
        assert a['status'] in ST,(i,a)
        assert a['date'] is None or DT.match(a['date']),(i,a)
        for p in a['parties']: assert C.match(p) and p in x['countries'],(i,a)
    if not x['defections'] and not x['agreements']: neg+=1
print(len(ids),'articles',npers,'persons',nd,'defections',na,'agreements',neg,'negatives')
