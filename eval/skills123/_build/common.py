from lib import T

Z = {
    "en": ["aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces"],
    "es": ["aries", "tauro", "géminis", "cáncer", "leo", "virgo", "libra", "escorpio", "sagitario", "capricornio", "acuario", "piscis"],
    "it": ["ariete", "toro", "gemelli", "cancro", "leone", "vergine", "bilancia", "scorpione", "sagittario", "capricorno", "acquario", "pesci"],
    "pt": ["áries", "touro", "gêmeos", "câncer", "leão", "virgem", "libra", "escorpião", "sagitário", "capricórnio", "aquário", "peixes"],
    "de": ["widder", "stier", "zwillinge", "krebs", "löwe", "jungfrau", "waage", "skorpion", "schütze", "steinbock", "wassermann", "fische"],
}
TAROT = ["the fool", "the magician", "the high priestess", "the empress", "the lovers", "the tower", "the star", "the moon", "the sun", "death", "the wheel of fortune"]


def L(utt, speech, reprompt=None, end=False):
    return T(utt, "LaunchRequest", speech, reprompt, end)


def I(utt, intent, speech, reprompt=None, end=False, **slots):
    return T(utt, intent, speech, reprompt, end, slots=slots)


def STOP(utt, speech, reprompt=None, end=True, intent="AMAZON.StopIntent"):
    return T(utt, intent, speech, reprompt, end)


def ENDED():
    return T("", "SessionEndedRequest", None, None, None)


def G(utt, intent, speech, reprompt=None, end=False, **slots):
    return T(utt, intent, speech, reprompt, end, slots=slots)


def C(platform, slug, locale, name, inv, desc, intents, recs, cats, why, **kw):
    d = dict(platform=platform, slug=slug, locale=locale, name=name, inv=inv, desc=desc, intents=intents, recs=recs,
             cats=sorted(cats), why=why)
    d.update(kw)
    return d
