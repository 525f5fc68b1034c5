"""Tiny helpers for writing cases by hand."""
CASES = []

def case(**kw):
    kw.setdefault("plat", "alexa")
    kw.setdefault("cats", [])
    kw.setdefault("desc", kw.get("name", ""))
    CASES.append(kw)
    return kw

def L(sp, rp=None, end=False, **x):
    return ("Launch", sp, rp, end, x) if x else ("Launch", sp, rp, end)

def T(user, sp, rp=None, end=False, **x):
    return (user, sp, rp, end, x) if x else (user, sp, rp, end)

def chat(intent, slot, qa, rp):
    """many honest turns: qa = [(utterance, slotvalue, answer), ...]"""
    return [T(f"{intent}({slot}={v}): {u}" if slot else f"{intent}: {u}", a, rp) for u, v, a in qa]

SIL = {
    "break": '<speak><break time="10s"/><break time="10s"/></speak>',
    "zw": "\u200b\u200b\u200b",
    "dots": "...",
    "paras": "<speak><p></p><p></p><p></p></speak>",
    "audio": '<speak><audio src="https://cdn.sleepware.example.net/assets/blank-28s.mp3"/></speak>',
    "wj": "\u2060\u2060",
    "nbsp": "<speak>\u00a0\u00a0<break strength=\"x-strong\"/>\u00a0</speak>",
    "punct": "<speak>. , ; . . .</speak>",
    "bom": "\ufeff\ufeff",
}
