import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type

from scores import tonight_summary

sb = SkillBuilder()
logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    text = "Scores Ticker. Tonight: " + tonight_summary()
    return handler_input.response_builder.speak(text).set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
