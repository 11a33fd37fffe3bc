import sys; sys.path.insert(0,"/work/newsets/obits")
import json, re, glob, importlib.util, sys
arts=[]
for f in sorted(glob.glob('/work/newsets/obits/batch*.py')):
    spec=importlib.util.spec_from_file_location(f.split('/')[-1][:-3], f)
    m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts+=m.ARTS
ids=[a[0]['id'] for a in arts]
assert len(ids)==len(set(ids)), 'dup ids'
D=re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
C=re.compile(r'^[A-Z]{3}$')
ST={'signed','in_force','suspended','terminated','withdrawn',None}
gold={}
for meta,g in arts:
    for k in ('id','title','published','source','text'): assert isinstance(meta[k],str) and meta[k], (meta['id'],k)
    assert re.match(r'^\d{4}-\d{2}-\d{2}$',meta['published'])
    for k in ('countries','persons','not_persons','embassies','defections','agreements'): g.setdefault(k,[])
    for c in g['countries']: assert C.match(c),(meta['id'],c)
    pn=set()
    for p in g['persons']:
        assert p['name'] in meta['text'] or meta['id'], p
        pn.add(p['name'])
        if 'nationality' in p: assert C.match(p['nationality']),(meta['id'],p)
        for a in p.get('aliases',[]): 
            if a not in meta['text']: print('WARN alias not in text',meta['id'],a)
        if p['name'] not in meta['text']: print('WARN name not in text',meta['id'],p['name'])
    for e in g['embassies']:
        assert C.match(e['sending']) and C.match(e['host']),(meta['id'],e)
        for c in (e['sending'],e['host']):
            if c not in g['countries']: print('WARN embassy country not in countries',meta['id'],c)
    for d in g['defections']:
        assert d['defector'] in pn,(meta['id'],d)
        for k in ('from','to','post_host'):
            assert d[k] is None or C.match(d[k]),(meta['id'],d)
            if d[k] and d[k] not in g['countries']: print('WARN def country not in countries',meta['id'],d[k])
        assert d['date'] is None or D.match(d['date']),(meta['id'],d)
    for a in g['agreements']:
        assert a['status'] in ST,(meta['id'],a)
        assert a['date'] is None or D.match(a['date']),(meta['id'],a)
        for c in a['parties']:
            assert C.match(c)
            if c not in g['countries']: print('WARN party not in countries',meta['id'],c)
    for s in g['not_persons']:
        if s not in meta['text']: print('WARN notperson not in text',meta['id'],s)
    gold[meta['id']]=g
with open('/work/newsets/obits/corpus.jsonl','w') as f:
    for meta,g in arts: f.write(json.dumps(meta,ensure_ascii=False)+'\n')
json.dump({'articles':gold},open('/work/newsets/obits/gold.json','w'),ensure_ascii=False,indent=1)
# re-validate files
for l in open('/work/newsets/obits/corpus.jsonl'):
    o=json.loads(l); assert set(o)>={'id','title','published','source','text'}; assert o['id'] in gold
wc=[len(m['text'].split()) for m,g in arts]
print('ok',len(arts),'articles; words min/max',min(wc),max(wc))
for m,g in arts: print(m['id'],len(m['text'].split()),m['published'])
