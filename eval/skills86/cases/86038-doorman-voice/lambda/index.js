const Alexa = require('ask-sdk-core');
// WhoIntent: be clear we are a third-party skill
