"""Rendering engine: turns hand-written case specs (cases_*.py) into project folders and recordings."""
import base64, csv, hashlib, io, json, os, shutil, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return str(uuid.UUID(h))


def T(i, say, rep=None, end=None, s=None, u=None, **kw):
    """One turn: intent (or LAUNCH / SessionEnded), speech, reprompt, shouldEndSession, slots, user text."""
    if end is None:
        end = rep is None
    d = {"i": i, "say": say, "rep": rep, "end": end, "s": s or {}, "u": u}
    d.update(kw)
    return d


def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def speech(text):
    if text is None:
        return None
    if text.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


# ---------------------------------------------------------------- Alexa requests / responses
def sessions(case, turns, tag):
    """Attach session ids / new flags / timestamps to turns."""
    out, n, new = [], 0, True
    sid = None
    day = tag.get("date", "2026-04-11")
    for k, t in enumerate(turns):
        if new or t["i"] == "LAUNCH":
            n += 1
            sid = "amzn1.echo-api.session." + uid(case["id"], tag.get("name", ""), n)
            new_flag = True
        else:
            new_flag = False
        ts = f"{day}T{9 + (k // 30):02d}:{(7 + k * 2) % 60:02d}:{(13 * k) % 60:02d}Z"
        out.append(dict(t, sid=sid, new=new_flag, ts=ts, rid="amzn1.echo-api.request." + uid(case["id"], tag.get("name", ""), k)))
        new = t["end"] or t["i"] == "SessionEnded"
    return out


def alexa_request(case, t):
    app = "amzn1.ask.skill." + uid(case["id"], "app")
    user = "amzn1.ask.account." + hid(case["id"], "user", n=40).upper()
    if t["i"] == "LAUNCH":
        req = {"type": "LaunchRequest", "requestId": t["rid"], "locale": case["locale"], "timestamp": t["ts"]}
    elif t["i"] == "SessionEnded":
        req = {"type": "SessionEndedRequest", "requestId": t["rid"], "locale": case["locale"], "timestamp": t["ts"], "reason": "USER_INITIATED"}
    else:
        slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["s"].items()}
        req = {"type": "IntentRequest", "requestId": t["rid"], "locale": case["locale"], "timestamp": t["ts"],
               "dialogState": None, "intent": {"name": t["i"], "confirmationStatus": "NONE", "slots": slots}}
        if not slots:
            del req["intent"]["slots"]
        del req["dialogState"]
    sess = {"new": t["new"], "sessionId": t["sid"], "application": {"applicationId": app}, "user": {"userId": user}}
    if not t["new"]:
        sess["attributes"] = {}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": "amzn1.ask.device." + hid(case["id"], "dev", n=40).upper(), "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
            "request": req}


def alexa_response(case, t, ua=None):
    if t["i"] == "SessionEnded":
        return {"version": "1.0", "response": {}}
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = speech(t["say"])
    if t.get("card"):
        r["card"] = t["card"]
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": speech(t["rep"])}
    if t.get("directives"):
        r["directives"] = t["directives"]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    out = {"version": "1.0", "sessionAttributes": {}, "userAgent": ua or case.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": r}
    return out


def user_text(case, t):
    if t["u"]:
        return t["u"]
    if t["i"] == "LAUNCH":
        return "open " + case["inv"]
    if t["i"] == "AMAZON.StopIntent":
        return {"de-DE": "stopp", "fr-FR": "arrête", "es-ES": "para", "ja-JP": "ストップ"}.get(case["locale"], "stop")
    if t["i"] == "AMAZON.CancelIntent":
        return {"de-DE": "abbrechen", "fr-FR": "annule", "es-ES": "cancela", "ja-JP": "キャンセル"}.get(case["locale"], "cancel")
    if t["i"] == "AMAZON.HelpIntent":
        return {"de-DE": "hilfe", "fr-FR": "aide", "es-ES": "ayuda", "ja-JP": "ヘルプ"}.get(case["locale"], "help")
    return " ".join(t["s"].values()) or t["i"]


def plain(sp):
    import re
    if sp is None:
        return ""
    return re.sub(r"<[^>]+>", "", sp)


# ---------------------------------------------------------------- shapes
def r_envelope(case, turns, base, tag):
    for k, t in enumerate(turns):
        nm = t["i"].replace("AMAZON.", "").replace("LAUNCH", "launch").lower()
        wjson(os.path.join(base, f"{k + 1:02d}-{nm}.json"), alexa_response(case, t))


def r_pairs_jsonl(case, turns, base, tag):
    lines = [json.dumps({"request": alexa_request(case, t), "response": alexa_response(case, t)}, ensure_ascii=False) for t in turns]
    wtext(base, "\n".join(lines) + "\n")


def r_pairs_array(case, turns, base, tag):
    wjson(base, [{"request": alexa_request(case, t), "response": alexa_response(case, t)} for t in turns])


def _sim(case, t, k):
    return {"id": uid(case["id"], "sim", k, base64.b32encode(t["rid"].encode()).decode()[:6]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(t["say"])}}] if t["say"] else [],
                                              "considered_intents": [{"name": t["i"] if t["i"] != "LAUNCH" else "<LaunchRequest>", "confirmationStatus": "NONE"}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": case.get("endpoint_arn"), "body": alexa_request(case, t)},
                                                               "invocationResponse": {"body": alexa_response(case, t)},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 7}}]},
                       "error": None}}


