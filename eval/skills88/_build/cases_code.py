"""Hand-written skill code attached to some cases (merged into the case's files by gen.py)."""
CODE = {
"88012-scores-ticker": {"lambda/lambda_function.py": '''import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type

from scores import tonight_summary

sb = SkillBuilder()
logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    text = "Scores Ticker. Tonight: " + tonight_summary()
    return handler_input.response_builder.speak(text).set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
'''},
"88013-yoga-countdown": {"server/app.js": '''const express = require('express');
const pino = require('pino-http')();
const { ExpressAdapter } = require('ask-sdk-express-adapter');
const Alexa = require('ask-sdk-core');

const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder.speak('Yoga Countdown. How long should I hold the pose?').reprompt('Say, hold for thirty seconds.').getResponse(),
};
const Pose = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'PoseIntent',
  handle: (h) => {
    const s = Alexa.getSlotValue(h.requestEnvelope, 'seconds') || '30';
    return h.responseBuilder.speak(`Breathe in. <break time="2s"/> ${s} seconds, starting now. I'll chime when it's done.`).withShouldEndSession(true).getResponse();
  },
};
const skill = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Pose).create();
const app = express();
app.use(pino);
app.post('/alexa', new ExpressAdapter(skill, true, true).getRequestHandlers());
app.listen(3000);
'''},
"88036-nearest-pitch": {"lambda/index.js": '''const Alexa = require('ask-sdk-core');
const { pitchesNear } = require('./pitches');

const FindHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'FindIntent'; },
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    try {
      const addr = await h.serviceClientFactory.getDeviceAddressServiceClient().getCountryAndPostalCode(deviceId);
      const list = await pitchesNear(addr.postalCode);
      return h.responseBuilder.speak(list.summary).withShouldEndSession(true).getResponse();
    } catch (e) {
      return h.responseBuilder.speak('I need your postal code to find pitches. I sent a card to the Alexa app.')
        .withAskForPermissionsConsentCard(['alexa::devices:all:address:country_and_postal_code:read']).getResponse();
    }
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(FindHandler).withApiClient(new Alexa.DefaultApiClient()).lambda();
'''},
"88045-team-email-digest": {"lambda/index.js": '''const Alexa = require('ask-sdk-core');
const { subscribe } = require('./digest');

const Subscribe = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'SubscribeIntent',
  async handle(h) {
    const email = await h.serviceClientFactory.getUpsServiceClient().getProfileEmail();
    await subscribe(email);
    return h.responseBuilder.speak('Done. The digest will go to the e-mail on your Amazon account every Monday morning.').withShouldEndSession(true).getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Subscribe).withApiClient(new Alexa.DefaultApiClient()).lambda();
'''},
"88092-palestra-iscrizione": {"lambda/index.js": '''const Alexa = require('ask-sdk-core');
const crm = require('./crm');

const Iscrivimi = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'IscrivimiIntent',
  async handle(h) {
    const ups = h.serviceClientFactory.getUpsServiceClient();
    const [nome, email, tel] = await Promise.all([ups.getProfileName(), ups.getProfileEmail(), ups.getProfileMobileNumber()]);
    await crm.nuovoIscritto({ nome, email, telefono: tel.phoneNumber });
    return h.responseBuilder.speak(`Fatto, ${nome.split(' ')[0]}. Ti abbiamo mandato il modulo via e-mail.`).withShouldEndSession(true).getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Iscrivimi).withApiClient(new Alexa.DefaultApiClient()).lambda();
'''},
"88023-matchday-predictor": {"lambda/index.js": '''const Alexa = require('ask-sdk-core');
const flags = require('./flags.json');
const model = require('./model');

const Predict = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'PredictIntent',
  async handle(h) {
    const team = Alexa.getSlotValue(h.requestEnvelope, 'team');
    if (flags.premiumGate) {
      h.attributesManager.setSessionAttributes({ pendingTeam: team });
      return h.responseBuilder.speak('To unlock premium picks, please say your four digit account PIN.').reprompt('Say your four digit PIN.').getResponse();
    }
    const p = await model.predict(team);
    return h.responseBuilder.speak(p.text).withShouldEndSession(true).getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Predict).lambda();
''', "lambda/flags.json": '{\n  "premiumGate": true\n}\n'},
"88104-soccer-zatsudan": {"lambda/index.js": '''const Alexa = require('ask-sdk-core');
const { putUtterance } = require('./store');

const Zatsudan = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'ZatsudanIntent',
  async handle(h) {
    const q = Alexa.getSlotValue(h.requestEnvelope, 'q');
    await putUtterance(h.requestEnvelope.session.user.userId, q);
    return h.responseBuilder.speak('なるほど。').reprompt('ほかには？').getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Zatsudan).lambda();
'''},
}
