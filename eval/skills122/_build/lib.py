"""Rendering helpers for set 122. All content comes from cases_*.py; this file only formats it."""
import base64, re, csv, hashlib, io, json, os, uuid
from xml.sax.saxutils import escape as xesc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = []


def uid(*parts):
    h = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
    return str(uuid.UUID(h[:32]))


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


# ---------------------------------------------------------------- turns
def T(u, intent, say, rep=None, end=False, slots=None):
    """one user turn: u = what the user said, intent = Launch / End / intent name"""
    return {"u": u, "intent": intent, "say": say, "rep": rep, "end": end, "slots": slots or {}}


def speech(text):
    if text is None:
        return None
    if text.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def alexa_response(t):
    r = {}
    if t["intent"] == "End":
        return {"version": "1.0", "response": {}}
    if t["say"] is not None:
        r["outputSpeech"] = speech(t["say"])
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": speech(t["rep"])}
    r["shouldEndSession"] = bool(t["end"])
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def alexa_requests(c, rec, turns):
    """yield (turn, request envelope) with session handling"""
    key = c["id"] + rec["path"]
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hexid(c["id"], "user", n=60)
    dev = "amzn1.ask.device." + hexid(c["id"], "dev", n=40)
    date = rec.get("date", "2025-02-11")
    sess_n, new = 0, True
    out = []
    for i, t in enumerate(turns):
        sid = "amzn1.echo-api.session." + uid(key, "s", sess_n)
        rq = {"requestId": "amzn1.echo-api.request." + uid(key, "r", i), "locale": c["locale"],
              "timestamp": f"{date}T{9 + i // 60:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d}Z"}
        if t["intent"] == "Launch":
            rq = {"type": "LaunchRequest", **rq}
        elif t["intent"] == "End":
            rq = {"type": "SessionEndedRequest", **rq, "reason": "USER_INITIATED"}
        else:
            rq = {"type": "IntentRequest", **rq, "dialogState": "STARTED" if False else None,
                  "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                             "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                       for k, v in t["slots"].items()}}}
            rq.pop("dialogState")
        env = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                           "user": {"userId": user}, **({} if new else {"attributes": {}})},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": rq}
        out.append((t, env))
        new = False
        if t["end"] or t["intent"] == "End":
            sess_n += 1
            new = True
    return out


def dumps(o):
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- alexa shapes
def r_envelope(c, rec, turns):
    files = {}
    base = rec["path"]
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        if t["intent"] == "End":
            continue
        name = rec.get("names", "{i:02d}-{intent}.json").format(i=i + 1, intent=t["intent"].replace(".", "_").lower())
        files[os.path.join(base, name)] = dumps(alexa_response(t))
    return files


def r_pairs_jsonl(c, rec, turns):
    return {rec["path"]: "".join(json.dumps({"request": rq, "response": alexa_response(t)}, ensure_ascii=False) + "\n"
                                 for t, rq in alexa_requests(c, rec, turns))}


def r_pairs_array(c, rec, turns):
    return {rec["path"]: dumps([{"request": rq, "response": alexa_response(t)} for t, rq in alexa_requests(c, rec, turns)])}


def _endpoint(c):
    return "arn:aws:lambda:us-east-1:31415926535:function:" + c["id"].split("-", 1)[1]


def _sim(c, t, rq, i):
    return {"id": uid(c["id"], "sim", i), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [
                {"type": "Speech", "content": {"caption": t["say"] or ""}}] if t["say"] else [],
                "consideredIntents": [{"name": t["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": rq},
                                                         "invocationResponse": {"body": alexa_response(t)},
                                                         "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
                "error": None}}


def r_smapi_simulation(c, rec, turns):
    files = {}
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        if t["intent"] == "End":
            continue
        files[os.path.join(rec["path"], f"sim-{i + 1:02d}.json")] = dumps(_sim(c, t, rq, i))
    return files


def r_smapi_invocation(c, rec, turns):
    files = {}
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        files[os.path.join(rec["path"], f"invoke-{i + 1:02d}.json")] = dumps(
            {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(c), "body": rq},
                                               "invocationResponse": {"body": alexa_response(t)},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}})
    return files


