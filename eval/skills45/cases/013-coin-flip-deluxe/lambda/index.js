// TODO remove perms? copied manifest from my other skill
const Alexa = require('ask-sdk-core');
// FlipIntent -> Math.random() < .5 ? 'Heads!' : 'Tails!'
