"""Turns the hand-written case descriptions into project folders and recordings.

A case is a dict (see cases_*.py). Recordings are lists of sessions; a session is a list of turns
made with T(...). The renderer only formats: every sentence spoken comes from the descriptions."""
import base64, hashlib, json, os, uuid, datetime

STD_INTENTS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
               "AMAZON.FallbackIntent"]


def T(u, i, say, rp=None, end=None, s=None, card=None, dirs=None, ts=None):
    """one turn: user utterance u, intent i (LAUNCH / END / intent name), spoken answer, reprompt,
    shouldEndSession (True / False / None=absent), slots dict, card (title, text), extra directives."""
    return dict(u=u, i=i, say=say, rp=rp, end=end, s=s or {}, card=card, dirs=dirs or [], ts=ts)


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def ssml(x):
    if x is None:
        return None
    return x if x.lstrip().startswith("<speak>") else "<speak>" + x + "</speak>"


# ---------------------------------------------------------------- Alexa envelopes
def alexa_request(c, sid, new, turn, n, ts):
    app = "amzn1.ask.skill." + _uuid(c["id"], "app")
    user = "amzn1.ask.account." + _h(c["id"], "user")[:40].upper()
    base = {"requestId": "amzn1.echo-api.request." + _uuid(c["id"], sid, n), "locale": c["loc"], "timestamp": ts}
    if turn["i"] == "LAUNCH":
        body = dict(type="LaunchRequest", **base)
    elif turn["i"] == "END":
        body = dict(type="SessionEndedRequest", reason="USER_INITIATED", **base)
    elif turn["i"].startswith("Connections.") or turn["i"].startswith("Can"):
        body = dict(type="Connections.Response", name=turn["i"].split(":", 1)[-1], status={"code": "200", "message": "OK"},
                    payload=turn["s"], token="tok-" + str(n), **base)
    else:
        slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in turn["s"].items()}
        body = dict(type="IntentRequest", dialogState="COMPLETED" if slots else None,
                    intent={"name": turn["i"], "confirmationStatus": "NONE", "slots": slots}, **base)
        if body["dialogState"] is None:
            del body["dialogState"]
    sess = {"new": new, "sessionId": "amzn1.echo-api.session." + sid,
            "application": {"applicationId": app}, "user": {"userId": user}}
    if not new:
        sess["attributes"] = {}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": "amzn1.ask.device." + _h(c["id"], "dev")[:40].upper(),
                                              "supportedInterfaces": {"AudioPlayer": {}}},
                                   "apiEndpoint": "https://api.amazonalexa.com" if not c["loc"].endswith(("GB", "DE", "ES", "FR", "IT")) else "https://api.eu.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
            "request": body}


def alexa_response(c, turn):
    r = {}
    if turn["say"] is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(turn["say"])}
    if turn["card"]:
        t, x = turn["card"]
        r["card"] = {"type": "Simple", "title": t, "content": x} if t != "PERMS" else \
            {"type": "AskForPermissionsConsent", "permissions": x}
    if turn["rp"] is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(turn["rp"])}}
    if turn["dirs"]:
        r["directives"] = turn["dirs"]
    if turn["end"] is not None:
        r["shouldEndSession"] = turn["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.18.2"), "response": r}


def flatten(c, sessions, day):
    """-> list of (session_index, turn_index, turn, request, response, ts, sid)"""
    out = []
    t0 = datetime.datetime.fromisoformat(day + "T16:05:00")
    k = 0
    for si, sess in enumerate(sessions):
        sid = _uuid(c["id"], day, si)
        for ti, turn in enumerate(sess):
            ts = (t0 + datetime.timedelta(minutes=7 * si, seconds=23 * ti + 3)).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.append(dict(si=si, ti=ti, t=turn, req=alexa_request(c, sid, ti == 0, turn, k, ts),
                            res=alexa_response(c, turn), ts=ts, sid=sid, n=k))
            k += 1
    return out


def plain(x):
    import re
    if x is None:
        return ""
    return re.sub(r"<[^>]+>", "", x).strip()


def endpoint(c):
    return "arn:aws:lambda:%s:%s:function:%s" % ("eu-west-1" if c["loc"] in ("en-GB", "de-DE", "es-ES", "fr-FR", "it-IT") else "us-east-1",
                                                 str(int(_h(c["id"], "acct")[:10], 16))[:12], c["id"][4:])


