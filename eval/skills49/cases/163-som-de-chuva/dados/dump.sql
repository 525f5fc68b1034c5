PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sessions (session_id TEXT PRIMARY KEY, user_id TEXT, locale TEXT, started_at TEXT);
CREATE TABLE turns (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT REFERENCES sessions(session_id), ts TEXT, request_type TEXT, intent TEXT, utterance TEXT, slots_json TEXT, output_ssml TEXT, reprompt_ssml TEXT, should_end_session INTEGER, raw_response TEXT);
INSERT INTO sessions VALUES('amzn1.echo-api.session.f42247d4-513c-6d75-8685-09615d5e3a87','amzn1.ask.account.4A88A1DA7D30F28CC4B56BD5B565C2A11B6E0AED','pt-BR','2024-06-03T09:00:17Z');
INSERT INTO turns VALUES(1,'amzn1.echo-api.session.f42247d4-513c-6d75-8685-09615d5e3a87','2024-06-03T09:00:17Z','LaunchRequest','',NULL,NULL,'<speak>Relaxe com a chuva. <audio src="https://somdechuva.example/chuva.mp3"/></speak>',NULL,1,'{"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": {"outputSpeech": {"type": "SSML", "ssml": "<speak>Relaxe com a chuva. <audio src=\"https://somdechuva.example/chuva.mp3\"/></speak>"}, "shouldEndSession": true}}');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('turns',1);
COMMIT;
