"""Compact constructors for case specs."""
from lib import T

ALL = []
OPEN = {"en": "open {}", "de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}", "ja": "{}を開いて", "pt": "abra {}"}
STOPW = {"en": "stop", "de": "stopp", "es": "para", "fr": "arrête", "it": "basta", "ja": "ストップ", "pt": "parar"}
PP = "https://{}/privacy"


def L(c_inv, sp, rp=None, end=False, loc="en", utter=None, **kw):
    return T("Launch", utter or OPEN[loc[:2]].format(c_inv), sp, rp, end, **kw)


def I(intent, utter, sp, rp=None, end=False, slots=None, **kw):
    return T(intent, utter, sp, rp, end, slots=slots, **kw)


def STOP(sp, rp=None, end=True, loc="en", cancel=False):
    return T("AMAZON.CancelIntent" if cancel else "AMAZON.StopIntent", "cancel" if cancel and loc[:2] == "en" else STOPW[loc[:2]], sp, rp, end)


def END(reason="USER_INITIATED"):
    return T("SessionEnded", "", None, None, None, status=reason)


def R(shape, path, date, sessions, **kw):
    return dict(shape=shape, path=path, date=date, sessions=sessions, **kw)


def A(id, loc, cats, why, name, inv, desc, intents, recs, types=None, category="GAMES", privacy=None, perms=None,
      child=False, examples=None, files=None, personal=None, **kw):
    """Alexa case."""
    lang = loc[:2]
    ex = examples or [f"Alexa, {OPEN[lang].format(inv)}" if lang != "ja" else f"アレクサ、{inv}を開いて"]
    skill = dict(name=name, inv=inv, desc=desc, category=category, privacy=privacy, perms=perms, child=child,
                 examples=ex, personal=personal if personal is not None else bool(perms), **kw.pop("skill", {}))
    c = dict(id=id, locale=loc, cats=cats, why=why, skill=skill, model=(intents, types), recs=recs, files=files or {}, **kw)
    ALL.append(c)
    return c


def G(id, loc, cats, why, name, inv, desc, google, recs, privacy=None, files=None):
    skill = dict(name=name, inv=inv, desc=desc, privacy=privacy or "")
    c = dict(id=id, locale=loc, cats=cats, why=why, skill=skill, google=google, recs=recs, files=files or {})
    ALL.append(c)
    return c


def LINK(host):
    """skill-package/accountLinking.json as kept by teams that version their account-linking config."""
    return {"accountLinkingRequest": {"type": "AUTH_CODE", "authorizationUrl": f"https://{host}/oauth2/authorize",
                                      "accessTokenUrl": f"https://{host}/oauth2/token", "clientId": "alexa-skill",
                                      "scopes": ["accounts.read"], "accessTokenScheme": "HTTP_BASIC",
                                      "domains": [host], "defaultTokenExpirationInSeconds": 3600,
                                      "skipOnEnablement": False, "voiceForwardAccountLinking": "DISABLED"}}