def _plain(t):
    s = t["say"] or ""
    return s


def r_ask_dialog(c, rec, turns):
    p = rec["path"]
    replay = {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text",
              "userInput": [t["u"] for t in turns if t["intent"] != "End"]}
    files = {os.path.join(p, "replay.json"): dumps(replay)}
    if rec.get("text"):
        lines = []
        for t in turns:
            if t["intent"] == "End":
                continue
            lines.append(f"User  > {t['u']}")
            lines.append(f"Alexa > {_plain(t)}")
        files[os.path.join(p, "dialog-output.txt")] = "\n".join(lines) + "\n"
    else:
        arr = []
        for t, rq in alexa_requests(c, rec, turns):
            if t["intent"] == "End":
                continue
            arr.append({"utterance": t["u"], "invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": rq},
                                                             "invocationResponse": {"body": alexa_response(t)}}]})
        files[os.path.join(p, "dialog-record.json")] = dumps(arr)
    return files


def _cw_lines(c, rec, turns, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        rid = uid(c["id"], "lam", i)
        ts = rq["request"]["timestamp"].replace("Z", ".%03dZ" % (i * 37 % 1000))
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(alexa_response(t), ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(rq, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(alexa_response(t), ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {41.5 + i:.2f} ms\tBilled Duration: {42 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    return lines


def r_cloudwatch_text(c, rec, turns):
    return {rec["path"]: "\n".join(_cw_lines(c, rec, turns, rec.get("py", False),
                                             rec.get("kw", ("Request: ", "Response: ")))) + "\n"}


def r_cloudwatch_json(c, rec, turns):
    ev = []
    for i, l in enumerate(_cw_lines(c, rec, turns)):
        ev.append({"logStreamName": "2025/02/11/[$LATEST]" + hexid(c["id"], "ls", n=32).lower(),
                   "timestamp": 1739264400000 + i * 211, "message": l + "\n", "ingestionTime": 1739264401000 + i * 211,
                   "eventId": str(37000000000000000000000000000000000000000000000000000000 + i)})
    return {rec["path"]: dumps({"events": ev, "searchedLogStreams": []})}


def r_har(c, rec, turns):
    url = rec.get("url", "https://" + c["id"].split("-", 1)[1] + ".ngrok-free.app/")
    ents = []
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        body = json.dumps(alexa_response(t), ensure_ascii=False)
        ents.append({"startedDateTime": rq["request"]["timestamp"], "time": 120 + i,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json; charset=utf-8",
                                              "text": json.dumps(rq, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                                  "headers": [{"name": "Content-Type", "value": "application/json"}],
                                  "content": {"size": len(body), "mimeType": "application/json", "text": body},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
                     "cache": {}, "timings": {"send": 0, "wait": 110 + i, "receive": 2}})
    return {rec["path"]: dumps({"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"},
                                        "entries": ents}})}


def r_transcript(c, rec, turns):
    lines = [f"# QA run {rec.get('date', '2025-02-11')} locale={c['locale']}"]
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        ts = rq["request"]["timestamp"]
        if t["intent"] == "End":
            lines.append(f"[{ts}] USER: {t['u']}")
            continue
        lines.append(f"[{ts}] USER: {t['u']}")
        lines.append(f"[{ts}] SKILL: {_plain(t)}")
        if t["rep"] is not None:
            lines.append(f"[{ts}] SKILL (reprompt): {t['rep']}")
        lines.append(f"session_open={'false' if t['end'] else 'true'}")
    return {rec["path"]: "\n".join(lines) + "\n"}


# ------- new shapes (not in set 1)
def _jest(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        s = "{\n"
        for k in sorted(o):
            s += sp + "  " + json.dumps(k) + ": " + _jest(o[k], ind + 1) + ",\n"
        return s + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(sp + "  " + _jest(x, ind + 1) + ",\n" for x in o) + sp + "]"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
    return json.dumps(o)


def r_jest_snapshot(c, rec, turns):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        if t["intent"] == "End":
            continue
        out.append(f"exports[`{rec.get('suite', 'handlers')} {t['u'] or t['intent']} 1`] = `\n{_jest(alexa_response(t))}\n`;\n")
    return {rec["path"]: "\n".join(out)}


def r_pino(c, rec, turns):
    lines = []
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        tm = 1739264400000 + i * 1500
        base = {"level": 30, "time": tm, "pid": 7, "hostname": "skill-api-6d9f8", "reqId": f"req-{i + 1}"}
        lines.append(json.dumps({**base, "msg": "alexa request received", "body": rq}, ensure_ascii=False))
        lines.append(json.dumps({**base, "time": tm + 90, "msg": "alexa response sent", "responseTime": 88,
                                 "payload": alexa_response(t)}, ensure_ascii=False))
    return {rec["path"]: "\n".join(lines) + "\n"}


def r_ngrok(c, rec, turns):
    reqs = []
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        b = json.dumps(rq, ensure_ascii=False).encode()
        rb = json.dumps(alexa_response(t), ensure_ascii=False).encode()
        raw_req = (b"POST /alexa HTTP/1.1\r\nHost: skill.ngrok.app\r\nContent-Type: application/json; charset=utf-8\r\n"
                   b"Content-Length: " + str(len(b)).encode() + b"\r\n\r\n" + b)
        raw_res = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode()
                   + b"\r\n\r\n" + rb)
        reqs.append({"uri": f"/api/requests/http/airt_{hexid(c['id'], i, n=26)}", "id": f"airt_{hexid(c['id'], i, n=26)}",
                     "tunnel_name": "command_line", "remote_addr": "54.240.197.33", "start": rq["request"]["timestamp"],
                     "duration": 140000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1",
                                 "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa",
                                 "raw": base64.b64encode(raw_req).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json"]},
                                  "raw": base64.b64encode(raw_res).decode()}})
    return {rec["path"]: dumps({"uri": "/api/requests/http", "requests": list(reversed(reqs))})}


def r_postman(c, rec, turns):
    items = []
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, indent=2, ensure_ascii=False)},
               "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
        items.append({"name": f"{i + 1:02d} {t['u'] or t['intent']}", "request": req,
                      "response": [{"name": "saved example", "originalRequest": req, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "cookie": [], "body": json.dumps(alexa_response(t), indent=2, ensure_ascii=False)}]})
    return {rec["path"]: dumps({"info": {"_postman_id": uid(c["id"], "pm"), "name": rec.get("title", c["name"] + " – local"),
                                         "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})}


def r_junit(c, rec, turns):
    cases = []
    for i, (t, rq) in enumerate(alexa_requests(c, rec, turns)):
        out = "request: " + json.dumps(rq, ensure_ascii=False) + "\nresponse: " + json.dumps(alexa_response(t), ensure_ascii=False)
        cases.append(f'    <testcase classname="{xesc(c["name"])} conversation" name="{xesc(t["u"] or t["intent"])}" time="0.0{i + 2}">\n'
                     f'      <system-out><![CDATA[{out}]]></system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="Mocha Tests" tests="%d" failures="0">\n'
           '  <testsuite name="%s" tests="%d" failures="0" timestamp="%sT10:00:00">\n%s\n  </testsuite>\n</testsuites>\n'
           % (len(cases), xesc(c["name"]), len(cases), rec.get("date", "2025-02-11"), "\n".join(cases)))
    return {rec["path"]: xml}


def _ptext(s):
    return s or ""


def r_csv(c, rec, turns):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["session_id", "timestamp", "locale", "request_type", "intent", "user_utterance", "skill_speech",
                "reprompt", "should_end_session"])
    for t, rq in alexa_requests(c, rec, turns):
        r = alexa_response(t)["response"]
        w.writerow([rq["session"]["sessionId"], rq["request"]["timestamp"], c["locale"], rq["request"]["type"],
                    t["intent"] if rq["request"]["type"] == "IntentRequest" else "", t["u"], _ptext(t["say"]),
                    _ptext(t["rep"]), "" if t["intent"] == "End" else str(r.get("shouldEndSession")).lower()])
    return {rec["path"]: buf.getvalue()}


def _yq(s):
    return json.dumps(s, ensure_ascii=False)


def r_bespoken(c, rec, turns):
    lines = ["---", "configuration:", f"  locale: {c['locale']}", "  description: " + _yq(rec.get("title", c["name"] + " regression")), "", "---",
             "- test: " + _yq(rec.get("test", "recorded conversation"))]
    for t in turns:
        if t["intent"] == "End":
            continue
        u = "LaunchRequest" if t["intent"] == "Launch" else t["u"]
        lines.append(f"- {_yq(u) if u != 'LaunchRequest' else u}:")
        if t["say"] is not None:
            lines.append(f"  - prompt: {_yq(t['say'])}")
        if t["rep"] is not None:
            lines.append(f"  - reprompt: {_yq(t['rep'])}")
        lines.append(f"  - response.shouldEndSession: {'true' if t['end'] else 'false'}")
    return {rec["path"]: "\n".join(lines) + "\n"}


# ---------------------------------------------------------------- google shapes
def r_gactions_conv(c, rec, turns):
    out = []
    conv = uid(c["id"], rec["path"], "conv")
    new = True
    k = 0
    for i, t in enumerate(turns):
        if t["intent"] == "Launch":
            inp = {"intent": "actions.intent.MAIN", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}
        elif t["intent"].startswith("actions.intent.PERMISSION"):
            inp = {"intent": "actions.intent.PERMISSION", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}],
                   "arguments": [{"name": "PERMISSION", "textValue": "true", "boolValue": True}]}
        else:
            inp = {"intent": "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}],
                   "arguments": [{"name": "text", "rawText": t["u"], "textValue": t["u"]}]}
        req = {"user": {"userId": "ABwppHE" + hexid(c["id"], "gu", n=20), "locale": c["locale"]},
               "conversation": {"conversationId": conv + "-" + str(k), "type": "NEW" if new else "ACTIVE"},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "isInSandbox": True}
        items = [{"simpleResponse": {"textToSpeech": t["say"]}}] if t["say"] is not None else []
        if t["end"]:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            pi = t.get("perm")
            possible = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": pi[0],
                "permissions": pi[1]}}] if pi else [{"intent": "actions.intent.TEXT"}]
            res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {
                "richInitialPrompt": {"items": items},
                "noInputPrompts": [{"textToSpeech": t["rep"]}] if t["rep"] is not None else []},
                "possibleIntents": possible}]}
        out.append({"request": req, "response": res})
        new = bool(t["end"])
        if t["end"]:
            k += 1
    return {rec["path"]: dumps(out)}


