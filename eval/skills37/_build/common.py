from render import T

def R(shape, path, *sessions, **kw):
    return dict(shape=shape, path=path, sessions=list(sessions), **kw)

def K(id, locale, inv, name, summary, cats, why, recs, **kw):
    d = dict(id=id, locale=locale, inv=inv, name=name, summary=summary, cats=cats, why=why, recs=recs)
    d.update(kw)
    return d

BRK = '<speak><break time="10s"/><break time="10s"/></speak>'
BRK5 = '<speak><break time="5s"/><break time="5s"/><break time="5s"/></speak>'
INV = "\u2063\u2063\u2063"
ZW = "\u200b \u200b"
DOTS = ". . ."
EMPTYP = "<speak><p></p><p> </p></speak>"
SILENTMP3 = '<speak><audio src="https://cdn.example.net/media/quiet-30s.mp3"/></speak>'
PP = "https://{}.example.net/privacy"
