import logging
from ask_sdk_core.skill_builder import SkillBuilder
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()
@sb.request_handler(can_handle_func=lambda h: True)
def any_handler(h):
    logger.info("Request: %s", h.request_envelope)
    return h.response_builder.speak("Mm hm.").ask("Go on.").response
lambda_handler = sb.lambda_handler()
