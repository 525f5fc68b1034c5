"""Shorthands used by the hand-written case files."""
def L(say, rp=None, end=False, **kw):
    d = dict(launch=True, say=say, rp=rp, end=end); d.update(kw); return d

def T(u, i, say, rp=None, end=False, s=None, **kw):
    d = dict(u=u, i=i, say=say, rp=rp, end=end, s=s); d.update(kw); return d

def E(u="", reason="USER_INITIATED"):
    return dict(u=u or "(session ended)", i="SessionEndedRequest", reason=reason)

def I(samples, **slots):
    return {"samples": samples, "slots": slots}

STD = ["AMAZON.StopIntent", "AMAZON.CancelIntent"]
