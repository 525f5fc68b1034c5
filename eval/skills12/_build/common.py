L = "Launch"
END = "End"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"
YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
FB = "AMAZON.FallbackIntent"
NEXT = "AMAZON.NextIntent"


def rec(shape, path, sessions, **kw):
    d = {"shape": shape, "path": path, "sessions": sessions}
    d.update(kw)
    return d


def consent(*perms):
    return {"card": {"type": "AskForPermissionsConsent", "permissions": list(perms)}}


def audio(url, token="t1"):
    return {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                            "audioItem": {"stream": {"url": url, "token": token, "offsetInMilliseconds": 0}}}]}


P_ADDR = "alexa::devices:all:address:full:read"
P_POST = "alexa::devices:all:address:country_and_postal_code:read"
P_EMAIL = "alexa::profile:email:read"
P_PHONE = "alexa::profile:mobile_number:read"
P_NAME = "alexa::profile:name:read"
P_GIVEN = "alexa::profile:given_name:read"
P_GEO = "alexa::devices:all:geolocation:read"
P_LR = "alexa::household:lists:read"
P_LW = "alexa::household:lists:write"
P_REM = "alexa::alerts:reminders:skill:readwrite"
