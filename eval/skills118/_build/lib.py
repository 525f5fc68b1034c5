"""Helpers for writing the case projects and recordings of eval set 118 (content lives in cases_*.py)."""
import hashlib, json, os, shutil, datetime, csv, io

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def uid(*parts):
    h = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- Alexa project
def intent(name, samples=(), slots=None):
    d = {"name": name, "samples": list(samples)}
    if slots:
        d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
    return d


BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

PERM = {"address": "alexa::devices:all:address:full:read", "zip": "alexa:devices:all:address:country_and_postal_code:read",
        "email": "alexa::profile:email:read", "phone": "alexa::profile:mobile_number:read", "name": "alexa::profile:name:read",
        "given_name": "alexa::profile:given_name:read", "geo": "alexa::devices:all:geolocation:read",
        "list_read": "alexa::household:lists:read", "list_write": "alexa::household:lists:write",
        "reminders": "alexa::alerts:reminders:skill:readwrite", "timers": "alexa::alerts:timers:skill:readwrite"}


def alexa_project(cid, locale, name, invocation, intents, types=(), summary="", description=None, examples=None,
                  perms=(), privacy=True, child=False, category="FOOD_AND_DRINK", extra_locales=(), lambda_code=None,
                  lambda_name="index.js", builtins=True, usesPI=None):
    base = os.path.join(CASES, cid)
    locs = [locale] + list(extra_locales)
    pub = {}
    for loc in locs:
        pub[loc] = {"summary": summary, "examplePhrases": examples or [f"Alexa, open {invocation}"],
                    "name": name, "description": description or summary,
                    "smallIconUri": f"https://s3.amazonaws.com/skill-assets/{cid}/icon-108.png",
                    "largeIconUri": f"https://s3.amazonaws.com/skill-assets/{cid}/icon-512.png",
                    "keywords": []}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms) if usesPI is None else usesPI,
          "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if privacy:
        pc["locales"] = {loc: {"privacyPolicyUrl": privacy if isinstance(privacy, str) else f"https://{cid.split('-',1)[1]}.example.com/privacy",
                               "termsOfUseUrl": f"https://{cid.split('-',1)[1]}.example.com/terms"} for loc in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                    "testingInstructions": "Open the skill and follow the prompts.",
                                                    "category": category, "distributionCountries": [locale.split("-")[1]],
                                                    "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:4417{hexid(cid, n=8)[:8]}:function:{cid.split('-',1)[1]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": PERM.get(p, p)} for p in perms]
    wjson(os.path.join(base, "skill-package", "skill.json"), man)
    ints = list(intents) + ([intent(b) for b in BUILTINS] if builtins else [])
    for loc in locs:
        inv = invocation if isinstance(invocation, str) else invocation[loc]
        lm = {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": list(types)}}}
        wjson(os.path.join(base, "skill-package", "interactionModels", "custom", f"{loc}.json"), lm)
    wjson(os.path.join(base, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"userConfig": {"runtime": "nodejs18.x" if not lambda_name.endswith("py") else "python3.11",
                                               "handler": "index.handler" if lambda_name.endswith("js") else "lambda_function.lambda_handler",
                                               "awsRegion": "us-east-1"}, "type": "@ask-cli/lambda-deployer"}}}})
    from lambdas import LAMBDAS
    if cid in LAMBDAS and not lambda_code:
        lambda_name, lambda_code = LAMBDAS[cid]
    if lambda_code:
        wtext(os.path.join(base, "lambda", lambda_name), lambda_code)


def ctype(name, values):
    return {"name": name, "values": [{"name": {"value": v}} for v in values]}


# ---------------------------------------------------------------- Alexa turns
def T(i, s=None, r=None, e=False, u=None, slots=None, directives=None, card=None):
    return dict(i=i, s=s, r=r, e=e, u=u, slots=slots or {}, directives=directives, card=card)


