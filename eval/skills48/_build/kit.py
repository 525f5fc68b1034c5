"""Tiny helpers so the hand-written case files stay short."""
from render import prompt

def T(u=None, i=None, say="", rp=None, end=None, **kw):
    """one turn: user utterance, intent, spoken answer, reprompt / no-input prompts, end-of-session flag"""
    d = dict(kw, say=say)
    if u is not None: d["u"] = u
    if i is not None: d["i"] = i
    if rp is not None: d["rp"] = rp
    d["end"] = end
    return d

def R(shape, path, turns, **kw):
    return dict(kw, shape=shape, path=path, turns=turns)

def case(id, plat, loc, inv, name, desc, cats, why, **kw):
    return dict(kw, id=id, plat=plat, loc=loc, inv=inv, name=name, desc=desc, cats=cats, why=why)

def M(*intents, **types):
    """interaction model: intents as (name, [samples], {slot: type}) tuples"""
    return {"intents": [i if len(i) == 3 else (i[0], i[1], None) for i in intents], "types": types}

NOINPUT = ["actions.intent.NO_INPUT_1", "actions.intent.NO_INPUT_2", "actions.intent.NO_INPUT_FINAL"]

def bscene(say, chips=None, card=None, noinput=None, routes=(), slots=None, cond=None, next=None):
    """Actions Builder scene: onEnter prompt, intent routes (intent, target scene, optional prompt), no-input prompts"""
    sc = {}
    if cond:
        sc["conditionalEvents"] = cond
    ie = []
    for r in routes:
        e = {"intent": r[0]}
        if len(r) > 2 and r[2]:
            e["handler"] = prompt(r[2])
        if r[1]:
            e["transitionToScene"] = r[1]
        ie.append(e)
    for k, p in zip(NOINPUT, noinput or []):
        e = {"intent": k, "handler": prompt(p, text="")}
        ie.append(e)
    if ie:
        sc["intentEvents"] = ie
    if say:
        sc["onEnter"] = prompt(say, chips=chips, card=card)
    if slots:
        sc["slots"] = slots
    if next:
        sc.setdefault("onEnter", {})["transitionToScene"] = next
    return sc

def cxf(*texts):
    return {"messages": [t if isinstance(t, dict) else {"text": {"text": [t]}} for t in texts]}

def cxroute(intent=None, say=None, target=None, cond=None):
    r = {}
    if intent: r["intent"] = intent
    if cond: r["condition"] = cond
    if say: r["triggerFulfillment"] = cxf(*(say if isinstance(say, list) else [say]))
    if target: r["targetPage"] = target
    return r

def cxev(event, *texts, target=None):
    e = {"event": event, "triggerFulfillment": cxf(*texts)}
    if target: e["targetPage"] = target
    return e

def dfi(name, phrases, say=None, google=(), **kw):
    return dict(kw, name=name, phrases=phrases, say=say, google=list(google))

def gsimple(tts, display=None):
    return {"type": "simple_response", "textToSpeech": tts, "displayText": display if display is not None else tts}

def gchips(*t):
    return {"type": "suggestion_chips", "suggestions": [{"suggestion": x} for x in t]}

def gcard(title, text):
    return {"type": "basic_card", "title": title, "formattedText": text, "buttons": []}
