exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, DigestHandler, StopHandler)
  .withApiClient(new Alexa.DefaultApiClient())
  .lambda();
// DigestHandler only calls sensors.readAll() and formats the values
