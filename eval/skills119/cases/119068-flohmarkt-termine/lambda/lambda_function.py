from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type

sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    text = "Der nächste Flohmarkt ist am Samstag auf dem Mauerpark-Gelände. Viel Spaß!"
    return handler_input.response_builder.speak(text).set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
