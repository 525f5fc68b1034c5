"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Only layout / envelope boilerplate lives here; every sentence, name, slot and label is written in the case files."""
import csv, hashlib, io, json, os, re
import yaml

# ---------------------------------------------------------------- description helpers
class R:
    """one recording: shape, relative path, turns, options"""
    def __init__(self, shape, path, turns, **opt):
        self.shape, self.path, self.turns, self.opt = shape, path, turns, opt


def C(**kw):
    kw.setdefault("platform", "alexa")
    kw.setdefault("perms", [])
    kw.setdefault("types", {})
    kw.setdefault("intents", [])
    kw.setdefault("extra", {})
    kw.setdefault("child", False)
    kw.setdefault("category", "HEALTH_AND_FITNESS")
    kw.setdefault("labels", [])
    return kw


def uid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uuid(*parts):
    h = uid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def ssml(s):
    if s is None:
        return None
    return s if s.lstrip().startswith("<speak>") else f"<speak>{s}</speak>"


def plain(s):
    return re.sub(r"<[^>]+>", "", s or "").strip()


def ts(base, i):
    import datetime
    t = datetime.datetime.strptime(base, "%Y-%m-%dT%H:%M") + datetime.timedelta(seconds=17 * i)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- Alexa envelopes
def alexa_exchanges(case, rec, ri):
    out, sess, new, k = [], None, True, 0
    app = "amzn1.ask.skill." + uuid(case["id"], "app")
    user = "amzn1.ask.account." + uid(case["id"], "user", n=40).upper()
    dev = "amzn1.ask.device." + uid(case["id"], "dev", n=40).upper()
    loc = rec.opt.get("locale", case["locale"])
    base = rec.opt.get("date", "2025-03-04T09:15")
    for i, t in enumerate(rec.turns):
        utter, intent, slots, speech, reprompt, end = t[:6]
        ex = t[6] if len(t) > 6 else {}
        if sess is None:
            k += 1
            sess, new = "amzn1.echo-api.session." + uuid(case["id"], ri, k), True
        stamp = ts(base, i + ri * 10)
        if intent == "LaunchRequest":
            body = {"type": "LaunchRequest"}
        elif intent == "SessionEndedRequest":
            body = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        elif intent.startswith("Connections.") or intent.startswith("AudioPlayer."):
            body = {"type": intent}
        else:
            body = {"type": "IntentRequest", "intent": {"name": intent, "confirmationStatus": "NONE",
                    "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE"} for n, v in (slots or {}).items()}}}
            if intent.startswith("AMAZON.") or not slots:
                body["intent"]["slots"] = {n: {"name": n, "value": v} for n, v in (slots or {}).items()} if slots else {}
        body.update({"requestId": "amzn1.echo-api.request." + uuid(case["id"], ri, i), "locale": loc, "timestamp": stamp})
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sess, "application": {"applicationId": app}, "user": {"userId": user},
                           **({} if new else {"attributes": ex.get("attrs", {})})},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if ex.get("audio") else {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "fr", "it", "es", "en") and loc != "en-US" else "https://api.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": body}
        r = {}
        if speech is not None:
            r["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
        if ex.get("card"):
            r["card"] = {"type": "Simple", "title": ex["card"][0], "content": ex["card"][1]}
        if ex.get("perms"):
            r["card"] = {"type": "AskForPermissionsConsent", "permissions": ex["perms"]}
        if reprompt is not None:
            r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(reprompt)}}
        if ex.get("audio"):
            r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                                "audioItem": {"stream": {"url": ex["audio"], "token": uid(ex["audio"], n=12), "offsetInMilliseconds": 0}}}]
        if ex.get("apl"):
            r.setdefault("directives", []).append({"type": "Alexa.Presentation.APL.RenderDocument", "token": "main",
                "document": {"type": "APL", "version": "2023.2", "mainTemplate": {"items": [{"type": "Text", "text": ex["apl"]}]}}})
        if end is not None:
            r["shouldEndSession"] = end
        resp = {"version": "1.0", "sessionAttributes": ex.get("attrs_out", {}), "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
        if intent == "SessionEndedRequest":
            resp = {"version": "1.0", "response": {}}
        out.append({"req": req, "resp": resp, "utter": utter, "speech": speech, "reprompt": reprompt, "end": end,
                    "ts": stamp, "sess": sess, "intent": intent, "ex": ex})
        new = False
        if end is True or end is None and reprompt is None and intent != "LaunchRequest" or intent == "SessionEndedRequest":
            sess = None
    return out


# ---------------------------------------------------------------- Google envelopes
def g_lang(loc):
    return loc


def google_exchanges(case, rec, ri):
    out, sess, k = [], None, 0
    loc = case["locale"]
    base = rec.opt.get("date", "2025-03-04T09:15")
    first = True
    for i, t in enumerate(rec.turns):
        utter, intent, slots, speech, reprompt, end = t[:6]
        ex = t[6] if len(t) > 6 else {}
        if sess is None:
            k += 1
            sess, first = "ABwppHG" + uid(case["id"], ri, k, n=40), True
        stamp = ts(base, i + ri * 10)
        p = case["platform"]
        gi = "actions.intent.MAIN" if intent == "LaunchRequest" else intent
        user = {"locale": loc, "lastSeen": "2025-02-27T18:03:11Z", "userVerificationStatus": "VERIFIED",
                "userStorage": "{\"data\":{}}"}
        conv_in = {"user": user, "conversation": {"conversationId": sess, "type": "NEW" if first else "ACTIVE",
                                                   **({} if first else {"conversationToken": "[]"})},
                   "inputs": [{"intent": gi, "rawInputs": [{"inputType": "VOICE", "query": utter}],
                               "arguments": ([{"name": n, "rawText": v, "textValue": v} for n, v in (slots or {}).items()]
                                             or ([{"name": "text", "rawText": utter, "textValue": utter}] if gi != "actions.intent.MAIN" else []))}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
        items = [{"simpleResponse": {"textToSpeech": ssml(speech) if speech and "<" in speech else speech}}] if speech is not None else []
        if ex.get("card"):
            items.append({"basicCard": {"title": ex["card"][0], "formattedText": ex["card"][1]}})
        if p == "sdkv2":
            if end:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if reprompt is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": reprompt} if "<" not in reprompt else {"ssml": ssml(reprompt)}]
                if ex.get("gperm"):
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                        "optContext": ex.get("gperm_ctx", ""), "permissions": ex["gperm"]}}]
                resp = {"expectUserResponse": True if end is False or end is None else False, "expectedInputs": [ei]}
                if end is None:
                    resp.pop("expectUserResponse")
            req = conv_in
        elif p == "dialogflow":
            pid = case.get("project", uid(case["id"], "proj", n=10))
            req = {"responseId": uuid(case["id"], ri, i, "r"), "session": f"projects/{pid}/agent/sessions/{sess}",
                   "queryResult": {"queryText": utter if gi != "actions.intent.MAIN" else "GOOGLE_ASSISTANT_WELCOME",
                                   "parameters": dict(slots or {}), "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{pid}/agent/intents/{uuid(case['id'], intent)}",
                                              "displayName": "Default Welcome Intent" if intent == "LaunchRequest" else intent},
                                   "intentDetectionConfidence": 1, "languageCode": loc.split("-")[0]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": conv_in}}
            g = {"expectUserResponse": not end if end is not None else True, "richResponse": {"items": items}}
            if end is None:
                g.pop("expectUserResponse")
            if reprompt is not None:
                g["noInputPrompts"] = [{"textToSpeech": reprompt} if "<" not in reprompt else {"ssml": ssml(reprompt)}]
            if ex.get("gperm"):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": ex.get("gperm_ctx", ""), "permissions": ex["gperm"]}}
            resp = {"fulfillmentText": plain(speech), "payload": {"google": g}}
        else:  # builder
            scene = ex.get("scene", "Main")
            req = {"handler": {"name": ex.get("handler", "main" if intent == "LaunchRequest" else intent.lower())},
                   "intent": {"name": gi, "params": {n: {"original": v, "resolved": v} for n, v in (slots or {}).items()}, "query": utter},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}, "next": {}},
                   "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                            "lastSeenTime": "2025-02-27T18:03:11Z"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"],
                                                     "timeZone": {"id": "Europe/Berlin", "version": ""}}}
            resp = {"session": {"id": sess, "params": ex.get("params", {})},
                    "prompt": {"override": False, **({"firstSimple": {"speech": speech, "text": plain(speech)}} if speech is not None else {})},
                    "scene": {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if end else ex.get("next", scene)}}}
            if ex.get("card"):
                resp["prompt"]["content"] = {"card": {"title": ex["card"][0], "text": ex["card"][1]}}
            if ex.get("gperm"):
                resp["scene"]["slots"] = {"perm": {"mode": "REQUIRED", "status": "SLOT_UNSPECIFIED", "updated": False,
                                                    "value": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                              "context": ex.get("gperm_ctx", ""), "permissions": ex["gperm"]}}}
        out.append({"req": req, "resp": resp, "utter": utter, "speech": speech, "reprompt": reprompt, "end": end,
                    "ts": stamp, "sess": sess, "intent": intent, "ex": ex})
        if p == "builder" and reprompt is not None and not end:
            nreq = json.loads(json.dumps(req))
            nreq["handler"]["name"] = "no_input_reprompt"
            nreq["intent"] = {"name": "actions.intent.NO_INPUT_1", "params": {}, "query": ""}
            nresp = {"session": {"id": sess, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": reprompt, "text": plain(reprompt)}},
                     "scene": {"name": resp["scene"]["name"], "slots": {}, "next": {"name": resp["scene"]["next"]["name"]}}}
            out.append({"req": nreq, "resp": nresp, "utter": "", "speech": reprompt, "reprompt": None, "end": end,
                        "ts": stamp, "sess": sess, "intent": "actions.intent.NO_INPUT_1", "ex": {}})
        first = False
        if end:
            sess = None
    return out


# ---------------------------------------------------------------- writers
def w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def jd(o, ind=2):
    return json.dumps(o, ensure_ascii=False, indent=ind)


def endpoint(case):
    return {"uri": f"arn:aws:lambda:eu-west-1:{int(uid(case['id'], n=8), 16) % 10**12:012d}:function:{case['id'][4:]}"}


def rec_envelope(case, rec, xs, d):
    for i, x in enumerate(xs):
        nm = rec.opt.get("names", [])
        fn = nm[i] if i < len(nm) else f"{i + 1:02d}-{x['intent'].split('.')[-1].lower()}.json"
        w(os.path.join(d, rec.path, fn), jd(x["resp"]))


def rec_pairs_jsonl(case, rec, xs, d):
    w(os.path.join(d, rec.path), "".join(json.dumps({"request": x["req"], "response": x["resp"]}, ensure_ascii=False) + "\n" for x in xs))


def rec_pairs_array(case, rec, xs, d):
    w(os.path.join(d, rec.path), jd([{"request": x["req"], "response": x["resp"]} for x in xs]))


def _sim(case, x, i):
    return {"id": uuid(case["id"], "sim", i), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(x["speech"])}}] if x["speech"] else [],
                                              "consideredIntents": [{"name": x["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(case)["uri"], "body": x["req"]},
                                                               "invocationResponse": {"body": x["resp"]},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                       "error": None}}


def rec_smapi_sim(case, rec, xs, d):
    for i, x in enumerate(xs):
        w(os.path.join(d, rec.path, f"{rec.opt.get('prefix', 'simulation')}-{i + 1}.json"), jd(_sim(case, x, i)))


def rec_smapi_inv(case, rec, xs, d):
    for i, x in enumerate(xs):
        o = {"id": uuid(case["id"], "inv", i), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(case)["uri"], "body": x["req"]},
                                               "invocationResponse": {"body": x["resp"]},
                                               "metrics": {"skillExecutionTimeInMilliseconds": 211 + i}}, "error": None}}
        w(os.path.join(d, rec.path, f"invoke-{i + 1:02d}.json"), jd(o))


