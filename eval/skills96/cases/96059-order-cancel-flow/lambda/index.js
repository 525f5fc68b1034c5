const Alexa = require('ask-sdk-core');
// CancelOrderIntent cancels a grocery order via the Green Basket API, then offers a new basket.
