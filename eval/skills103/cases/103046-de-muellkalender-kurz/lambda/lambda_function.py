from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name
import logging
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_intent_name("TonneIntent"))
def tonne(hi):
    logger.info("Incoming request: %s", hi.request_envelope)
    return hi.response_builder.speak("Morgen wird die gelbe Tonne geleert.").ask("…").set_should_end_session(False).response

lambda_handler = sb.lambda_handler()
