PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sessions (session_id TEXT PRIMARY KEY, user_id TEXT, locale TEXT, started_at TEXT);
CREATE TABLE turns (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT REFERENCES sessions(session_id), ts TEXT, request_type TEXT, intent TEXT, utterance TEXT, slots_json TEXT, output_ssml TEXT, reprompt_ssml TEXT, should_end_session INTEGER, raw_response TEXT);
INSERT INTO sessions VALUES('amzn1.echo-api.session.ff135575-894a-f7bf-3a2c-fb204ea228aa','amzn1.ask.account.983FA7FE712895B52EF9B8ECC1DC14C5224093AE','ja-JP','2024-06-03T09:00:17Z');
INSERT INTO turns VALUES(1,'amzn1.echo-api.session.ff135575-894a-f7bf-3a2c-fb204ea228aa','2024-06-03T09:00:17Z','LaunchRequest','',NULL,NULL,'<speak>猿も木から落ちる。名人でも失敗することがある、という意味です。</speak>','<speak>　　　</speak>',0,'{"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": {"outputSpeech": {"type": "SSML", "ssml": "<speak>猿も木から落ちる。名人でも失敗することがある、という意味です。</speak>"}, "reprompt": {"outputSpeech": {"type": "SSML", "ssml": "<speak>　　　</speak>"}}, "shouldEndSession": false}}');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('turns',1);
COMMIT;
