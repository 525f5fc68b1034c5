def T(u, i, say, rp=None, end=None, s=None, **kw):
    d = {"u": u, "i": i, "say": say, "rp": rp, "end": end, "s": s or {}}
    d.update(kw)
    return d

L = lambda say, rp=None, end=False, **kw: T("", "Launch", say, rp, end, **kw)
STOP = lambda u, say, rp=None, end=True, **kw: T(u, "AMAZON.StopIntent", say, rp, end, **kw)

def A(cid, locale, inv, name, intents, recs, cats, why, **kw):
    d = dict(id=cid, locale=locale, inv=inv, name=name, intents=intents, recs=recs, cats=cats, why=why,
             policy=kw.pop("policy", "https://www.example.org/privacy"))
    d.update(kw)
    return d

ADDR = "read::alexa:device:all:address"
POST = "read::alexa:device:all:address:country_and_postal_code"
GEO = "alexa::devices:all:geolocation:read"
MAIL = "alexa::profile:email:read"
PHONE = "alexa::profile:mobile_number:read"
NAME = "alexa::profile:name:read"
GIVEN = "alexa::profile:given_name:read"
LISTR = "read::alexa:household:list"
LISTW = "write::alexa:household:list"
BR = '<break time="10s"/>'
