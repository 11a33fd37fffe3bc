import json, re, sys, importlib, os
sys.path.insert(0, os.path.dirname(__file__))
D='/work/newsets/coldwire/'
batches=[b for b in sys.argv[1:]]
corpus=[];gold={}
for b in batches:
    m=importlib.import_module(b)
    for a,g in m.ITEMS:
        corpus.append(a); gold[a['id']]=g
with open(D+'corpus.jsonl','w') as f:
    for a in corpus: f.write(json.dumps(a,ensure_ascii=False)+'\n')
json.dump({'articles':gold},open(D+'gold.json','w'),ensure_ascii=False,indent=1)
# validate
ids=[]
iso=re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
for line in open(D+'corpus.jsonl'):
    a=json.loads(line); assert set(a)=={'id','title','published','source','text'},a.keys()
    assert re.match(r'^\d{4}-\d{2}-\d{2}$',a['published']); ids.append(a['id'])
G=json.load(open(D+'gold.json'))['articles']
assert set(ids)==set(G) and len(ids)==len(set(ids))
cc=re.compile(r'^[A-Z]{3}$')
ST={'signed','in_force','suspended','terminated','withdrawn',None}
text={json.loads(l)['id']:json.loads(l)['text'] for l in open(D+'corpus.jsonl')}
for i,g in G.items():
    for c in g['countries']: assert cc.match(c),(i,c)
    names=set()
    for p in g['persons']:
        if 'nationality' in p: assert cc.match(p['nationality']),(i,p)
        names.add(p['name'])
        for x in [p['name']]+p.get('aliases',[]):
            if x not in text[i]: print('WARN name not in text',i,x)
    for x in g['not_persons']:
        if x not in text[i]: print('WARN np not in text',i,x)
    for e in g['embassies']:
        assert cc.match(e['sending']) and cc.match(e['host']),(i,e)
        for k in (e['sending'],e['host']): assert k in g['countries'],(i,k)
    for d in g['defections']:
        assert d['defector'] in names,(i,d)
        for k in ('from','to','post_host'):
            assert d[k] is None or cc.match(d[k]),(i,d)
            if d[k]: assert d[k] in g['countries'],(i,d,k)
        assert d['date'] is None or iso.match(d['date']),(i,d)
    for ag in g['agreements']:
        assert ag['status'] in ST,(i,ag)
        assert ag['date'] is None or iso.match(ag['date']),(i,ag)
        for p in ag['parties']: assert cc.match(p) and p in g['countries'],(i,p)
print('OK',len(ids),'articles')
