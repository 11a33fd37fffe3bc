import json, sys, re, importlib.util, os
D='/work/newsets/final1/'
spec=importlib.util.spec_from_file_location('b', sys.argv[1]); b=importlib.util.module_from_spec(spec); spec.loader.exec_module(b)
gp=D+'gold.json'
gold=json.load(open(gp)) if os.path.exists(gp) else {"articles":{}}
existing=set()
if os.path.exists(D+'corpus.jsonl'):
    existing={json.loads(l)['id'] for l in open(D+'corpus.jsonl')}
with open(D+'corpus.jsonl','a') as f:
    for a in b.ARTS:
        assert a['id'] not in existing, a['id']
        text='\n'.join(p.strip() for p in a['text'].strip().split('\n') if p.strip())
        f.write(json.dumps({"id":a['id'],"title":a['title'],"published":a['published'],"source":a['source'],"text":text},ensure_ascii=False)+'\n')
        g=a['gold']
        for k in ['countries','persons','not_persons','embassies','defections','agreements']: g.setdefault(k,[])
        gold['articles'][a['id']]=g
json.dump(gold,open(gp,'w'),indent=1,ensure_ascii=False)