def _os(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def build_turns(cid, tag, locale, turns, start="2025-05-12T09:00:00"):
    """Return list of (request_envelope, response_envelope, turn)."""
    app = "amzn1.ask.skill." + uid(cid, "app")
    user = "amzn1.ask.account." + hexid(cid, "user", n=56)
    dev = "amzn1.ask.device." + hexid(cid, "dev", n=56)
    t0 = datetime.datetime.fromisoformat(start)
    out, sidx, new = [], 0, True
    sid = "amzn1.echo-api.session." + uid(cid, tag, sidx)
    for k, t in enumerate(turns):
        ts = (t0 + datetime.timedelta(seconds=37 * k)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uid(cid, tag, k)
        if t["i"] == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": locale, "timestamp": ts}
        elif t["i"] == "End":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": locale, "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": locale, "timestamp": ts,
                 "intent": {"name": t["i"], "confirmationStatus": "NONE",
                            "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE"} for n, v in t["slots"].items()}}}
        sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
        if not new:
            sess["attributes"] = {}
        req = {"version": "1.0", "session": sess,
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": r}
        body = {}
        if t["s"] is not None:
            body["outputSpeech"] = _os(t["s"])
        if t["card"]:
            body["card"] = t["card"]
        if t["r"] is not None:
            body["reprompt"] = {"outputSpeech": _os(t["r"])}
        if t["directives"]:
            body["directives"] = t["directives"]
        if t["i"] != "End":
            body["shouldEndSession"] = t["e"]
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}
        out.append((req, resp, t))
        if t["e"] or t["i"] == "End":
            sidx += 1
            sid = "amzn1.echo-api.session." + uid(cid, tag, sidx)
            new = True
        else:
            new = False
    return out


def speech_text(o):
    if not o:
        return ""
    return o.get("ssml") if o.get("type") == "SSML" else o.get("text", "")


