"""Turn hand-written case descriptions into project folders and recordings (eval set 39)."""
import hashlib, json, os, uuid

def hid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))

def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]

def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")

def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

# ---------------------------------------------------------------- turns
class T:
    """One exchange. user: what was said; intent (Alexa intent / Google intent); say: speech;
    rep: reprompt (None = none); end: True/False/None(absent); slots: dict; card: (title, text)."""
    def __init__(self, user, intent, say, rep=None, end=False, slots=None, card=None, kind=None):
        self.user, self.intent, self.say, self.rep, self.end = user, intent, say, rep, end
        self.slots, self.card, self.kind = slots or {}, card, kind

def speech(text):
    if text is None:
        return None
    if text.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}

# ---------------------------------------------------------------- Alexa
def alexa_exchanges(c, sessions, base_ts="2024-05-04T18:00:00Z", tag=""):
    """sessions: list of lists of T. Returns list of sessions of dicts {user, req, resp, t}."""
    loc = c["locale"]
    app = "amzn1.ask.skill." + hid(c["id"], "app")
    user = "amzn1.ask.account." + hexid(c["id"], "user", n=60)
    dev = "amzn1.ask.device." + hexid(c["id"], "dev", n=40)
    out, attrs = [], {}
    date = base_ts[:10]
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + hid(c["id"], tag, si)
        rows = []
        for ti, t in enumerate(sess):
            ts = f"{date}T{18 + si % 5:02d}:{(ti * 3 + si * 7) % 60:02d}:{(ti * 11) % 60:02d}Z"
            rid = "amzn1.echo-api.request." + hid(c["id"], tag, si, ti)
            if t.kind == "end":
                body = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                        "reason": "USER_INITIATED"}
            elif t.intent == "LaunchRequest":
                body = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                        "shouldLinkResultBeReturned": False}
            else:
                body = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                        "dialogState": "STARTED" if False else None,
                        "intent": {"name": t.intent, "confirmationStatus": "NONE",
                                   "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE",
                                                 "source": "USER"} for k, v in t.slots.items()}}}
                body.pop("dialogState")
            sess_obj = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                        "user": {"userId": user}}
            if ti:
                sess_obj["attributes"] = dict(attrs)
            req = {"version": "1.0", "session": sess_obj,
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] != "en" else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": body}
            r = {}
            if t.say is not None:
                r["outputSpeech"] = speech(t.say)
            if t.card:
                r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
            if t.rep is not None:
                r["reprompt"] = {"outputSpeech": speech(t.rep)}
            if t.end is not None:
                r["shouldEndSession"] = t.end
            attrs["turn"] = ti + 1
            resp = {"version": "1.0", "sessionAttributes": dict(attrs),
                    "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}
            if t.kind == "end":
                resp = {"version": "1.0", "response": {}}
            rows.append({"user": t.user, "req": req, "resp": resp, "t": t, "ts": ts, "sid": sid})
        out.append(rows)
    return out

def alexa_package(root, c):
    loc_all = c.get("locales") or [c["locale"]]
    pub = {}
    for loc in loc_all:
        pub[loc] = {"summary": c["summary"], "examplePhrases": c.get("examples", [])[:3] or [c["invocation"]],
                    "name": c["name"], "description": c.get("description", c["summary"]),
                    "keywords": c.get("keywords", []),
                    "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + hexid(c["id"], n=4) + "/APP_ICON?versionId=small",
                    "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/" + hexid(c["id"], n=4) + "/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("usesPersonalInfo", bool(c.get("privacy")))),
          "isChildDirected": bool(c.get("child")), "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c["privacy"].rsplit("/", 1)[0] + "/terms"} for loc in loc_all}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                   "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                   "category": c.get("category", "LIFESTYLE"),
                                                   "distributionCountries": c.get("countries", [])},
                        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", "arn:aws:lambda:eu-west-1:4817" + hexid(c["id"], n=8).lower().replace("a", "1").replace("b", "2").replace("c", "3").replace("d", "4").replace("e", "5").replace("f", "6") + ":function:" + c["id"][4:])}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    wjson(os.path.join(root, "skill-package", "skill.json"), man)
    for loc in loc_all:
        lm = {"invocationName": c.get("invocations", {}).get(loc, c["invocation"]), "intents": [], "types": []}
        for name, spec in c["intents"].items():
            if isinstance(spec, list):
                spec = {"samples": spec}
            it = {"name": name, "samples": spec.get("samples", [])}
            if spec.get("slots"):
                it["slots"] = [{"name": k, "type": v} for k, v in spec["slots"].items()]
            lm["intents"].append(it)
        for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"):
            if b not in c["intents"]:
                lm["intents"].append({"name": b, "samples": []})
        for tname, vals in c.get("types", {}).items():
            lm["types"].append({"name": tname, "values": [{"name": {"value": v}} for v in vals]})
        wjson(os.path.join(root, "skill-package", "interactionModels", "custom", loc + ".json"),
              {"interactionModel": {"languageModel": lm}})
    wjson(os.path.join(root, "ask-resources.json"),
          {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
           "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
           "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("lambda"):
        wtext(os.path.join(root, "lambda", "index.js"), c["lambda"])

# ---------------------------------------------------------------- Google
def google_exchanges(c, sessions, fmt, base_ts="2024-05-04T18:00:00Z", tag=""):
    """fmt: 'scene' (Actions Builder), 'conv' (Actions SDK v2), 'df' (Dialogflow v2)."""
    loc = c["locale"]
    out = []
    for si, sess in enumerate(sessions):
        sid = hid(c["id"], tag, "g", si)
        rows = []
        for ti, t in enumerate(sess):
            ts = f"{base_ts[:10]}T{17 + si % 5:02d}:{(ti * 4 + si * 9) % 60:02d}:{(ti * 13) % 60:02d}Z"
            open_ = t.end is not True
            if fmt == "scene":
                req = {"handler": {"name": t.slots.get("_handler", "main" if ti == 0 else t.intent.lower())},
                       "intent": {"name": "actions.intent.MAIN" if ti == 0 else t.intent,
                                  "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items() if not k.startswith("_")},
                                  "query": t.user},
                       "scene": {"name": t.slots.get("_scene", "Start"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                                "lastSeenTime": ts},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False,
                        "firstSimple": {"speech": t.say, "text": _plain(t.say)}}}
                nxt = "actions.scene.END_CONVERSATION" if t.end else t.slots.get("_next")
                resp["scene"] = {"name": t.slots.get("_scene", "Start"), "slots": {}}
                if nxt:
                    resp["scene"]["next"] = {"name": nxt}
                if t.card:
                    resp["prompt"]["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
            elif fmt == "conv":
                req = {"user": {"locale": loc, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE",
                                        **({"conversationToken": "[]"} if ti else {})},
                       "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else t.intent,
                                   "rawInputs": [{"inputType": "VOICE", "query": t.user}],
                                   "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items() if not k.startswith("_")]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "availableSurfaces": []}
                items = [{"simpleResponse": {"textToSpeech": t.say}}]
                if t.card:
                    items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                if open_:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}},
                          "possibleIntents": [t.slots.get("_possible") or {"intent": "actions.intent.TEXT"}]}
                    if t.rep is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t.rep}] * 3
                    resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
                else:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:  # dialogflow
                req = {"responseId": hid(c["id"], tag, si, ti) + "-" + hexid(c["id"], si, ti, n=8).lower(),
                       "queryResult": {"queryText": t.user,
                                       "parameters": {k: v for k, v in t.slots.items() if not k.startswith("_")},
                                       "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
                                       "intent": {"name": f"projects/{c['project']}/agent/intents/" + hid(c["id"], t.intent),
                                                  "displayName": t.intent},
                                       "intentDetectionConfidence": 1, "languageCode": loc.lower() if loc[:2] in ("pt", "zh") else loc[:2]},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": sid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                       "rawInputs": [{"inputType": "VOICE", "query": t.user}]}],
                           "isInSandbox": True}},
                       "session": f"projects/{c['project']}/agent/sessions/{sid}"}
                items = [{"simpleResponse": {"textToSpeech": t.say}}]
                if t.card:
                    items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
                g = {"expectUserResponse": open_, "richResponse": {"items": items}}
                if t.rep is not None and open_:
                    g["noInputPrompts"] = [{"textToSpeech": t.rep}]
                if t.slots.get("_system"):
                    g["systemIntent"] = t.slots["_system"]
                resp = {"fulfillmentText": _plain(t.say), "payload": {"google": g}}
            rows.append({"user": t.user, "req": req, "resp": resp, "t": t, "ts": ts, "sid": sid})
        out.append(rows)
    return out

