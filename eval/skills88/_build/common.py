def A(id, name, inv, locale, cats, why, intents, recs, desc=None, **kw):
    c = dict(id=id, name=name, inv=inv, locale=locale, cats=cats, why=why, intents=intents, recs=recs,
             desc=desc or name, policy=kw.pop("policy", f"https://{id[6:].replace('-', '')}.example.org/privacy"))
    c.update(kw)
    return c

NOPOL = None
L, S = "Launch", "SessionEnded"
BR10 = '<break time="10s"/>'
