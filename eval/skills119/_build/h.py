"""Small helpers for the hand-written case specs."""


def A(id, name, inv, locale, desc, model, rec, cats, why, **kw):
    d = dict(id=id, name=name, inv=inv, locale=locale, desc=desc, model=model, rec=rec, cats=cats, why=why, platform="alexa")
    d.update(kw)
    return d


def G(platform, id, name, inv, locale, desc, model, rec, cats, why, **kw):
    d = dict(id=id, name=name, inv=inv, locale=locale, desc=desc, model=model, rec=rec, cats=cats, why=why, platform=platform)
    d.update(kw)
    return d


def S(x):
    return "<speak>" + x + "</speak>"


POL = "https://{}/privacy"
