# Infrastructure: builds project files and recordings in many shapes from hand-written turns.
import re, json, os, uuid, hashlib, csv, io, html

OUT = None
CASES, LABELS = [], {}

def sid(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"

def T(user, intent, speech, rp=None, end=False, slots=None, kind=None, extra=None):
    return dict(user=user, intent=intent, speech=speech, rp=rp, end=end, slots=slots or {}, kind=kind, extra=extra)

def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)

def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def ospeech(s):
    if s is None:
        return None
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}

# ---------- Alexa envelopes ----------
def sessions_of(c, turns, tag):
    """assign session ids; a turn after end=True opens a new session"""
    out, n, new = [], 0, True
    for i, t in enumerate(turns):
        s = sid(f"{c['id']}-{tag}-{n}")
        out.append((t, "amzn1.echo-api.session." + s, new, i))
        new = False
        if t["end"]:
            n += 1
            new = True
    return out

def alexa_req(c, t, sess, new, i, tag, ts):
    app = c["appid"]
    if t["kind"] == "ended":
        req = {"type": "SessionEndedRequest", "requestId": "amzn1.echo-api.request." + sid(f"{c['id']}{tag}{i}"),
               "timestamp": ts, "locale": c["locale"], "reason": "USER_INITIATED"}
    elif t["intent"] == "LAUNCH":
        req = {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request." + sid(f"{c['id']}{tag}{i}"),
               "timestamp": ts, "locale": c["locale"], "shouldLinkResultBeReturned": False}
    else:
        req = {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + sid(f"{c['id']}{tag}{i}"),
               "timestamp": ts, "locale": c["locale"],
               "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                          "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                    for k, v in t["slots"].items()}}, "dialogState": None}
        if req["dialogState"] is None:
            del req["dialogState"]
    user = {"userId": "amzn1.ask.account.AF" + hashlib.md5(c["id"].encode()).hexdigest().upper()[:40]}
    return {"version": "1.0",
            "session": {"new": new, "sessionId": sess, "application": {"applicationId": app}, "attributes": {},
                        "user": user},
            "context": {"System": {"application": {"applicationId": app}, "user": user,
                                   "device": {"deviceId": "amzn1.ask.device.AG" + hashlib.md5((c['id'] + 'd').encode()).hexdigest().upper()[:40],
                                              "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.eu.amazonalexa.com" if c["locale"][:2] in ("de", "it", "es", "fr") else "https://api.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.redacted"}},
            "request": req}

def alexa_resp(t, extra=None):
    r = {}
    if t["speech"] is not None:
        r["outputSpeech"] = ospeech(t["speech"])
    if t["rp"] is not None:
        r["reprompt"] = {"outputSpeech": ospeech(t["rp"])}
    if t["kind"] == "ended":
        return {"version": "1.0", "response": {}}
    if extra:
        r.update(extra)
    r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}

def tsfmt(base, i):
    # base like 2025-03-04T10:15
    return f"{base}:{10 + i * 7 % 49:02d}Z"

def pairs(c, turns, tag, base):
    res = []
    for t, sess, new, i in sessions_of(c, turns, tag):
        ts = tsfmt(base, i)
        res.append((t, alexa_req(c, t, sess, new, i, tag, ts), alexa_resp(t, t.get("extra")), ts))
    return res

def speechtext(os_):
    if not os_:
        return ""
    return os_.get("ssml") or os_.get("text") or ""

# ---------- writers ----------
def W_envelope(c, d, path, turns, base, tag):
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        name = (t["intent"] if t["kind"] != "ended" else "SessionEnded").replace(".", "_")
        wjson(os.path.join(d, path, f"{k + 1:02d}-{name}.json"), rs)

def W_pairs_jsonl(c, d, path, turns, base, tag):
    lines = [json.dumps({"request": rq, "response": rs}, ensure_ascii=False) for t, rq, rs, ts in pairs(c, turns, tag, base)]
    wtext(os.path.join(d, path), "\n".join(lines) + "\n")

def W_pairs_array(c, d, path, turns, base, tag):
    wjson(os.path.join(d, path), [{"request": rq, "response": rs} for t, rq, rs, ts in pairs(c, turns, tag, base)])

def arn(c):
    return f"arn:aws:lambda:{'eu-west-1' if c['locale'][:2] in ('de','it','es','fr') else 'us-east-1'}:4418207731{len(c['id'])}:function:{c['slug']}"

