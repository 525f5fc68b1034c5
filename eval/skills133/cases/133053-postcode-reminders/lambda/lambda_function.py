import json
import logging

from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger()
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    logger.info("Request Envelope: %s", json.dumps(handler_input.request_envelope.to_dict(), default=str))
    speech = "To match you with your surgery, what's your postcode?"
    return handler_input.response_builder.speak(speech).ask("What's your postcode?").response


@sb.request_handler(can_handle_func=is_intent_name("PostcodeIntent"))
def postcode(handler_input):
    pc = handler_input.request_envelope.request.intent.slots["pc"].value
    handler_input.attributes_manager.persistent_attributes["postcode"] = pc
    return (handler_input.response_builder
            .speak("Thanks. And your date of birth, and any long-term conditions we should know about?")
            .ask("Your date of birth?").response)


lambda_handler = sb.lambda_handler()
