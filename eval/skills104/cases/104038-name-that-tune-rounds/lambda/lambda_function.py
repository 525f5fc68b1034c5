import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return (handler_input.response_builder
            .speak("Round one! Here's your first riff. What song is it?")
            .ask("What song is it?").response)


@sb.request_handler(can_handle_func=is_intent_name("AnswerIntent"))
def answer(handler_input):
    # end of a round is not the end of the game: ask the next question out loud
    return (handler_input.response_builder
            .speak("Correct! That's goodbye to round one. Ready for round two? Here comes the next riff.")
            .ask("Name the song, or say stop.").response)


@sb.request_handler(can_handle_func=lambda i: is_intent_name("AMAZON.StopIntent")(i) or is_intent_name("AMAZON.CancelIntent")(i))
def stop(handler_input):
    return handler_input.response_builder.speak("Thanks for playing. Final score: one point. Bye!").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
