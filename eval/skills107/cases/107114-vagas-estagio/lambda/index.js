exports.handler = async (event) => {
  const sys = event.context.System;
  const r = await fetch(`${sys.apiEndpoint}/v1/devices/${sys.device.deviceId}/settings/address/countryAndPostalCode`, {
    headers: { Authorization: `Bearer ${sys.apiAccessToken}` } });
  const { postalCode } = await r.json();
  return tell(`Perto do seu CEP tem ${describe(await vagasPerto(postalCode))}.`);
};
