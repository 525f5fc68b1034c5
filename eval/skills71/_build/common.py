"""Shared constants for the hand-written case files."""
from render import C, L, I, E, G  # noqa: F401

# silent or unpronounceable reprompts (each used by hand in specific cases)
BREAKS = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'
ZWSP = "\u200b\u200b\u200b"
EMPTY_P = "<speak><p></p><p></p><p></p></speak>"
SILENT_MP3 = '<speak><audio src="https://cdn.restbeat.example/audio/pad_silence_30s.mp3"/></speak>'
WORD_JOINER = "\u2060\u2060\u2060\u2060"
IDEO_SPACE = "\u3000\u3000\u3000"
JA_DOTS = "。。。"
PUNCT = "... ? !"

D0, D1, D2, D3 = "2025-05-12", "2025-06-03", "2025-07-19", "2025-08-28"
V1, V2 = "2025-02-10", "2025-09-22"

PP = "https://{}/privacy"

def pp(host):
    return f"https://{host}/legal/privacy"

P_EMAIL = "alexa::profile:email:read"
P_PHONE = "alexa::profile:mobile_number:read"
P_NAME = "alexa::profile:name:read"
P_GIVEN = "alexa::profile:given_name:read"
P_ADDR = "read::alexa:device:all:address"
P_POSTAL = "read::alexa:device:all:address:country_and_postal_code"
P_GEO = "alexa::devices:all:geolocation:read"
P_REMIND = "alexa::alerts:reminders:skill:readwrite"
P_LISTS_R = "alexa::household:lists:read"
P_LISTS_W = "alexa::household:lists:write"
P_PERSON = "alexa::person_id:read"


def consent(*perms):
    return {"type": "AskForPermissionsConsent", "permissions": list(perms)}


def card(title, content):
    return {"type": "Simple", "title": title, "content": content}