def _plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()

# ---------------------------------------------------------------- shapes (recordings)
def endpoint(c):
    return c.get("url") or f"https://skills.{c['id'][4:]}.example.net/alexa"

def shape_envelope(root, c, ex, folder, stem="response"):
    n = 0
    for sess in ex:
        for row in sess:
            n += 1
            wjson(os.path.join(root, folder, f"{stem}-{n:02d}.json"), row["resp"])

def shape_pairs_jsonl(root, c, ex, path):
    lines = [json.dumps({"request": r["req"], "response": r["resp"]}, ensure_ascii=False) for s in ex for r in s]
    wtext(os.path.join(root, path), "\n".join(lines) + "\n")

def shape_pairs_array(root, c, ex, path):
    wjson(os.path.join(root, path), [{"request": r["req"], "response": r["resp"]} for s in ex for r in s])

def shape_smapi_sim(root, c, ex, folder):
    n = 0
    for s in ex:
        for r in s:
            n += 1
            wjson(os.path.join(root, folder, f"simulation-{n:02d}.json"), {
                "id": hid(c["id"], "sim", n), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain((r["resp"]["response"].get("outputSpeech") or {}).get("ssml") or (r["resp"]["response"].get("outputSpeech") or {}).get("text"))}}],
                                                  "consideredIntents": [{"name": r["t"].intent, "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint_arn", "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:]), "body": r["req"]},
                                                                   "invocationResponse": {"body": r["resp"]},
                                                                   "metrics": {"skillExecutionTimeInMilliseconds": 140 + n}}]},
                           "error": None}})

