import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name

sb = SkillBuilder()
log = logging.getLogger()
log.setLevel(logging.INFO)

NOISE = '<audio src="https://d3k9x0storm.cloudfront.net/loops/pink-90s.mp3"/>'
DOTS = ". . . , , ,"  # not spoken by the TTS engine


@sb.request_handler(can_handle_func=is_intent_name("PlayIntent"))
def play(handler_input):
    rb = handler_input.response_builder
    attrs = handler_input.attributes_manager.session_attributes
    if attrs.get("playing"):
        rb.speak(". . .").ask(DOTS)
    else:
        attrs["playing"] = True
        rb.speak(NOISE).ask(DOTS)
    rb.set_should_end_session(False)
    return rb.response


lambda_handler = sb.lambda_handler()
