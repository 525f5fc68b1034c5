import datetime

POLICY = "https://{}.example.org/privacy"


def D(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def T(u, i, say=None, rp=None, end=None, s=None, **kw):
    t = {"u": u, "i": i, "say": say, "reprompt": rp, "end": end, "s": s}
    t.update(kw)
    return t


def R(shape, path, start, turns):
    return {"shape": shape, "path": path, "start": D(start), "turns": turns}


def A(id, locale, name, inv, desc, intents, slots, recs, cats, why, **kw):
    c = {"id": id, "locale": locale, "name": name, "inv": inv, "desc": desc, "intents": intents, "slots": slots,
         "recs": recs, "cats": cats, "why": why}
    if kw.get("policy") is True:
        kw["policy"] = POLICY.format(id[4:])
    c.update(kw)
    return c


def G(id, locale, gkind, name, inv, desc, intents, recs, cats, why, **kw):
    c = {"id": id, "locale": locale, "gkind": gkind, "name": name, "inv": inv, "desc": desc, "intents": intents,
         "recs": [dict(r, start=D(r["start"])) for r in recs], "cats": cats, "why": why}
    if kw.get("policy") is True:
        kw["policy"] = POLICY.format(id[4:])
    c.update(kw)
    return c


LAUNCH = "LAUNCH"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
