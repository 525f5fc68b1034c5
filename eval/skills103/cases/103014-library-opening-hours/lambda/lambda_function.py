from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

sb = SkillBuilder()
HOURS = {"central": "nine till seven, Monday to Saturday", "headingley": "ten till five, closed Wednesdays"}

@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return handler_input.response_builder.speak("Which library branch?").ask("For example, say Central.").response

@sb.request_handler(can_handle_func=is_intent_name("HoursIntent"))
def hours(handler_input):
    b = handler_input.request_envelope.request.intent.slots["branch"].value or "central"
    return handler_input.response_builder.speak(f"{b.title()} Library is open {HOURS.get(b, 'nine till five')}.").set_should_end_session(True).response

lambda_handler = sb.lambda_handler()
