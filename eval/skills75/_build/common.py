from render import T  # noqa: F401


def C(id, locale, inv, name, desc, cats, why, rec, intents, platform="alexa", **kw):
    d = dict(id=id, locale=locale, inv=inv, name=name, desc=desc, cats=cats, why=why, rec=rec, intents=intents, platform=platform)
    d.update(kw)
    return d


def P(host):
    return "https://%s/privacy" % host


BRK = '<speak><break time="10s"/><break time="10s"/></speak>'
