from engine import build
CASES = []
POL = "https://%s.example.org/privacy"
def L(speech, rep=None, end=False): return ("LaunchRequest", None, None, speech, rep, end)
def I(intent, utter, slots, speech, rep=None, end=False): return (intent, utter, slots, speech, rep, end)
def STOP(speech, rep=None, end=True, utter="stop"): return ("AMAZON.StopIntent", utter, None, speech, rep, end)
def CANCEL(speech, rep=None, end=True, utter="cancel"): return ("AMAZON.CancelIntent", utter, None, speech, rep, end)
def R(path, shape, *turns, **kw):
    d = dict(path=path, shape=shape, turns=list(turns)); d.update(kw); return d
def C(id, name, inv, loc, desc, intents, recs, cats, why, **kw):
    d = dict(id=id, name=name, inv=inv, loc=loc, desc=desc, intents=intents, recs=recs, cats=cats, why=why); d.update(kw)
    CASES.append(d)
