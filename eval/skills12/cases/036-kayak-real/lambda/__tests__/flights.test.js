const { handler } = require('../index');

describe('KAYAK handlers', () => {
  it('ask kayak how much to fly to denver', async () => {
    const event = {"version": "1.0", "session": {"new": true, "sessionId": "amzn1.echo-api.session.43a273ee-5a50-2eac-3715-742cd483a7fb", "application": {"applicationId": "amzn1.ask.skill.07f3552b-23e5-b2ed-5dbd-451328c35a9d"}, "user": {"userId": "amzn1.ask.account.E96E09DBD7676F8BB6319E0D45705894FCB4B10D"}}, "context": {"System": {"application": {"applicationId": "amzn1.ask.skill.07f3552b-23e5-b2ed-5dbd-451328c35a9d"}, "user": {"userId": "amzn1.ask.account.E96E09DBD7676F8BB6319E0D45705894FCB4B10D"}, "device": {"deviceId": "amzn1.ask.device.137584266833DCD83596852A3B4D563914EE85FB", "supportedInterfaces": {}}, "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}}, "request": {"type": "IntentRequest", "requestId": "amzn1.echo-api.request.d08decdc-3941-26af-4020-0db2b7778753", "locale": "en-US", "timestamp": "2026-10-14T19:02:30Z", "dialogState": "COMPLETED", "intent": {"name": "FlightIntent", "confirmationStatus": "NONE", "slots": {"city": {"name": "city", "value": "denver", "confirmationStatus": "NONE", "source": "USER"}}}}};
    expect(await handler(event, {})).toMatchSnapshot();
  });
});