def r_smapi_sim(case, turns, base, tag):
    for k, t in enumerate(turns):
        wjson(os.path.join(base, f"sim-{k + 1:02d}.json"), _sim(case, t, k))


def r_smapi_inv(case, turns, base, tag):
    for k, t in enumerate(turns):
        wjson(os.path.join(base, f"invoke-{k + 1:02d}.json"), {"id": uid(case["id"], "inv", k), "status": "SUCCESSFUL",
              "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": case.get("endpoint_arn"), "body": alexa_request(case, t)},
                                                "invocationResponse": {"body": alexa_response(case, t)},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 211 + k}}, "error": None}})


def r_ask_dialog(case, turns, base, tag):
    utts = [user_text(case, t) for t in turns]
    wjson(os.path.join(base, "dialog-replay.json"), {"skillId": "amzn1.ask.skill." + uid(case["id"], "app"), "locale": case["locale"], "type": "text", "userInput": utts})
    if tag.get("text_record"):
        lines = []
        for u, t in zip(utts, turns):
            lines.append(f"User  > {u}")
            lines.append(f"Alexa > {plain(t['say'])}")
        wtext(os.path.join(base, "dialog-output.txt"), "\n".join(lines) + "\n")
    else:
        wjson(os.path.join(base, "dialog-output.json"), [{"utterance": u, "invocations": [{"invocationRequest": {"body": alexa_request(case, t)}, "invocationResponse": {"body": alexa_response(case, t)}}]} for u, t in zip(utts, turns)])


def r_cloudwatch_text(case, turns, base, tag):
    py = tag.get("python")
    kw_req, kw_res = tag.get("kw", ("Request: ", "Response: "))
    lines = []
    for k, t in enumerate(turns):
        lid = uid(case["id"], "lambda", k)
        ts = t["ts"].replace("Z", ".412Z")
        lines.append(f"{ts} START RequestId: {lid} Version: $LATEST")
        rq = json.dumps(alexa_request(case, t), ensure_ascii=False)
        rs = json.dumps(alexa_response(case, t, ua="ask-python-sdk/1.19.0 Python/3.11.6" if py else None), ensure_ascii=False)
        if py:
            lines.append(f"[INFO]\t{ts}\t{lid}\t{kw_req}{rq}")
            lines.append(f"[INFO]\t{ts}\t{lid}\t{kw_res}{rs}")
        else:
            lines.append(f"{ts}\t{lid}\tINFO\t{kw_req}{rq}")
            lines.append(f"{ts}\t{lid}\tINFO\t{kw_res}{rs}")
        lines.append(f"{ts} END RequestId: {lid}")
        lines.append(f"{ts} REPORT RequestId: {lid}\tDuration: {41.3 + k:.2f} ms\tBilled Duration: {42 + k} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    wtext(base, "\n".join(lines) + "\n")


def r_cloudwatch_json(case, turns, base, tag):
    ev = []
    for k, t in enumerate(turns):
        lid = uid(case["id"], "lambda", k)
        ms = 1775900000000 + k * 9000
        for kw, body in (("Request: ", alexa_request(case, t)), ("Response: ", alexa_response(case, t))):
            ev.append({"logStreamName": f"2026/04/11/[$LATEST]{hid(case['id'], 'ls')}", "timestamp": ms, "ingestionTime": ms + 310,
                       "message": f"{t['ts']}\t{lid}\tINFO\t{kw}{json.dumps(body, ensure_ascii=False)}\n", "eventId": hid(case["id"], kw, k, n=56)})
    wjson(base, {"events": ev, "searchedLogStreams": []})


def _har_entry(case, t, k, url):
    rq = json.dumps(alexa_request(case, t), ensure_ascii=False)
    rs = json.dumps(alexa_response(case, t), ensure_ascii=False)
    return {"startedDateTime": t["ts"].replace("Z", ".000Z"), "time": 120 + k,
            "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                        "postData": {"mimeType": "application/json", "text": rq}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                         "cookies": [], "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs}, "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
            "cache": {}, "timings": {"send": 1, "wait": 100 + k, "receive": 2}}