def W_smapi_simulation(c, d, path, turns, base, tag):
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        caption = speechtext(rs["response"].get("outputSpeech"))
        wjson(os.path.join(d, path, f"sim-{k + 1:02d}.json"), {
            "id": sid(c["id"] + "sim" + tag + str(k)), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": caption}}],
                                              "consideredIntents": [{"name": t["intent"] if t["intent"] != "LAUNCH" else "LaunchRequest", "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn(c), "body": rq},
                                                               "invocationResponse": {"body": rs},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + 13 * k}}]}},
            "input": {"content": t["user"]}})

def W_smapi_invocation(c, d, path, turns, base, tag):
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        wjson(os.path.join(d, path, f"invoke-{k + 1:02d}.json"), {
            "id": sid(c["id"] + "inv" + tag + str(k)), "status": "SUCCESSFUL",
            "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn(c), "body": rq},
                                              "invocationResponse": {"body": rs},
                                              "metrics": {"skillExecutionTimeInMilliseconds": 211 + 7 * k}}, "error": None}})

def W_ask_dialog(c, d, path, turns, base, tag):
    ui = [t["user"] for t in turns if t["kind"] != "ended"]
    wjson(os.path.join(d, path, "dialog-replay.json"), {"skillId": c["appid"], "locale": c["locale"], "type": "text", "userInput": ui})
    io_ = []
    for t, rq, rs, ts in pairs(c, turns, tag, base):
        if t["kind"] == "ended":
            continue
        io_.append({"utterance": t["user"], "invocations": [{"invocationRequest": {"endpoint": arn(c), "body": rq},
                                                            "invocationResponse": {"body": rs}}]})
    wjson(os.path.join(d, path, "dialog-output.json"), io_)

def W_ask_dialog_text(c, d, path, turns, base, tag):
    ui = [t["user"] for t in turns if t["kind"] != "ended"]
    wjson(os.path.join(d, path, "replay.json"), {"skillId": c["appid"], "locale": c["locale"], "type": "text", "userInput": ui})
    lines = []
    for t in turns:
        if t["kind"] == "ended":
            continue
        lines.append(f"User  > {t['user']}")
        lines.append(f"Alexa > {t['speech'] or ''}")
        if t["rp"] is not None:
            lines.append(f"        (reprompt) {t['rp']}")
        lines.append(f"        [session {'ended' if t['end'] else 'open'}]")
    wtext(os.path.join(d, path, "replay-output.txt"), "\n".join(lines) + "\n")

def W_cloudwatch_text(c, d, path, turns, base, tag, py=False):
    out = []
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        rid = sid(c["id"] + "cw" + tag + str(k))
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            out.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        else:
            out.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            out.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {41.2 + k:.2f} ms\tBilled Duration: {42 + k} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    wtext(os.path.join(d, path), "\n".join(out) + "\n")

def W_cloudwatch_py(c, d, path, turns, base, tag):
    W_cloudwatch_text(c, d, path, turns, base, tag, py=True)

def W_cloudwatch_json(c, d, path, turns, base, tag):
    ev = []
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        rid = sid(c["id"] + "cwj" + tag + str(k))
        for word, obj in (("Request", rq), ("Response", rs)):
            ev.append({"logStreamName": f"2025/06/1{k % 9}/[$LATEST]{hashlib.md5(rid.encode()).hexdigest()}",
                       "timestamp": 1749550000000 + k * 4000, "message": f"{ts}\t{rid}\tINFO\t{word}: {json.dumps(obj, ensure_ascii=False)}\n",
                       "ingestionTime": 1749550000900 + k * 4000, "eventId": str(37000000000000000000 + k * 10 + (word == 'Response'))})
    wjson(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})

def W_har(c, d, path, turns, base, tag):
    ent = []
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        ent.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 230 + k,
                    "request": {"method": "POST", "url": f"https://{c['slug']}.skills-backend.example.net/alexa", "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                "headersSize": -1, "bodySize": -1,
                                "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                 "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)},
                                 "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 220 + k, "receive": 2}})
    wjson(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ent}})