def shape_smapi_invocation(root, c, ex, folder):
    n = 0
    for s in ex:
        for r in s:
            n += 1
            wjson(os.path.join(root, folder, f"invoke-{n:02d}.json"), {
                "id": hid(c["id"], "inv", n), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + c["id"][4:], "body": r["req"]},
                                                  "invocationResponse": {"body": r["resp"]},
                                                  "metrics": {"skillExecutionTimeInMilliseconds": 90 + n}}}})

def shape_ask_dialog(root, c, ex, folder):
    utts = [r["user"] for s in ex for r in s if r["t"].kind != "end"]
    wjson(os.path.join(root, folder, "replay.json"), {"skillId": "amzn1.ask.skill." + hid(c["id"], "app"),
          "locale": c["locale"], "type": "text", "userInput": utts})
    out = [{"utterance": r["user"], "invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:x", "body": r["req"]},
            "invocationResponse": {"body": r["resp"]}}]} for s in ex for r in s if r["t"].kind != "end"]
    wjson(os.path.join(root, folder, "dialog-output.json"), out)

def shape_cloudwatch_text(root, c, ex, path, py=False):
    lines = []
    for s in ex:
        for r in s:
            rid = hid(c["id"], "lam", r["ts"])
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if py:
                lines.append(f"[INFO]\t{r['ts']}\t{rid}\tRequest: " + json.dumps(r["req"], ensure_ascii=False))
                lines.append(f"[INFO]\t{r['ts']}\t{rid}\tResponse: " + json.dumps(r["resp"], ensure_ascii=False))
            else:
                lines.append(f"{r['ts']}\t{rid}\tINFO\tRequest: " + json.dumps(r["req"], ensure_ascii=False))
                lines.append(f"{r['ts']}\t{rid}\tINFO\tResponse: " + json.dumps(r["resp"], ensure_ascii=False))
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: 48.21 ms\tBilled Duration: 49 ms\tMemory Size: 256 MB\tMax Memory Used: 81 MB")
    wtext(os.path.join(root, path), "\n".join(lines) + "\n")

