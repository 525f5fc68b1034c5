def T(u, i, s, r=None, end=False, slots=None, **kw):
    d = {"u": u, "i": i, "s": s, "r": r, "end": end}
    if slots: d["slots"] = slots
    d.update(kw); return d
L = "LaunchRequest"; STOP = "AMAZON.StopIntent"; CANCEL = "AMAZON.CancelIntent"; HELP = "AMAZON.HelpIntent"; YES = "AMAZON.YesIntent"; NO = "AMAZON.NoIntent"
END = {"u": "", "i": "SessionEndedRequest"}
def M(intents, types=None, slots=None): return (intents, types or {}, slots or {})
def PERM(*p): return {"type": "AskForPermissionsConsent", "permissions": list(p)}
def G(u, s, expect=True, nip=None, **kw):
    d = {"u": u, "s": s, "expect": expect, "nip": nip}; d.update(kw); return d
POL = lambda host: f"https://{host}/privacy"
