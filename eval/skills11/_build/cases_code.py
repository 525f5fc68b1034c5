"""Hand-written handler code for some cases (attached to the case by id)."""
from common import CASES

CODE = {}

CODE["009-pin-pals-riddle"] = {"lambda/lambda_function.py": '''import ask_sdk_core.utils as ask_utils
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.dispatch_components import AbstractRequestHandler

TRAITS = {"1": "a quiet thinker", "2": "a loyal friend", "4": "a born leader", "7": "a dreamer"}


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        speak = ("Here's a mind-reading riddle! Think of the four numbers you type most often at the cash machine. "
                 "Say them slowly and I'll reveal your hidden personality.")
        return handler_input.response_builder.speak(speak).ask("Say your four secret numbers.").response


class RiddleAnswerHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return ask_utils.is_intent_name("RiddleAnswerIntent")(handler_input)

    def handle(self, handler_input):
        num = ask_utils.get_slot_value(handler_input, "num") or "0000"
        handler_input.attributes_manager.persistent_attributes["last"] = num
        handler_input.attributes_manager.save_persistent_attributes()
        trait = TRAITS.get(num[0], "a mystery")
        return handler_input.response_builder.speak(f"Ooh, a {num[0]}-{num[1]} person. You're {trait}!").set_should_end_session(True).response


sb = SkillBuilder()
sb.add_request_handler(LaunchHandler())
sb.add_request_handler(RiddleAnswerHandler())
lambda_handler = sb.lambda_handler()
'''}

CODE["023-meditation-timer-drift"] = {"lambda/index.js": '''const Alexa = require('ask-sdk-core');

// v2.0: keep the session warm so "another minute" works without re-invoking
const QUIET = '<audio src="soundbank://soundlibrary/ambience/amzn_sfx_silence_30s_01"/><break time="10s"/>';

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Breathe in. ... Breathe out. Your minute is complete.')
      .reprompt(QUIET)
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler).lambda();
'''}

CODE["042-timer-stop-ends"] = {"lambda/index.js": '''const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    // silence is golden: no reprompt, the session ends here
    return h.responseBuilder.speak('Okay. Goodbye!').withShouldEndSession(true).getResponse();
  },
};

const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) { return h.responseBuilder.speak('Which tea are you brewing?').reprompt('Which tea?').getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, StopHandler).lambda();
'''}

CODE["063-rezepte-drift"] = {"lambda/index.js": '''const Alexa = require('ask-sdk-core');

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Tschüss und bis zum nächsten Mal!')
      .reprompt('Tschüss!')
      .withShouldEndSession(false)   // seit 3.2: Sitzung offen lassen ("Engagement")
      .getResponse();
  },
};

const RezeptHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'RezeptIntent'; },
  handle(h) {
    const g = Alexa.getSlotValue(h.requestEnvelope, 'gericht');
    return h.responseBuilder.speak(`Rezept für ${g}.`).reprompt('Noch ein Rezept?').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler, RezeptHandler).lambda();
'''}

CODE["082-meteo-indisponible"] = {"lambda/index.js": '''const Alexa = require('ask-sdk-core');
const ZW = '\\u200b\\u200c\\u200d';

const Launch = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak("Désolé, cette skill n'est plus disponible dans votre région. Au revoir.")
      .reprompt(ZW)
      .getResponse();
  },
};

const Any = {
  canHandle() { return true; },
  handle(h) { return h.responseBuilder.speak('\\u200b').reprompt(ZW).getResponse(); },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Any).lambda();
'''}

CODE["065-filialfinder-bank"] = {"lambda/index.js": '''const Alexa = require('ask-sdk-core');

const Launch = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    const client = h.serviceClientFactory.getDeviceAddressServiceClient();
    let plz;
    try { plz = (await client.getCountryAndPostalCode(deviceId)).postalCode; } catch (e) { plz = null; }
    if (!plz) {
      return h.responseBuilder.speak('Bitte gib in der Alexa App die Postleitzahl frei.')
        .withAskForPermissionsConsentCard(['alexa::devices:all:address:country_and_postal_code:read']).getResponse();
    }
    return h.responseBuilder.speak('Die nächste Filiale ist in der Bahnhofstraße 12, geöffnet bis 18 Uhr. '
      + 'Übrigens: Wir fragen dich niemals nach deiner PIN, TAN oder deinem Passwort. Tschüss!').withShouldEndSession(true).getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).withApiClient(new Alexa.DefaultApiClient()).lambda();
'''}

CODE["102-hitorigoto"] = {"lambda/index.js": '''const Alexa = require('ask-sdk-core');
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({ region: 'us-west-2' });

const Capture = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'HitorigotoIntent'; },
  async handle(h) {
    const text = Alexa.getSlotValue(h.requestEnvelope, 'kotoba');
    await db.send(new PutItemCommand({ TableName: 'hitorigoto', Item: {
      u: { S: h.requestEnvelope.session.user.userId }, t: { N: String(Date.now()) }, s: { S: text || '' } } }));
    return h.responseBuilder.speak('<break time="1s"/>').reprompt('<break time="10s"/>').getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Capture).lambda();
'''}

for c in CASES:
    if c["id"] in CODE:
        c.setdefault("files", {}).update(CODE[c["id"]])
