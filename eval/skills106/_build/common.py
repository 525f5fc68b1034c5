"""Helpers used by the hand-written case files."""
CASES = []


def T(u, i, say, rp=None, end=False, **kw):
    d = dict(u=u, i=i, say=say, rp=rp, end=end)
    d.update(kw)
    return d


def A(id, name, inv, locale, desc, intents, cats, why, recs, **kw):
    """An Alexa case. recs: list of (shape, path, sessions[, kwargs])."""
    c = dict(id=id, platform="alexa", name=name, inv=inv, locale=locale, desc=desc, intents=intents,
             cats=sorted(cats), why=why, recs=recs)
    c.update(kw)
    CASES.append(c)
    return c


def G(id, kind, name, inv, locale, desc, cats, why, recs, **kw):
    """A Google case. kind: builder | actionsdk | dialogflow. recs: list of (shape, path, sessions)."""
    c = dict(id=id, platform=kind, name=name, inv=inv, locale=locale, desc=desc, cats=sorted(cats), why=why, recs=recs)
    c.update(kw)
    CASES.append(c)
    return c


# silence / near-silence building blocks (used in attack cases only)
BRK10x3 = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'
