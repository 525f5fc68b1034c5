from render import T

def A(id, loc, name, inv, cat, why, summary, intents, rec, **kw):
    d = dict(id=id, loc=loc, name=name, inv=inv, cat=cat, why=why, summary=summary, intents=intents, rec=rec)
    d.update(kw)
    return d

def G(id, loc, name, cat, why, files, rec, **kw):
    d = dict(id=id, loc=loc, name=name, cat=cat, why=why, files=files, rec=rec, platform="google", inv=name, summary="")
    d.update(kw)
    return d

L = lambda say, rp=None, end=None, **k: T(None, "LAUNCH", say, rp, end, **k)
STOP = lambda u, say, rp=None, end=True, **k: T(u, "AMAZON.StopIntent", say, rp, end, **k)