# ---------------------------------------------------------------- Alexa recording shapes
def rec_alexa(cid, shape, path, locale, turns, start="2025-05-12T09:00:00"):
    base = os.path.join(CASES, cid, path)
    tr = build_turns(cid, path, locale, turns, start)
    endpoint = "arn:aws:lambda:us-east-1:441700000000:function:" + cid.split("-", 1)[1]
    if shape == "envelope":
        for k, (q, a, t) in enumerate(tr):
            nm = t["i"].replace("AMAZON.", "").replace("Intent", "").lower()
            wjson(os.path.join(base, f"{k+1:02d}-{nm}.json"), a)
    elif shape == "pairs-jsonl":
        wtext(base, "".join(json.dumps({"request": q, "response": a}, ensure_ascii=False) + "\n" for q, a, t in tr))
    elif shape == "pairs-array":
        wjson(base, [{"request": q, "response": a} for q, a, t in tr])
    elif shape == "smapi-simulation":
        for k, (q, a, t) in enumerate(tr):
            sim = {"id": uid(cid, "sim", k), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _strip(speech_text(a["response"].get("outputSpeech")))}}],
                                       "considered": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE"}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint, "body": q},
                                                         "invocationResponse": {"body": a}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + k}}]},
                "error": None}}
            wjson(os.path.join(base, f"simulation-{k+1:02d}.json"), sim)
    elif shape == "smapi-invocation":
        for k, (q, a, t) in enumerate(tr):
            inv = {"id": uid(cid, "inv", k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": endpoint, "body": q}, "invocationResponse": {"body": a},
                "metrics": {"skillExecutionTimeInMilliseconds": 212 + k}}, "error": None}}
            wjson(os.path.join(base, f"invoke-{k+1:02d}.json"), inv)
    elif shape == "ask-dialog":
        inputs = [t["u"] or "" for q, a, t in tr]
        wjson(os.path.join(base, "dialog-replay.json"), {"skillId": tr[0][0]["session"]["application"]["applicationId"], "locale": locale, "type": "text", "userInput": inputs})
        io_ = []
        for q, a, t in tr:
            io_.append({"utterance": t["u"] or "", "invocations": [{"request": q, "response": a}]})
        wjson(os.path.join(base, "dialog-output.json"), io_)
    elif shape in ("cloudwatch-text", "cloudwatch-text-py"):
        lines = []
        for k, (q, a, t) in enumerate(tr):
            rq = uid(cid, "lam", k)
            ts = q["request"]["timestamp"].replace("Z", ".412Z")
            lines.append(f"START RequestId: {rq} Version: $LATEST")
            if shape == "cloudwatch-text":
                lines.append(f"{ts}\t{rq}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
                lines.append(f"{ts}\t{rq}\tINFO\tResponse: {json.dumps(a, ensure_ascii=False)}")
            else:
                lines.append(f"[INFO]\t{ts}\t{rq}\tRequest Envelope: {json.dumps(q, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{rq}\tResponse: {json.dumps(a, ensure_ascii=False)}")
            lines.append(f"END RequestId: {rq}")
            lines.append(f"REPORT RequestId: {rq}\tDuration: {41.3 + k:.2f} ms\tBilled Duration: {42 + k} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        wtext(base, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for k, (q, a, t) in enumerate(tr):
            rq = uid(cid, "lam", k)
            ms = int(datetime.datetime.fromisoformat(q["request"]["timestamp"].replace("Z", "+00:00")).timestamp() * 1000)
            for j, (kw, o) in enumerate((("Request", q), ("Response", a))):
                ev.append({"logStreamName": f"2025/05/12/[$LATEST]{hexid(cid, n=32).lower()}", "timestamp": ms + j * 90,
                           "message": f"{q['request']['timestamp']}\t{rq}\tINFO\t{kw}: {json.dumps(o, ensure_ascii=False)}\n",
                           "ingestionTime": ms + 400, "eventId": hexid(cid, k, j, n=56)})
        wjson(base, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for k, (q, a, t) in enumerate(tr):
            ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".000Z"), "time": 233,
                         "request": {"method": "POST", "url": f"https://skill.{cid.split('-',1)[1]}.example.com/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(a, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 230, "receive": 2}})
        wjson(base, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ents}})
    elif shape == "transcript":
        L = []
        for q, a, t in tr:
            ts = q["request"]["timestamp"]
            if t["u"]:
                L.append(f"[{ts}] USER: {t['u']}")
            L.append(f"[{ts}] SKILL: {_strip(speech_text(a['response'].get('outputSpeech')))}")
            if "reprompt" in a["response"]:
                L.append(f"[{ts}] SKILL (reprompt): {json.dumps(_strip(speech_text(a['response']['reprompt']['outputSpeech'])), ensure_ascii=False)}")
            L.append(f"[{ts}] session_open={str(not a['response'].get('shouldEndSession', True)).lower()}")
        wtext(base, "\n".join(L) + "\n")
    # ------------- shapes that are not in set 1
    elif shape == "jest-snapshot":
        L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for k, (q, a, t) in enumerate(tr):
            nm = f"{cid.split('-',1)[1]} dialog > turn {k+1} {t['i']} 1"
            body = json.dumps({"request": q["request"], "response": a}, ensure_ascii=False, indent=2).replace("\\", "\\\\").replace("`", "\\`")
            L.append(f"exports[`{nm}`] = `\n{body}\n`;\n")
        wtext(base, "\n".join(L))
    elif shape == "bespoken-junit":
        import html
        L = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="bespoken-tests" tests="{len(tr)}" failures="0">',
             f'  <testsuite name="{cid.split("-",1)[1]}.e2e.yml" tests="{len(tr)}" failures="0" timestamp="{tr[0][0]["request"]["timestamp"]}">']
        for k, (q, a, t) in enumerate(tr):
            L.append(f'    <testcase classname="{locale}" name="{html.escape(t["u"] or t["i"])}" time="0.{300+k}">')
            L.append("      <system-out>" + html.escape(json.dumps({"request": q, "response": a}, ensure_ascii=False)) + "</system-out>")
            L.append("    </testcase>")
        L += ["  </testsuite>", "</testsuites>"]
        wtext(base, "\n".join(L) + "\n")
    elif shape == "ask-run-debug":
        L = [f"[Info]: Skill starts running locally on port 3001 ({locale})", "[Info]: Connected to the Alexa debugging service (us-east-1)."]
        for q, a, t in tr:
            L.append(f"[Info]: Request received: {q['request']['requestId']}")
            L.append(f"Skill request: {json.dumps(q, ensure_ascii=False)}")
            L.append(f"Skill response: {json.dumps(a, ensure_ascii=False)}")
            L.append("[Info]: Response envelope sent back to Alexa.")
        wtext(base, "\n".join(L) + "\n")
    elif shape == "csv-session-log":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["timestamp", "session_id", "request_type", "intent", "user_utterance", "output_speech", "reprompt", "should_end_session"])
        for q, a, t in tr:
            rs = a["response"]
            w.writerow([q["request"]["timestamp"], q["session"]["sessionId"], q["request"]["type"], q["request"].get("intent", {}).get("name", ""),
                        t["u"] or "", speech_text(rs.get("outputSpeech")), speech_text(rs.get("reprompt", {}).get("outputSpeech")) if "reprompt" in rs else "",
                        "" if "shouldEndSession" not in rs else str(rs["shouldEndSession"]).lower()])
        wtext(base, buf.getvalue())
    elif shape == "curl-verbose":
        L = []
        for q, a, t in tr:
            body = json.dumps(q, ensure_ascii=False)
            L += [f"$ curl -v -X POST http://localhost:3000/skill -H 'Content-Type: application/json' -d @fixtures/{t['i'].replace('AMAZON.','').lower()}.json",
                  "*   Trying 127.0.0.1:3000...", "* Connected to localhost (127.0.0.1) port 3000 (#0)",
                  "> POST /skill HTTP/1.1", "> Host: localhost:3000", "> User-Agent: curl/8.4.0", "> Content-Type: application/json",
                  f"> Content-Length: {len(body.encode())}", ">", body, "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8",
                  "<", json.dumps(a, ensure_ascii=False), "* Connection #0 to host localhost left intact", ""]
        wtext(base, "\n".join(L))
    elif shape == "firehose-ndjson":
        L = []
        for q, a, t in tr:
            L.append(json.dumps({"ts": q["request"]["timestamp"], "stage": "live", "dir": "in", "skill": cid.split("-", 1)[1], "payload": q}, ensure_ascii=False))
            L.append(json.dumps({"ts": q["request"]["timestamp"], "stage": "live", "dir": "out", "skill": cid.split("-", 1)[1], "payload": a}, ensure_ascii=False))
        wtext(base, "\n".join(L) + "\n")
    elif shape == "slack-export":
        msgs = []
        for k, (q, a, t) in enumerate(tr):
            ts = datetime.datetime.fromisoformat(q["request"]["timestamp"].replace("Z", "+00:00")).timestamp()
            rs = a["response"]
            if t["u"]:
                msgs.append({"type": "message", "user": "U04QA7TESTR", "text": f"said: \"{t['u']}\"", "ts": f"{ts:.6f}"})
            txt = f"skill: {_strip(speech_text(rs.get('outputSpeech')))}"
            if "reprompt" in rs:
                txt += f"\nreprompt: `{speech_text(rs['reprompt']['outputSpeech'])}`"
            txt += f"\nshouldEndSession: `{str(rs.get('shouldEndSession')).lower()}`"
            msgs.append({"type": "message", "subtype": "bot_message", "bot_id": "B05SKILLQA", "username": "skill-qa-bot", "text": txt, "ts": f"{ts+1:.6f}"})
        wjson(base, msgs)
    elif shape == "pytest-caplog":
        L = ["============================= test session starts ==============================", "platform linux -- Python 3.11.6, pytest-7.4.3",
             "collected %d items" % len(tr), "", "------------------------------ Captured log call -------------------------------"]
        for q, a, t in tr:
            L.append(f"DEBUG    skill.handlers:handlers.py:42 incoming {json.dumps(q, ensure_ascii=False)}")
            L.append(f"DEBUG    skill.handlers:handlers.py:97 outgoing {json.dumps(a, ensure_ascii=False)}")
        L.append(f"============================== {len(tr)} passed in 1.84s ===============================")
        wtext(base, "\n".join(L) + "\n")
    else:
        raise ValueError(shape)
    return "cloudwatch-text" if shape == "cloudwatch-text-py" else shape


