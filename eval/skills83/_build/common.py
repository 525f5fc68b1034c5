CASES = []
def A(id, loc, inv, name, desc, cats, why, intents=(), recs=(), **kw):
    c = dict(id=id, slug=id.split("-", 1)[1], locale=loc, inv=inv, name=name, desc=desc, cats=list(cats), why=why,
             intents=list(intents), recs=list(recs), platform=kw.pop("platform", "alexa"))
    c.update(kw)
    CASES.append(c)
    return c
POL = "https://{}.example.org/datenschutz"
BRK = "<break time='10s'/>"
SQ = "AMAZON.SearchQuery"
