"""Small helpers shared by the hand-written case files."""
from render import T, hexid

ALL = []

# silent or unpronounceable reprompts (each used by different cases)
BRK = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'
ZWSP = "\u200b\u200b\u200b"
WJ = "\u2060\u2060"
ISEP = "\u2063"
DOTS = "… … …"
EMPTYP = "<speak><p></p><p></p><p></p></speak>"
SILENT_MP3 = '<speak><audio src="https://cdn.nachtlicht-media.example/loops/silence_240s.mp3"/></speak>'
IDEO = "\u3000\u3000\u3000"
PUNCT = "<speak>. , ; . , ;</speak>"
SPARA = '<speak><p><break time="8s"/></p><p><break strength="x-strong"/></p></speak>'

def R(shape, path, sessions, ts="2024-05-04T18:00:00Z", tag="", **kw):
    d = {"shape": shape, "path": path, "sessions": sessions, "ts": ts, "tag": tag}
    d.update(kw)
    return d

def case(cid, name, loc, inv, summary, intents, recs, cats, why, **kw):
    c = {"id": cid, "name": name, "locale": loc, "invocation": inv, "summary": summary, "intents": intents,
         "recs": recs, "cats": cats, "why": why}
    c.update(kw)
    c.setdefault("project", cid[4:] + "-" + hexid(cid, n=5).lower())
    ALL.append(c)
    return c

def L(say, rep=None, user="open it"):
    return T(user, "LaunchRequest", say, rep, False)

def STOP(say, rep=None, end=True, user="stop"):
    return T(user, "AMAZON.StopIntent", say, rep, end)

def CANCEL(say, rep=None, end=True, user="cancel"):
    return T(user, "AMAZON.CancelIntent", say, rep, end)

def ENDED():
    return T("", None, None, None, None, kind="end")
