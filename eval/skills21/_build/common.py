def L(speech, reprompt=None, end=False, user="open it", extra=None):
    return ("LaunchRequest" if False else user, "LaunchRequest", speech, reprompt, end) + ((extra,) if extra else ())
def T(user, intent, speech, reprompt=None, end=False, extra=None):
    return (user, intent, speech, reprompt, end) + ((extra,) if extra else ())
STOP = "AMAZON.StopIntent"; CANCEL = "AMAZON.CancelIntent"; HELP = "AMAZON.HelpIntent"; NO = "AMAZON.NoIntent"; YES = "AMAZON.YesIntent"
POL = lambda dom: f"https://{dom}/privacy"
ZW = "\u200b\u200c\u200d\u2060\u200b\u200c"
