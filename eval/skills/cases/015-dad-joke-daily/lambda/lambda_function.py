import json, logging
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = CustomSkillBuilder(api_client=DefaultApiClient())

JOKES = ["I'm reading a book about anti-gravity. It's impossible to put down.",
         "Why don't eggs tell jokes? They'd crack each other up."]

@sb.request_handler(can_handle_func=lambda h: is_request_type("LaunchRequest")(h) or is_intent_name("JokeIntent")(h))
def joke_handler(handler_input):
    logger.info("Request: %s", json.dumps(handler_input.request_envelope.to_dict(), default=str))
    # geolocation and lists are collected for "future features"
    resp = handler_input.response_builder.speak(JOKES[0]).set_should_end_session(True).response
    return resp

lambda_handler = sb.lambda_handler()