def shape_cloudwatch_json(root, c, ex, path):
    ev, n = [], 0
    for s in ex:
        for r in s:
            rid = hid(c["id"], "lam", r["ts"])
            for k, body in (("Request", r["req"]), ("Response", r["resp"])):
                n += 1
                ev.append({"logStreamName": "2024/05/04/[$LATEST]" + hexid(c["id"], n=32).lower(), "timestamp": 1714845600000 + n * 1000,
                           "message": f"{r['ts']}\t{rid}\tINFO\t{k}: " + json.dumps(body, ensure_ascii=False) + "\n",
                           "ingestionTime": 1714845600500 + n * 1000, "eventId": str(37000000000000000000000000000000000000000000000000000000 + n)})
    wjson(os.path.join(root, path), {"events": ev, "searchedLogStreams": []})

def shape_har(root, c, ex, path):
    entries = []
    for s in ex:
        for r in s:
            entries.append({"startedDateTime": r["ts"].replace("Z", ".000Z"), "time": 120,
                            "request": {"method": "POST", "url": endpoint(c), "httpVersion": "HTTP/1.1",
                                        "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                        "headersSize": -1, "bodySize": -1,
                                        "postData": {"mimeType": "application/json", "text": json.dumps(r["req"], ensure_ascii=False)}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                         "content": {"size": -1, "mimeType": "application/json;charset=UTF-8", "text": json.dumps(r["resp"], ensure_ascii=False)},
                                         "redirectURL": "", "headersSize": -1, "bodySize": -1},
                            "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 9}})
    wjson(os.path.join(root, path), {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "126.0"}, "pages": [], "entries": entries}})

def spoken(r):
    """(speech, reprompt, open) of a row in any platform format."""
    resp = r["resp"]
    if "response" in resp:
        o = resp["response"].get("outputSpeech") or {}
        rp = ((resp["response"].get("reprompt") or {}).get("outputSpeech") or {})
        return (o.get("ssml") or o.get("text") or "", rp.get("ssml") or rp.get("text"), resp["response"].get("shouldEndSession") is not True and r["t"].kind != "end")
    return r["t"].say, r["t"].rep, r["t"].end is not True

def shape_transcript(root, c, ex, path):
    lines = [f"# QA transcript {c['name']} ({c['locale']})"]
    for s in ex:
        lines.append(f"--- session {s[0]['sid'][-12:]}")
        for r in s:
            sp, rp, op = spoken(r)
            lines.append(f"[{r['ts']}] USER: {r['user']}")
            lines.append(f"[{r['ts']}] SKILL: {sp}")
            if rp is not None:
                lines.append(f"[{r['ts']}] REPROMPT: {rp}")
            lines.append(f"[{r['ts']}] session_open={'true' if op else 'false'}")
    wtext(os.path.join(root, path), "\n".join(lines) + "\n")

def shape_google(root, c, ex, folder, stem):
    n = 0
    for s in ex:
        for r in s:
            n += 1
            wjson(os.path.join(root, folder, f"{stem}-{n:02d}-request.json"), r["req"])
            wjson(os.path.join(root, folder, f"{stem}-{n:02d}-response.json"), r["resp"])

def shape_google_pairs(root, c, ex, path):
    wjson(os.path.join(root, path), [{"request": r["req"], "response": r["resp"]} for s in ex for r in s])

