// compiled from src/*.ts by `npm run build` (dist/ is git-ignored)
exports.handler = require('./dist/handler').handler;
