from render import T

BRK = '<speak><break time="10s"/></speak>'
ZW = "\u200b\u200b\u200b"

def S(*turns):
    return list(turns)

def R(shape, path, *sessions, **kw):
    d = dict(shape=shape, path=path, sessions=list(sessions))
    d.update(kw)
    return d

def C(id, loc, name, inv, desc, cats, why, intents, recs, plat="alexa", policy=None, **kw):
    d = dict(id=id, loc=loc, name=name, inv=inv, desc=desc, cats=cats, why=why, intents=intents, recs=recs, plat=plat, policy=policy)
    d.update(kw)
    return d
