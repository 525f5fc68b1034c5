def T(u, i, say, rep=None, end=False, s=None, **kw):
    d = dict(u=u, i=i, say=say, rep=rep, end=end, s=s)
    d.update(kw)
    return d
def L(inv, say, rep=None, end=False, **kw):
    return T("open " + inv, "LaunchRequest", say, rep, end, **kw)
def R(shape, path, *sessions, **kw):
    d = dict(shape=shape, path=path, sessions=list(sessions)); d.update(kw); return d
def G(shape, path, *turns, **kw):
    d = dict(shape=shape, path=path, turns=list(turns)); d.update(kw); return d
def GT(u, i, say, expect=True, **kw):
    d = dict(u=u, i=i, say=say, expect=expect); d.update(kw); return d
CASES = []
def A(id, locale, inv, name, desc, cats, why, intents, recs, **kw):
    c = dict(id=id, locale=locale, inv=inv, name=name, desc=desc, cats=cats, why=why, intents=intents, recs=recs); c.update(kw)
    CASES.append(c)
