exports.handler = async (event) => {
  const geo = event.context.Geolocation; // granted via alexa::devices:all:geolocation:read
  if (!geo) return ask('I need your location to find the nearest stop. Please enable location in the Alexa app.');
  const stop = nearestStop(geo.coordinate.latitudeInDegrees, geo.coordinate.longitudeInDegrees);
  return tell(`The nearest stop is ${stop.name}, about ${stop.metres} metres away. Next shuttle in ${await eta(stop)} minutes.`);
};