def r_har(case, turns, base, tag):
    url = tag.get("url", f"https://{case['id'].split('-', 1)[1]}.example-dev.net/alexa")
    wjson(base, {"log": {"version": "1.2", "creator": {"name": tag.get("creator", "Charles Proxy"), "version": "4.6.6"},
                         "entries": [_har_entry(case, t, k, url) for k, t in enumerate(turns)]}})


def r_transcript(case, turns, base, tag):
    lines = [f"# QA transcript {case['name']} ({case['locale']}) device=Echo Dot 5"]
    for k, t in enumerate(turns):
        ts = t["ts"].replace("T", " ").replace("Z", "")
        lines.append(f"[{ts}] USER: {user_text(case, t)}")
        lines.append(f"[{ts}] SKILL: {plain(t['say'])}")
        if t["rep"] is not None:
            lines.append(f"[{ts}] SKILL (reprompt): {plain(t['rep'])}")
        lines.append(f"[{ts}] session_open={'false' if t['end'] else 'true'}")
    wtext(base, "\n".join(lines) + "\n")


# ---- new shapes (not in set 1)
def r_bespoken_yaml(case, turns, base, tag):
    """Bespoken unit-test YAML with JSONPath assertions on the recorded responses."""
    def q(s):
        return json.dumps(s, ensure_ascii=False)
    lines = ["---", "configuration:", f"  locale: {case['locale']}", "  handler: ../lambda/index.handler", "", "---", f"- test: recorded {case['name']}"]
    for t in turns:
        head = "LaunchRequest" if t["i"] == "LAUNCH" else (t["i"] if t["i"] != "SessionEnded" else "SessionEndedRequest")
        if t["s"]:
            head += " " + " ".join(f"{k}={v}" for k, v in t["s"].items())
        lines.append(f"- {head}:")
        if t["say"] is not None:
            key = "response.outputSpeech.ssml" if t["say"].startswith("<speak>") else "response.outputSpeech.text"
            lines.append(f"  - {key}: {q(t['say'])}")
        if t["rep"] is not None:
            key = "response.reprompt.outputSpeech.ssml" if t["rep"].startswith("<speak>") else "response.reprompt.outputSpeech.text"
            lines.append(f"  - {key}: {q(t['rep'])}")
        lines.append(f"  - response.shouldEndSession: {str(t['end']).lower()}")
    wtext(base, "\n".join(lines) + "\n")


def _pf(v, ind=0):
    """jest pretty-format style."""
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        items = [f'{sp}  "{k}": {_pf(v[k], ind + 1)},' for k in sorted(v)]
        return "Object {\n" + "\n".join(items) + f"\n{sp}}}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "\n".join(f"{sp}  {_pf(x, ind + 1)}," for x in v) + f"\n{sp}]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(v, ensure_ascii=False).replace("`", "\\`")


def r_jest_snapshot(case, turns, base, tag):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for k, t in enumerate(turns):
        nm = f"{case['name']} conversation turn {k + 1} {t['i']} 1"
        r = alexa_response(case, t)["response"]
        out.append(f"exports[`{nm}`] = `\n{_pf(r)}\n`;\n")
    wtext(base, "\n".join(out))


