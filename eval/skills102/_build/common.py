CASES = []


def A(**c):
    c.setdefault("platform", "alexa")
    CASES.append(c)
    return c


G = A


def T(req, say, out, rep=None, end=None, **kw):
    d = dict(req=req, say=say, out=out, rep=rep, **kw)
    if end is not None:
        d["end"] = end
    return d


def I(name, samples, **slots):
    return {"name": name, "samples": samples, "slots": slots} if slots else {"name": name, "samples": samples}


BRK = '<speak><break time="10s"/><break time="10s"/></speak>'
