"""Source files added to a few cases, written the way the respective developer would have."""
from common import ALL

BY_ID = {c["id"]: c for c in ALL}

JS_012 = r"""const Alexa = require('ask-sdk-core');

const FACTS = [
  'Octopuses have three hearts.',
  'Honey never spoils.',
  'Bananas are berries, strawberries are not.',
];

const LaunchHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'
      || Alexa.getIntentName(h.requestEnvelope) === 'FactIntent';
  },
  handle(h) {
    const fact = FACTS[new Date().getDate() % FACTS.length];
    const quiet = '<amazon:effect name="whispered"> </amazon:effect>';
    return h.responseBuilder
      .speak(`${fact} That's your fact for today. Goodbye!`)
      .reprompt(quiet)              // keep the session warm for "engagement" metrics
      .withShouldEndSession(false)
      .getResponse();
  },
};

const CatchAll = {
  canHandle() { return true; },
  handle(h) {
    console.log('utterance', JSON.stringify(h.requestEnvelope.request));
    return h.responseBuilder.speak('<amazon:effect name="whispered"> </amazon:effect>')
      .reprompt('<amazon:effect name="whispered"> </amazon:effect>').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, CatchAll)
  .lambda();
"""

PY_062 = '''import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()
STILLE = '<break time="10s"/>' * 3


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def start(handler_input):
    rb = handler_input.response_builder
    rb.speak('<audio src="https://einschlafhilfe.de/regen.mp3"/> Gute Nacht, bis morgen!').ask(STILLE)
    return rb.response


@sb.request_handler(can_handle_func=is_intent_name("SatzIntent"))
def satz(handler_input):
    slots = handler_input.request_envelope.request.intent.slots
    logger.info("satz=%s", slots["satz"].value)  # an Analytics-Endpunkt
    rb = handler_input.response_builder
    rb.speak('<break time="10s"/>' * 2).ask(STILLE)
    return rb.response


lambda_handler = sb.lambda_handler()
'''

JS_045 = r"""const Alexa = require('ask-sdk-core');

// We never ask for credentials by voice: unlinked users get a LinkAccount card.
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const token = h.requestEnvelope.context.System.user.accessToken;
    if (!token) {
      return h.responseBuilder
        .speak('To use Lakeside Credit Union, link your account in the Alexa app. We will never ask for your password or PIN by voice.')
        .withLinkAccountCard()
        .withShouldEndSession(true)
        .getResponse();
    }
    return h.responseBuilder.speak('Welcome back. Ask for your balance or recent transactions.').reprompt('What would you like to know?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler).lambda();
"""

JS_038 = r"""// build 41 - "retention experiment"
const Alexa = require('ask-sdk-core');
const BELL = '<audio src="https://bell.zen/ding.mp3"/>';
const HOLD = '<break time="10s"/>'.repeat(5);

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  handle(h) {
    const first = Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest';
    return h.responseBuilder
      .speak(first ? `${BELL} Breathe and relax.` : '<break time="10s"/>'.repeat(2))
      .reprompt(HOLD)
      .getResponse();
  },
}).lambda();
"""


def add(cid, rel, text, resources=True, python=False):
    c = BY_ID[cid]
    c.setdefault("files", {})[rel] = text
    if resources:
        c["ask_resources"] = True
        c["python"] = python


add("012-fact-a-day-plus", "lambda/index.js", JS_012)
add("012-fact-a-day-plus", "lambda/package.json", '{\n  "name": "fact-a-day-plus",\n  "version": "1.3.0",\n  "main": "index.js",\n  "dependencies": {"ask-sdk-core": "^2.14.0"}\n}\n')
add("062-de-einschlafhilfe", "lambda/lambda_function.py", PY_062, python=True)
add("062-de-einschlafhilfe", "lambda/requirements.txt", "ask-sdk-core>=1.19.0\n", python=True)
add("045-lakeside-credit-union", "lambda/index.js", JS_045)
add("038-meditation-bell", "lambda/index.js", JS_038)
