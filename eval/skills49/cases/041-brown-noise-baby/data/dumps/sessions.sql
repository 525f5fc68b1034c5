PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sessions (session_id TEXT PRIMARY KEY, user_id TEXT, locale TEXT, started_at TEXT);
CREATE TABLE turns (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT REFERENCES sessions(session_id), ts TEXT, request_type TEXT, intent TEXT, utterance TEXT, slots_json TEXT, output_ssml TEXT, reprompt_ssml TEXT, should_end_session INTEGER, raw_response TEXT);
INSERT INTO sessions VALUES('amzn1.echo-api.session.6344c146-329d-0853-da67-9b1dcc81a21d','amzn1.ask.account.51CFDABE6CC3FB26E5C493E81D638F7CA57377B3','en-US','2024-06-03T09:00:17Z');
INSERT INTO turns VALUES(1,'amzn1.echo-api.session.6344c146-329d-0853-da67-9b1dcc81a21d','2024-06-03T09:00:17Z','LaunchRequest','',NULL,NULL,'<speak>Starting brown noise. <break time="2s"/><audio src="https://brownnoise.example/brown-60min.mp3"/></speak>',NULL,1,'{"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": {"outputSpeech": {"type": "SSML", "ssml": "<speak>Starting brown noise. <break time=\"2s\"/><audio src=\"https://brownnoise.example/brown-60min.mp3\"/></speak>"}, "shouldEndSession": true}}');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('turns',1);
COMMIT;