def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


# ---------------------------------------------------------------- Google projects
def builder_project(cid, locale, display, invocation_phrases, intents, scenes, types=None, category="FOOD_AND_DRINK", privacy=True, perms_note=None):
    base = os.path.join(CASES, cid, "sdk")
    lang = locale.split("-")[0]
    pid = cid.split("-", 1)[1][:24]
    s = f"projectId: {pid}\ndefaultLocale: {lang}\ncategory: {category}\nlocalizedSettings:\n  displayName: {display}\n  pronunciation: {display}\n" \
        f"  shortDescription: {display}\n  fullDescription: {display}\n  developerName: Home Appliance Labs\n  developerEmail: dev@{pid}.example.com\n"
    if privacy:
        s += f"  privacyPolicyUrl: https://{pid}.example.com/privacy\n"
    s += "  smallLogoImage: $resources.images.logo\n"
    wtext(os.path.join(base, "settings", "settings.yaml"), s)
    wtext(os.path.join(base, "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    translationStrings: {}\n")
    wtext(os.path.join(base, "custom", "global", "actions.intent.MAIN.yaml"), "handler:\n  webhookHandler: main\ntransitionToScene: Start\n")
    for name, (phrases, params) in intents.items():
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {t}\n" for p, t in params.items())
        y += "trainingPhrases:\n" + "".join(f"- {json.dumps(p, ensure_ascii=False)}\n" for p in phrases)
        wtext(os.path.join(base, "custom", "intents", f"{name}.yaml"), y)
    for name, y in scenes.items():
        wtext(os.path.join(base, "custom", "scenes", f"{name}.yaml"), y)
    for name, y in (types or {}).items():
        wtext(os.path.join(base, "custom", "types", f"{name}.yaml"), y)
    wtext(os.path.join(base, "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\n- name: handle\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def dialogflow_project(cid, locale, display, intents, entities=None, privacy=True):
    base = os.path.join(CASES, cid)
    lang = locale.split("-")[0]
    wjson(os.path.join(base, "agent.json"), {"description": display, "language": lang, "supportedLanguages": [], "defaultTimezone": "Europe/Paris",
                                             "webhook": {"url": f"https://europe-west1-{cid.split('-',1)[1]}.cloudfunctions.net/fulfillment", "available": True},
                                             "googleAssistant": {"googleAssistantCompatible": True, "project": cid.split("-", 1)[1], "welcomeIntentSignInRequired": False,
                                                                 "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [],
                                                                 "systemIntents": [], "endIntentIds": [], **({"privacyPolicyUrl": f"https://{cid.split('-',1)[1]}.example.com/privacy"} if privacy else {})},
                                             "displayName": display})
    for name, (phrases, params) in intents.items():
        wjson(os.path.join(base, "intents", f"{name}.json"), {"id": uid(cid, name), "name": name, "auto": True, "webhookUsed": True,
                                                              "responses": [{"resetContexts": False, "parameters": [{"name": p, "dataType": t, "value": "$" + p, "isList": False} for p, t in params.items()],
                                                                             "messages": [], "defaultResponsePlatforms": {}}]})
        ups = []
        for ph in phrases:
            parts = []
            for seg in ph:
                if isinstance(seg, tuple):
                    parts.append({"text": seg[0], "alias": seg[1], "meta": seg[2], "userDefined": True})
                else:
                    parts.append({"text": seg, "userDefined": False})
            ups.append({"id": uid(cid, name, str(ph)), "data": parts, "isTemplate": False, "count": 0})
        wjson(os.path.join(base, "intents", f"{name}_usersays_{lang}.json"), ups)
    for name, vals in (entities or {}).items():
        wjson(os.path.join(base, "entities", f"{name}.json"), {"id": uid(cid, name), "name": name, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
        wjson(os.path.join(base, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])


def actionsdk_project(cid, locale, display, invocation, actions, privacy=True, types=None):
    wjson(os.path.join(CASES, cid, "action.json"), {"locale": locale, "actions": actions, **({"types": types} if types else {}), "conversations": {
        "main": {"name": "main", "url": f"https://{cid.split('-',1)[1]}.example.com/fulfillment", "fulfillmentApiVersion": 2}},
        "manifest": {"displayName": display, "invocationName": invocation, **({"privacyUrl": f"https://{cid.split('-',1)[1]}.example.com/privacy"} if privacy else {})}})


# Google turns: G(intent, query, speech, expect=True, no_input=None, permission=None, scene_next=None)
def G(i, q, s, expect=True, no_input=None, permission=None, nxt=None):
    return dict(i=i, q=q, s=s, expect=expect, no_input=no_input, permission=permission, nxt=nxt)


def rec_google(cid, shape, path, locale, turns, start="2025-06-02T18:00:00"):
    base = os.path.join(CASES, cid, path)
    conv = "ABwppHF" + hexid(cid, "conv", n=20)
    t0 = datetime.datetime.fromisoformat(start)
    if shape == "gactions-conversation":
        for k, t in enumerate(turns):
            q = {"user": {"locale": locale, "userId": "ABwppH" + hexid(cid, "u", n=18), "lastSeen": t0.strftime("%Y-%m-%dT%H:%M:%SZ")},
                 "conversation": {"conversationId": conv, "type": "NEW" if k == 0 else "ACTIVE"},
                 "inputs": [{"intent": t["i"], "rawInputs": [{"inputType": "VOICE", "query": t["q"]}], "arguments": []}],
                 "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            a = {"expectUserResponse": t["expect"]}
            rich = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["s"]}}]}}
            if t["expect"]:
                pi = {"intent": "actions.intent.TEXT"}
                if t["permission"]:
                    pi = {"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                    "optContext": t["s"], "permissions": t["permission"]}}
                a["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": rich["richResponse"],
                                                        "noInputPrompts": [{"textToSpeech": x} for x in (t["no_input"] or [])]},
                                        "possibleIntents": [pi]}]
            else:
                a["finalResponse"] = rich
            wjson(os.path.join(base, f"turn-{k+1:02d}.json"), {"request": q, "response": a})
    elif shape == "dialogflow-webhook":
        out = []
        for k, t in enumerate(turns):
            sess = f"projects/{cid.split('-',1)[1]}/agent/sessions/{hexid(cid,'s',n=24)}"
            q = {"responseId": uid(cid, "r", k), "session": sess,
                 "queryResult": {"queryText": t["q"], "parameters": {}, "allRequiredParamsPresent": True,
                                 "intent": {"name": f"projects/{cid.split('-',1)[1]}/agent/intents/{uid(cid, t['i'])}", "displayName": t["i"]},
                                 "intentDetectionConfidence": 0.92, "languageCode": locale.split("-")[0]},
                 "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"conversation": {"conversationId": conv, "type": "NEW" if k == 0 else "ACTIVE"},
                                                                                                 "user": {"locale": locale}}}}
            g = {"expectUserResponse": t["expect"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["s"]}}]}}
            if t["no_input"] is not None:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in t["no_input"]]
            if t["permission"]:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                       "optContext": t["s"], "permissions": t["permission"]}}
            out.append({"request": q, "response": {"fulfillmentText": t["s"], "payload": {"google": g}}})
        wjson(base, out)
    elif shape in ("gactions-scene", "actions-simulator-export"):
        out = []
        for k, t in enumerate(turns):
            q = {"handler": {"name": t["i"]}, "intent": {"name": t["i"], "params": {}, "query": t["q"]},
                 "scene": {"name": t.get("nxt") or "Start", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                 "session": {"id": hexid(cid, "sess", n=32), "params": {}, "typeOverrides": [], "languageCode": locale},
                 "user": {"locale": locale, "params": {}, "accountLinkingStatus": "NOT_LINKED", "verificationStatus": "VERIFIED",
                          "lastSeenTime": "2025-05-30T10:00:00Z", "engagement": {}},
                 "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
            a = {"session": {"id": q["session"]["id"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["s"], "text": _strip(t["s"])}}}
            if not t["expect"]:
                a["scene"] = {"name": q["scene"]["name"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t["nxt"]:
                a["scene"] = {"name": q["scene"]["name"], "slots": {}, "next": {"name": t["nxt"]}}
            if t["no_input"] is not None:
                a["prompt"]["noInput"] = [{"speech": x} for x in t["no_input"]]
            out.append({"request": q, "response": a})
        if shape == "gactions-scene":
            for k, o in enumerate(out):
                wjson(os.path.join(base, f"webhook-{k+1:02d}.json"), o)
        else:
            # Actions Console simulator: "Export" of the conversation (request/response/debug tabs per turn)
            wjson(base, {"simulatorVersion": "2", "locale": locale, "surface": "SMART_DISPLAY",
                         "conversation": [{"userQuery": t["q"], "webhookRequest": o["request"], "webhookResponse": o["response"],
                                           "output": {"speech": [t["s"]], "expectUserResponse": t["expect"]},
                                           "debugInfo": {"sharedDebugInfoList": []}} for t, o in zip(turns, out)]})
    else:
        raise ValueError(shape)
    return shape


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(set(cats)), "locale": locale, "shapes": sorted(set(shapes)), "why": why}


def reset():
    if os.path.isdir(CASES):
        shutil.rmtree(CASES)
    os.makedirs(CASES)
