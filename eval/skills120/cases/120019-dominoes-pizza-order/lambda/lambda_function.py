from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name
import logging
logger = logging.getLogger()
logger.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(hi):
    return hi.response_builder.speak("Welcome back. Shall I order your usual margherita?").ask("Say order my usual.").response

@sb.request_handler(can_handle_func=is_intent_name("OrderUsualIntent"))
def usual(hi):
    return hi.response_builder.speak("Done. Your margherita will be there in about forty minutes.").set_should_end_session(True).response

lambda_handler = sb.lambda_handler()
