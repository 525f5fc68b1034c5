"""Shared shorthands for the hand-written case files."""
from render import C, R, T

ADDR = "alexa::devices:all:address:full:read"
POSTAL = "alexa:devices:all:address:country_and_postal_code:read"
NAME = "alexa::profile:name:read"
GIVEN = "alexa::profile:given_name:read"
EMAIL = "alexa::profile:email:read"
PHONE = "alexa::profile:mobile_number:read"
GEO = "alexa::devices:all:geolocation:read"
LISTR = "alexa::household:lists:read"
LISTW = "alexa::household:lists:write"
REMIND = "alexa::alerts:reminders:skill:readwrite"
TIMERS = "alexa::alerts:timers:skill:readwrite"
AUTOPAY = "payments:autopay_consent"
PERSON = "alexa::person_id:read"
NOTIFY = "alexa::devices:all:notifications:write"


def pol(host):
    return f"https://{host}/privacy"
