exports.handler = async (event) => {
  const g = event.context.Geolocation;
  if (!g) return ask("J'ai besoin de ta position pour la météo. Active-la dans l'application Alexa.");
  const w = await forecast(g.coordinate.latitudeInDegrees, g.coordinate.longitudeInDegrees);
  return tell(`Près de toi, il fait ${w.temp} avec ${w.desc}.`);
};
