# Rendering helpers for set 111. All case content lives in cases_*.py (hand-written).
import json, os, hashlib, base64, html

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
CASES = []


def h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*p):
    x = h(*p)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


class T:
    """One turn: user words, intent, skill speech, reprompt, end flag."""
    def __init__(self, user, intent, speech, reprompt=None, end=True, slots=None, rtype=None, directives=None, card=None):
        self.user, self.intent, self.speech, self.reprompt, self.end = user, intent, speech, reprompt, end
        self.slots = slots or {}
        self.rtype = rtype
        self.directives = directives
        self.card = card


def C(**kw):
    CASES.append(kw)
    return kw


def speech_obj(s):
    if s is None:
        return None
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def text_of(s):
    return "" if s is None else s


# ---------------------------------------------------------------- Alexa request/response
def alexa_request(case, sess_id, new, t, idx, ts):
    app = "amzn1.ask.skill." + uid(case["id"], "app")
    user = "amzn1.ask.account.A" + h(case["id"], "user", n=40).upper()
    dev = "amzn1.ask.device.A" + h(case["id"], "dev", n=40).upper()
    rtype = t.rtype or ("LaunchRequest" if t.intent == "LaunchRequest" else
                        "SessionEndedRequest" if t.intent == "SessionEndedRequest" else "IntentRequest")
    req = {"type": rtype, "requestId": "amzn1.echo-api.request." + uid(case["id"], idx, "r"),
           "locale": case["locale"], "timestamp": ts}
    if rtype == "IntentRequest":
        req["intent"] = {"name": t.intent, "confirmationStatus": "NONE",
                         "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}
        req["dialogState"] = "STARTED" if t.slots else None
        if req["dialogState"] is None:
            del req["dialogState"]
    if rtype == "SessionEndedRequest":
        req["reason"] = "USER_INITIATED"
    return {"version": "1.0",
            "session": {"new": new, "sessionId": "amzn1.echo-api.session." + sess_id,
                        "application": {"applicationId": app}, "attributes": {},
                        "user": {"userId": user}},
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": dev, "supportedInterfaces": {}},
                                   "apiEndpoint": {"ja": "https://api.fe.amazonalexa.com", "hi": "https://api.eu.amazonalexa.com", "it": "https://api.eu.amazonalexa.com"}.get(case["locale"][:2], "https://api.amazonalexa.com"),
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
            "request": req}


def alexa_response(t):
    r = {}
    if t.speech is not None:
        r["outputSpeech"] = speech_obj(t.speech)
    if t.card:
        r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
    if t.reprompt is not None:
        r["reprompt"] = {"outputSpeech": speech_obj(t.reprompt)}
    if t.directives:
        r["directives"] = t.directives
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def flatten(case, sessions, tag="", t0=1733000000):
    """Yield (idx, request, response, user, turn, ts_str, epoch) across sessions; new session after each end."""
    import datetime
    out = []
    idx = 0
    for si, sess in enumerate(sessions):
        sid = uid(case["id"], tag, si, "s")
        new = True
        for t in sess:
            ep = t0 + idx * 37 + si * 600
            ts = datetime.datetime.utcfromtimestamp(ep).strftime("%Y-%m-%dT%H:%M:%SZ")
            rq = alexa_request(case, sid, new, t, f"{tag}{idx}", ts)
            rs = alexa_response(t) if t.rtype != "SessionEndedRequest" and t.intent != "SessionEndedRequest" else {"version": "1.0", "response": {}}
            out.append((idx, rq, rs, t.user, t, ts, ep))
            new = False
            idx += 1
            if t.end:
                sid = uid(case["id"], tag, si, idx, "s2")
                new = True
    return out


def ssml_plain(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s) if s.strip().startswith("<speak>") else s


# ---------------------------------------------------------------- shape renderers (Alexa)
def r_envelope(case, fl, d):
    return {f"{d}/{i:02d}-{(t.intent or 'x').replace('AMAZON.', '').lower()}.json": rs for i, rq, rs, u, t, ts, ep in fl}


def r_pairs_jsonl(case, fl, d):
    return {d: "\n".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) for i, rq, rs, u, t, ts, ep in fl) + "\n"}


