"""Tiny helpers for writing cases by hand."""
L = "L"
E = "E"
STOP = ("AMAZON.StopIntent", {})
CANCEL = ("AMAZON.CancelIntent", {})
HELP = ("AMAZON.HelpIntent", {})
YES = ("AMAZON.YesIntent", {})
NO = ("AMAZON.NoIntent", {})


def I(name, utt=None, **slots):
    return (name, slots, utt) if utt else (name, slots)


def say(speech, reprompt=None, end=True, **extra):
    return (speech, reprompt, end, extra) if extra else (speech, reprompt, end)


def ask(speech, reprompt):
    return (speech, reprompt, False)


P_NAME = "alexa::profile:name:read"
P_GIVEN = "alexa::profile:given_name:read"
P_EMAIL = "alexa::profile:email:read"
P_PHONE = "alexa::profile:mobile_number:read"
P_ADDR = "read::alexa:device:all:address"
P_ZIP = "read::alexa:device:all:address:country_and_postal_code"
P_GEO = "alexa::devices:all:geolocation:read"
P_LISTR = "alexa::household:lists:read"
P_LISTW = "alexa::household:lists:write"
P_REMIND = "alexa::alerts:reminders:skill:readwrite"
STD = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]
