from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type
from moon import phase_tonight

sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    name, pct = phase_tonight()
    return handler_input.response_builder.speak(
        f"Tonight is a {name}, {pct} percent illuminated.").set_should_end_session(True).response

lambda_handler = sb.lambda_handler()