def r_pairs_array(case, fl, d):
    return {d: [{"request": rq, "response": rs} for i, rq, rs, u, t, ts, ep in fl]}


def r_smapi_sim(case, fl, d):
    files = {}
    for i, rq, rs, u, t, ts, ep in fl:
        files[f"{d}/sim-{i:02d}.json"] = {
            "id": uid(case["id"], i, "sim"), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": ssml_plain(t.speech)}}],
                                              "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:" + case["id"], "body": rq},
                                                               "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 140 + i}}]},
                       "error": None}}
    return files


def r_smapi_inv(case, fl, d):
    return {f"{d}/invoke-{i:02d}.json": {"id": uid(case["id"], i, "inv"), "status": "SUCCESSFUL",
                                         "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:" + case["id"], "body": rq},
                                                                           "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 210}}, "error": None}}
            for i, rq, rs, u, t, ts, ep in fl}


def r_ask_dialog(case, fl, d):
    replay = {"skillId": "amzn1.ask.skill." + uid(case["id"], "app"), "locale": case["locale"], "type": "text",
              "userInput": [u for i, rq, rs, u, t, ts, ep in fl], "storageLocation": "./" + d + "/output"}
    lines = []
    for i, rq, rs, u, t, ts, ep in fl:
        lines.append(f"User  > {u}")
        lines.append(f"Alexa > {ssml_plain(t.speech)}")
    return {f"{d}/replay.json": replay, f"{d}/output/dialog-record.txt": "\n".join(lines) + "\n"}


def r_cw_text(case, fl, d, py=False):
    L = []
    for i, rq, rs, u, t, ts, ep in fl:
        rid = uid(case["id"], i, "lam")
        L.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            L.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {json.dumps(rq, ensure_ascii=False)}")
            L.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        else:
            L.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            L.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: {88 + i}.12 ms\tBilled Duration: {89 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    return {d: "\n".join(L) + "\n"}


def r_cw_json(case, fl, d):
    ev = []
    for i, rq, rs, u, t, ts, ep in fl:
        rid = uid(case["id"], i, "lam")
        for k, m in enumerate([f"START RequestId: {rid} Version: $LATEST\n",
                               f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n",
                               f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n",
                               f"END RequestId: {rid}\n"]):
            ev.append({"logStreamName": "2024/12/01/[$LATEST]" + h(case["id"], "st"), "timestamp": ep * 1000 + k * 40,
                       "message": m, "ingestionTime": ep * 1000 + k * 40 + 300, "eventId": str(37000000000000000000 + ep * 10 + k)})
    return {d: {"events": ev, "searchedLogStreams": []}}


def r_har(case, fl, d):
    ents = []
    for i, rq, rs, u, t, ts, ep in fl:
        ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
                     "request": {"method": "POST", "url": f"https://{case['id'][:20]}.example-tunnel.io/alexa", "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    return {d: {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"}, "entries": ents}}}


def r_transcript(case, fl, d):
    L = [f"# QA transcript {case['id']} locale={case['locale']}"]
    for i, rq, rs, u, t, ts, ep in fl:
        L.append(f"[{ts}] USER: {u}")
        L.append(f"[{ts}] SKILL: {ssml_plain(t.speech)}")
        if t.reprompt is not None:
            L.append(f"[{ts}] SKILL(reprompt): {ssml_plain(t.reprompt)!r}")
        L.append(f"session_open={'false' if t.end else 'true'}")
    return {d: "\n".join(L) + "\n"}


# ---- shapes not in set 1
def r_jest_snapshot(case, fl, d):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, rq, rs, u, t, ts, ep in fl:
        name = f"{case['name']} handler › {u} 1"
        parts.append(f"exports[`{name}`] = `\n{json.dumps(rs, indent=2, ensure_ascii=False)}\n`;\n")
    return {d: "\n".join(parts)}


def r_local_debug(case, fl, d):
    L = []
    for i, rq, rs, u, t, ts, ep in fl:
        L.append(f"[{ts}] [ask-sdk-local-debug] Skill request: \n{json.dumps(rq, indent=2, ensure_ascii=False)}")
        L.append(f"[{ts}] [ask-sdk-local-debug] Skill response: \n{json.dumps(rs, indent=2, ensure_ascii=False)}")
    return {d: "\n".join(L) + "\n"}