def rec_ask_dialog(case, rec, xs, d):
    replay = {"skillId": "amzn1.ask.skill." + uuid(case["id"], "app"), "locale": case["locale"], "type": "text",
              "userInput": [x["utter"] for x in xs]}
    w(os.path.join(d, rec.path, "replay.json"), jd(replay))
    if rec.opt.get("text"):
        lines = []
        for x in xs:
            lines.append(f"User  > {x['utter']}")
            lines.append(f"Alexa > {plain(x['speech'])}")
        w(os.path.join(d, rec.path, "dialog-output.txt"), "\n".join(lines) + "\n")
    else:
        w(os.path.join(d, rec.path, "dialog-output.json"),
          jd([{"utterance": x["utter"], "invocations": [{"invocationRequest": {"endpoint": endpoint(case)["uri"], "body": x["req"]},
                                                         "invocationResponse": {"body": x["resp"]}}]} for x in xs]))


def rec_cw_text(case, rec, xs, d):
    lines, py = [], rec.opt.get("python")
    kw = rec.opt.get("kw", ("Request: ", "Response: "))
    for i, x in enumerate(xs):
        rid = uuid(case["id"], "lambda", i)
        t = x["ts"].replace("Z", ".112Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{t}\t{rid}\t{kw[0]}{json.dumps(x['req'], ensure_ascii=False)}")
            lines.append(f"[INFO]\t{t}\t{rid}\t{kw[1]}{json.dumps(x['resp'], ensure_ascii=False)}")
        else:
            lines.append(f"{t}\t{rid}\tINFO\t{kw[0]}{json.dumps(x['req'], ensure_ascii=False)}")
            lines.append(f"{t}\t{rid}\tINFO\t{kw[1]}{json.dumps(x['resp'], ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {88 + i}.41 ms\tBilled Duration: {89 + i} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    w(os.path.join(d, rec.path), "\n".join(lines) + "\n")


def rec_cw_json(case, rec, xs, d):
    ev = []
    for i, x in enumerate(xs):
        rid = uuid(case["id"], "lambda", i)
        for kind, body in (("Request", x["req"]), ("Response", x["resp"])):
            ev.append({"logStreamName": f"2025/03/04/[$LATEST]{uid(case['id'], 'stream')}", "timestamp": 1741079700000 + i * 7000,
                       "message": f"{x['ts']}\t{rid}\tINFO\t{kind}: {json.dumps(body, ensure_ascii=False)}\n",
                       "ingestionTime": 1741079700900 + i * 7000, "eventId": uid(case["id"], i, kind, n=56)})
    w(os.path.join(d, rec.path), jd({"events": ev, "searchedLogStreams": []}))


def rec_har(case, rec, xs, d):
    url = rec.opt.get("url", f"https://{case['id'][4:]}.example-skills.net/alexa")
    ents = []
    for i, x in enumerate(xs):
        ents.append({"startedDateTime": x["ts"].replace("Z", ".000Z"), "time": 143,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                 "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(x["req"], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                                  "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                  "content": {"size": 900, "mimeType": "application/json", "text": json.dumps(x["resp"], ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    w(os.path.join(d, rec.path), jd({"log": {"version": "1.2", "creator": {"name": rec.opt.get("creator", "WebInspector"), "version": "537.36"},
                                             "pages": [], "entries": ents}}))


def rec_transcript(case, rec, xs, d):
    lines = []
    for x in xs:
        t = x["ts"][11:19]
        lines.append(f"[{t}] USER: {x['utter']}")
        lines.append(f"[{t}] SKILL: {plain(x['speech'])}")
        if x["reprompt"] is not None:
            lines.append(f"[{t}] REPROMPT: {x['reprompt']}")
        lines.append(f"[{t}] session_open={'false' if x['end'] else 'true'}")
    w(os.path.join(d, rec.path), "\n".join(lines) + "\n")


def rec_google_pairs(case, rec, xs, d):
    if rec.path.endswith(".jsonl"):
        w(os.path.join(d, rec.path), "".join(json.dumps({"request": x["req"], "response": x["resp"]}, ensure_ascii=False) + "\n" for x in xs))
    elif rec.opt.get("split"):
        for i, x in enumerate(xs):
            w(os.path.join(d, rec.path, f"turn{i + 1:02d}-request.json"), jd(x["req"]))
            w(os.path.join(d, rec.path, f"turn{i + 1:02d}-response.json"), jd(x["resp"]))
    else:
        w(os.path.join(d, rec.path), jd([{"request": x["req"], "response": x["resp"]} for x in xs]))


# --- new shapes of this set
def rec_newman(case, rec, xs, d):
    url = rec.opt.get("url", f"https://{case['id'][4:]}.example-skills.net/alexa")
    ex = []
    for i, x in enumerate(xs):
        body = json.dumps(x["resp"], ensure_ascii=False).encode("utf-8")
        ex.append({"cursor": {"position": i, "iteration": 0, "length": len(xs), "cycles": 1, "empty": False, "eof": False,
                              "bof": i == 0, "cr": False, "ref": uuid(case["id"], "cur", i), "httpRequestId": uuid(case["id"], "h", i)},
                   "item": {"id": uuid(case["id"], "item", i), "name": rec.opt.get("names", [])[i] if i < len(rec.opt.get("names", [])) else f"turn {i + 1} - {x['intent']}"},
                   "request": {"url": {"protocol": "https", "path": ["alexa"], "host": url.split("/")[2].split("."), "query": [], "variable": []},
                               "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
                               "body": {"mode": "raw", "raw": json.dumps(x["req"], ensure_ascii=False, indent=2)}},
                   "response": {"id": uuid(case["id"], "resp", i), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json"}],
                                "stream": {"type": "Buffer", "data": list(body)}, "cookie": [], "responseTime": 150 + i, "responseSize": len(body)},
                   "id": uuid(case["id"], "item", i), "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    rep = {"collection": {"_": {"postman_id": uuid(case["id"], "col")}, "item": [{"id": e["item"]["id"], "name": e["item"]["name"]} for e in ex],
                          "info": {"_postman_id": uuid(case["id"], "col"), "name": rec.opt.get("title", case["name"] + " regression"),
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
           "environment": {"id": uuid(case["id"], "env"), "name": "staging", "values": []},
           "run": {"stats": {"iterations": {"total": 1, "pending": 0, "failed": 0}, "requests": {"total": len(xs), "pending": 0, "failed": 0},
                             "assertions": {"total": len(xs), "pending": 0, "failed": 0}},
                   "timings": {"responseAverage": 155, "started": 1741079700000, "completed": 1741079702000},
                   "executions": ex, "transfers": {"responseTotal": sum(e["response"]["responseSize"] for e in ex)}, "failures": [], "error": None}}
    w(os.path.join(d, rec.path), jd(rep))


def rec_postman(case, rec, xs, d):
    url = rec.opt.get("url", f"https://{case['id'][4:]}.example-skills.net/alexa")
    items = []
    for i, x in enumerate(xs):
        r = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
             "body": {"mode": "raw", "raw": json.dumps(x["req"], ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
             "url": {"raw": url, "protocol": "https", "host": url.split("/")[2].split("."), "path": url.split("/")[3:]}}
        items.append({"name": f"{i + 1}. {x['utter'] or x['intent']}", "request": r,
                      "response": [{"name": "saved example", "originalRequest": r, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
                                    "body": json.dumps(x["resp"], ensure_ascii=False, indent=2)}]})
    w(os.path.join(d, rec.path), jd({"info": {"_postman_id": uuid(case["id"], "pc"), "name": rec.opt.get("title", case["name"]),
                                              "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                     "item": items}))


def _logfmt(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rec_k6(case, rec, xs, d):
    lines = ["", "          /\\      |‾‾| /‾‾/   /‾‾/   ", "     /\\  /  \\     |  |/  /   /  /    ",
             "    /  \\/    \\    |     (   /   ‾‾\\  ", "   /          \\   |  |\\  \\ |  (‾)  | ",
             "  / __________ \\  |__| \\__\\ \\_____/ .io", "",
             f"     execution: local", f"        script: {rec.opt.get('script', 'load/skill-smoke.js')}", "        output: -", ""]
    for i, x in enumerate(xs):
        t = x["ts"]
        lines.append(f"time=\"{t}\" level=info msg={_logfmt('REQ ' + json.dumps(x['req'], ensure_ascii=False))} source=console")
        lines.append(f"time=\"{t}\" level=info msg={_logfmt('RES ' + json.dumps(x['resp'], ensure_ascii=False))} source=console")
    lines += ["", f"     ✓ status is 200", "", f"     checks.........................: 100.00% ✓ {len(xs)}        ✗ 0",
              f"     http_req_duration..............: avg=151.2ms min=120.3ms med=149ms max=188.9ms p(90)=180ms p(95)=184ms",
              f"     http_reqs......................: {len(xs)}", f"     iterations.....................: 1", ""]
    w(os.path.join(d, rec.path), "\n".join(lines))


def rec_devtools(case, rec, xs, d):
    src = rec.opt.get("src", "simulator-bridge.js")
    lines = [f"Navigated to {rec.opt.get('page', 'http://localhost:3000/skill-console')}"]
    for i, x in enumerate(xs):
        lines.append(f"{src}:{41 + i * 2} >> request {json.dumps(x['req'], ensure_ascii=False)}")
        lines.append(f"{src}:{58 + i * 2} << response {json.dumps(x['resp'], ensure_ascii=False)}")
    w(os.path.join(d, rec.path), "\n".join(lines) + "\n")


def rec_email(case, rec, xs, d):
    o = rec.opt
    lines = [f"From: {o.get('frm', 'Margaret Hale <mhale@example.org>')}", f"To: {o.get('to', 'support@example-skills.net')}",
             f"Subject: {o.get('subject', 'what the speaker said')}", f"Date: {o.get('date_hdr', 'Tue, 4 Mar 2025 10:02:11 +0000')}", "",
             o.get("intro", ""), ""]
    for x in xs:
        lines.append(f"> {o.get('me', 'Me')}: {x['utter']}")
        lines.append(f"> {o.get('it', 'Speaker')}: {plain(x['speech'])}")
        if o.get("json"):
            lines.append(">")
            lines.append("> JSON output:")
            lines += ["> " + l for l in jd(x["resp"]).splitlines()]
        lines.append(">")
    lines += ["", o.get("outro", ""), ""]
    w(os.path.join(d, rec.path), "\n".join(lines))


def rec_dashboard(case, rec, xs, d):
    buf = io.StringIO()
    cw = csv.writer(buf)
    cw.writerow(["timestamp", "resident", "session_id", "turn", "heard", "intent", "spoken", "reprompt", "mic_open_after"])
    for i, x in enumerate(xs):
        cw.writerow([x["ts"], rec.opt.get("resident", "Room 12"), x["sess"][-12:], i + 1, x["utter"], x["intent"], plain(x["speech"]),
                     "" if x["reprompt"] is None else x["reprompt"], "no" if x["end"] else "yes"])
    w(os.path.join(d, rec.path), buf.getvalue())


def rec_notebook(case, rec, xs, d):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [rec.opt.get("title", "# Skill replay")]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = '{rec.opt.get('url', 'http://localhost:3001/')}'\n",
                         "def send(env):\n", "    r = requests.post(URL, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
    for i, x in enumerate(xs):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                      "source": [f"# {x['utter']}\n", f"env = {json.dumps(x['req'], ensure_ascii=False)}\n", "send(env)"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in jd(x["resp"], 1).splitlines()]}]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    w(os.path.join(d, rec.path), jd(nb, 1))


SHAPES = {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
          "smapi-simulation": rec_smapi_sim, "smapi-invocation": rec_smapi_inv, "ask-dialog": rec_ask_dialog,
          "cloudwatch-text": rec_cw_text, "cloudwatch-json": rec_cw_json, "har": rec_har, "transcript": rec_transcript,
          "gactions-conversation": rec_google_pairs, "dialogflow-webhook": rec_google_pairs, "gactions-scene": rec_google_pairs,
          "newman-json": rec_newman, "postman-collection": rec_postman, "k6-console": rec_k6, "devtools-console": rec_devtools,
          "email-paste": rec_email, "dashboard-csv": rec_dashboard, "notebook": rec_notebook}


# ---------------------------------------------------------------- projects
def alexa_project(case, d):
    loc = case["locale"]
    locs = case.get("locales", [loc])
    pub = {}
    for l in locs:
        pub[l] = {"name": case["name"], "summary": case["desc"][:160], "description": case["desc"],
                  "examplePhrases": case.get("examples", [f"Alexa, open {case['inv']}"]), "keywords": case.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON?versionId=small",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(case["perms"] or case.get("policy")), "isChildDirected": case["child"],
          "isExportCompliant": True, "containsAds": False}
    if case.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": case["policy"], "termsOfUseUrl": case["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                                  "category": case["category"], "distributionCountries": case.get("countries", [loc.split("-")[1]])},
                        "apis": {"custom": {"endpoint": endpoint(case), **({"interfaces": case["interfaces"]} if case.get("interfaces") else {})}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if case["perms"]:
        man["manifest"]["permissions"] = [{"name": p} for p in case["perms"]]
    w(os.path.join(d, "skill-package", "skill.json"), jd(man))
    for l in locs:
        ints = []
        for n, slots, samples in case["intents"]:
            ints.append({"name": n, "slots": [{"name": s, "type": t} for s, t in slots.items()], "samples": samples})
        for b in case.get("builtins", ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"]):
            ints.append({"name": b, "samples": []})
        types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in case["types"].items()]
        w(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
          jd({"interactionModel": {"languageModel": {"invocationName": case.get("inv_by_loc", {}).get(l, case["inv"]), "intents": ints, "types": types}}}))
    w(os.path.join(d, "ask-resources.json"), jd({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))


GTYPES = {"AMAZON.SearchQuery": "free", "AMAZON.LITERAL": "free", "ANY": "free"}


def _y(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=1000)


def builder_project(case, d):
    lang = case["locale"].split("-")[0] if case["locale"][:2] != "pt" and case["locale"][:2] != "es" else case["locale"]
    ls = {"displayName": case["name"], "pronunciation": case["inv"], "shortDescription": case["desc"][:80], "fullDescription": case["desc"],
          "developerName": case.get("dev", "Independent developer"), "developerEmail": case.get("dev_email", "dev@example-skills.net"),
          "smallLogoImage": "$resources.images.logo"}
    if case.get("policy"):
        ls["privacyPolicyUrl"] = case["policy"]
    w(os.path.join(d, "sdk", "settings", "settings.yaml"), _y({"defaultLocale": lang, "projectId": case.get("project", case["id"][4:]),
                                                              "category": case.get("gcategory", "HEALTH_AND_FITNESS"), "localizedSettings": ls,
                                                              "usesTransactionsApi": False, "usesDigitalPurchaseApi": False}))
    w(os.path.join(d, "sdk", "actions", "actions.yaml"), _y({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"},
                                                                                                 "transitionToScene": "Main"}}}))
    w(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), _y({"handlers": [{"name": "main"}] + [{"name": n.lower()} for n, _, _ in case["intents"]],
                                                                                 "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}))
    for n, slots, samples in case["intents"]:
        phr = []
        for s in samples:
            phr.append(re.sub(r"\{(\w+)\}", lambda m: f"(${m.group(1)} '{case.get('examples_by_slot', {}).get(m.group(1), 'x')}' auto=true)", s))
        o = {"trainingPhrases": phr}
        if slots:
            o["parameters"] = [{"name": s, "type": {"name": t if t not in GTYPES else "FreeText"}} for s, t in slots.items()]
        w(os.path.join(d, "sdk", "custom", "intents", f"{n}.yaml"), _y(o))
    types = dict(case["types"])
    if any(t in GTYPES for _, sl, _ in case["intents"] for t in sl.values()):
        w(os.path.join(d, "sdk", "custom", "types", "FreeText.yaml"), _y({"freeText": {}}))
    for t, vals in types.items():
        w(os.path.join(d, "sdk", "custom", "types", f"{t}.yaml"), _y({"synonym": {"entities": {re.sub(r'\W+', '_', v): {"synonyms": [v]} for v in vals},
                                                                                 "matchType": "EXACT_MATCH"}}))
    scene = case.get("scene") or {}
    sc = {"onEnter": {"webhookHandler": "main"}, "intentEvents": [{"intent": n, "handler": {"webhookHandler": n.lower()}} for n, _, _ in case["intents"]]}
    if case.get("noinput"):
        sc["intentEvents"].append({"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": case["noinput"]}]}}}]}}})
    if case.get("gperm_scene"):
        sc["slots"] = [{"name": "perm", "type": {"name": "actions.type.Permission"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                                                          "context": case["gperm_scene"][0], "permissions": case["gperm_scene"][1]}}]
    sc.update(scene)
    w(os.path.join(d, "sdk", "custom", "scenes", "Main.yaml"), _y(sc))


def sdkv2_project(case, d):
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": case["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {case['inv']}"]}}}]
    tmap = {"AMAZON.SearchQuery": "SchemaOrg_Text", "AMAZON.LITERAL": "SchemaOrg_Text", "ANY": "SchemaOrg_Text", "AMAZON.NUMBER": "SchemaOrg_Number",
            "AMAZON.DATE": "SchemaOrg_Date", "AMAZON.TIME": "SchemaOrg_Time"}
    for n, slots, samples in case["intents"]:
        pats = [re.sub(r"\{(\w+)\}", lambda m: f"${tmap.get(slots[m.group(1)], slots[m.group(1)])}:{m.group(1)}", s) for s in samples]
        acts.append({"description": n, "name": n, "fulfillment": {"conversationName": case["id"][4:]},
                     "intent": {"name": n, "parameters": [{"name": s, "type": "$" + tmap.get(t, t)} for s, t in slots.items()],
                                "trigger": {"queryPatterns": pats}}})
    man = {"displayName": case["name"], "invocationName": case["inv"], "category": case.get("gcategory", "HEALTH_AND_FITNESS"),
           "shortDescription": case["desc"][:80], "longDescription": case["desc"]}
    if case.get("policy"):
        man["privacyUrl"] = case["policy"]
    o = {"manifest": man, "actions": acts, "types": [{"name": "$" + t, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for t, vals in case["types"].items()],
         "conversations": {case["id"][4:]: {"name": case["id"][4:], "url": f"https://europe-west1-{case['id'][4:]}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
         "locale": case["locale"]}
    w(os.path.join(d, "action.json"), jd(o))


def dialogflow_project(case, d):
    lang = case["locale"].split("-")[0]
    w(os.path.join(d, "agent.json"), jd({"description": case["desc"], "language": lang, "shortDescription": case["name"], "examples": "",
                                         "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                         "googleAssistant": {"googleAssistantCompatible": True, "project": case.get("project", case["id"][4:]),
                                                             "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                             "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                             "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                             "autoPreviewEnabled": False, "isDeviceAgent": False, "invocationName": case["inv"],
                                                             **({"privacyPolicyUrl": case["policy"]} if case.get("policy") else {})},
                                         "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{case['id'][4:]}.example-skills.net/df", "available": True,
                                                                                         "useForDomains": False, "cloudFunctionsEnabled": False}, "isPrivate": True,
                                         "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True}))
    w(os.path.join(d, "package.json"), jd({"version": "1.0.0"}))
    for n, slots, samples in [("Default Welcome Intent", {}, [])] + list(case["intents"]):
        w(os.path.join(d, "intents", f"{n}.json"), jd({"id": uuid(case["id"], n), "name": n, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                           "parameters": [{"id": uuid(n, s), "name": s, "required": False, "dataType": "@sys.any" if t in GTYPES else "@" + t,
                                           "value": "$" + s, "isList": False} for s, t in slots.items()],
                           "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if n.startswith("Default") else []}))
        if samples:
            us = []
            for s in samples:
                parts = []
                for seg in re.split(r"(\{\w+\})", s):
                    if not seg:
                        continue
                    m = re.fullmatch(r"\{(\w+)\}", seg)
                    if m:
                        t = slots[m.group(1)]
                        parts.append({"text": case.get("examples_by_slot", {}).get(m.group(1), "algo"), "alias": m.group(1),
                                      "meta": "@sys.any" if t in GTYPES else "@" + t, "userDefined": True})
                    else:
                        parts.append({"text": seg, "userDefined": False})
                us.append({"id": uuid(case["id"], n, s), "data": parts, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            w(os.path.join(d, "intents", f"{n}_usersays_{lang}.json"), jd(us))
    for t, vals in case["types"].items():
        w(os.path.join(d, "entities", f"{t}.json"), jd({"id": uuid(case["id"], t), "name": t, "isOverridable": True, "isEnum": False,
                                                        "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False}))
        w(os.path.join(d, "entities", f"{t}_entries_{lang}.json"), jd([{"value": v, "synonyms": [v]} for v in vals]))


def render(case, root):
    d = os.path.join(root, "cases", case["id"])
    p = case["platform"]
    {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}[p](case, d)
    for path, text in case["extra"].items():
        w(os.path.join(d, path), text)
    shapes = []
    for ri, rec in enumerate(case["recs"]):
        xs = (alexa_exchanges if p == "alexa" else google_exchanges)(case, rec, ri)
        SHAPES[rec.shape](case, rec, xs, d)
        if rec.shape not in shapes:
            shapes.append(rec.shape)
    return {"categories": sorted(case["labels"]), "locale": case["locale"], "shapes": shapes, "why": case["why"]}