def r_dialogflow(c, rec, turns):
    files = {}
    sess = uid(c["id"], rec["path"])
    for i, t in enumerate(turns):
        req = {"responseId": uid(c["id"], "df", i) + "-a14fa99c",
               "session": f"projects/{c['project']}/agent/sessions/{sess}",
               "queryResult": {"queryText": t["u"], "parameters": t["slots"], "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{c['project']}/agent/intents/{uid(c['id'], t['intent'])}",
                                          "displayName": t["intent"]},
                               "intentDetectionConfidence": 1, "languageCode": c["locale"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c["locale"]}, "conversation": {"conversationId": sess, "type": "NEW" if i == 0 else "ACTIVE"},
                   "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}]}}}
        g = {"expectUserResponse": not t["end"]}
        if t["say"] is not None:
            g["richResponse"] = {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}
        if t["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
        if t.get("perm"):
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0],
                "permissions": t["perm"][1]}}
        res = {"fulfillmentText": t["say"] or "", "payload": {"google": g}}
        files[os.path.join(rec["path"], f"turn{i + 1:02d}-request.json")] = dumps(req)
        files[os.path.join(rec["path"], f"turn{i + 1:02d}-response.json")] = dumps(res)
    return files


def r_gscene(c, rec, turns):
    out = []
    sid = uid(c["id"], rec["path"], "scene")
    for i, t in enumerate(turns):
        scene = t.get("scene", "Main")
        req = {"handler": {"name": t.get("handler", t["intent"].lower())},
               "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"],
                          "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["u"]},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                        "lastSeenTime": "2025-02-10T08:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False}}
        if t["say"] is not None:
            res["prompt"]["firstSimple"] = {"speech": t["say"], "text": t.get("text", t["say"])}
        if t["end"]:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif t.get("next"):
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": t["next"]}}
        if t["rep"] is not None:
            res["prompt"]["lastSimple"] = {"speech": t["rep"], "text": t["rep"]}
        out.append({"request": req, "response": res})
    return {rec["path"]: dumps(out)}


SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
          "smapi-simulation": r_smapi_simulation, "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog,
          "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json, "har": r_har,
          "transcript": r_transcript, "jest-snapshot": r_jest_snapshot, "pino-jsonl": r_pino,
          "ngrok-inspect": r_ngrok, "postman-collection": r_postman, "junit-xml": r_junit, "csv-export": r_csv,
          "bespoken-yaml": r_bespoken, "gactions-conversation": r_gactions_conv, "dialogflow-webhook": r_dialogflow,
          "gactions-scene": r_gscene}


# ---------------------------------------------------------------- projects
def alexa_project(c):
    loc = c["locale"]
    files = {}
    pub = {"summary": c["desc"][:160], "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
           "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
           "smallIconUri": "https://example-cdn.invalid/icons/108.png", "largeIconUri": "https://example-cdn.invalid/icons/512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")}}
    man = {"manifest": {"publishingInformation": {"locales": {loc: pub}, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("category", "BUSINESS_AND_FINANCE"),
                                                  "distributionCountries": [c.get("country", loc.split("-")[1])]},
                        "apis": {"custom": {"endpoint": {"uri": _endpoint(c)}, "interfaces": []}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    files["skill-package/skill.json"] = dumps(man)
    intents = []
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        d = {"name": name}
        if slots:
            d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
        d["samples"] = samples
        intents.append(d)
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
              "AMAZON.FallbackIntent"):
        if not any(i["name"] == b for i in intents):
            intents.append({"name": b, "samples": []})
    lm = {"invocationName": c["inv"], "intents": intents,
          "types": [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]}
    files[f"skill-package/interactionModels/custom/{loc}.json"] = dumps({"interactionModel": {"languageModel": lm},
                                                                         "version": "3"})
    files["ask-resources.json"] = dumps({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    for p, txt in c.get("extra", {}).items():
        files[p] = txt
    return files


def builder_project(c):
    files = {}
    lang = c["locale"].split("-")[0]
    ls = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80],
          "fullDescription": c["desc"], "smallLogoImage": "$resources.images.square", "developerName": c.get("dev", "Independent developer"),
          "developerEmail": c.get("devmail", "dev@example.org")}
    if c.get("policy"):
        ls["privacyPolicyUrl"] = c["policy"]
    st = ["projectId: " + c["project"], "defaultLocale: " + lang, "category: " + c.get("gcat", "BUSINESS_AND_FINANCE"),
          "usesInteractiveCanvas: false", "localizedSettings:"]
    for k, v in ls.items():
        st.append(f"  {k}: {_yq(v)}")
    files["sdk/settings/settings.yaml"] = "\n".join(st) + "\n"
    files["sdk/manifest.yaml"] = "version: \"1.0\"\n"
    files["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: main\n- name: fallback\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n"
    files["sdk/custom/global/actions.intent.MAIN.yaml"] = "handler:\n  webhookHandler: main\ntransitionToScene: Main\n"
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        y = []
        if slots:
            y.append("parameters:")
            for k, v in slots.items():
                y.append(f"- name: {k}\n  type:\n    name: {v}")
        y.append("trainingPhrases:")
        for s in samples:
            y.append("- " + _yq(re.sub(r"\$(\w+)", lambda m: "($" + m.group(1) + " '" + (c.get("ex", {}).get(m.group(1), "123456")) + "' auto=false)", s)))
        files[f"sdk/custom/intents/{name}.yaml"] = "\n".join(y) + "\n"
    for n, vals in c.get("types", {}).items():
        files[f"sdk/custom/types/{n}.yaml"] = "synonym:\n  entities:\n" + "".join(
            f"    {v.replace(' ', '_')}:\n      synonyms:\n      - {_yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
    for n, txt in c.get("scenes", {}).items():
        files[f"sdk/custom/scenes/{n}.yaml"] = txt
    for p, txt in c.get("extra", {}).items():
        files[p] = txt
    return files


def v2_project(c):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["project"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["project"]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                "trigger": {"queryPatterns": samples}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
           "longDescription": c["desc"], "category": c.get("gcat", "BUSINESS_AND_FINANCE")}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    a = {"manifest": man, "actions": acts,
         "conversations": {c["project"]: {"name": c["project"], "url": "https://us-central1-" + c["project"] + ".cloudfunctions.net/fulfillment",
                                          "fulfillmentApiVersion": 2}}, "locale": c["locale"].split("-")[0]}
    files = {"action.json": dumps(a)}
    files.update(c.get("extra", {}))
    return files


def df_project(c):
    lang = c["locale"].split("-")[0]
    files = {"agent.json": dumps({"description": c["desc"], "language": lang, "shortDescription": c["name"],
                                  "disableInteractionLogs": False, "googleAssistant": {
                                      "googleAssistantCompatible": True, "project": c["project"], "welcomeIntentSignInRequired": False,
                                      "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {},
                                      "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2",
                                      "isDeviceAgent": False},
                                  "defaultTimezone": c.get("tz", "America/New_York"),
                                  "webhook": {"url": "https://" + c["project"] + ".web.app/dialogflow", "available": True},
                                  "isPrivate": True, "enableOnePlatformResponses": True}),
             "package.json": dumps({"version": "1.0.0"})}
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        files[f"intents/{name}.json"] = dumps({"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                               "responses": [{"resetContexts": False, "affectedContexts": [],
                                                              "parameters": [{"id": uid(c["id"], name, k), "name": k, "required": False,
                                                                              "dataType": v, "value": "$" + k, "isList": False}
                                                                             for k, v in slots.items()],
                                                              "messages": [{"type": "0", "lang": lang, "condition": "", "speech": []}]}],
                                               "priority": 500000, "webhookUsed": True, "fallbackIntent": False, "events": []})
        us = []
        for j, s in enumerate(samples):
            data = []
            # {slot} markers become annotated parts
            rest = s
            while "{" in rest:
                a, b = rest.split("{", 1)
                k, rest = b.split("}", 1)
                if a:
                    data.append({"text": a, "userDefined": False})
                data.append({"text": c.get("ex", {}).get(k, k.replace("_", " ")), "alias": k, "meta": slots.get(k, "@sys.any"), "userDefined": True})
            if rest:
                data.append({"text": rest, "userDefined": False})
            us.append({"id": uid(c["id"], name, j), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        files[f"intents/{name}_usersays_{lang}.json"] = dumps(us)
    files.update(c.get("extra", {}))
    return files


def build_case(c):
    plat = c.get("platform", "alexa")
    files = {"alexa": alexa_project, "builder": builder_project, "v2": v2_project, "df": df_project}[plat](c)
    shapes = []
    for rec in c["recs"]:
        files.update(SHAPES[rec["shape"]](c, rec, rec["turns"]))
        if rec["shape"] not in shapes:
            shapes.append(rec["shape"])
    return files, shapes


def case(**kw):
    kw.setdefault("project", kw["id"].split("-", 1)[1] + "-" + hexid(kw["id"], n=5).lower())
    CASES.append(kw)


def O(**kw):
    return {"__opt__": kw}


def R(shape, path, *turns, **kw):
    opts = dict(kw)
    tl = []
    for t in turns:
        if "__opt__" in t:
            opts.update(t["__opt__"])
        else:
            tl.append(t)
    return {"shape": shape, "path": path, "turns": tl, **opts}