def r_newman(case, turns, base, tag):
    url = tag.get("url", f"https://{case['id'].split('-', 1)[1]}.ngrok-free.app/")
    ex = []
    for k, t in enumerate(turns):
        rs = json.dumps(alexa_response(case, t), ensure_ascii=False).encode()
        ex.append({"cursor": {"position": k, "iteration": 0, "length": len(turns), "cycles": 1, "ref": uid(case["id"], "cur", k)},
                   "item": {"id": uid(case["id"], "item", k), "name": f"{k + 1:02d} {t['i']}"},
                   "request": {"url": {"protocol": "https", "host": url.split("/")[2].split("."), "path": [""]}, "method": "POST",
                               "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(alexa_request(case, t), ensure_ascii=False)}},
                   "response": {"id": uid(case["id"], "resp", k), "status": "OK", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                                "stream": {"type": "Buffer", "data": list(rs)}, "cookie": [], "responseTime": 140 + k, "responseSize": len(rs)},
                   "id": uid(case["id"], "exe", k)})
    wjson(base, {"collection": {"info": {"_postman_id": uid(case["id"], "coll"), "name": f"{case['name']} regression", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []},
                 "run": {"stats": {"requests": {"total": len(turns), "pending": 0, "failed": 0}}, "executions": ex, "failures": []}})


def r_ngrok(case, turns, base, tag):
    reqs = []
    host = f"{hid(case['id'], 'ng', n=8)}.ngrok-free.app"
    for k, t in enumerate(turns):
        rq = json.dumps(alexa_request(case, t), ensure_ascii=False).encode()
        rs = json.dumps(alexa_response(case, t), ensure_ascii=False).encode()
        raw_rq = b"POST / HTTP/1.1\r\nHost: " + host.encode() + b"\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(rq)).encode() + b"\r\nUser-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_402)\r\n\r\n" + rq
        raw_rs = b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(rs)).encode() + b"\r\n\r\n" + rs
        reqs.append({"uri": f"/api/requests/http/airt_{hid(case['id'], k, n=27)}", "id": f"airt_{hid(case['id'], k, n=27)}", "tunnel_name": "command_line",
                     "remote_addr": "54.240.197.{}".format(10 + k), "start": t["ts"], "duration": 131000000 + k,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/", "raw": base64.b64encode(raw_rq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "raw": base64.b64encode(raw_rs).decode()}})
    reqs.reverse()  # ngrok lists newest first
    wjson(base, {"requests": reqs, "uri": "/api/requests/http"})


def r_sam_local(case, turns, base, tag):
    """`sam local invoke -e events/NN.json` runs: the event files plus the captured console output."""
    log = []
    for k, t in enumerate(turns):
        ev = f"events/{k + 1:02d}-{t['i'].replace('AMAZON.', '').lower()}.json"
        wjson(os.path.join(base, ev), alexa_request(case, t))
        lid = uid(case["id"], "sam", k)
        log.append(f"$ sam local invoke SkillFunction -e {ev}")
        log.append("Invoking index.handler (nodejs18.x)")
        log.append("Local image is up-to-date")
        log.append(f"Mounting /home/dev/{case['id']}/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container")
        log.append(f"START RequestId: {lid} Version: $LATEST")
        log.append(f"END RequestId: {lid}")
        log.append(f"REPORT RequestId: {lid}\tInit Duration: 0.21 ms\tDuration: {310 + k}.55 ms\tBilled Duration: {311 + k} ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB")
        log.append(json.dumps(alexa_response(case, t), ensure_ascii=False))
        log.append("")
    wtext(os.path.join(base, "sam-local-invoke.log"), "\n".join(log))


def r_junit(case, turns, base, tag):
    from xml.sax.saxutils import escape
    tc = []
    for k, t in enumerate(turns):
        rs = json.dumps(alexa_response(case, t), ensure_ascii=False)
        tc.append(f'    <testcase classname="test_conversation.{case["name"].replace(" ", "")}Test" name="test_{k + 1:02d}_{t["i"].replace(".", "_").lower()}" time="0.{31 + k}">\n'
                  f'      <system-out>{escape("request intent=" + t["i"] + " locale=" + case["locale"])}\n{escape("response=" + rs)}</system-out>\n    </testcase>')
    xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(turns)}" time="1.52" timestamp="{turns[0]["ts"][:19]}" hostname="ci-runner-3">\n'
           + "\n".join(tc) + "\n  </testsuite>\n</testsuites>\n")
    wtext(base, xml)


