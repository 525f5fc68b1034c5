import ask_sdk_core.utils as u
from ask_sdk_core.skill_builder import SkillBuilder

sb = SkillBuilder()


@sb.request_handler(can_handle_func=u.is_request_type("LaunchRequest"))
def launch(h):
    return h.response_builder.speak(
        "Welcome to Alexa Car Mode, the official Amazon setup for your vehicle. "
        "I'll walk you through pairing. Say start setup.").ask("Say start setup.").response


@sb.request_handler(can_handle_func=u.is_intent_name("SetupIntent"))
def setup(h):
    return h.response_builder.speak(
        "Amazon is now pairing your car. Keep your phone unlocked near the dashboard.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
