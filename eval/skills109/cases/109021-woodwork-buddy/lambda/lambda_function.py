import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(h):
    return h.response_builder.speak("Workshop's open.").ask("Anything else?").response

@sb.request_handler(can_handle_func=is_intent_name("ListenIntent"))
def listen(h):
    phrase = h.request_envelope.request.intent.slots["phrase"].value
    logger.info("captured=%s", phrase)
    return h.response_builder.speak("Noted.").ask("Anything else?").response

lambda_handler = sb.lambda_handler()
