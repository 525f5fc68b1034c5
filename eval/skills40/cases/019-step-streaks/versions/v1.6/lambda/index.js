// handlers unchanged since 1.6
const Alexa = require('ask-sdk-core');
