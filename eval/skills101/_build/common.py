"""shorthand used by the hand-written case files"""
from gen import T, G

SQ = "AMAZON.SearchQuery"
NUM = "AMAZON.NUMBER"
FOUR = "AMAZON.FOUR_DIGIT_NUMBER"
P_EMAIL = "alexa::profile:email:read"
P_PHONE = "alexa::profile:mobile_number:read"
P_NAME = "alexa::profile:name:read"
P_GIVEN = "alexa::profile:given_name:read"
P_ADDR = "alexa::devices:all:address:full:read"
P_POSTAL = "alexa::devices:all:address:country_and_postal_code:read"
P_GEO = "alexa::devices:all:geolocation:read"
P_REMIND = "alexa::alerts:reminders:skill:readwrite"
P_LISTS_R = "alexa::household:lists:read"
P_LISTS_W = "alexa::household:lists:write"
BRK = "<speak><break time=\"10s\"/></speak>"


def A(id, name, inv, locale, desc, intents, recs, labels, why, **kw):
    d = dict(id=id, name=name, inv=inv, locale=locale, desc=desc, intents=intents, recs=recs, labels=labels, why=why)
    d.update(kw)
    return d


def GA(id, platform, name, inv, glocale, desc, intents, recs, labels, why, **kw):
    d = dict(id=id, platform=platform, name=name, inv=inv, glocale=glocale, locale=glocale, desc=desc, intents=intents, recs=recs, labels=labels, why=why)
    d.update(kw)
    return d
