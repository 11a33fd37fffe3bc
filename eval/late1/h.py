def P(name, aliases=(), nat=None):
    d = {"name": name, "aliases": list(aliases)}
    if nat: d["nationality"] = nat
    return d
def E(s, h, city=None):
    d = {"sending": s, "host": h}
    if city: d["city"] = city
    return d
def D(who, frm, to, post, date, pos=None):
    d = {"defector": who, "from": frm, "to": to, "post_host": post, "date": date}
    if pos: d["position"] = pos
    return d
def A(name, aliases, parties, date, status):
    return {"name": name, "aliases": list(aliases), "parties": list(parties), "date": date, "status": status}
def G(countries=(), persons=(), not_persons=(), embassies=(), defections=(), agreements=()):
    return {"countries": list(countries), "persons": list(persons), "not_persons": list(not_persons),
            "embassies": list(embassies), "defections": list(defections), "agreements": list(agreements)}
