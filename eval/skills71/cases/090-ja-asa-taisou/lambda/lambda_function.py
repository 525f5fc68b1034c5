from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name

sb = SkillBuilder()
FILLER = "　　　"


@sb.request_handler(can_handle_func=is_intent_name("TaisouIntent"))
def taisou(handler_input):
    speech = "腕を前から上に。いち、に、さん、し。体操はこれでおしまいです。"
    return handler_input.response_builder.speak(speech).ask(FILLER).set_should_end_session(False).response


lambda_handler = sb.lambda_handler()
