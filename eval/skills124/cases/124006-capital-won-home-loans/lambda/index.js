// see tests
exports.handler = require('./app').handler;