def r_insights_csv(case, turns, base, tag):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["@timestamp", "@message"])
    for k, t in enumerate(turns):
        lid = uid(case["id"], "lambda", k)
        ts = t["ts"].replace("T", " ").replace("Z", ".000")
        w.writerow([ts, f"{t['ts']}\t{lid}\tINFO\tRequest: {json.dumps(alexa_request(case, t), ensure_ascii=False)}"])
        w.writerow([ts, f"{t['ts']}\t{lid}\tINFO\tResponse: {json.dumps(alexa_response(case, t), ensure_ascii=False)}"])
    wtext(base, buf.getvalue())


# ---------------------------------------------------------------- Google recordings
def g_conv(case, t, k):
    return "ABwppHE" + hid(case["id"], "conv", t["sid"], n=20)


def r_gactions_conversation(case, turns, base, tag):
    pairs = []
    for k, t in enumerate(turns):
        intent = "actions.intent.MAIN" if t["i"] == "LAUNCH" else ("actions.intent.CANCEL" if t["i"] in ("AMAZON.StopIntent", "AMAZON.CancelIntent") else ("actions.intent.TEXT" if not t.get("gi") else t["gi"]))
        req = {"user": {"locale": case["locale"], "lastSeen": "2026-04-10T18:22:04Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": g_conv(case, t, k), "type": "NEW" if t["new"] else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ("talk to " + case["inv"] if t["i"] == "LAUNCH" else user_text(case, t))}],
                           "arguments": [{"name": "text", "rawText": t["u"] or "", "textValue": t["u"] or ""}] if intent == "actions.intent.TEXT" else []}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": []}
        res = {"expectUserResponse": not t["end"]}
        simple = {"simpleResponse": {"textToSpeech": t["say"] or ""}}
        if t["end"]:
            res["finalResponse"] = {"richResponse": {"items": [simple]}}
        else:
            res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [simple]},
                                                      "noInputPrompts": [{"textToSpeech": t["rep"]}] if t["rep"] is not None else []},
                                      "possibleIntents": t.get("possible") or [{"intent": "actions.intent.TEXT"}]}]
        pairs.append({"request": req, "response": res})
    wjson(base, pairs)


