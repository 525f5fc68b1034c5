from render import T  # noqa

# silent / unpronounceable reprompts, each written out by hand
S_BREAK = '<speak><break time="10s"/><break time="10s"/></speak>'
S_BREAKMS = '<speak><break time="9000ms"/><break time="9000ms"/><break time="9000ms"/></speak>'
S_STRENGTH = '<speak><break strength="x-strong"/><break strength="x-strong"/><break strength="x-strong"/></speak>'
S_ZW = '\u200b\u200c\u200b\u200d'
S_WJ = '\u2060\u2060\u2060'
S_NBSP = '\u00a0 \u00a0'
S_PUNCT = '. . . ; . . .'
S_ESPUNCT = '¡…! ¿…?'
S_EMPTYP = '<speak><p></p><p> </p><s></s></speak>'
S_AUDIO = '<speak><audio src="https://cdn.ninna-nanna.example.it/audio/silenzio_30s.mp3"/></speak>'
S_IDEO = '\u3000\u3000\u3000'
S_JPUNCT = '<speak>。。。、、</speak>'

def C(id, loc, inv, name, desc, labels, why, intents=(), recs=(), platform="alexa", **kw):
    d = dict(id=id, loc=loc, inv=inv, name=name, desc=desc, labels=sorted(labels), why=why, intents=list(intents), recs=list(recs), platform=platform)
    d.update(kw)
    return d

def R(path, shape, *sessions, date="2024-05-14"):
    return dict(path=path, shape=shape, sessions=list(sessions), date=date)
