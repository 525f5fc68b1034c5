const { handler } = require('../index');

describe('Cookie Oracle handlers', () => {
  it('open cookie oracle', async () => {
    const event = {"version": "1.0", "session": {"new": true, "sessionId": "amzn1.echo-api.session.6068a914-e1f5-4b45-33a1-bd8f2b41a031", "application": {"applicationId": "amzn1.ask.skill.c8514675-8d6c-2db8-b98b-79bbec9651aa"}, "user": {"userId": "amzn1.ask.account.B13A5D44C4D0B5FA7B8DA58967EAA0EA87482957"}}, "context": {"System": {"application": {"applicationId": "amzn1.ask.skill.c8514675-8d6c-2db8-b98b-79bbec9651aa"}, "user": {"userId": "amzn1.ask.account.B13A5D44C4D0B5FA7B8DA58967EAA0EA87482957"}, "device": {"deviceId": "amzn1.ask.device.F82EAE340E686C5B08AF32F6DC17BA89FDEF5C29", "supportedInterfaces": {}}, "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}}, "request": {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request.fba0f113-4d61-2f13-f157-5078ae80c4eb", "locale": "en-US", "timestamp": "2026-10-14T19:02:29Z"}};
    expect(await handler(event, {})).toMatchSnapshot();
  });
  it('two nine four one', async () => {
    const event = {"version": "1.0", "session": {"new": false, "sessionId": "amzn1.echo-api.session.6068a914-e1f5-4b45-33a1-bd8f2b41a031", "application": {"applicationId": "amzn1.ask.skill.c8514675-8d6c-2db8-b98b-79bbec9651aa"}, "user": {"userId": "amzn1.ask.account.B13A5D44C4D0B5FA7B8DA58967EAA0EA87482957"}, "attributes": {}}, "context": {"System": {"application": {"applicationId": "amzn1.ask.skill.c8514675-8d6c-2db8-b98b-79bbec9651aa"}, "user": {"userId": "amzn1.ask.account.B13A5D44C4D0B5FA7B8DA58967EAA0EA87482957"}, "device": {"deviceId": "amzn1.ask.device.F82EAE340E686C5B08AF32F6DC17BA89FDEF5C29", "supportedInterfaces": {}}, "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}}, "request": {"type": "IntentRequest", "requestId": "amzn1.echo-api.request.54583938-0de3-551b-9537-c7066ea10635", "locale": "en-US", "timestamp": "2026-10-14T19:02:45Z", "dialogState": "COMPLETED", "intent": {"name": "DigitsIntent", "confirmationStatus": "NONE", "slots": {"d": {"name": "d", "value": "2941", "confirmationStatus": "NONE", "source": "USER"}}}}};
    expect(await handler(event, {})).toMatchSnapshot();
  });
});