def W_transcript(c, d, path, turns, base, tag):
    lines = [f"# QA transcript {c['name']} ({c['locale']}) build {tag}"]
    for t, sess, new, i in sessions_of(c, turns, tag):
        ts = tsfmt(base, i).replace("T", " ").replace("Z", "")
        if t["kind"] == "ended":
            continue
        lines.append(f"[{ts}] USER: {t['user']}")
        lines.append(f"[{ts}] SKILL: {t['speech'] or ''}")
        if t["rp"] is not None:
            lines.append(f"[{ts}] SKILL (reprompt): {t['rp']}")
        lines.append(f"[{ts}] session_open={'false' if t['end'] else 'true'}")
    wtext(os.path.join(d, path), "\n".join(lines) + "\n")

# ---- new shapes (not in set 1) ----
def W_jest_snapshot(c, d, path, turns, base, tag):
    """Jest snapshot file written by a handler test suite (toMatchSnapshot on the response envelope)."""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        body = json.dumps(rs, ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
        out.append(f"exports[`{c['slug']} handlers {k + 1:02d} {t['user'].replace('`', '')} 1`] = `{body}`;")
        out.append("")
    wtext(os.path.join(d, path), "\n".join(out))

def W_junit_xml(c, d, path, turns, base, tag):
    """JUnit XML report from a pytest/mocha CI run; each testcase captured request+response in system-out."""
    cases = []
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        so = "REQUEST " + json.dumps(rq, ensure_ascii=False) + "\nRESPONSE " + json.dumps(rs, ensure_ascii=False)
        cases.append(f'    <testcase classname="tests.test_conversation" name="test_{k + 1:02d}_{t["intent"].replace(".", "_").lower()}" time="0.{31 + k}">\n'
                     f'      <system-out>{html.escape(so, quote=False)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
           f'tests="{len(cases)}" time="1.2" timestamp="{base}:00" hostname="ci-runner-7">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    wtext(os.path.join(d, path), xml)

def W_insights_csv(c, d, path, turns, base, tag):
    """CloudWatch Logs Insights 'Export results > CSV' (fields @timestamp, @requestId, @message)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["@timestamp", "@requestId", "@message"])
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        rid = sid(c["id"] + "ins" + tag + str(k))
        tsx = ts.replace("T", " ").replace("Z", ".000")
        w.writerow([tsx, rid, f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}"])
        w.writerow([tsx, rid, f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}"])
    wtext(os.path.join(d, path), buf.getvalue())

def W_postman_run(c, d, path, turns, base, tag):
    """Postman collection-runner export (newman --reporters json) against the skill endpoint."""
    execs = []
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        execs.append({"item": {"name": f"{k + 1:02d} {t['user']}"},
                      "request": {"method": "POST", "url": {"raw": f"https://{c['slug']}.ngrok.app/alexa"},
                                  "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False)}},
                      "response": {"code": 200, "status": "OK", "responseTime": 140 + k,
                                   "body": json.dumps(rs, ensure_ascii=False)},
                      "assertions": [{"assertion": "status is 200", "skipped": False}]})
    wjson(os.path.join(d, path), {"collection": {"info": {"name": f"{c['name']} regression", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                                   "run": {"stats": {"requests": {"total": len(execs), "failed": 0}}, "executions": execs}})

def W_markdown_chatlog(c, d, path, turns, base, tag):
    """Hand-kept QA chat log pasted from the developer-console simulator into a ticket (markdown)."""
    lines = [f"## Test run {base[:10]} — {c['name']}", "", f"Locale: `{c['locale']}`  tester: qa-team", ""]
    for t, sess, new, i in sessions_of(c, turns, tag):
        if t["kind"] == "ended":
            continue
        lines.append(f"**🧑 User:** {t['user']}  ")
        lines.append(f"**🔵 Alexa:** {t['speech'] or ''}  ")
        if t["rp"] is not None:
            lines.append(f"_reprompt:_ `{t['rp']}`  ")
        lines.append(f"_shouldEndSession: {str(t['end']).lower()}_")
        lines.append("")
    wtext(os.path.join(d, path), "\n".join(lines))

def W_dynamodb_export(c, d, path, turns, base, tag):
    """DynamoDB export (DYNAMODB_JSON, one Item per line) of the skill's own conversation-log table."""
    lines = []
    for k, (t, rq, rs, ts) in enumerate(pairs(c, turns, tag, base)):
        r = rs["response"]
        item = {"sessionId": {"S": rq["session"]["sessionId"]}, "ts": {"S": ts}, "requestType": {"S": rq["request"]["type"]},
                "intent": {"S": rq["request"].get("intent", {}).get("name", "-")},
                "utterance": {"S": t["user"]},
                "outputSpeech": {"S": speechtext(r.get("outputSpeech"))},
                "shouldEndSession": {"BOOL": bool(r.get("shouldEndSession"))}}
        if r.get("reprompt"):
            item["reprompt"] = {"S": speechtext(r["reprompt"]["outputSpeech"])}
        lines.append(json.dumps({"Item": item}, ensure_ascii=False))
    wtext(os.path.join(d, path), "\n".join(lines) + "\n")

# ---------- Google ----------
def g_sessions(c, turns, tag):
    return sessions_of(c, turns, tag)

def W_gactions_scene(c, d, path, turns, base, tag):
    res = []
    for t, sess, new, i in g_sessions(c, turns, tag):
        s = sess.split(".")[-1]
        scene = t["slots"].get("_scene", "Main")
        nxt = "actions.scene.END_CONVERSATION" if t["end"] else t["slots"].get("_next", scene)
        params = {k: {"original": v, "resolved": v} for k, v in t["slots"].items() if not k.startswith("_")}
        req = {"handler": {"name": t["slots"].get("_handler", t["intent"].lower())},
               "intent": {"name": "actions.intent.MAIN" if t["intent"] == "LAUNCH" else t["intent"], "params": params, "query": t["user"]},
               "scene": {"name": "actions.scene.START_CONVERSATION" if t["intent"] == "LAUNCH" else scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": "ABwppHF" + s.replace("-", ""), "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": tsfmt(base, i)},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": req["session"]["id"], "params": {}},
                "prompt": {"override": False, "firstSimple": {"speech": t["speech"] or "", "text": (t["speech"] or "").replace("<speak>", "").replace("</speak>", "")}},
                "scene": {"name": req["scene"]["name"], "slots": {}, "next": {"name": nxt}}}
        if t.get("extra"):
            resp.update(t["extra"])
        res.append({"request": req, "response": resp})
    wjson(os.path.join(d, path), res)

def W_dialogflow(c, d, path, turns, base, tag):
    res = []
    for t, sess, new, i in g_sessions(c, turns, tag):
        s = sess.split(".")[-1]
        req = {"responseId": sid(c["id"] + "df" + tag + str(i)) + "-e9b2a1f3",
               "queryResult": {"queryText": t["user"], "parameters": {k: v for k, v in t["slots"].items()}, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{c['slug']}/agent/intents/{sid(t['intent'])}", "displayName": "Default Welcome Intent" if t["intent"] == "LAUNCH" else t["intent"]},
                               "intentDetectionConfidence": 1, "languageCode": c["locale"].lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2",
                                               "payload": {"user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED"},
                                                           "conversation": {"conversationId": "ABwppHG" + s.replace("-", ""), "type": "NEW" if new else "ACTIVE"},
                                                           "inputs": [{"rawInputs": [{"query": t["user"], "inputType": "VOICE"}]}],
                                                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}},
               "session": f"projects/{c['slug']}/agent/sessions/ABwppHG{s.replace('-', '')}"}
        g = {"expectUserResponse": not t["end"],
             "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"] or ""}}]}}
        if t["rp"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
        if t.get("extra"):
            g.update(t["extra"])
        res.append({"request": req, "response": {"fulfillmentText": (t["speech"] or ""), "payload": {"google": g}}})
    wjson(os.path.join(d, path), res)

def W_gactions_conv(c, d, path, turns, base, tag):
    res = []
    for t, sess, new, i in g_sessions(c, turns, tag):
        s = sess.split(".")[-1]
        req = {"user": {"locale": c["locale"], "lastSeen": tsfmt(base, i), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": "ABwppHE" + s.replace("-", ""), "type": "NEW" if new else "ACTIVE"},
               "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "LAUNCH" else t["intent"],
                           "rawInputs": [{"inputType": "VOICE", "query": t["user"]}],
                           "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in t["slots"].items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        items = [{"simpleResponse": {"textToSpeech": t["speech"] or ""}}]
        if t["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": items}},
                  "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t["rp"] is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
            if t.get("extra"):
                ei.update(t["extra"])
            resp = {"expectUserResponse": True, "expectedInputs": [ei]}
        res.append({"request": req, "response": resp})
    wjson(os.path.join(d, path), res)

WRITERS = {"envelope": W_envelope, "pairs-jsonl": W_pairs_jsonl, "pairs-array": W_pairs_array,
           "smapi-simulation": W_smapi_simulation, "smapi-invocation": W_smapi_invocation,
           "ask-dialog": W_ask_dialog, "ask-dialog-text": W_ask_dialog_text, "cloudwatch-text": W_cloudwatch_text,
           "cloudwatch-py": W_cloudwatch_py, "cloudwatch-json": W_cloudwatch_json, "har": W_har,
           "transcript": W_transcript, "jest-snapshot": W_jest_snapshot, "junit-xml": W_junit_xml,
           "insights-csv": W_insights_csv, "postman-run": W_postman_run, "markdown-chatlog": W_markdown_chatlog,
           "dynamodb-export": W_dynamodb_export, "gactions-scene": W_gactions_scene,
           "dialogflow-webhook": W_dialogflow, "gactions-conversation": W_gactions_conv}
SHAPE_LABEL = {"ask-dialog-text": "ask-dialog", "cloudwatch-py": "cloudwatch-text"}

BUILTIN = {"en": ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]}

def alexa_project(c, d):
    loc = c["locale"]
    intents = []
    for name, spec in c["intents"].items():
        samples, slots = (spec if isinstance(spec, tuple) else (spec, {}))
        intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for b in BUILTIN["en"]:
        if b not in c["intents"]:
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
    wjson(os.path.join(d, "skill-package", "interactionModels", "custom", f"{loc}.json"),
          {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}},
           "version": "1"})
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("pp"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["pp"], "termsOfUseUrl": c["pp"].rsplit("/", 1)[0] + "/terms"}}
    manifest = {"manifest": {
        "publishingInformation": {"locales": {loc: {"summary": c["desc"][:160], "examplePhrases": c["examples"], "name": c["name"],
                                                    "description": c["desc"], "keywords": c.get("keywords", []),
                                                    "smallIconUri": f"https://d3cdn.example.net/{c['slug']}/icon-108.png",
                                                    "largeIconUri": f"https://d3cdn.example.net/{c['slug']}/icon-512.png"}},
                                  "isAvailableWorldwide": False, "distributionCountries": [c.get("country", loc.split("-")[1])],
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "SHOPPING")},
        "apis": {"custom": {"endpoint": {"uri": arn(c)}, "interfaces": c.get("interfaces", [])}},
        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        manifest["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("linking"):
        manifest["manifest"]["apis"]["custom"]["accountLinking"] = {"skipOnEnablement": False}
    wjson(os.path.join(d, "skill-package", "skill.json"), manifest)
    wjson(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31",
          "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                   "code": {"default": {"src": "./lambda"}},
                                   "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                           "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        fn, text = c["code"]
        wtext(os.path.join(d, "lambda", fn), text)

def google_project(c, d):
    kind = c["gkind"]
    loc = c["locale"]
    lang = loc.split("-")[0]
    if kind == "builder":
        st = ["defaultLocale: " + lang, "localizedSettings:", f"  displayName: {c['name']}", f"  pronunciation: {c['inv']}",
              f"  shortDescription: {c['desc'][:80]}", f"  fullDescription: {c['desc']}", "  developerName: " + c.get("dev", "Northpoint Labs"),
              "  developerEmail: dev@" + c["slug"] + ".example.com"]
        if c.get("pp"):
            st.append(f"  privacyPolicyUrl: {c['pp']}")
        st += [f"projectId: {c['slug']}", "category: SHOPPING", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
               "usesInteractiveCanvas: false", "designedForFamily: false", "containsAlcoholOrTobaccoContent: false",
               "surfaceRequirements:", "  minimumRequirements:", "  - capability: SPEECH"]
        wtext(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(st) + "\n")
        for name, spec in c["intents"].items():
            samples, slots = (spec if isinstance(spec, tuple) else (spec, {}))
            y = []
            if slots:
                y.append("parameters:")
                for k, v in slots.items():
                    y += [f"- name: {k}", "  type:", f"    name: {v}"]
            y.append("trainingPhrases:")
            y += [f"- {json.dumps(s, ensure_ascii=False)}" for s in samples]
            wtext(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), "\n".join(y) + "\n")
        for tname, ty in c.get("gtypes", {}).items():
            wtext(os.path.join(d, "sdk", "custom", "types", f"{tname}.yaml"), ty)
        for sname, sy in c.get("scenes", {}).items():
            wtext(os.path.join(d, "sdk", "custom", "scenes", f"{sname}.yaml"), sy)
        wtext(os.path.join(d, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
        wtext(os.path.join(d, "sdk", "actions", "actions.yaml"),
              "actions:\n  actions.intent.MAIN:\n    handler:\n      staticPrompt: {}\n    engagement:\n      title: " + c["name"] + "\n")
        wtext(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
              "handlers:\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", ["main"])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "dialogflow":
        wjson(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "",
                                              "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
                                              "disableStackdriverLogs": True, "googleAssistant": {"googleAssistantCompatible": True,
                                              "project": c["slug"], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                              "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [],
                                              "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                                              "defaultTimezone": "Europe/Madrid" if lang != "en" else "America/New_York",
                                              "webhook": {"url": f"https://europe-west1-{c['slug']}.cloudfunctions.net/dialogflowFirebaseFulfillment",
                                                          "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                                              "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
                                              "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
        wjson(os.path.join(d, "package.json"), {"version": "1.0.0"})
        for name, spec in c["intents"].items():
            samples, slots = (spec if isinstance(spec, tuple) else (spec, {}))
            wjson(os.path.join(d, "intents", f"{name}.json"), {"id": sid(name + c["id"]), "name": name, "auto": True, "contexts": [],
                  "responses": [{"resetContexts": False, "action": name.lower(), "affectedContexts": [],
                                 "parameters": [{"id": sid(k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()],
                                 "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                  "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
            us = []
            for s in samples:
                data = []
                for piece in re.split(r"(@[\w.\-]+:\w+)", s):
                    if not piece:
                        continue
                    if piece.startswith("@") and ":" in piece:
                        ty, alias = piece.split(":")
                        data.append({"text": alias, "alias": alias, "meta": ty, "userDefined": True})
                    else:
                        data.append({"text": piece, "userDefined": False})
                us.append({"id": sid(s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            wjson(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)
    elif kind == "v2":
        acts = []
        for name, spec in c["intents"].items():
            samples, slots = (spec if isinstance(spec, tuple) else (spec, {}))
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["slug"]},
                         "intent": {"name": "actions.intent.MAIN" if name == "MAIN" else name,
                                    "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                    "trigger": {"queryPatterns": samples}}})
        wjson(os.path.join(d, "action.json"), {"actions": acts, "conversations": {c["slug"]: {"name": c["slug"],
                  "url": f"https://us-central1-{c['slug']}.cloudfunctions.net/webhook", "fulfillmentApiVersion": 2}},
                  "locale": c["locale"], "manifest": {"displayName": c["name"], "invocationName": c["inv"]}})
    if c.get("code"):
        fn, text = c["code"]
        wtext(os.path.join(d, "functions" if kind != "dialogflow" else "fulfillment", fn), text)

def case(cid, slug, locale, cats, why, **kw):
    c = dict(id=f"{cid}-{slug}", slug=slug, locale=locale, cats=cats, why=why, **kw)
    c.setdefault("name", slug.replace("-", " ").title())
    c.setdefault("desc", c["name"])
    c.setdefault("examples", [])
    c["appid"] = "amzn1.ask.skill." + sid(c["id"])
    CASES.append(c)
    return c

def build(out):
    import shutil
    cases_dir = os.path.join(out, "cases")
    if os.path.exists(cases_dir):
        shutil.rmtree(cases_dir)
    labels = {}
    for c in CASES:
        d = os.path.join(cases_dir, c["id"])
        if c.get("gkind"):
            google_project(c, d)
        else:
            alexa_project(c, d)
        shapes = []
        for rec in c["rec"]:
            shape, path, turns = rec[:3]
            base = rec[3] if len(rec) > 3 else "2025-06-12T09:41"
            WRITERS[shape](c, d, path, turns, base, path)
            sl = SHAPE_LABEL.get(shape, shape)
            if sl not in shapes:
                shapes.append(sl)
        for extra_path, text in c.get("files", {}).items():
            wtext(os.path.join(d, extra_path), text)
        assert c["id"] not in labels, c["id"]
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    labels = {k: labels[k] for k in sorted(labels)}
    wjson(os.path.join(out, "labels.json"), labels)
    return labels
