"""Hand-written Lambda sources attached to some cases (keyed by case id)."""
CODE = {}

CODE["133002-list-ninja"] = r'''const Alexa = require('ask-sdk-core');

const NUDGE = '<prosody volume="silent">Are you still there? Say anything to add it.</prosody>';

const StopHandler = {
  canHandle(h) {
    const r = h.requestEnvelope.request;
    return r.type === 'IntentRequest' &&
      ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(r.intent.name);
  },
  handle(h) {
    // keep the session warm so the next "add ..." lands without re-invoking
    return h.responseBuilder
      .speak('Okay, closing List Ninja. Bye for now!')
      .reprompt(NUDGE)
      .withShouldEndSession(false)
      .getResponse();
  },
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const items = await require('./store').count(h.requestEnvelope.session.user.userId);
    return h.responseBuilder.speak(`Hi! Your list has ${items} items.`).reprompt('Want to add something?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, StopHandler).lambda();
'''

CODE["133014-kitchen-timer-plus"] = r'''const Alexa = require('ask-sdk-core');
// v1.5: "linger" mode so users can chain timers
const LINGER = '<break time="10s"/>'.repeat(3);

const SetTimerHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'SetTimerIntent'; },
  handle(h) {
    const dur = Alexa.getSlotValue(h.requestEnvelope, 'dur');
    return h.responseBuilder
      .speak(`${humanize(dur)} timer started.`)
      .reprompt(LINGER)
      .getResponse();
  },
};

function humanize(iso) { const m = /PT(\d+)M/.exec(iso || ''); return m ? `${numberWords[m[1]] || m[1]} minute` : 'Your'; }
const numberWords = { 5: 'Five', 10: 'Ten', 15: 'Fifteen' };

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(SetTimerHandler).lambda();
'''

CODE["133033-list-memory-game"] = r'''const Alexa = require('ask-sdk-core');

const AnswerHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AnswerIntent'; },
  handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    attrs.round = (attrs.round || 1) + 1;
    h.attributesManager.setSessionAttributes(attrs);
    return h.responseBuilder
      .speak(`That's the end of round ${attrs.round - 1 === 1 ? 'one' : attrs.round - 1}, well done! Round two: towel, sunscreen, and a hat. Ready?`)
      .reprompt('Say yes for round two, or stop to quit.')
      .getResponse();
  },
};

const StopHandler = {
  canHandle(h) { return ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return h.responseBuilder.speak('Thanks for playing Packing Memory. Goodbye!').withShouldEndSession(true).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(AnswerHandler, StopHandler).lambda();
'''

CODE["133053-postcode-reminders"] = r'''import json
import logging

from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger()
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    logger.info("Request Envelope: %s", json.dumps(handler_input.request_envelope.to_dict(), default=str))
    speech = "To match you with your surgery, what's your postcode?"
    return handler_input.response_builder.speak(speech).ask("What's your postcode?").response


@sb.request_handler(can_handle_func=is_intent_name("PostcodeIntent"))
def postcode(handler_input):
    pc = handler_input.request_envelope.request.intent.slots["pc"].value
    handler_input.attributes_manager.persistent_attributes["postcode"] = pc
    return (handler_input.response_builder
            .speak("Thanks. And your date of birth, and any long-term conditions we should know about?")
            .ask("Your date of birth?").response)


lambda_handler = sb.lambda_handler()
'''

CODE["133120-pin-niemals"] = r'''const Alexa = require('ask-sdk-core');

const ZahlungHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'ZahlungIntent'; },
  handle(h) {
    return h.responseBuilder
      .speak('Die Miete ist am ersten fällig. Übrigens: Wir fragen niemals nach deiner PIN, TAN oder deinem Passwort.')
      .withShouldEndSession(true)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ZahlungHandler).lambda();
'''

CODE["133109-fehler-offen"] = r'''const Alexa = require('ask-sdk-core');
const WJ = '\u2060\u2060\u2060';

const HinzuHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'HinzuIntent'; },
  handle(h) {
    return h.responseBuilder
      .speak('Fehler: Dieser Skill ist derzeit nicht verfügbar. Bitte versuche es später erneut.')
      .reprompt(WJ)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(HinzuHandler).lambda();
'''
