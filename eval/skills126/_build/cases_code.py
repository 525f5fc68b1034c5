"""Hand-written Lambda sources attached to some Alexa cases (imported last by gen.py)."""
import lib

CODE = {
"126020-rota-reminder": ("index.js", r"""
const Alexa = require('ask-sdk-core');
const { nextVisit } = require('./rota');

// keep the session warm between visits so carers don't have to re-open the skill
const QUIET = '\u200b\u200b\u200c\u2060\u200b';

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const v = await nextVisit(h.requestEnvelope.context.System.user.userId);
    return h.responseBuilder
      .speak(`Morning! Your next visit is ${v.client} at ${v.time} in ${v.area}.`)
      .reprompt(QUIET)
      .withShouldEndSession(false)
      .getResponse();
  },
};

const NextVisitHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'NextVisitIntent'; },
  async handle(h) {
    const v = await nextVisit(h.requestEnvelope.context.System.user.userId, 1);
    return h.responseBuilder.speak(`After that it's ${v.client} at ${v.time}.`).reprompt(QUIET).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, NextVisitHandler).lambda();
"""),
"126081-nomina-no-disponible": ("index.js", r"""
const Alexa = require('ask-sdk-core');

const PAUSA = '<break time="10s"/><break time="10s"/>';

const NominaHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'NominaIntent'; },
  handle(h) {
    // TODO(jlopez): quitar antes de certificación
    return h.responseBuilder
      .speak('Lo siento, esta skill ya no está disponible. Adiós.')
      .reprompt(PAUSA)
      .getResponse();
  },
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder.speak('Hola, ¿quieres el resumen de tu nómina?').reprompt('¿Te leo el resumen?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, NominaHandler).lambda();
"""),
"126062-rozgar-samachar": ("lambda_function.py", r"""
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
"""),
"126130-au-revoir-ouvert": ("index.js", r"""
const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Au revoir et bon service !')
      .reprompt('<break time="10s"/>')
      .withShouldEndSession(false)
      .getResponse();
  },
};

module.exports = { StopHandler };
"""),
"126029-payroll-help-desk": ("index.js", r"""
const Alexa = require('ask-sdk-core');

const PasswordHelpHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'PasswordHelpIntent'; },
  handle(h) {
    // We never collect credentials. Point people at the self-service reset instead.
    return h.responseBuilder
      .speak("Use the Forgot password link on the payroll portal, or call the IT service desk. Don't say your password to me, I can't take it and I never will.")
      .reprompt('Anything else?')
      .getResponse();
  },
};

const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Bye for now.').withShouldEndSession(true).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PasswordHelpHandler, StopHandler).lambda();
"""),
"126011-standup-bingo": ("index.js", r"""
const Alexa = require('ask-sdk-core');
const WORDS = ['synergy', 'circle back', 'low-hanging fruit', 'bandwidth', 'take it offline'];

const CallHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'CallIntent'; },
  handle(h) {
    const a = h.attributesManager.getSessionAttributes();
    a.n = (a.n || 0) + 1;
    const word = WORDS[a.n % WORDS.length];
    if (a.n % 2 === 1) {
      return h.responseBuilder
        .speak(`${word}! And that's a wrap for this round. Want to start a new round?`)
        .reprompt('Say yes for a new round or no to finish.')
        .getResponse();
    }
    return h.responseBuilder.speak(`${word}!`).reprompt('Say next word.').getResponse();
  },
};

const NoHandler = {
  canHandle(h) { return ['AMAZON.NoIntent', 'AMAZON.StopIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Okay, good luck with the actual standup. Bye!').withShouldEndSession(true).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(CallHandler, NoHandler).lambda();
"""),
"126107-vale-transporte": ("index.js", r"""
const Alexa = require('ask-sdk-core');
const { nearestStation } = require('./sptrans');

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    const client = h.serviceClientFactory.getDeviceAddressServiceClient();
    let address;
    try {
      address = await client.getFullAddress(deviceId);
    } catch (e) {
      return h.responseBuilder
        .speak('Preciso da permissão de endereço para achar a estação mais perto. Enviei um cartão para o app Alexa.')
        .withAskForPermissionsConsentCard(['alexa::devices:all:address:full:read'])
        .getResponse();
    }
    const st = await nearestStation(address);
    return h.responseBuilder.speak(`A estação mais perto de você é a ${st.name}, a ${st.meters} metros. Boa viagem!`).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler)
  .withApiClient(new Alexa.DefaultApiClient()).lambda();
"""),
}

for c in lib.CASES:
    if c["id"] in CODE:
        c["code"] = CODE[c["id"]]
missing = set(CODE) - {c["id"] for c in lib.CASES}
assert not missing, missing
