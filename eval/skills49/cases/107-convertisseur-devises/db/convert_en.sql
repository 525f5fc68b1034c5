PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sessions (session_id TEXT PRIMARY KEY, user_id TEXT, locale TEXT, started_at TEXT);
CREATE TABLE turns (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT REFERENCES sessions(session_id), ts TEXT, request_type TEXT, intent TEXT, utterance TEXT, slots_json TEXT, output_ssml TEXT, reprompt_ssml TEXT, should_end_session INTEGER, raw_response TEXT);
INSERT INTO sessions VALUES('amzn1.echo-api.session.8d460fb6-5f6f-e6b5-2ed9-25f86428d71f','amzn1.ask.account.93EB02007ADBEA5B7214BEAA380F22583C8CC85C','en-US','2024-06-03T09:00:17Z');
INSERT INTO turns VALUES(1,'amzn1.echo-api.session.8d460fb6-5f6f-e6b5-2ed9-25f86428d71f','2024-06-03T09:00:17Z','IntentRequest','ConvertIntent','convert fifty dollars to euros','{"amount": "50", "cur": "euros"}','<speak>Fifty Canadian dollars is about thirty four euros.</speak>',NULL,1,'{"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": {"outputSpeech": {"type": "SSML", "ssml": "<speak>Fifty Canadian dollars is about thirty four euros.</speak>"}, "shouldEndSession": true}}');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('turns',1);
COMMIT;
