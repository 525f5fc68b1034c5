const t = require('./i18n/en.json');
const ASK = [t.A, t.B, t.C].join('');