# ---------------------------------------------------------------- Alexa shapes
def rec_envelope(c, d, fl):
    for x in fl:
        nm = "%02d-%s.json" % (x["n"] + 1, x["t"]["i"].split(".")[-1].replace(":", "-"))
        dump(os.path.join(d, nm), x["res"])


def rec_pairs_jsonl(c, p, fl):
    write(p, "".join(json.dumps({"request": x["req"], "response": x["res"]}, ensure_ascii=False) + "\n" for x in fl))


def rec_pairs_array(c, p, fl):
    dump(p, [{"request": x["req"], "response": x["res"]} for x in fl])


def _sim(c, x):
    return {"id": _uuid(c["id"], "sim", x["n"]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(x["t"]["say"])}}],
                                              "consideredIntents": [{"name": x["t"]["i"], "confirmationStatus": "NONE", "slots": {}}] if x["t"]["i"] not in ("LAUNCH", "END") else []},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": x["req"]},
                                                               "invocationResponse": {"body": x["res"]},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + x["n"] * 7}}]}},
            "error": None}


def rec_smapi_simulation(c, d, fl):
    for x in fl:
        dump(os.path.join(d, "simulation-%02d.json" % (x["n"] + 1)), _sim(c, x))


def rec_smapi_invocation(c, d, fl):
    for x in fl:
        dump(os.path.join(d, "invoke-%02d.json" % (x["n"] + 1)),
             {"id": _uuid(c["id"], "inv", x["n"]), "status": "SUCCESSFUL",
              "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(c), "body": x["req"]},
                                                "invocationResponse": {"body": x["res"]},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 211}}}})


def rec_ask_dialog(c, d, fl):
    dump(os.path.join(d, "dialog-replay.json"), {"skillId": "amzn1.ask.skill." + _uuid(c["id"], "app"), "locale": c["loc"],
                                                 "type": "text", "userInput": [x["t"]["u"] for x in fl if x["t"]["u"]]})
    dump(os.path.join(d, "dialog-output.json"),
         [{"utterance": x["t"]["u"], "invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": x["req"]},
                                                      "invocationResponse": {"body": x["res"]}}]} for x in fl])


def _cw_lines(c, fl, py=False):
    lines = []
    for x in fl:
        rid = _uuid(c["id"], "lambda", x["n"])
        ts = x["ts"].replace("Z", ".412Z")
        lines.append("START RequestId: %s Version: $LATEST" % rid)
        if py:
            lines.append("[INFO]\t%s\t%s\tRequest: %s" % (ts, rid, json.dumps(x["req"], ensure_ascii=False)))
            lines.append("[INFO]\t%s\t%s\tResponse: %s" % (ts, rid, json.dumps(x["res"], ensure_ascii=False)))
        else:
            lines.append("%s\t%s\tINFO\tRequest: %s" % (ts, rid, json.dumps(x["req"], ensure_ascii=False)))
            lines.append("%s\t%s\tINFO\tResponse: %s" % (ts, rid, json.dumps(x["res"], ensure_ascii=False)))
        lines.append("END RequestId: %s" % rid)
        lines.append("REPORT RequestId: %s\tDuration: 143.21 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 81 MB" % rid)
    return lines


def rec_cloudwatch_text(c, p, fl, py=False):
    write(p, "\n".join(_cw_lines(c, fl, py)) + "\n")


def rec_cloudwatch_json(c, p, fl):
    ev = []
    base = 1717430000000
    for i, line in enumerate(_cw_lines(c, fl)):
        ev.append({"logStreamName": "2024/06/03/[$LATEST]" + _h(c["id"], "stream")[:32], "timestamp": base + i * 40,
                   "message": line + "\n", "ingestionTime": base + i * 40 + 900, "eventId": str(37000000000000000000000000 + i)})
    dump(p, {"events": ev, "searchedLogStreams": []})


def rec_har(c, p, fl):
    url = c.get("url", "https://skill.%s.example.net/alexa" % c["id"][4:])
    ents = []
    for x in fl:
        ents.append({"startedDateTime": x["ts"].replace("Z", ".000Z"), "time": 188,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json"},
                                             {"name": "Signature-CertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(x["req"], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                  "cookies": [], "content": {"size": -1, "mimeType": "application/json",
                                                             "text": json.dumps(x["res"], ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 180, "receive": 7}})
    dump(p, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})


