"""Shorthands for the hand-written case descriptions."""
from render import T

def A(id, loc, name, inv, desc, intents, recs, labels, why, **kw):
    return dict(id=id, platform="alexa", locale=loc, name=name, inv=inv, desc=desc, intents=intents,
                recs=recs, labels=labels, why=why, **kw)

def G(platform, id, loc, name, inv, desc, intents, recs, labels, why, **kw):
    return dict(id=id, platform=platform, locale=loc, name=name, inv=inv, desc=desc, intents=intents,
                recs=recs, labels=labels, why=why, **kw)

def L(say, rp=None, end=False, **kw):
    return T(None, "LaunchRequest", say, rp, end, **kw)

def I(name, samples, slots=None):
    return (name, samples, slots or {})

def ENDED(reason="USER_INITIATED"):
    return T(None, "SessionEndedRequest", None, end=None, s={"reason": reason})

# silent / unpronounceable reprompts (each used where noted)
BRK2 = '<speak><break time="10s"/><break time="10s"/></speak>'
BRK1 = '<speak><break time="10s"/></speak>'
ZW = "\u200b\u200c\u200b\u2060"
INVIS = "\u2063\u2063"
EMPTY_P = "<speak><p></p><p></p><p></p></speak>"
SILENT_MP3 = '<speak><audio src="https://cdn.kitchenware-audio.net/fx/blank-30s.mp3"/></speak>'
DOTS = "... ..."
SOFT0 = '<speak><prosody volume="silent">.</prosody><break time="8s"/></speak>'

POL = lambda host: f"https://{host}/privacy"
