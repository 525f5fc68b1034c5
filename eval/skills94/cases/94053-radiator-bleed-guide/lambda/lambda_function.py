from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type

sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    speech = ('First, turn the heating off and let the radiators cool. <break time="3s"/> '
              'Got your bleed key? Say next when you have it.')
    return handler_input.response_builder.speak(speech).ask("Say next when you have your radiator key.").response


@sb.request_handler(can_handle_func=is_intent_name("NextIntent"))
def next_step(handler_input):
    speech = ('Put a cloth under the valve and turn the key a quarter turn. <break time="2s"/> '
              "When water appears, close it. That's it, you're done!")
    return handler_input.response_builder.speak(speech).set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