def r_postman(case, fl, d):
    ex = []
    for i, rq, rs, u, t, ts, ep in fl:
        ex.append({"id": uid(case["id"], i, "pm"), "name": u,
                   "request": {"method": "POST", "url": "{{skillEndpoint}}", "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False)}},
                   "response": {"code": 200, "status": "OK", "responseTime": 180 + i, "body": json.dumps(rs, ensure_ascii=False)},
                   "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    return {d: {"id": uid(case["id"], "run"), "name": case["name"] + " regression", "timestamp": fl[0][5], "collection_id": uid(case["id"], "col"),
                "folder_id": 0, "environment_id": "0", "totalPass": len(ex), "totalFail": 0, "results": ex, "count": 1}}


def r_junit(case, fl, d):
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         f'<testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(fl)}" time="1.42" timestamp="{fl[0][5]}">']
    for i, rq, rs, u, t, ts, ep in fl:
        out = "REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False)
        L.append(f'<testcase classname="tests.test_conversation" name="test_turn_{i:02d}" time="0.08"><system-out>{html.escape(out, quote=False)}</system-out></testcase>')
    L.append("</testsuite></testsuites>")
    return {d: "\n".join(L) + "\n"}


def r_markdown(case, fl, d):
    L = [f"# Beta test log – {case['name']}", "", f"Locale: {case['locale']}", "",
         "| # | time | tester said | skill said | reprompt | mic open |", "|---|---|---|---|---|---|"]
    for i, rq, rs, u, t, ts, ep in fl:
        rp = "" if t.reprompt is None else repr(ssml_plain(t.reprompt))
        L.append(f"| {i + 1} | {ts} | {u} | {ssml_plain(t.speech).replace('|', '/')} | {rp.replace('|', '/')} | {'no' if t.end else 'yes'} |")
    return {d: "\n".join(L) + "\n"}


def r_csv(case, fl, d):
    import csv, io
    b = io.StringIO()
    w = csv.writer(b)
    w.writerow(["timestamp", "session_id", "request_type", "intent", "utterance", "output_speech", "reprompt", "should_end_session"])
    for i, rq, rs, u, t, ts, ep in fl:
        w.writerow([ts, rq["session"]["sessionId"], rq["request"]["type"], t.intent, u,
                    (rs["response"].get("outputSpeech") or {}).get("ssml") or (rs["response"].get("outputSpeech") or {}).get("text", ""),
                    "" if t.reprompt is None else t.reprompt, str(t.end).lower()])
    return {d: b.getvalue()}


def r_bst(case, fl, d):
    L = [f"# bst test --report results (virtual device) {fl[0][5]}", "---", "configuration:", f"  locale: {case['locale']}", "  type: e2e", "---",
         f"- test: {case['name']} conversation"]
    for i, rq, rs, u, t, ts, ep in fl:
        L.append(f"  - {json.dumps(u, ensure_ascii=False)}:")
        L.append(f"      prompt: {json.dumps(ssml_plain(t.speech), ensure_ascii=False)}")
        if t.reprompt is not None:
            L.append(f"      reprompt: {json.dumps(ssml_plain(t.reprompt), ensure_ascii=False)}")
        L.append(f"      sessionEnded: {str(bool(t.end)).lower()}")
        L.append("      result: PASSED")
    return {d: "\n".join(L) + "\n"}


ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "cloudwatch-text": r_cw_text, "cloudwatch-text-py": lambda c, f, d: r_cw_text(c, f, d, py=True),
                "cloudwatch-json": r_cw_json, "har": r_har, "transcript": r_transcript,
                "jest-snapshot": r_jest_snapshot, "ask-local-debug": r_local_debug, "postman-run": r_postman,
                "junit-xml": r_junit, "markdown-qa-log": r_markdown, "csv-session-log": r_csv, "bst-results-yaml": r_bst}