def r_dialogflow_webhook(case, turns, base, tag):
    pairs = []
    for k, t in enumerate(turns):
        sess = f"projects/{case['gproject']}/agent/sessions/{hid(case['id'], t['sid'], n=24)}"
        intent = "Default Welcome Intent" if t["i"] == "LAUNCH" else t["i"]
        req = {"responseId": uid(case["id"], "df", k) + "-" + hid(k, n=8), "session": sess,
               "queryResult": {"queryText": t["u"] or ("GOOGLE_ASSISTANT_WELCOME" if t["i"] == "LAUNCH" else user_text(case, t)), "parameters": t["s"],
                               "allRequiredParamsPresent": True, "intent": {"name": f"projects/{case['gproject']}/agent/intents/{uid(case['id'], intent)}", "displayName": intent},
                               "intentDetectionConfidence": 1, "languageCode": case["locale"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": case["locale"]}, "conversation": {"conversationId": hid(case["id"], t["sid"], n=24), "type": "NEW" if t["new"] else "ACTIVE"}, "isInSandbox": True}}}
        items = [{"simpleResponse": {"textToSpeech": t["say"] or ""}}]
        g = {"expectUserResponse": not t["end"], "richResponse": {"items": items}}
        if t.get("system"):
            g["systemIntent"] = t["system"]
        if t["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": t["rep"]}]
        res = {"fulfillmentText": plain(t["say"]), "payload": {"google": g}}
        pairs.append({"request": req, "response": res})
    wjson(base, pairs)


def r_gactions_scene(case, turns, base, tag):
    out = []
    for k, t in enumerate(turns):
        scene = t.get("scene") or ("actions.scene.START_CONVERSATION" if t["i"] == "LAUNCH" else "Main")
        req = {"handler": {"name": t.get("handler") or ("start" if t["i"] == "LAUNCH" else t["i"].lower())},
               "intent": {"name": "actions.intent.MAIN" if t["i"] == "LAUNCH" else t["i"], "params": {p: {"original": v, "resolved": v} for p, v in t["s"].items()}, "query": t["u"] or ""},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": hid(case["id"], t["sid"], n=40), "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": case["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2026-04-10T18:02:11Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/London", "version": ""}}}
        res = {"session": {"id": req["session"]["id"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"] or "", "text": plain(t["say"])}}}
        if t["end"]:
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif t.get("next"):
            res["scene"] = {"name": scene, "slots": {}, "next": {"name": t["next"]}}
        if t["rep"] is not None:
            res["prompt"]["lastSimple"] = {"speech": t["rep"], "text": plain(t["rep"])}
        out.append({"request": req, "response": res})
    if tag.get("jsonl"):
        wtext(base, "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n")
    else:
        wjson(base, out)


SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_sim,
          "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json,
          "har": r_har, "transcript": r_transcript, "bespoken-yaml": r_bespoken_yaml, "jest-snapshot": r_jest_snapshot, "newman-json": r_newman,
          "ngrok-inspect": r_ngrok, "sam-local": r_sam_local, "junit-xml": r_junit, "insights-csv": r_insights_csv,
          "gactions-conversation": r_gactions_conversation, "dialogflow-webhook": r_dialogflow_webhook, "gactions-scene": r_gactions_scene}


# ---------------------------------------------------------------- projects
def alexa_project(case, d):
    loc = case["locale"]
    locs = case.get("locales") or [loc]
    pi = {"locales": {}, "isAvailableWorldwide": False, "distributionCountries": case.get("countries", [loc.split("-")[1]]),
          "testingInstructions": case.get("testing", "Launch the skill and follow the prompts."), "category": case.get("category", "GAMES")}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("perms")) or case.get("usesPI", False),
          "isChildDirected": case.get("child", False), "isExportCompliant": True, "containsAds": False}
    if case.get("policy"):
        pc["locales"] = {}
    for l in locs:
        pi["locales"][l] = {"name": case.get("display", case["name"]), "summary": case.get("summary", case["desc"][:120]), "description": case["desc"],
                            "examplePhrases": case.get("examples") or [f"Alexa, open {case['inv']}"], "keywords": case.get("keywords", []),
                            "smallIconUri": f"https://cdn.example-assets.net/{case['id']}/icon-108.png", "largeIconUri": f"https://cdn.example-assets.net/{case['id']}/icon-512.png"}
        if case.get("policy"):
            pc["locales"][l] = {"privacyPolicyUrl": case["policy"], "termsOfUseUrl": case.get("terms", case["policy"].rsplit("/", 1)[0] + "/terms")}
    m = {"manifest": {"manifestVersion": "1.0", "publishingInformation": pi, "privacyAndCompliance": pc,
                      "apis": {"custom": {"endpoint": {"uri": case.get("endpoint_arn") or f"arn:aws:lambda:eu-west-1:4127{hid(case['id'], n=8)[:8].translate(str.maketrans('abcdef', '123456'))}:function:{case['id'].split('-', 1)[1]}"}}}}}
    if case.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in case["perms"]]
    if case.get("interfaces"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": x} for x in case["interfaces"]]
    wjson(os.path.join(d, "skill-package", "skill.json"), m)
    for l in locs:
        model = case.get("models", {}).get(l) if case.get("models") else None
        inv = case.get("invs", {}).get(l, case["inv"]) if case.get("invs") else case["inv"]
        intents = []
        for it in (model or case["intents"]):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            o = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
            if not slots:
                del o["slots"]
            intents.append(o)
        have = {i["name"] for i in intents}
        for b in BUILTIN:
            if b not in have:
                intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} if isinstance(v, str) else {"name": {"value": v[0], "synonyms": v[1:]}} for v in vals]}
                 for n, vals in case.get("types", {}).items()]
        wjson(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
              {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}, "version": "3"})
    wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
          "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})


def build_case(case):
    d = os.path.join(ROOT, "cases", case["id"])
    if case.get("platform", "alexa") == "alexa":
        alexa_project(case, d)
    else:
        case["gbuild"](case, d)
    for fn, txt in case.get("files", {}).items():
        wtext(os.path.join(d, fn), txt)
    shapes = []
    for rec in case["recs"]:
        shape, path, turns = rec[0], rec[1], rec[2]
        tag = rec[3] if len(rec) > 3 else {}
        tag = dict(tag, name=path)
        st = sessions(case, turns, tag)
        SHAPES[shape](case, st, os.path.join(d, path), tag)
        if shape not in shapes:
            shapes.append(shape)
    return shapes


def build_all(cases):
    out = os.path.join(ROOT, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {}
    ids = set()
    for c in cases:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        shapes = build_case(c)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels
