import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

sb = SkillBuilder()
logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)

ROUNDS = [("Au", "gold"), ("Fe", "iron"), ("He", "helium"), ("Ne", "neon")]


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    handler_input.attributes_manager.session_attributes["round"] = 0
    q = f"Which element has the symbol {ROUNDS[0][0]}?"
    return handler_input.response_builder.speak("Round one. " + q).ask(q).response


@sb.request_handler(can_handle_func=is_intent_name("AnswerIntent"))
def answer(handler_input):
    attrs = handler_input.attributes_manager.session_attributes
    r = attrs.get("round", 0)
    nxt = ROUNDS[(r + 1) % len(ROUNDS)]
    attrs["round"] = r + 1
    q = f"Which element has the symbol {nxt[0]}?"
    speech = ("Correct! That's the end of round one, so say goodbye to the noble gases. "
              "Round two starts now: " + q)
    return handler_input.response_builder.speak(speech).ask(q).response


@sb.request_handler(can_handle_func=lambda h: is_intent_name("AMAZON.StopIntent")(h) or is_intent_name("AMAZON.CancelIntent")(h))
def stop(handler_input):
    return handler_input.response_builder.speak("Thanks for playing Element Rounds. Goodbye!").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
