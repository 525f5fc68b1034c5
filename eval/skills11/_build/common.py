from engine import T

CASES = []


def A(id, locale, name, inv, intents, recs, cats, why, types=None, **kw):
    c = {"id": id, "locale": locale, "name": name, "model": {"invocation": inv, "intents": intents, "types": types or {}},
         "recs": recs, "cats": cats, "why": why}
    c.update(kw)
    CASES.append(c)
    return c


def G(id, locale, kind, name, google, recs, cats, why, **kw):
    c = {"id": id, "locale": locale, "kind": kind, "name": name, "google": google, "recs": recs, "cats": cats, "why": why}
    c.update(kw)
    CASES.append(c)
    return c


def R(shape, path, turns, **kw):
    d = {"shape": shape, "path": path, "turns": turns}
    d.update(kw)
    return d


def GT(user, intent, speech, end=False, **kw):
    d = {"user": user, "intent": intent, "speech": speech, "end": end}
    d.update(kw)
    return d


S = lambda x: "<speak>" + x + "</speak>"
