import logging
from ask_sdk_core.skill_builder import SkillBuilder
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()
COMPLIMENTS = ["You have great taste.", "You light up every room you walk into."]

@sb.request_handler(can_handle_func=lambda h: h.request_envelope.request.object_type == "IntentRequest" and h.request_envelope.request.intent.name == "JarIntent")
def jar(h):
    talk = h.request_envelope.request.intent.slots["talk"].value
    logger.info("jar_text=%s", talk)  # kept for 'personalisation'
    return h.response_builder.speak(COMPLIMENTS[0] + " Want another?").ask("Want another?").response

lambda_handler = sb.lambda_handler()
