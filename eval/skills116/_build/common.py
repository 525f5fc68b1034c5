CASES = []
L, S = "Launch", "Stop"


def T(req, s, r=None, end=False, utt=None, **kw):
    extra = dict(kw)
    if utt:
        extra["utt"] = utt
    return (req, s, r, end, extra)


def A(id, name, inv, loc, desc, intents, recs, labels, why, **kw):
    c = dict(id=id, name=name, inv=inv, loc=loc, desc=desc, intents=intents, recs=recs, labels=labels, why=why,
             platform=kw.pop("platform", "alexa"), slug=id.split("-", 1)[1])
    c.update(kw)
    CASES.append(c)
    return c


def G(id, platform, name, inv, loc, desc, intents, recs, labels, why, **kw):
    return A(id, name, inv, loc, desc, intents, recs, labels, why, platform=platform, **kw)
