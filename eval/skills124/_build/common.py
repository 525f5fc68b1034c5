from lib import *

POL = "https://{}.example-privacy.net/privacy"


def A(cid, loc, name, inv, intents, turns, shape, where, cats, why, drift=None, types=(), perms=(), policy=None, **kw):
    """Alexa case. drift=(turns_later, shape2, where2) renders a second, later recording."""
    rkw = {k: kw.pop(k) for k in ("text", "py", "kw") if k in kw}
    iv = inv if isinstance(inv, str) else list(inv.values())[0]
    for t in turns + (drift[0] if drift else []):
        if t["intent"] == "LaunchRequest" and t["text"] == "open":
            t["text"] = {"de": "öffne", "nl": "open", "fr": "ouvre", "es": "abre", "pt": "abrir"}.get(loc[:2], "open") + " " + iv
    alexa_pkg(cid, [loc], name, inv, intents, types=types, perms=perms, policy=policy, **kw)
    shapes = [alexa_record(cid, loc, turns, shape, where, perms=bool(perms), **rkw)]
    if drift:
        t2, s2, w2 = drift
        shapes.append(alexa_record(cid, loc, t2, s2, w2, perms=bool(perms), seed="later"))
    label(cid, cats, loc, shapes, why)


def L(say, rep=None, end=False, **k):
    return T("LaunchRequest", say, rep, end, text=k.pop("text", "open"), **k)


def I(intent, text, say, rep=None, end=False, slots=None, **k):
    return T(intent, say, rep, end, slots=slots, text=text, **k)


def STOP(text, say, rep=None, end=True):
    return T("AMAZON.StopIntent", say, rep, end, text=text)
