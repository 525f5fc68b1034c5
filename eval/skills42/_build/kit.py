"""Small constructors used by the hand-written case files."""
from render import T, G, sp  # noqa: F401

PP = "https://{}/privacy"


def ALX(name, inv, locale, intents, types=None, privacy=None, perms=None, child=False, category="LIFESTYLE",
        summary="", desc=None, examples=None, account_linking=None, code=None, extra=None, personal=None, events=None,
        interfaces=None):
    models = {locale: dict(inv=inv, intents=intents, types=types or [], summary=summary, description=desc or summary,
                           examples=examples or [], name=name)}
    for loc, m in (extra or {}).items():
        models[loc] = dict(dict(name=name, summary=summary, description=desc or summary, examples=[]), **m)
    return dict(platform="alexa", name=name, models=models, privacy=privacy, perms=perms or [], child=child,
                category=category, summary=summary, description=desc or summary, account_linking=account_linking,
                code=code, personal=personal if personal is not None else bool(perms), events=events, interfaces=interfaces)


def scene(intents, noinput=None, ends=(), onenter="main", extra=None):
    ie = []
    for n in intents:
        e = {"intent": n, "handler": {"webhookHandler": n.lower()}}
        if n in ends:
            e["transitionToScene"] = "actions.scene.END_CONVERSATION"
        ie.append(e)
    for i, txt in enumerate(noinput or []):
        ie.append({"intent": f"actions.intent.NO_INPUT_{'FINAL' if i == 2 else i + 1}", "handler": sp(txt)})
    d = {"onEnter": {"webhookHandler": onenter}, "intentEvents": ie}
    if extra:
        d.update(extra)
    return d


def GGL(kind, name, inv, locale, intents, types=None, privacy=None, category="LIFESTYLE", summary="", desc=None,
        examples=None, account_linking=None, code=None, scenes=None, child=False, noinput=None, ends=(), perms=None, tz=None):
    p = dict(platform="google", kind=kind, name=name, inv=inv, locale=locale, intents=intents, types=types or [],
             privacy=privacy, category=category, summary=summary, description=desc or summary,
             examples=examples or [f"Talk to {name}"], account_linking=account_linking, code=code, child=child, perms=perms)
    if tz:
        p['tz'] = tz
    if kind == "builder":
        p["scenes"] = scenes or {"Main": scene([i[0] for i in intents], noinput, ends)}
        p["handlers"] = ["greeting", "main"] + [i[0].lower() for i in intents]
    return p


def case(cid, pkg, recs, cats, why, **kw):
    return dict(id=cid, pkg=pkg, recs=recs, cats=sorted(cats), why=why, **kw)


def policy(domain):
    return f"https://{domain}/privacy"
