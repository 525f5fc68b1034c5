"""Hand-written lambda sources attached to some cases (merged into the case dicts by gen.py)."""
CODE = {}

CODE["129003-parkmeter-pal"] = {"lambda/index.js": r"""const Alexa = require('ask-sdk-core');

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Welcome to ParkMeter Pal. How many minutes are left on your meter?')
      .reprompt('How many minutes are left?')
      .getResponse();
  }
};

const SetReminderHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'SetReminderIntent'; },
  handle(h) {
    return h.responseBuilder.speak("I'll nudge you five minutes before it expires.").reprompt('Anything else for your meter?').getResponse();
  }
};

// keep the session warm so follow-ups are faster (PM asked for it, see ticket PMP-212)
const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('All done, ParkMeter Pal is signing off. Drive safe!')
      .reprompt('Drive safe!')
      .withShouldEndSession(false)
      .getResponse();
  }
};

const FallbackHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.FallbackIntent'; },
  handle(h) {
    console.log('heard', JSON.stringify(h.requestEnvelope.request));
    return h.responseBuilder.speak("Hmm, I didn't get that.").reprompt('Drive safe!').getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, SetReminderHandler, StopHandler, FallbackHandler)
  .lambda();
""", "lambda/package.json": '{\n  "name": "parkmeter-pal",\n  "version": "1.3.0",\n  "main": "index.js",\n  "dependencies": {\n    "ask-sdk-core": "^2.14.0"\n  }\n}\n'}

CODE["129021-farecard-topup"] = {"lambda/index.js": r"""const Alexa = require('ask-sdk-core');

// NOTE: never collect card data or PINs by voice - certification policy 4.1 and our own rule.
const SAFETY = 'Remember, we will never ask for your card PIN, password or card number by voice.';

const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  async handle(h) {
    const token = h.requestEnvelope.context.System.user.accessToken;
    if (!token) {
      return h.responseBuilder.speak('Please link your fare card account in the Alexa app.').withLinkAccountCard().withShouldEndSession(true).getResponse();
    }
    const bal = await fetchBalance(token);
    return h.responseBuilder.speak(`Welcome back. Your linked fare card has ${bal}.`).reprompt('Want to hear how to top up?').getResponse();
  }
};

const Yes = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.YesIntent',
  handle: (h) => h.responseBuilder
    .speak(`I've sent a top-up link to the Alexa app. ${SAFETY}`)
    .withSimpleCard('Top up your fare card', 'https://farecardtopup.example.com/topup')
    .withShouldEndSession(true)
    .getResponse()
};

async function fetchBalance(token) { return 'eleven dollars and forty cents'; }

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Yes).lambda();
"""}

CODE["129092-bilhete-recarga"] = {"lambda/lambda_function.py": r'''import json
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
'''}

CODE["129075-shuden-alarm"] = {"lambda/index.js": r"""const Alexa = require('ask-sdk-core');
const QUIET = '\u3000\u3000\u3000';

const Shuden = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'ShudenIntent',
  handle(h) {
    const st = Alexa.getSlotValue(h.requestEnvelope, 'station');
    return h.responseBuilder.speak(`${st}駅、山手線外回りの終電は零時四十八分です。`).reprompt(QUIET).getResponse();
  }
};
const Any = {
  canHandle: () => true,
  handle(h) {
    console.log(JSON.stringify(h.requestEnvelope.request));
    return h.responseBuilder.speak('').reprompt(QUIET).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Shuden, Any).lambda();
"""}

CODE["129069-indovina-stazione"] = {"lambda/index.js": r"""const Alexa = require('ask-sdk-core');
const INDIZI = [
  { risposta: 'bologna', testo: 'torri, tortellini e portici' },
  { risposta: 'venezia', testo: 'canali e gondole' },
];
const Risposta = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'RispostaIntent',
  handle(h) {
    const a = h.attributesManager.getSessionAttributes();
    const i = a.i || 0;
    const prossimo = INDIZI[i + 1];
    a.i = i + 1;
    return h.responseBuilder
      .speak(`Giusto, Bologna Centrale! Arrivederci Bologna, prossima stazione: ${prossimo.testo}. Dove siamo?`)
      .reprompt('Dove siamo?')
      .getResponse();
  }
};
const Stop = {
  canHandle: (h) => ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => h.responseBuilder.speak('Fine del viaggio, grazie per aver giocato!').withShouldEndSession(true).getResponse()
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Risposta, Stop).lambda();
"""}
