from render import T
def A(cid, locale, cats, why, **kw):
    d = dict(cid=cid, locale=locale, cats=cats, why=why, platform="alexa")
    d.update(kw)
    return d
def G(cid, locale, kind, cats, why, **kw):
    d = dict(cid=cid, locale=locale, kind=kind, cats=cats, why=why, platform="google")
    d.update(kw)
    return d
def AUDIO(url, token="t1", behavior="REPLACE_ALL"):
    return {"type": "AudioPlayer.Play", "playBehavior": behavior, "audioItem": {"stream": {"url": url, "token": token, "offsetInMilliseconds": 0}}}
STOPAUDIO = {"type": "AudioPlayer.Stop"}
def BRK(n, s="10s"):
    return "".join(f'<break time="{s}"/>' for _ in range(n))
def CARD(title, content):
    return {"type": "Simple", "title": title, "content": content}
def PERMCARD(*perms):
    return {"type": "AskForPermissionsConsent", "permissions": list(perms)}
def MEDIA(name, url, desc=""):
    return {"mediaResponse": {"mediaType": "AUDIO", "mediaObjects": [{"name": name, "description": desc, "contentUrl": url}]}}
P_NAME = "alexa::profile:name:read"; P_GIVEN = "alexa::profile:given_name:read"; P_EMAIL = "alexa::profile:email:read"
P_MOBILE = "alexa::profile:mobile_number:read"; P_ADDR = "read::alexa:device:all:address"; P_POSTAL = "read::alexa:device:all:address:country_and_postal_code"
P_GEO = "alexa::devices:all:geolocation:read"; P_LISTR = "alexa::household:lists:read"; P_LISTW = "alexa::household:lists:write"
P_REM = "alexa::alerts:reminders:skill:readwrite"; P_TIMER = "alexa::alerts:timers:skill:readwrite"; P_PERSON = "alexa::person_id:read"
P_PAY = "payments:autopay_consent"