def rec_transcript(c, p, fl):
    out = ["# QA transcript %s %s" % (c["name"], c["loc"])]
    for x in fl:
        hh = x["ts"][11:19]
        if x["ti"] == 0:
            out.append("--- session %s ---" % x["sid"][:8])
        out.append("[%s] USER: %s" % (hh, x["t"]["u"] or "(" + x["t"]["i"] + ")"))
        out.append("[%s] SKILL: %s" % (hh, x["t"]["say"] or ""))
        if x["t"]["rp"] is not None:
            out.append("[%s] REPROMPT: %s" % (hh, x["t"]["rp"]))
        out.append("session_open=%s" % ("false" if x["t"]["end"] in (True,) or (x["t"]["end"] is None and x["t"]["rp"] is None) else "true"))
    write(p, "\n".join(out) + "\n")


# ---------------------------------------------------------------- new shapes (also used for Google)
def rec_xapi(c, p, fl):
    st = []
    for x in fl:
        st.append({"id": _uuid(c["id"], "xapi", x["n"]),
                   "actor": {"objectType": "Agent", "name": c.get("learner", "Learner 07"),
                             "account": {"homePage": "https://lrs.classvoice.example", "name": "stu-" + _h(c["id"])[:6]}},
                   "verb": {"id": "http://adlnet.gov/expapi/verbs/responded" if x["t"]["u"] else "http://adlnet.gov/expapi/verbs/launched",
                            "display": {"en-US": "responded" if x["t"]["u"] else "launched"}},
                   "object": {"objectType": "Activity", "id": "https://lrs.classvoice.example/activities/%s/%s" % (c["id"][4:], x["t"]["i"]),
                              "definition": {"name": {c["loc"]: c["name"]}, "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                                             "interactionType": "fill-in"}},
                   "result": {"response": x["t"]["u"] or "",
                              "extensions": {"https://w3id.org/xapi/voice/extensions/skill-response": x["res"]}},
                   "context": {"registration": x["sid"], "platform": c.get("platform_name", "Alexa"), "language": c["loc"],
                               "extensions": {"https://w3id.org/xapi/voice/extensions/skill-request": x["req"]}},
                   "timestamp": x["ts"], "stored": x["ts"], "version": "1.0.3"})
    dump(p, {"statements": st, "more": ""})


def rec_markdown(c, p, fl):
    out = ["# Voice test report: %s (%s)" % (c["name"], c["loc"]), "",
           "Generated by `voice-e2e` on %s. Endpoint: `%s`." % (fl[0]["ts"][:10], endpoint(c)), "",
           "| # | utterance | intent | result |", "|---|---|---|---|"]
    for x in fl:
        out.append("| %d | %s | %s | pass |" % (x["n"] + 1, x["t"]["u"] or "—", x["t"]["i"]))
    out.append("")
    for x in fl:
        out += ["## Step %d: %s" % (x["n"] + 1, x["t"]["u"] or x["t"]["i"]), "",
                "Session `%s` (new: %s)" % (x["sid"], str(x["ti"] == 0).lower()), "", "<details><summary>request</summary>", "",
                "```json", json.dumps(x["req"], ensure_ascii=False, indent=2), "```", "", "</details>", "",
                "Response:", "", "```json", json.dumps(x["res"], ensure_ascii=False, indent=2), "```", ""]
    write(p, "\n".join(out))


def rec_mocha(c, p, fl):
    tests = []
    for x in fl:
        title = "responds to %s" % (x["t"]["u"] or x["t"]["i"])
        tests.append({"title": title, "fullTitle": "%s conversation %s" % (c["name"], title), "file": "/app/test/%s.spec.js" % c["id"][4:],
                      "duration": 40 + x["n"], "currentRetry": 0, "speed": "fast", "err": {},
                      "context": json.dumps([{"title": "request", "value": x["req"]}, {"title": "response", "value": x["res"]}], ensure_ascii=False)})
    dump(p, {"stats": {"suites": 1, "tests": len(tests), "passes": len(tests), "pending": 0, "failures": 0,
                       "start": fl[0]["ts"], "end": fl[-1]["ts"], "duration": 900},
             "tests": tests, "pending": [], "failures": [], "passes": tests})


def rec_vitest(c, p, fl):
    ar = []
    for x in fl:
        ar.append({"ancestorTitles": [c["name"], "session %d" % (x["si"] + 1)], "fullName": "%s turn %d" % (c["name"], x["n"] + 1),
                   "status": "passed", "title": "turn %d: %s" % (x["n"] + 1, x["t"]["u"] or x["t"]["i"]), "duration": 12 + x["n"],
                   "failureMessages": [], "meta": {"request": x["req"], "response": x["res"]}})
    dump(p, {"numTotalTestSuites": 2, "numPassedTestSuites": 2, "numFailedTestSuites": 0, "numPendingTestSuites": 0,
             "numTotalTests": len(ar), "numPassedTests": len(ar), "numFailedTests": 0, "numPendingTests": 0, "numTodoTests": 0,
             "startTime": 1717430000000, "success": True,
             "testResults": [{"assertionResults": ar, "startTime": 1717430000000, "endTime": 1717430000900, "status": "passed",
                              "message": "", "name": "/repo/tests/%s.test.ts" % c["id"][4:]}]})


def rec_playwright(c, p, fl):
    specs = []
    for x in fl:
        b = lambda o: base64.b64encode(json.dumps(o, ensure_ascii=False).encode()).decode()
        specs.append({"title": "turn %d %s" % (x["n"] + 1, x["t"]["u"] or x["t"]["i"]), "ok": True, "tags": [], "id": _h(c["id"], "pw", x["n"])[:20],
                      "file": "voice.spec.ts", "line": 10 + x["n"], "column": 5,
                      "tests": [{"timeout": 30000, "annotations": [], "expectedStatus": "passed", "projectName": "skill-endpoint",
                                 "projectId": "skill-endpoint", "status": "expected",
                                 "results": [{"workerIndex": 0, "status": "passed", "duration": 220, "errors": [], "stdout": [], "stderr": [],
                                              "retry": 0, "startTime": x["ts"].replace("Z", ".000Z"),
                                              "attachments": [{"name": "request.json", "contentType": "application/json", "body": b(x["req"])},
                                                              {"name": "response.json", "contentType": "application/json", "body": b(x["res"])}]}]}]})
    dump(p, {"config": {"version": "1.44.1", "rootDir": "/repo/e2e", "workers": 1},
             "suites": [{"title": "voice.spec.ts", "file": "voice.spec.ts", "line": 0, "column": 0, "specs": specs, "suites": []}],
             "errors": [], "stats": {"startTime": fl[0]["ts"], "duration": 4100, "expected": len(specs), "skipped": 0, "unexpected": 0, "flaky": 0}})


def rec_screen(c, p, fl):
    who = c.get("speaker", "CHILD")
    dev = c.get("device_word", "ECHO")
    out = ["Typed from screen recording %s (%s, %s)" % (c.get("video", "ScreenRecording_%s.mov" % fl[0]["ts"][:10]), c["name"], c["loc"]),
           "Format: mm:ss SPEAKER: words heard   [notes about the device in brackets]", ""]
    sec = 2
    for x in fl:
        if x["ti"] == 0 and x["si"] > 0:
            out.append("")
            sec += 30
        if x["t"]["u"]:
            out.append("%02d:%02d %s: %s" % (sec // 60, sec % 60, who, x["t"]["u"]))
            sec += 3
        out.append("%02d:%02d %s: %s" % (sec // 60, sec % 60, dev, plain(x["t"]["say"])))
        sec += 6
        if x["t"]["rp"] is not None:
            heard = plain(x["t"]["rp"]).replace("\u200b", "").replace("\u2060", "").strip(" .…。")
            if heard:
                out.append("%02d:%02d %s: %s   [reprompt after 8 s of silence]" % (sec // 60, sec % 60, dev, plain(x["t"]["rp"])))
            else:
                out.append("%02d:%02d [nothing audible; light ring stays on after the answer; reprompt ssml in dev console: %s]" %
                           (sec // 60, sec % 60, x["t"]["rp"]))
            sec += 8
        closed = x["t"]["end"] is True or (x["t"]["end"] is None and x["t"]["rp"] is None)
        out.append("      [%s]" % ("light ring turns off" if closed else "light ring stays on, still listening"))
    write(p, "\n".join(out) + "\n")


# ---------------------------------------------------------------- Google recordings
def g_flat(c, sessions, day):
    out, k = [], 0
    t0 = datetime.datetime.fromisoformat(day + "T17:10:00")
    for si, sess in enumerate(sessions):
        sid = "ABwppHF" + _h(c["id"], day, si)[:24]
        for ti, t in enumerate(sess):
            ts = (t0 + datetime.timedelta(minutes=6 * si, seconds=19 * ti)).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.append(dict(si=si, ti=ti, t=t, sid=sid, ts=ts, n=k))
            k += 1
    return out


def g_v2_resp(t):
    items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
    if t["card"] and t["card"][0] != "PERMS":
        items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
    if t["end"]:
        return {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
    pi = [{"intent": "actions.intent.TEXT"}]
    if t["card"] and t["card"][0] == "PERMS":
        pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                          "optContext": t["say"], "permissions": t["card"][1]}}]
    ip = {"richInitialPrompt": {"items": items}}
    if t["rp"] is not None:
        ip["noInputPrompts"] = [{"textToSpeech": t["rp"]}, {"textToSpeech": t["rp"]}]
    return {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}]}


def rec_gactions_conversation(c, p, sessions, day):
    out = []
    for x in g_flat(c, sessions, day):
        t = x["t"]
        intent = "actions.intent.MAIN" if t["i"] == "LAUNCH" else ("actions.intent.PERMISSION" if t["i"] == "PERMISSION" else "actions.intent.TEXT")
        args = [{"name": "text", "rawText": t["u"], "textValue": t["u"]}] if t["u"] else []
        if t["i"] == "PERMISSION":
            args = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
        req = {"user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED", "lastSeen": x["ts"]},
               "conversation": {"conversationId": x["sid"], "type": "NEW" if x["ti"] == 0 else "ACTIVE"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"] or ""}], "arguments": args}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
        out.append({"request": req, "response": g_v2_resp(t)})
    dump(p, out)


def g_df_pair(c, x):
    t = x["t"]
    lang = c["loc"]
    disp = {"LAUNCH": "Default Welcome Intent"}.get(t["i"], t["i"])
    req = {"responseId": _uuid(c["id"], "df", x["n"]) + "-e0f3c0d4",
           "queryResult": {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["s"], "allRequiredParamsPresent": True,
                           "intent": {"name": "projects/%s/agent/intents/%s" % (c["id"][4:], _uuid(c["id"], disp)), "displayName": disp},
                           "intentDetectionConfidence": 1, "languageCode": lang.split("-")[0] if c.get("short_lang") else lang},
           "originalDetectIntentRequest": {"source": "google", "version": "2",
                                           "payload": {"conversation": {"conversationId": x["sid"], "type": "NEW" if x["ti"] == 0 else "ACTIVE"},
                                                       "user": {"locale": lang}, "isInSandbox": True}},
           "session": "projects/%s/agent/sessions/%s" % (c["id"][4:], x["sid"])}
    g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
    if t["card"] and t["card"][0] != "PERMS":
        g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
    if t["card"] and t["card"][0] == "PERMS":
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                            "optContext": t["say"], "permissions": t["card"][1]}}
    if t["rp"] is not None:
        g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
    return req, {"fulfillmentText": plain(t["say"]), "payload": {"google": g}}


def rec_dialogflow(c, p, sessions, day, jsonl=False):
    pairs = [dict(zip(("request", "response"), g_df_pair(c, x))) for x in g_flat(c, sessions, day)]
    if jsonl:
        write(p, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in pairs))
    else:
        dump(p, pairs)


def rec_scene(c, p, sessions, day):
    out = []
    for x in g_flat(c, sessions, day):
        t = x["t"]
        scene = t["s"].get("_scene", "Main")
        params = {k: v for k, v in t["s"].items() if k != "_scene"}
        req = {"handler": {"name": t["s"].get("_handler", "main" if t["i"] == "LAUNCH" else t["i"].lower())},
               "intent": {"name": "actions.intent.MAIN" if t["i"] == "LAUNCH" else t["i"],
                          "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": t["u"] or ""},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": x["sid"], "params": {}, "typeOverrides": [], "languageCode": c["loc"]},
               "user": {"locale": c["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                        "lastSeenTime": x["ts"]},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        res = {"session": {"id": x["sid"], "params": {}, "languageCode": ""},
               "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": plain(t["say"])}}}
        if t["card"]:
            res["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
        res["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t["end"] else t["s"].get("_next", scene)}}
        out.append({"request": req, "response": res})
    dump(p, out)


ALEXA_SHAPES = {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
                "smapi-simulation": rec_smapi_simulation, "smapi-invocation": rec_smapi_invocation,
                "ask-dialog": rec_ask_dialog, "cloudwatch-text": rec_cloudwatch_text, "cloudwatch-json": rec_cloudwatch_json,
                "har": rec_har, "transcript": rec_transcript, "xapi-statements": rec_xapi, "markdown-report": rec_markdown,
                "mocha-json": rec_mocha, "vitest-json": rec_vitest, "playwright-json": rec_playwright,
                "screen-transcript": rec_screen}
GOOGLE_SHAPES = {"gactions-conversation": rec_gactions_conversation, "dialogflow-webhook": rec_dialogflow, "gactions-scene": rec_scene}


# ---------------------------------------------------------------- packages
def alexa_package(c, root):
    locs = c.get("locs", [c["loc"]])
    pub = {}
    for l in locs:
        inv = c["inv"]
        pub[l] = {"summary": c["summary"], "examplePhrases": c.get("examples", [c.get("wake", "Alexa") + ", " + c.get("open", "open") + " " + inv]),
                  "name": c["name"], "description": c.get("desc", c["summary"]), "keywords": c.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % _h(c["id"])[:4],
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % _h(c["id"])[:4]}
    pac = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
           "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "EDUCATION_AND_REFERENCE"),
                                     "distributionCountries": c.get("countries", [c["loc"][-2:]]), "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": endpoint(c)}, "interfaces": c.get("interfaces", [])}},
           "manifestVersion": "1.0", "privacyAndCompliance": pac}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    dump(os.path.join(root, "skill-package", "skill.json"), {"manifest": man})
    for l in locs:
        intents = []
        for it in c.get("intents", []):
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
            if not slots:
                del d["slots"]
            intents.append(d)
        for s in STD_INTENTS:
            if not any(i["name"] == s for i in intents):
                intents.append({"name": s, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in c.get("types", {}).items()]
        dump(os.path.join(root, "skill-package", "interactionModels", "custom", l + ".json"),
             {"interactionModel": {"languageModel": {"invocationName": c.get("inv_" + l, c["inv"]), "intents": intents, "types": types}}})
    if c.get("lambda"):
        write(os.path.join(root, "lambda", "index.js"), c["lambda"])
        dump(os.path.join(root, "lambda", "package.json"), {"name": c["id"][4:], "version": "1.0.0", "main": "index.js",
                                                              "dependencies": {"ask-sdk-core": "^2.14.0"}})
    dump(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31",
                                                     "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                                                              "code": {"default": {"src": "./lambda"}},
                                                                              "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                                                                                      "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


def render_case(c, outdir):
    root = os.path.join(outdir, c["id"])
    plat = c.get("platform", "alexa")
    if plat == "alexa":
        alexa_package(c, root)
    for rel, text in c.get("files", {}).items():  # hand-written Google project files, extra files
        write(os.path.join(root, rel), text if isinstance(text, str) else json.dumps(text, ensure_ascii=False, indent=2) + "\n")
    shapes = []
    for r in c.get("rec", []):
        path, shape, sessions = r[0], r[1], r[2]
        day = r[3] if len(r) > 3 else c.get("day", "2024-05-14")
        p = os.path.join(root, path)
        if shape in GOOGLE_SHAPES:
            GOOGLE_SHAPES[shape](c, p, sessions, day)
        else:
            fl = flatten(c, sessions, day)
            if shape == "cloudwatch-text" and c.get("py"):
                rec_cloudwatch_text(c, p, fl, py=True)
            else:
                ALEXA_SHAPES[shape](c, p, fl)
        if shape not in shapes:
            shapes.append(shape)
    return {"categories": sorted(c["cat"]), "locale": c["loc"], "shapes": c.get("shapes_override", shapes), "why": c["why"]}
