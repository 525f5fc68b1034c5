const { handler } = require('../index');

describe('一分おはなし handlers', () => {
  it('一分おはなしを開いて', async () => {
    const event = {"version": "1.0", "session": {"new": true, "sessionId": "amzn1.echo-api.session.4f8c3f45-c76f-7be2-b48a-c9eff17987e7", "application": {"applicationId": "amzn1.ask.skill.3965544d-e81d-695a-b3fd-50717c001949"}, "user": {"userId": "amzn1.ask.account.55C8B4E8C216E66CBD54C16FAB94DE7A088A57CB"}}, "context": {"System": {"application": {"applicationId": "amzn1.ask.skill.3965544d-e81d-695a-b3fd-50717c001949"}, "user": {"userId": "amzn1.ask.account.55C8B4E8C216E66CBD54C16FAB94DE7A088A57CB"}, "device": {"deviceId": "amzn1.ask.device.D4BBA2145E80D6D25E03F408DE80216A2D812912", "supportedInterfaces": {}}, "apiEndpoint": "https://api.fe.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}}, "request": {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request.6b2d97ff-cb46-d278-0568-a6d29f7856bd", "locale": "ja-JP", "timestamp": "2026-10-14T19:02:18Z"}};
    expect(await handler(event, {})).toMatchSnapshot();
  });
});
