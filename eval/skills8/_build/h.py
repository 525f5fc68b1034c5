"""Small helpers for the hand-written case files."""
from render import T  # noqa

P_NAME = "alexa::profile:name:read"
P_GIVEN = "alexa::profile:given_name:read"
P_EMAIL = "alexa::profile:email:read"
P_PHONE = "alexa::profile:mobile_number:read"
P_ADDR = "read::alexa:device:all:address"
P_ZIP = "read::alexa:device:all:address:country_and_postal_code"
P_GEO = "alexa::devices:all:geolocation:read"
P_LREAD = "alexa::household:lists:read"
P_LWRITE = "alexa::household:lists:write"
P_REM = "alexa::alerts:reminders:skill:readwrite"
P_TIMER = "alexa::alerts:timers:skill:readwrite"


def A(id, locale, name, inv, summary, cats, why, **kw):
    d = dict(id=id, locale=locale, name=name, inv=inv, summary=summary, cats=cats, why=why)
    d.update(kw)
    return d


def askfor(scope):
    return [{"type": "Connections.SendRequest", "name": "AskFor", "payload": {"@type": "AskForPermissionsConsentRequest",
             "@version": "2", "permissionScopes": [{"permissionScope": scope, "consentLevel": "ACCOUNT"}]}, "token": ""}]


def consent_card(*perms):
    return {"type": "AskForPermissionsConsent", "permissions": list(perms)}


def play(url, token="t1", offset=0):
    return [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
             "audioItem": {"stream": {"url": url, "token": token, "offsetInMilliseconds": offset}}}]


L = "LaunchRequest"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"
YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
FALLBACK = "AMAZON.FallbackIntent"
