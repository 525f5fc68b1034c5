"""Rendering helpers for set 117. All case *content* lives in cases_*.py; this file only formats it."""
import re, base64, csv, hashlib, io, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CASES = []


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def T(intent, say, reprompt=None, end=None, slots=None, utter=None, card=None, directives=None):
    if end is None:
        end = reprompt is None
    return dict(intent=intent, say=say, reprompt=reprompt, end=end, slots=slots or {}, utter=utter, card=card,
                directives=directives)


def I(name, samples, slots=None):
    return (name, samples, slots or {})


def Rec(path, shape, turns, start="2025-03-04T09:12:00Z", version=None):
    return dict(path=path, shape=shape, turns=turns, start=start, version=version)


def case(cid, **kw):
    kw["cid"] = cid
    CASES.append(kw)


# ---------------------------------------------------------------- speech helpers
def speech(s):
    if s is None:
        return None
    if s.lstrip().startswith("<speak"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def plain(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


# ---------------------------------------------------------------- Alexa request/response
def ts(start, k):
    import datetime
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ") + datetime.timedelta(seconds=7 * k)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def alexa_exchanges(c, rec):
    """yield (request_envelope, response_envelope) for the turns of a recording"""
    app = "amzn1.ask.skill." + uid(c["cid"], "app")
    user = "amzn1.ask.account.A" + hid(c["cid"], "user", n=40).upper()
    dev = "amzn1.ask.device.A" + hid(c["cid"], "dev", n=40).upper()
    sess_n, new = 0, True
    out = []
    attrs = {}
    for k, t in enumerate(rec["turns"]):
        sid = "amzn1.echo-api.session." + uid(c["cid"], rec["path"], "s", sess_n)
        rid = "amzn1.echo-api.request." + uid(c["cid"], rec["path"], "r", k)
        if t["intent"] == "LAUNCH":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts(rec["start"], k),
                 "shouldLinkResultBeReturned": False}
        elif t["intent"] == "ENDED":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["locale"],
                 "timestamp": ts(rec["start"], k), "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts(rec["start"], k),
                 "dialogState": None,
                 "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                            "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                      for n, v in t["slots"].items()}}}
            r.pop("dialogState")
        sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                "device": {"deviceId": dev, "supportedInterfaces": {}},
                "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                           "attributes": dict(attrs), "user": {"userId": user}},
               "context": {"System": sys_}, "request": r}
        if new:
            req["session"].pop("attributes")
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0",
                "response": {}}
        if t["intent"] != "ENDED":
            R = resp["response"]
            if t["say"] is not None:
                R["outputSpeech"] = speech(t["say"])
            if t["card"]:
                R["card"] = t["card"] if isinstance(t["card"], dict) else {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t["reprompt"] is not None:
                R["reprompt"] = {"outputSpeech": speech(t["reprompt"])}
            if t["directives"]:
                R["directives"] = t["directives"]
            R["shouldEndSession"] = t["end"]
        else:
            resp = {"version": "1.0", "response": {}}
        out.append((req, resp, t))
        if t["end"] or t["intent"] == "ENDED":
            sess_n += 1
            new = True
        else:
            new = False
    return out


def utter_of(t, c=None):
    if t["utter"]:
        return t["utter"]
    if t["intent"] == "LAUNCH":
        if c is None:
            return "open"
        return {"de": "öffne ", "es": "abre ", "it": "apri ", "nl": "open ", "fr": "ouvre "}.get(c["locale"][:2], "open " if not c.get("google") else "talk to ") + c["inv"]
    return t["intent"]


def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def lambda_arn(c):
    return f"arn:aws:lambda:eu-west-1:{int(hid(c['cid'], 'acct', n=10), 16) % 10**12:012d}:function:{c['cid'][4:]}"


def render_alexa_rec(c, rec, base):
    ex = alexa_exchanges(c, rec)
    shape, p = rec["shape"], os.path.join(base, rec["path"])
    if shape == "envelope":
        stem, ext = os.path.splitext(p)
        for k, (q, s, t) in enumerate(ex):
            w(f"{stem}-{k + 1:02d}{ext or '.json'}", s)
    elif shape == "pairs-jsonl":
        w(p, "".join(json.dumps({"request": q, "response": s}, ensure_ascii=False) + "\n" for q, s, t in ex))
    elif shape == "pairs-array":
        w(p, [{"request": q, "response": s} for q, s, t in ex])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        stem, ext = os.path.splitext(p)
        for k, (q, s, t) in enumerate(ex):
            inv = {"invocationRequest": {"endpoint": lambda_arn(c), "body": q},
                   "invocationResponse": {"body": s}}
            if shape == "smapi-simulation":
                d = {"id": uid(c["cid"], "sim", k), "status": "SUCCESSFUL",
                     "result": {"alexaExecutionInfo": {"alexaResponses": [
                         {"type": "Speech", "content": {"caption": plain((s["response"].get("outputSpeech") or {}).get("ssml") or (s["response"].get("outputSpeech") or {}).get("text"))}}],
                         "considerdIntents": []},
                         "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
            else:
                inv["metrics"] = {"skillExecutionTimeInMilliseconds": 80 + k * 13}
                d = {"id": uid(c["cid"], "inv", k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv, "error": None}}
            w(f"{stem}-{k + 1:02d}{ext or '.json'}", d)
    elif shape == "ask-dialog":
        w(p, {"skillId": "amzn1.ask.skill." + uid(c["cid"], "app"), "locale": c["locale"], "type": "text",
              "userInput": [utter_of(t, c) for q, s, t in ex]})
        stem = os.path.splitext(p)[0]
        if rec.get("version") == "text":
            lines = []
            for q, s, t in ex:
                lines.append(f"User  > {utter_of(t, c)}")
                o = s["response"].get("outputSpeech") or {}
                lines.append(f"Alexa > {o.get('ssml') or o.get('text') or ''}")
                if s["response"].get("reprompt"):
                    o = s["response"]["reprompt"]["outputSpeech"]
                    lines.append(f"Alexa > (reprompt) {o.get('ssml') or o.get('text') or ''}")
                lines.append(f"        [shouldEndSession: {str(s['response'].get('shouldEndSession')).lower()}]")
            w(stem + ".record.txt", "\n".join(lines) + "\n")
        else:
            w(stem + ".output.json", [{"utterance": utter_of(t, c), "invocations": [
                {"invocationRequest": {"endpoint": lambda_arn(c), "body": q}, "invocationResponse": {"body": s}}]}
                for q, s, t in ex])
    elif shape in ("cloudwatch-text", "cloudwatch-json"):
        lines, events = [], []
        py = rec.get("version") == "python"
        for k, (q, s, t) in enumerate(ex):
            rq = uid(c["cid"], "lam", k)
            tt = ts(rec["start"], k).replace("Z", ".104Z")
            if py:
                a = f"[INFO]\t{tt}\t{rq}\tRequest: {json.dumps(q, ensure_ascii=False)}"
                b = f"[INFO]\t{tt.replace('.104', '.188')}\t{rq}\tResponse: {json.dumps(s, ensure_ascii=False)}"
            else:
                a = f"{tt}\t{rq}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}"
                b = f"{tt.replace('.104', '.188')}\t{rq}\tINFO\tResponse: {json.dumps(s, ensure_ascii=False)}"
            block = [f"START RequestId: {rq} Version: $LATEST", a, b, f"END RequestId: {rq}",
                     f"REPORT RequestId: {rq}\tDuration: {31 + k * 7}.42 ms\tBilled Duration: {32 + k * 7} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB"]
            lines += block
            for m, line in enumerate(block):
                events.append({"logStreamName": "2025/03/04/[$LATEST]" + hid(c["cid"], "ls"), "timestamp": 1741079520000 + k * 7000 + m,
                               "message": line + "\n", "ingestionTime": 1741079521000 + k * 7000 + m, "eventId": str(3789 * 10**50 + k * 10 + m)})
        if shape == "cloudwatch-text":
            w(p, "\n".join(lines) + "\n")
        else:
            w(p, {"events": events, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for k, (q, s, t) in enumerate(ex):
            qt, st = json.dumps(q, ensure_ascii=False), json.dumps(s, ensure_ascii=False)
            ents.append({"startedDateTime": ts(rec["start"], k).replace("Z", ".000Z"), "time": 121,
                         "request": {"method": "POST", "url": c.get("endpoint_url", "https://skill.example-dev.net/alexa"), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                     "headersSize": -1, "bodySize": len(qt), "postData": {"mimeType": "application/json", "text": qt}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                      "cookies": [], "content": {"size": len(st), "mimeType": "application/json", "text": st}, "redirectURL": "", "headersSize": -1, "bodySize": len(st)},
                         "cache": {}, "timings": {"send": 1, "wait": 118, "receive": 2}})
        w(p, {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "123.0"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines = []
        for k, (q, s, t) in enumerate(ex):
            tt = ts(rec["start"], k)
            lines.append(f"[{tt}] USER: {utter_of(t, c)}")
            o = s["response"].get("outputSpeech") or {}
            lines.append(f"[{tt}] SKILL: {plain(o.get('ssml') or o.get('text') or '')}")
            if s["response"].get("reprompt"):
                o = s["response"]["reprompt"]["outputSpeech"]
                lines.append(f"[{tt}] SKILL (reprompt): {o.get('ssml') or o.get('text') or ''}")
            lines.append(f"[{tt}] session_open={str(not s['response'].get('shouldEndSession', True)).lower()}")
        w(p, "\n".join(lines) + "\n")
    # ---------------- new shapes (not in set 1's list)
    elif shape == "ngrok-inspect":
        reqs = []
        for k, (q, s, t) in enumerate(ex):
            qt, st = json.dumps(q, ensure_ascii=False), json.dumps(s, ensure_ascii=False)
            rawq = f"POST /alexa HTTP/1.1\r\nHost: {hid(c['cid'], 'ng', n=8)}.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\nSignature-256: REDACTED\r\nContent-Length: {len(qt.encode())}\r\n\r\n{qt}"
            raws = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(st.encode())}\r\n\r\n{st}"
            reqs.append({"uri": f"/api/requests/http/{hid(c['cid'], 'rq', k, n=26)}", "id": "req_" + hid(c['cid'], 'rq', k, n=26),
                         "tunnel_name": "command_line", "remote_addr": "54.239.1.12", "start": ts(rec["start"], k),
                         "duration": 183000000,
                         "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                     "uri": "/alexa", "raw": base64.b64encode(rawq.encode()).decode()},
                         "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                      "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raws.encode()).decode()}})
        w(p, {"uri": "/api/requests/http", "requests": list(reversed(reqs))})
    elif shape == "postman-collection":
        items = []
        for k, (q, s, t) in enumerate(ex):
            req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                   "body": {"mode": "raw", "raw": json.dumps(q, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
                   "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}}
            items.append({"name": f"{k + 1:02d} {utter_of(t, c)}", "request": req,
                          "response": [{"name": "saved", "originalRequest": req, "status": "OK", "code": 200,
                                        "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(s, indent=2, ensure_ascii=False)}]})
        w(p, {"info": {"_postman_id": uid(c["cid"], "pm"), "name": c["name"] + " – local tests",
                       "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
              "variable": [{"key": "skill_url", "value": "http://localhost:3000"}]})
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for k, (q, s, t) in enumerate(ex):
            parts.append(f"exports[`{c['name']} conversation step {k + 1}: {utter_of(t, c)} 1`] = `\n"
                         + json.dumps({"request": q, "response": s}, indent=2, ensure_ascii=False).replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")
                         + "\n`;\n")
        w(p, "\n".join(parts))
    elif shape == "bespoken-results":
        inter = []
        for k, (q, s, t) in enumerate(ex):
            o = s["response"].get("outputSpeech") or {}
            inter.append({"utterance": utter_of(t, c), "passed": True,
                          "actual": {"transcript": plain(o.get("ssml") or o.get("text") or ""),
                                     "sessionEnded": bool(s["response"].get("shouldEndSession"))},
                          "raw": {"request": q, "response": s}})
        w(p, {"testSuite": c["name"], "type": "unit", "locale": c["locale"], "results": [
            {"test": {"description": "conversation", "only": False}, "passed": True, "interactions": inter}]})
    elif shape == "csv-transcript":
        buf = io.StringIO()
        cw = csv.writer(buf)
        cw.writerow(["timestamp", "session_id", "turn", "speaker", "text", "reprompt", "session_open"])
        for k, (q, s, t) in enumerate(ex):
            tt = ts(rec["start"], k)
            cw.writerow([tt, q["session"]["sessionId"][-12:], k + 1, "user", utter_of(t, c), "", ""])
            o = s["response"].get("outputSpeech") or {}
            rp = (s["response"].get("reprompt") or {}).get("outputSpeech") or {}
            cw.writerow([tt, q["session"]["sessionId"][-12:], k + 1, "skill", o.get("ssml") or o.get("text") or "",
                         rp.get("ssml") or rp.get("text") or "", str(not s["response"].get("shouldEndSession", True)).lower()])
        w(p, buf.getvalue())
    elif shape == "curl-verbose":
        lines = []
        for k, (q, s, t) in enumerate(ex):
            qt, st = json.dumps(q, ensure_ascii=False), json.dumps(s, ensure_ascii=False)
            lines += [f"$ curl -v -X POST http://localhost:3000/alexa -H 'Content-Type: application/json' -d @req{k + 1:02d}.json",
                      "*   Trying 127.0.0.1:3000...", "* Connected to localhost (127.0.0.1) port 3000 (#0)",
                      "> POST /alexa HTTP/1.1", "> Host: localhost:3000", "> User-Agent: curl/8.5.0",
                      "> Content-Type: application/json", f"> Content-Length: {len(qt.encode())}", ">",
                      "} [" + str(len(qt.encode())) + " bytes data]", qt,
                      "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", f"< Content-Length: {len(st.encode())}", "<",
                      st, "* Connection #0 to host localhost left intact", ""]
        w(p, "\n".join(lines))
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Alexa project
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def render_alexa(c, base):
    locs = c.get("locales") or [c["locale"]]
    pub = {}
    for L in locs:
        inv = c["inv"] if L == c["locale"] else c.get("inv_other", {}).get(L, c["inv"])
        pub[L] = {"summary": c.get("summary", c["desc"][:120]), "examplePhrases": c.get("examples") or [f"Alexa, open {inv}"],
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://{hid(c['cid'], 'cdn', n=10)}.cloudfront.net/icon-108.png",
                  "largeIconUri": f"https://{hid(c['cid'], 'cdn', n=10)}.cloudfront.net/icon-512.png"}
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("uses_pi")),
            "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {L: {"privacyPolicyUrl": c["policy"], **({"termsOfUseUrl": c["terms"]} if c.get("terms") else {})} for L in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("category", "PERSONAL_FINANCE"),
                                                  "distributionCountries": c.get("countries", [{"en-GB": "GB", "de-DE": "DE", "it-IT": "IT", "es-ES": "ES", "nl-NL": "NL", "fr-FR": "FR"}[c["locale"]]])},
                        "apis": {"custom": {"endpoint": {"uri": lambda_arn(c)}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": priv}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    w(os.path.join(base, "skill-package", "skill.json"), man)
    for L in locs:
        intents = []
        for (name, samples, slots) in c["intents"]:
            d = {"name": name, "slots": [{"name": n, "type": ty} for n, ty in slots.items()], "samples": samples}
            intents.append(d)
        for b in c.get("builtins", BUILTINS):
            if b not in [i[0] for i in c["intents"]]:
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"name": {"value": v}} if isinstance(v, str) else {"id": v[0], "name": {"value": v[1], "synonyms": v[2:]}} for v in vals]}
                 for tn, vals in c.get("types", {}).items()]
        inv = c["inv"] if L == c["locale"] else c.get("inv_other", {}).get(L, c["inv"])
        im = {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}}
        if c.get("dialog"):
            im["interactionModel"]["dialog"] = c["dialog"]
        w(os.path.join(base, "skill-package", "interactionModels", "custom", f"{L}.json"), im)
    w(os.path.join(base, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "python3.12" if c.get("py") else "nodejs18.x", "handler": "lambda_function.lambda_handler" if c.get("py") else "index.handler", "awsRegion": "eu-west-1"}}}}})
    if c.get("code"):
        w(os.path.join(base, "lambda", "lambda_function.py" if c.get("py") else "index.js"), c["code"])


# ---------------------------------------------------------------- Google
def g_exchanges(c, rec):
    conv, n, new = 0, 0, True
    out = []
    for k, t in enumerate(rec["turns"]):
        cid = hid(c["cid"], rec["path"], "conv", conv, n=20)
        out.append((cid, new, k, t))
        if t["end"]:
            conv += 1
            new = True
        else:
            new = False
    return out


def render_google_rec(c, rec, base):
    shape, p = rec["shape"], os.path.join(base, rec["path"])
    lang = c["locale"]
    if shape == "gactions-conversation":
        arr = []
        for cid, new, k, t in g_exchanges(c, rec):
            intent = "actions.intent.MAIN" if t["intent"] == "LAUNCH" else t["intent"]
            req = {"user": {"locale": lang, "lastSeen": ts(rec["start"], k), "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
                   "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": utter_of(t, c)}],
                               "arguments": [{"name": a, "rawText": v, "textValue": v} for a, v in t["slots"].items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                   "isInSandbox": True, "requestType": "SIMULATOR"}
            sp = {"simpleResponse": {("ssml" if (t["say"] or "").startswith("<speak") else "textToSpeech"): t["say"]}}
            if t["end"]:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [sp]}}}
            else:
                resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [sp]},
                        **({"noInputPrompts": [{("ssml" if t["reprompt"].startswith("<speak") else "textToSpeech"): t["reprompt"]}]} if t["reprompt"] is not None else {})},
                        "possibleIntents": t["directives"] or [{"intent": "actions.intent.TEXT"}]}]}
            arr.append({"request": req, "response": resp})
        w(p, arr)
    elif shape == "dialogflow-webhook":
        arr = []
        for cid, new, k, t in g_exchanges(c, rec):
            intent = "Default Welcome Intent" if t["intent"] == "LAUNCH" else t["intent"]
            sess = f"projects/{c['gproject']}/agent/sessions/{cid}"
            req = {"responseId": uid(c["cid"], rec["path"], k), "session": sess,
                   "queryResult": {"queryText": utter_of(t, c), "parameters": t["slots"], "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{c['gproject']}/agent/intents/{uid(c['cid'], intent)}", "displayName": intent},
                                   "intentDetectionConfidence": 1, "languageCode": lang.split("-")[0] if c.get("short_lang") else lang.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if t["intent"] == "LAUNCH" else "actions.intent.TEXT",
                                   "rawInputs": [{"inputType": "VOICE", "query": utter_of(t, c)}]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
            items = [{"simpleResponse": {("ssml" if (t["say"] or "").startswith("<speak") else "textToSpeech"): t["say"]}}]
            g = {"expectUserResponse": not t["end"], "richResponse": {"items": items}}
            if t["reprompt"] is not None:
                g["noInputPrompts"] = [{"textToSpeech": t["reprompt"]}]
            if t["directives"]:
                g["systemIntent"] = t["directives"]
            resp = {"fulfillmentText": plain(t["say"]), "payload": {"google": g}}
            arr.append({"request": req, "response": resp})
        stem, ext = os.path.splitext(p)
        for k, x in enumerate(arr):
            w(f"{stem}-{k + 1:02d}{ext or '.json'}", x)
    elif shape == "gactions-scene":
        arr = []
        prev = "actions.scene.START_CONVERSATION"
        for cid, new, k, t in g_exchanges(c, rec):
            scene = t.get("scene") or ("Main" if not t["end"] else "Main")
            intent = "actions.intent.MAIN" if t["intent"] == "LAUNCH" else t["intent"]
            req = {"handler": {"name": t["slots"].get("_handler", "main" if t["intent"] == "LAUNCH" else t["intent"].lower())},
                   "intent": {"name": intent, "params": {a: {"original": v, "resolved": v} for a, v in t["slots"].items() if a != "_handler"}, "query": utter_of(t, c)},
                   "scene": {"name": "actions.scene.START_CONVERSATION" if new else "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": cid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": ""},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            resp = {"session": {"id": cid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": plain(t["say"])}},
                    "scene": {"name": "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t["end"] else "Main"}}}
            if t["reprompt"] is not None:
                resp["session"]["params"]["reprompt"] = t["reprompt"]
            arr.append({"request": req, "response": resp})
        w(p, arr)
    else:
        render_alexa_rec(c, rec, base)  # generic shapes (csv etc.) not used for Google


def yaml_list(items, ind=""):
    return "".join(f"{ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in items)


def render_google(c, base):
    kind = c["gkind"]
    L = c["locale"]
    if kind == "builder":
        s = (f"defaultLocale: {L.split('-')[0]}\nlocalizedSettings:\n  displayName: {json.dumps(c['name'], ensure_ascii=False)}\n"
             f"  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}\n  shortDescription: {json.dumps(c['desc'][:80], ensure_ascii=False)}\n"
             f"  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}\n  developerName: {json.dumps(c.get('dev', 'Ledgerline Studio'))}\n"
             f"  developerEmail: dev@{hid(c['cid'], 'mail', n=6)}.example\n"
             + (f"  privacyPolicyUrl: {c['policy']}\n" if c.get("policy") else "")
             + f"  sampleInvocations:\n" + yaml_list(c.get("examples") or [f"Talk to {c['inv']}"], "  ")
             + f"category: {c.get('gcategory', 'BUSINESS_AND_FINANCE')}\nprojectId: {c['gproject']}\nusesTransactionsApi: false\n")
        w(os.path.join(base, "sdk", "settings", "settings.yaml"), s)
        w(os.path.join(base, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intentEvents: []\n")
        for (name, samples, slots) in c["intents"]:
            y = ""
            if slots:
                y += "parameters:\n" + "".join(f"- name: {n}\n  type:\n    name: {ty}\n" for n, ty in slots.items())
            y += "trainingPhrases:\n" + yaml_list([re.sub(r"\{(\w+)\}", lambda m: f"(${m.group(1)} '{m.group(1)}' auto=true)", x) for x in samples])
            w(os.path.join(base, "sdk", "custom", "intents", f"{name}.yaml"), y)
        for tn, vals in c.get("types", {}).items():
            y = "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {json.dumps(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
            w(os.path.join(base, "sdk", "custom", "types", f"{tn}.yaml"), y)
        sc = "intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {n.lower()}\n  intent: {n}\n" for (n, _, _) in c["intents"])
        if c.get("gperms"):
            sc += ("slots:\n- commitBehavior:\n    writeSessionParam: permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n"
                   f"    context: {json.dumps(c.get('gperm_context', 'To personalise your results'))}\n    permissions:\n" + "".join(f"    - {x}\n" for x in c["gperms"])
                   + "  name: permission\n  required: true\n  type:\n    name: actions.type.Permission\n")
        w(os.path.join(base, "sdk", "custom", "scenes", "Main.yaml"), sc)
        w(os.path.join(base, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "dialogflow":
        lg = L.split("-")[0]
        w(os.path.join(base, "agent.json"), {"description": c["desc"], "language": lg, "shortDescription": c["desc"][:80], "examples": "",
                                             "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False,
                                             "googleAssistant": {"googleAssistantCompatible": True, "project": c["gproject"], "welcomeIntentSignInRequired": False,
                                                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                                 "isDeviceAgent": False, "invocationName": c["inv"],
                                                                 **({"privacyPolicyUrl": c["policy"]} if c.get("policy") else {})},
                                             "defaultTimezone": "Europe/London", "webhook": {"url": f"https://europe-west2-{c['gproject']}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
                                             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True})
        for (name, samples, slots) in c["intents"]:
            w(os.path.join(base, "intents", f"{name}.json"), {"id": uid(c["cid"], name), "name": name, "auto": True, "contexts": [],
                "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                               "parameters": [{"id": uid(c["cid"], name, n), "name": n, "required": False, "dataType": ty, "value": "$" + n, "isList": False} for n, ty in slots.items()],
                               "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for smp in samples:

                data = []
                for part in re.split(r"(\{[^}]+\})", smp):
                    if not part:
                        continue
                    if part.startswith("{"):
                        n = part[1:-1]
                        data.append({"text": n, "alias": n, "meta": slots.get(n, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["cid"], smp), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            w(os.path.join(base, "intents", f"{name}_usersays_{lg}.json"), us)
    elif kind == "sdkv2":
        acts = []
        for (name, samples, slots) in c["intents"]:
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": c["cid"][4:]},
                         "intent": {"name": name, "parameters": [{"name": n, "type": ty} for n, ty in slots.items()],
                                    "trigger": {"queryPatterns": [s.replace("{", "$SchemaOrg_Text:").replace("}", "") if False else s for s in samples]}}})
        w(os.path.join(base, "action.json"), {"manifest": {"displayName": c["name"], "invocationName": c["inv"], "category": "BUSINESS_AND_FINANCE",
                                                           **({"privacyUrl": c["policy"]} if c.get("policy") else {})},
                                              "locale": L.split("-")[0], "actions": acts,
                                              "conversations": {c["cid"][4:]: {"name": c["cid"][4:], "url": f"https://europe-west1-{c['gproject']}.cloudfunctions.net/fulfil", "fulfillmentApiVersion": 2}}})
    if c.get("code"):
        w(os.path.join(base, "functions", "index.js"), c["code"])


def build_all():
    import shutil
    cd = os.path.join(OUT, "cases")
    if os.path.exists(cd):
        shutil.rmtree(cd)
    labels = {}
    for c in CASES:
        base = os.path.join(cd, c["cid"])
        if c.get("google"):
            render_google(c, base)
            for r in c["recs"]:
                render_google_rec(c, r, base)
        else:
            render_alexa(c, base)
            for r in c["recs"]:
                render_alexa_rec(c, r, base)
        shapes = []
        for r in c["recs"]:
            if r["shape"] not in shapes:
                shapes.append(r["shape"])
        assert c["cid"] not in labels, c["cid"]
        labels[c["cid"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    w(os.path.join(OUT, "labels.json"), labels)
    return labels
