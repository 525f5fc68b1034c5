"""Tiny shorthands used by the hand-written case files."""


def A(id, locale, name, inv, desc, model, recs, cats, why, **kw):
    c = dict(id=id, locale=locale, name=name, inv=inv, desc=desc, model=model, recs=recs, cats=cats, why=why,
             slug=id.split("-", 1)[1])
    c.update(kw)
    return c


def G(id, locale, gkind, name, inv, desc, model, recs, cats, why, **kw):
    return A(id, locale, name, inv, desc, model, recs, cats, why, platform="google", gkind=gkind, **kw)


def L(say, re=None, end=False, **kw):
    d = dict(u="", intent="Launch", say=say, re=re, end=end)
    d.update(kw)
    return d


def U(u, intent, say, re=None, end=False, slots=None, **kw):
    d = dict(u=u, intent=intent, say=say, re=re, end=end, slots=slots or {})
    d.update(kw)
    return d


def STOP(u, say, re=None, end=True, intent="AMAZON.StopIntent"):
    return dict(u=u, intent=intent, say=say, re=re, end=end)


def ENDED():
    return dict(u="", intent="SessionEnded")


def GT(u, intent, say, end=False, **kw):
    d = dict(u=u, intent=intent, say=say, end=end)
    d.update(kw)
    return d


def S(samples, **slots):
    return {"slots": slots, "samples": samples}


def GP(samples, **params):
    return {"params": params, "samples": samples}


BRK = '<break time="10s"/>'