# ---------------------------------------------------------------- Google recordings
def g_conversation(case, sessions, d):
    files = {}
    n = 0
    for si, sess in enumerate(sessions):
        cid = h(case["id"], si, "conv", n=20)
        for t in sess:
            intent = "actions.intent.MAIN" if t.intent == "MAIN" else ("actions.intent.TEXT" if t.intent == "TEXT" else t.intent)
            rq = {"user": {"locale": case["locale"], "userVerificationStatus": "VERIFIED"},
                  "conversation": {"conversationId": cid, "type": "NEW" if t is sess[0] else "ACTIVE"},
                  "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t.user}],
                              "arguments": [{"name": "text", "rawText": t.user, "textValue": t.user}]}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}
            items = [{"simpleResponse": {("ssml" if (t.speech or "").startswith("<speak>") else "textToSpeech"): t.speech}}]
            rs = {"expectUserResponse": not t.end}
            if t.end:
                rs["finalResponse"] = {"richResponse": {"items": items}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}}
                if t.reprompt is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{("ssml" if t.reprompt.startswith("<speak>") else "textToSpeech"): t.reprompt}]
                ei["possibleIntents"] = [t.directives] if t.directives else [{"intent": "actions.intent.TEXT"}]
                rs["expectedInputs"] = [ei]
            files[f"{d}/turn{n:02d}.json"] = {"request": rq, "response": rs}
            n += 1
    return files


def g_dialogflow(case, sessions, d):
    files = {}
    n = 0
    for si, sess in enumerate(sessions):
        sess_path = f"projects/{case['id'][:20]}/agent/sessions/{h(case['id'], si, n=24)}"
        for t in sess:
            rq = {"responseId": uid(case["id"], n, "df"), "session": sess_path,
                  "queryResult": {"queryText": t.user, "parameters": t.slots, "allRequiredParamsPresent": True,
                                  "intent": {"name": f"projects/{case['id'][:20]}/agent/intents/{uid(case['id'], t.intent)}", "displayName": t.intent},
                                  "intentDetectionConfidence": 1, "languageCode": case["locale"].split("-")[0]},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": case["locale"]}, "conversation": {"conversationId": h(case['id'], si, n=20)}}}}
            g = {"expectUserResponse": not t.end,
                 "richResponse": {"items": [{"simpleResponse": {("ssml" if (t.speech or "").startswith("<speak>") else "textToSpeech"): t.speech}}]}}
            if t.reprompt is not None:
                g["noInputPrompts"] = [{"textToSpeech": t.reprompt}]
            if t.directives:
                g["systemIntent"] = t.directives
            rs = {"fulfillmentText": ssml_plain(t.speech), "payload": {"google": g}}
            files[f"{d}/{n:02d}-request.json"] = rq
            files[f"{d}/{n:02d}-response.json"] = rs
            n += 1
    return files


def g_scene(case, sessions, d):
    files = {}
    n = 0
    for si, sess in enumerate(sessions):
        sid = "AB" + h(case["id"], si, "scn", n=30)
        for t in sess:
            scene = t.slots.get("_scene", "Main")
            rq = {"handler": {"name": t.slots.get("_handler", t.intent.lower())}, "intent": {"name": t.intent, "params": {}, "query": t.user},
                  "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": case["locale"]},
                  "user": {"locale": case["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED"},
                  "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
            rs = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.speech, "text": ssml_plain(t.speech)}},
                  "scene": {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t.end else t.slots.get("_next", scene)}}}
            if t.reprompt is not None:
                rs["prompt"]["lastSimple"] = {"speech": t.reprompt, "text": ssml_plain(t.reprompt)}
            files[f"{d}/{n:02d}_{t.intent}.json"] = {"request": rq, "response": rs}
            n += 1
    return files


def g_chatlog(case, sessions, d):
    """Actions Console simulator 'export conversation' style log (new shape)."""
    conv = []
    for si, sess in enumerate(sessions):
        for t in sess:
            conv.append({"user": t.user, "assistant": ssml_plain(t.speech), "reprompt": t.reprompt, "micOpen": not t.end,
                         "sessionId": h(case["id"], si, n=16)})
    return {d: {"simulatorExport": {"project": case["id"], "locale": case["locale"], "surface": "SMART_DISPLAY", "turns": conv}}}


GOOGLE_SHAPES = {"gactions-conversation": g_conversation, "dialogflow-webhook": g_dialogflow, "gactions-scene": g_scene,
                 "simulator-chat-export": g_chatlog}
