L = "LaunchRequest"; STOP = "AMAZON.StopIntent"; CANCEL = "AMAZON.CancelIntent"; HELP = "AMAZON.HelpIntent"
END = "SessionEndedRequest"; YES = "AMAZON.YesIntent"; NO = "AMAZON.NoIntent"; FB = "AMAZON.FallbackIntent"
P_ADDR = "alexa::devices:all:address:full:read"; P_POST = "alexa::devices:all:address:country_and_postal_code:read"
P_NAME = "alexa::profile:name:read"; P_GIVEN = "alexa::profile:given_name:read"; P_EMAIL = "alexa::profile:email:read"
P_PHONE = "alexa::profile:mobile_number:read"; P_GEO = "alexa::devices:all:geolocation:read"; P_LISTS = "alexa::household:lists:read"
P_LISTW = "alexa::household:lists:write"; P_REM = "alexa::alerts:reminders:skill:readwrite"


def brk(n, unit="s"):
    return f'<break time="{n}{unit}"/>'


def sp(x):
    return f"<speak>{x}</speak>"


def pol(slug, tld="co.uk"):
    return f"https://www.{slug}.{tld}/privacy-policy"
