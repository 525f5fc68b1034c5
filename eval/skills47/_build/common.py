# shared shorthands for the hand-written case files
L = "LaunchRequest"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"
YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
FALLBACK = "AMAZON.FallbackIntent"
END = "SessionEndedRequest"


def pol(host):
    return f"https://{host}/privacy-policy"