# ---- new shapes of this set
def shape_charles(root, c, ex, path):
    """Charles Proxy JSON session export (.chlsj)."""
    from urllib.parse import urlparse
    u = urlparse(endpoint(c))
    out = []
    for s in ex:
        for r in s:
            rq, rs = json.dumps(r["req"], ensure_ascii=False), json.dumps(r["resp"], ensure_ascii=False)
            out.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": u.scheme, "host": u.hostname,
                        "actualPort": 443, "path": u.path, "query": None, "tunnel": False, "keptAlive": True,
                        "webSocket": False, "remoteAddress": u.hostname + "/203.0.113.40", "clientAddress": "/127.0.0.1",
                        "times": {"start": r["ts"].replace("Z", ".000+00:00"), "end": r["ts"].replace("Z", ".180+00:00")},
                        "request": {"sizes": {"headers": 410, "body": len(rq.encode())}, "mimeType": "application/json", "charset": "UTF-8",
                                    "contentEncoding": None, "header": {"firstLine": f"POST {u.path} HTTP/1.1",
                                    "headers": [{"name": "Host", "value": u.hostname}, {"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}]},
                                    "body": {"text": rq, "charset": "UTF-8"}},
                        "response": {"status": 200, "sizes": {"headers": 220, "body": len(rs.encode())}, "mimeType": "application/json",
                                     "charset": "UTF-8", "contentEncoding": None,
                                     "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}]},
                                     "body": {"text": rs, "charset": "UTF-8"}}})
    wjson(os.path.join(root, path), out)

def shape_postman(root, c, ex, path):
    """Postman collection v2.1 whose requests carry saved example responses."""
    items = []
    n = 0
    for s in ex:
        for r in s:
            n += 1
            rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                  "body": {"mode": "raw", "raw": json.dumps(r["req"], ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
                  "url": {"raw": "{{skill_url}}", "host": ["{{skill_url}}"]}}
            items.append({"name": f"{n:02d} {r['user']}", "request": rq,
                          "response": [{"name": "saved " + r["ts"], "originalRequest": rq, "status": "OK", "code": 200,
                                        "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "cookie": [], "body": json.dumps(r["resp"], ensure_ascii=False, indent=2)}]})
    wjson(os.path.join(root, path), {"info": {"_postman_id": hid(c["id"], "pm"), "name": c["name"] + " webhook",
                                              "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                                     "item": items, "variable": [{"key": "skill_url", "value": endpoint(c)}]})

def shape_notebook(root, c, ex, path):
    """Jupyter notebook: a researcher replays the skill; each cell prints request and response JSON."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – replay ({c['locale']})\n", "Local replay of the recorded utterances against the endpoint."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"URL = '{endpoint(c)}'\n", "def send(env):\n", "    r = requests.post(URL, json=env, timeout=10)\n",
                         "    print('REQUEST'); print(json.dumps(env, ensure_ascii=False, indent=1))\n",
                         "    print('RESPONSE'); print(json.dumps(r.json(), ensure_ascii=False, indent=1))\n"]}]
    k = 1
    for s in ex:
        for r in s:
            k += 1
            txt = "REQUEST\n" + json.dumps(r["req"], ensure_ascii=False, indent=1) + "\nRESPONSE\n" + json.dumps(r["resp"], ensure_ascii=False, indent=1) + "\n"
            cells.append({"cell_type": "code", "execution_count": k, "metadata": {},
                          "source": [f"# {r['user']}\n", f"send(envs[{k - 2}])"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": txt.splitlines(True)}]})
    wjson(os.path.join(root, path), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)

def _ddb(v):
    if isinstance(v, bool):
        return {"BOOL": v}
    if isinstance(v, (int, float)):
        return {"N": str(v)}
    return {"S": v}

def shape_dynamodb(root, c, ex, path):
    """`aws dynamodb scan` output of a table where the skill stores every turn (typed attributes)."""
    items = []
    for s in ex:
        for i, r in enumerate(s):
            items.append({"sessionId": _ddb(r["sid"]), "turn": _ddb(i), "createdAt": _ddb(r["ts"]),
                          "locale": _ddb(c["locale"]), "requestJson": _ddb(json.dumps(r["req"], ensure_ascii=False)),
                          "responseJson": _ddb(json.dumps(r["resp"], ensure_ascii=False))})
    wjson(os.path.join(root, path), {"Items": items, "Count": len(items), "ScannedCount": len(items), "ConsumedCapacity": None})

def shape_junit(root, c, ex, path):
    """JUnit XML from a pytest/mocha run; each testcase's <system-out> logs the request and response JSON."""
    from xml.sax.saxutils import escape
    cases = []
    n = 0
    for s in ex:
        for r in s:
            n += 1
            out = "Request: " + json.dumps(r["req"], ensure_ascii=False) + "\nResponse: " + json.dumps(r["resp"], ensure_ascii=False) + "\n"
            cases.append(f'    <testcase classname="tests.test_conversation" name="test_{n:02d}_{escape(r["t"].intent or "turn").replace(".", "_")}" time="0.{100 + n}">\n'
                         f'      <system-out>{escape(out)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
           f'tests="{n}" time="{n * 0.2:.2f}" timestamp="{ex[0][0]["ts"][:19]}" hostname="ci-runner-3">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    wtext(os.path.join(root, path), xml)

SHAPES = {"envelope": shape_envelope, "pairs-jsonl": shape_pairs_jsonl, "pairs-array": shape_pairs_array,
          "smapi-simulation": shape_smapi_sim, "smapi-invocation": shape_smapi_invocation, "ask-dialog": shape_ask_dialog,
          "cloudwatch-text": shape_cloudwatch_text, "cloudwatch-json": shape_cloudwatch_json, "har": shape_har,
          "transcript": shape_transcript, "charles-session": shape_charles, "postman-collection": shape_postman,
          "jupyter-notebook": shape_notebook, "dynamodb-scan": shape_dynamodb, "junit-xml": shape_junit}

# ---------------------------------------------------------------- Google projects
def yaml_dump(obj, ind=0):
    sp = "  " * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {_ys(v)}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, dict) and v:
                sub = yaml_dump(v, ind + 1).split("\n")
                out.append(f"{sp}- " + sub[0].lstrip())
                out.extend(sub[1:])
            else:
                out.append(f"{sp}- {_ys(v)}")
    return "\n".join(out)

def _ys(v):
    if v is True: return "true"
    if v is False: return "false"
    if v == {} : return "{}"
    if v == []: return "[]"
    if isinstance(v, (int, float)): return str(v)
    return json.dumps(v, ensure_ascii=False)

def builder_project(root, c):
    g = c["google"]
    s = {"defaultLocale": c["locale"][:2] if c["locale"][:2] != "pt" else c["locale"], "projectId": c["project"],
         "localizedSettings": {"displayName": c["name"], "pronunciation": c["invocation"], "shortDescription": c["summary"],
                               "fullDescription": c.get("description", c["summary"]), "developerName": c.get("dev", "Hausfreund Labs"),
                               "developerEmail": c.get("email", "dev@example.org"),
                               **({"privacyPolicyUrl": c["privacy"]} if c.get("privacy") else {}),
                               "sampleInvocations": c.get("examples", [])},
         "category": c.get("gcategory", "KIDS_AND_FAMILY"), "usesTransactionsApi": False,
         "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, "designedForFamily": bool(c.get("child")),
         "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": bool(g.get("keepsMicOpen", False)),
         "surfaceRequirements": {"minimumRequirements": [{"capability": "SPEECH"}]}}
    wtext(os.path.join(root, "sdk", "settings", "settings.yaml"), yaml_dump(s) + "\n")
    wtext(os.path.join(root, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    wtext(os.path.join(root, "sdk", "actions", "actions.yaml"), yaml_dump({"actions": {"actions.intent.MAIN": {"handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": g.get("welcome", "Hello")}]}}}]}}, "intent": {"name": "actions.intent.MAIN"}}}}) + "\n")
    for name, phrases in g["intents"].items():
        d = {"trainingPhrases": phrases}
        if g.get("params", {}).get(name):
            d = {"parameters": [{"name": p, "type": {"name": t}} for p, t in g["params"][name].items()], "trainingPhrases": phrases}
        wtext(os.path.join(root, "sdk", "custom", "intents", name + ".yaml"), yaml_dump(d) + "\n")
    for name, sc in g.get("scenes", {}).items():
        wtext(os.path.join(root, "sdk", "custom", "scenes", name + ".yaml"), yaml_dump(sc) + "\n")
    for name, vals in g.get("types", {}).items():
        wtext(os.path.join(root, "sdk", "custom", "types", name + ".yaml"),
              yaml_dump({"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}) + "\n")
    wtext(os.path.join(root, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          yaml_dump({"handlers": [{"name": h} for h in g.get("handlers", ["main"])], "httpsEndpoint": {"baseUrl": endpoint(c)}}) + "\n")

def sdkv2_project(root, c):
    g = c["google"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": g.get("main_patterns", ["talk to " + c["invocation"]])}}}]
    for name, pats in g["intents"].items():
        it = {"name": name, "trigger": {"queryPatterns": pats}}
        if g.get("params", {}).get(name):
            it["parameters"] = [{"name": p, "type": t} for p, t in g["params"][name].items()]
        acts.append({"description": name, "name": name.upper(), "fulfillment": {"conversationName": c["id"][4:]}, "intent": it})
    a = {"locale": c["locale"], "actions": acts,
         "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": endpoint(c), "fulfillmentApiVersion": 2}},
         "manifest": {"displayName": c["name"], "invocationName": c["invocation"], "shortDescription": c["summary"],
                      "longDescription": c.get("description", c["summary"]), "category": c.get("gcategory", "KIDS_AND_FAMILY"),
                      **({"privacyUrl": c["privacy"]} if c.get("privacy") else {}),
                      "companyName": c.get("dev", "Hausfreund Labs"), "contactEmail": c.get("email", "dev@example.org")}}
    if g.get("types"):
        a["types"] = [{"name": "$" + n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in g["types"].items()]
    wjson(os.path.join(root, "action.json"), a)

def dialogflow_project(root, c):
    g = c["google"]
    lang = c["locale"][:2] if c["locale"][:2] not in ("pt",) else c["locale"].lower()
    wjson(os.path.join(root, "agent.json"), {"description": c["summary"], "language": lang, "shortDescription": c["summary"],
          "disableInteractionLogs": False, "googleAssistant": {"googleAssistantCompatible": True, "project": c["project"],
          "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
          "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2",
          "isDeviceAgent": False}, "defaultTimezone": c.get("tz", "Europe/Berlin"), "webhook": {"url": endpoint(c), "available": True},
          "isPrivate": True, "customClassifierMode": "use.after", "mlMinConfidence": 0.3, "supportedLanguages": [],
          "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
          "dialogBuilderMode": False, "baseActionPackagesUrl": "",
          **({"privacyPolicyUrl": c["privacy"]} if c.get("privacy") else {})})
    wjson(os.path.join(root, "package.json"), {"version": "1.0.0"})
    for name, phrases in g["intents"].items():
        params = g.get("params", {}).get(name, {})
        wjson(os.path.join(root, "intents", name + ".json"), {"id": hid(c["id"], name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": name.lower(), "affectedContexts": [],
                             "parameters": [{"id": hid(name, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False} for p, t in params.items()],
                             "messages": [{"type": "0", "lang": lang, "condition": "", "speech": []}], "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        us = []
        for p in phrases:
            data = []
            import re
            for part in re.split(r"(\{[^}]+\})", p):
                if not part:
                    continue
                if part.startswith("{"):
                    pn = part[1:-1]
                    data.append({"text": pn, "meta": params.get(pn, "@sys.any"), "alias": pn, "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": hid(c["id"], name, p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        wjson(os.path.join(root, "intents", f"{name}_usersays_{lang}.json"), us)
    for name, vals in g.get("types", {}).items():
        wjson(os.path.join(root, "entities", name + ".json"), {"id": hid(c["id"], name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(os.path.join(root, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
