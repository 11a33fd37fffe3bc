def P(name, aliases=(), nat=None):
    d={"name":name,"aliases":list(aliases)}
    if nat: d["nationality"]=nat
    return d
def E(s,h,city=None):
    d={"sending":s,"host":h}
    if city: d["city"]=city
    return d
def DF(who,fr,to,post,date,pos=None):
    d={"defector":who,"from":fr,"to":to,"post_host":post,"date":date}
    if pos: d["position"]=pos
    return d
def AG(name,aliases,parties,date,status):
    return {"name":name,"aliases":list(aliases),"parties":list(parties),"date":date,"status":status}
def A(id,title,published,source,text,countries=(),persons=(),not_persons=(),embassies=(),defections=(),agreements=()):
    text="\n".join(p.strip() for p in text.strip().split("\n\n"))
    return ({"id":id,"title":title,"published":published,"source":source,"text":text},
            {"countries":list(countries),"persons":list(persons),"not_persons":list(not_persons),
             "embassies":list(embassies),"defections":list(defections),"agreements":list(agreements)})
