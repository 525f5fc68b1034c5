"""Renderer: turns hand-written case descriptions (cases_*.py) into project folders and recordings."""
import json, os, re, uuid, hashlib, csv, io, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")

def hid(*a):
    return hashlib.md5("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    h = hid(*a); return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2))

def ssml(t):
    if t is None: return None
    return {"type": "SSML", "ssml": t if t.startswith("<speak>") else f"<speak>{t}</speak>"}

# ---------------- Alexa project ----------------
BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"]

def alexa_project(c, d):
    loc = c["locale"]; locs = c.get("locales", [loc])
    man = {"manifest": {"publishingInformation": {"locales": {}, "isAvailableWorldwide": False,
        "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
        "category": c.get("category", "GAMES"), "distributionCountries": c.get("countries", [])},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:eu-west-1:4410{int(hid(c['id'])[:6],16)%999999:06d}:function:{c['id'][4:]}")}}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
            "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}}}
    for l in locs:
        e = {"name": c["name"], "summary": c["desc"][:160], "description": c["desc"],
             "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
             "keywords": c.get("keywords", [])}
        man["manifest"]["publishingInformation"]["locales"][l] = e
        if c.get("policy"):
            man["manifest"]["privacyAndCompliance"].setdefault("locales", {})[l] = {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": t} for t in c["interfaces"]]
    w(os.path.join(d, "skill-package", "skill.json"), man)
    w(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    models = c.get("models", {loc: None})
    for l in locs:
        m = models.get(l) or models.get(loc)
        intents, types, slotmap = m if m else ({}, {}, {})
        ilist = []
        for name, samples in intents.items():
            it = {"name": name, "samples": samples}
            import re
            sl = sorted(set(re.findall(r"\{(\w+)\}", " ".join(samples))))
            if sl: it["slots"] = [{"name": s, "type": slotmap.get(s, "AMAZON.SearchQuery")} for s in sl]
            ilist.append(it)
        for b in BUILTIN:
            if b not in intents: ilist.append({"name": b, "samples": []})
        tl = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in types.items()]
        inv = c.get("invs", {}).get(l, c["inv"])
        w(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
          {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ilist, "types": tl}}})
    if c.get("lambda"):
        w(os.path.join(d, "lambda", c["lambda"][0]), c["lambda"][1])

# ---------------- Alexa recordings ----------------
def build_pairs(c, rec):
    """Expand turns into (request, response) envelopes with session handling."""
    loc = c["locale"]; skill = "amzn1.ask.skill." + uid(c["id"])
    out = []; sess = None; n = 0; seq = 0
    ts0 = rec.get("date", "2026-11-20") + "T18:{:02d}:{:02d}Z"
    user = "amzn1.ask.account." + hid(c["id"], "u").upper()[:40]
    for t in rec["turns"]:
        seq += 1
        new = sess is None
        if new: n += 1; sess = "amzn1.echo-api.session." + uid(c["id"], rec.get("path"), n); attrs = {}
        kind = t.get("i", "LaunchRequest")
        ts = ts0.format(10 + seq // 60, (seq * 7) % 60)
        rid = "amzn1.echo-api.request." + uid(c["id"], rec.get("path"), seq)
        if kind == "LaunchRequest":
            req = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc, "shouldLinkResultBeReturned": False}
        elif kind == "SessionEndedRequest":
            req = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": loc, "reason": t.get("reason", "USER_INITIATED")}
        else:
            req = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
                   "intent": {"name": kind, "confirmationStatus": "NONE",
                              "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t.get("slots", {}).items()}}}
        env = {"version": "1.0", "session": {"new": new, "sessionId": sess,
               "application": {"applicationId": skill}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": skill}, "user": {"userId": user},
                           "device": {"deviceId": "amzn1.ask.device." + hid(c["id"], "d").upper()[:40], "supportedInterfaces": {}},
                           "apiEndpoint": "https://api.eu.amazonalexa.com" if loc not in ("en-US", "pt-BR") else "https://api.amazonalexa.com"}},
               "request": req}
        if kind == "SessionEndedRequest":
            res = {"version": "1.0", "response": {}}
            out.append((t, env, res)); sess = None; continue
        r = {}
        if t.get("s") is not None: r["outputSpeech"] = ssml(t["s"])
        if t.get("card"): r["card"] = t["card"]
        if t.get("r") is not None: r["reprompt"] = {"outputSpeech": ssml(t["r"])}
        if t.get("dir"): r["directives"] = t["dir"]
        end = t.get("end", False)
        if end is not None: r["shouldEndSession"] = end
        res = {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}
        out.append((t, env, res))
        if end is True: sess = None
    return out

def spoken(t):
    import re
    s = t.get("s") or ""
    return re.sub(r"<[^>]+>", "", s)

def render_alexa_rec(c, d, rec):
    shape = rec["shape"]; p = os.path.join(d, rec["path"]); pairs = build_pairs(c, rec)
    loc = c["locale"]; endpoint = "arn:aws:lambda:eu-west-1:441000000000:function:" + c["id"][4:]
    if shape == "envelope":
        base, ext = os.path.splitext(p)
        for k, (t, q, r) in enumerate(pairs, 1):
            if q["request"]["type"] == "SessionEndedRequest": continue
            w(f"{base}{k:02d}{ext or '.json'}" if len(pairs) > 1 else p, r)
    elif shape == "pairs-jsonl":
        w(p, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r in pairs))
    elif shape == "pairs-array":
        w(p, [{"request": q, "response": r} for t, q, r in pairs])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        items = []
        for k, (t, q, r) in enumerate(pairs, 1):
            if shape == "smapi-simulation":
                o = {"id": uid(c["id"], "sim", k), "status": "SUCCESSFUL", "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": spoken(t)}}], "consideredIntents": []},
                     "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint, "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 212 + k}}]}, "error": None}}
            else:
                o = {"id": uid(c["id"], "inv", k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint, "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + k}}, "error": None}}
            items.append(o)
        base, ext = os.path.splitext(p)
        if rec.get("single"): w(p, items)
        else:
            for k, o in enumerate(items, 1): w(f"{base}-{k}{ext or '.json'}", o)
    elif shape == "ask-dialog":
        w(p, {"skillId": "amzn1.ask.skill." + uid(c["id"]), "stage": "development", "locale": loc, "type": "text",
              "userInput": [t.get("u", "") for t, q, r in pairs if q["request"]["type"] != "SessionEndedRequest"], "storageInput": {}})
        base = os.path.splitext(p)[0]
        if rec.get("textout"):
            lines = []
            for t, q, r in pairs:
                if q["request"]["type"] == "SessionEndedRequest": continue
                lines.append(f"User  > {t.get('u','')}"); lines.append(f"Alexa > {spoken(t)}")
            w(base + "-output.txt", "\n".join(lines) + "\n")
        else:
            w(base + "-record.json", [{"utterance": t.get("u", ""), "invocations": [{"request": q, "response": r}]} for t, q, r in pairs if q["request"]["type"] != "SessionEndedRequest"])
    elif shape == "cloudwatch-text":
        kw = rec.get("kw", ("Request: ", "Response: "))
        lines = []
        for k, (t, q, r) in enumerate(pairs, 1):
            rid = uid(c["id"], "cw", k); ts = q["request"]["timestamp"].replace("Z", "")
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if rec.get("py"):
                lines.append(f"[INFO]\t{ts}Z\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}Z\t{rid}\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}Z\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
                lines.append(f"{ts}Z\t{rid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {40+k}.12 ms\tBilled Duration: {41+k} ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB")
        w(p, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for k, (t, q, r) in enumerate(pairs, 1):
            rid = uid(c["id"], "cw", k)
            for j, (lab, o) in enumerate((("Request: ", q), ("Response: ", r))):
                ev.append({"logStreamName": "2026/11/20/[$LATEST]" + hid(c["id"])[:32], "timestamp": 1795200000000 + k * 1000 + j, "message": f"{q['request']['timestamp']}\t{rid}\tINFO\t{lab}{json.dumps(o, ensure_ascii=False)}\n", "ingestionTime": 1795200000500 + k * 1000, "eventId": str(37000000000000000000000000000000000000000000000000000000 + k * 10 + j)})
        w(p, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for k, (t, q, r) in enumerate(pairs, 1):
            ents.append({"startedDateTime": q["request"]["timestamp"], "time": 120 + k,
                "request": {"method": "POST", "url": rec.get("url", "https://skill.example-host.net/alexa"), "httpVersion": "HTTP/1.1",
                            "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": hid(k)}], "queryString": [], "cookies": [],
                            "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}, "headersSize": -1, "bodySize": -1},
                "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                             "content": {"size": 0, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                "cache": {}, "timings": {"send": 1, "wait": 100, "receive": 2}})
        w(p, {"log": {"version": "1.2", "creator": {"name": rec.get("creator", "mitmproxy"), "version": "10.1.5"}, "entries": ents}})
    elif shape == "transcript":
        lines = [f"# probe run {rec.get('date','2026-11-20')} locale={loc} invocation=\"{c['inv']}\""]
        for k, (t, q, r) in enumerate(pairs, 1):
            if q["request"]["type"] == "SessionEndedRequest": continue
            ts = q["request"]["timestamp"][11:19]
            lines.append(f"[{ts}] USER: {t.get('u','')}")
            lines.append(f"[{ts}] SKILL: {spoken(t)}")
            rp = r["response"].get("reprompt")
            if rp: lines.append(f"[{ts}] REPROMPT: {rp['outputSpeech']['ssml']}")
            lines.append(f"[{ts}] session_open={str(not r['response'].get('shouldEndSession', True)).lower()}")
        w(p, "\n".join(lines) + "\n")
    # ---- shapes not in the common list ----
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for k, (t, q, r) in enumerate(pairs, 1):
            parts.append(f"exports[`{rec.get('suite','handler')} {t.get('u', q['request']['type'])} {k}`] = `\n" + re.sub(r'([^\[{,\n])\n(\s*[}\]])', r'\1,\n\2', json.dumps(r, ensure_ascii=False, indent=2)).replace("`", "\\`") + "\n`;\n")
        w(p, "\n".join(parts))
    elif shape == "postman-collection":
        items = []
        for k, (t, q, r) in enumerate(pairs, 1):
            req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=1)}, "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
            items.append({"name": f"{k:02d} {t.get('u', q['request']['type'])}", "request": req,
                          "response": [{"name": "saved " + rec.get("date", "2026-11-20"), "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(r, ensure_ascii=False, indent=1)}]})
        w(p, {"info": {"_postman_id": uid(c["id"], "pm"), "name": c["name"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items, "variable": [{"key": "skillUrl", "value": "https://localhost:3000"}]})
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – local handler checks ({rec.get('date','2026-11-20')})"]}]
        for k, (t, q, r) in enumerate(pairs, 1):
            cells.append({"cell_type": "code", "execution_count": k, "metadata": {}, "source": [f"req = load_req({json.dumps(t.get('u', q['request']['type']), ensure_ascii=False)})\n", "resp = invoke(req)\n", "print(json.dumps(resp, ensure_ascii=False))"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [json.dumps(r, ensure_ascii=False) + "\n"]}]})
        w(p, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5})
    elif shape == "csv-sheet":
        sio = io.StringIO(); cw = csv.writer(sio)
        cw.writerow(rec.get("header", ["timestamp", "session", "request_type", "intent", "utterance", "output_ssml", "reprompt_ssml", "shouldEndSession"]))
        for t, q, r in pairs:
            rr = r.get("response", {})
            cw.writerow([q["request"]["timestamp"], q["session"]["sessionId"][-12:], q["request"]["type"], q["request"].get("intent", {}).get("name", ""), t.get("u", ""),
                         (rr.get("outputSpeech") or {}).get("ssml", ""), ((rr.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", ""), str(rr.get("shouldEndSession", "")).upper()])
        w(p, sio.getvalue())
    elif shape == "logshipper-ndjson":
        lines = []
        for k, (t, q, r) in enumerate(pairs, 1):
            for lab, o in (("alexa.request", q), ("alexa.response", r)):
                lines.append(json.dumps({"@timestamp": q["request"]["timestamp"], "service": c["id"][4:], "env": rec.get("env", "prod"), "level": "info", "msg": lab,
                                         "kubernetes": {"pod_name": c["id"][4:] + "-7d9f-" + hid(k)[:5]}, "log": json.dumps(o, ensure_ascii=False)}, ensure_ascii=False))
        w(p, "\n".join(lines) + "\n")
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        tc = []
        for k, (t, q, r) in enumerate(pairs, 1):
            tc.append(f'  <testcase classname="{c["id"][4:]}.conversation" name="{escape(t.get("u", q["request"]["type"]))}" time="0.{k:03d}">\n    <system-out>{escape("REQUEST " + json.dumps(q, ensure_ascii=False))}\n{escape("RESPONSE " + json.dumps(r, ensure_ascii=False))}</system-out>\n  </testcase>')
        w(p, f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="{c["id"][4:]}" tests="{len(tc)}" failures="0" timestamp="{rec.get("date","2026-11-20")}T10:00:00">\n' + "\n".join(tc) + "\n</testsuite>\n</testsuites>\n")
    else:
        raise ValueError(shape)

# ---------------- Google ----------------
def google_project(c, d):
    kind = c["gkind"]; loc = c["locale"]; lang = loc.split("-")[0]
    if kind == "builder":
        w(os.path.join(d, "sdk", "settings", "settings.yaml"), f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {c['name']}\n  pronunciation: {c['inv']}\n  shortDescription: {c['desc'][:80]}\n  fullDescription: {c['desc']}\n  privacyPolicyUrl: {c.get('policy') or ''}\n  developerName: {c.get('dev','Indie Dev')}\nprojectId: {c['id'][4:]}\ncategory: {c.get('category','GAMES_AND_TRIVIA')}\nusesTransactionsApi: false\n")
        for name, (samples, params) in c["gintents"].items():
            y = "trainingPhrases:\n" + "".join(f"- {json.dumps(s, ensure_ascii=False)}\n" for s in samples)
            if params: y = "parameters:\n" + "".join(f"- name: {pn}\n  type:\n    name: {pt}\n" for pn, pt in params.items()) + y
            w(os.path.join(d, "sdk", "custom", "intents", f"{name}.yaml"), y)
        for name, y in c.get("gscenes", {}).items():
            w(os.path.join(d, "sdk", "custom", "scenes", f"{name}.yaml"), y)
        for name, y in c.get("gtypes", {}).items():
            w(os.path.join(d, "sdk", "custom", "types", f"{name}.yaml"), y)
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for name, (samples, params) in c["gintents"].items():
            acts.append({"name": name, "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()], "trigger": {"queryPatterns": samples}}})
        w(os.path.join(d, "action.json"), {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": "https://us-central1-" + c["id"][4:] + ".cloudfunctions.net/fulfillment"}}, "locale": loc,
              "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"], "privacyUrl": c.get("policy") or ""}})
    elif kind == "dialogflow":
        w(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "supportedLanguages": [], "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True},
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["id"][4:], "oAuthLinking": {"required": False}, "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [], "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "isDeviceAgent": False}, "displayName": c["name"], "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy") or ""})
        for name, (samples, params) in c["gintents"].items():
            w(os.path.join(d, "intents", f"{name}.json"), {"id": uid(c["id"], name), "name": name, "auto": True, "webhookUsed": True, "responses": [{"resetContexts": False, "parameters": [{"name": k, "dataType": v, "value": "$" + k} for k, v in params.items()], "messages": []}]})
            us = []
            for s in samples:
                import re
                parts = re.split(r"(\{\w+\})", s); data = []
                for part in parts:
                    if not part: continue
                    m = re.fullmatch(r"\{(\w+)\}", part)
                    if m: data.append({"text": m.group(1), "alias": m.group(1), "meta": params.get(m.group(1), "@sys.any"), "userDefined": True})
                    else: data.append({"text": part, "userDefined": False})
                us.append({"id": uid(s), "data": data, "isTemplate": False, "count": 0})
            w(os.path.join(d, "intents", f"{name}_usersays_{lang}.json"), us)

def render_google_rec(c, d, rec):
    shape = rec["shape"]; p = os.path.join(d, rec["path"]); loc = c["locale"]; out = []
    conv = "ABwppH" + hid(c["id"], rec["path"])[:20]
    for k, t in enumerate(rec["turns"], 1):
        exp = t.get("expect", True); s = t.get("s", ""); nip = t.get("nip")
        if shape == "gactions-conversation":
            req = {"user": {"locale": loc, "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": conv, "type": "NEW" if k == 1 else "ACTIVE"},
                   "inputs": [{"intent": t.get("i", "actions.intent.MAIN" if k == 1 else "actions.intent.TEXT"), "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}], "arguments": [{"name": "text", "rawText": t.get("u", ""), "textValue": t.get("u", "")}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            res = {"expectUserResponse": exp}
            if exp:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": s}}]}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if nip is not None: ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in nip]
                if t.get("perm"): ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                res["expectedInputs"] = [ei]
            else:
                res["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": s}}]}}
        elif shape == "dialogflow-webhook":
            req = {"responseId": uid(conv, k), "session": f"projects/{c['id'][4:]}/agent/sessions/{conv}",
                   "queryResult": {"queryText": t.get("u", ""), "parameters": t.get("params", {}), "allRequiredParamsPresent": True, "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uid(t.get('i','Default Welcome Intent'))}", "displayName": t.get("i", "Default Welcome Intent")}, "intentDetectionConfidence": 1, "languageCode": loc.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc}, "conversation": {"conversationId": conv, "type": "ACTIVE"}}}}
            g = {"expectUserResponse": exp, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": s}}]}}
            if nip is not None: g["noInputPrompts"] = [{"textToSpeech": x} for x in nip]
            if t.get("perm"): g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["perm"][0], "permissions": t["perm"][1]}}
            res = {"fulfillmentText": s, "payload": {"google": g}}
        elif shape == "gactions-scene":
            req = {"handler": {"name": t.get("h", "main")}, "intent": {"name": t.get("i", "actions.intent.MAIN"), "params": {}, "query": t.get("u", "")},
                   "scene": {"name": t.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": conv, "params": {}, "languageCode": loc.split("-")[0]},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "NOT_LINKED", "verificationStatus": "VERIFIED"}, "device": {"capabilities": ["SPEECH", "LONG_FORM_AUDIO"]}}
            res = {"session": {"id": conv, "params": t.get("sp", {})}, "prompt": {"override": False, "firstSimple": {"speech": s, "text": t.get("text", s)}}}
            if t.get("next"): res["scene"] = {"name": t.get("scene", "Main"), "slots": {}, "next": {"name": t["next"]}}
        out.append({"request": req, "response": res})
    if rec.get("jsonl"):
        w(p, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    else:
        w(p, out)

def render(cases):
    labels = {}
    for c in cases:
        d = os.path.join(OUT, c["id"])
        if os.path.exists(d): shutil.rmtree(d)
        if c.get("gkind"): google_project(c, d)
        else: alexa_project(c, d)
        for rec in c.get("recs", []):
            (render_google_rec if c.get("gkind") else render_alexa_rec)(c, d, rec)
        for path, txt in c.get("extra", {}).items():
            w(os.path.join(d, path), txt)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": sorted({r["shape"] for r in c.get("recs", [])}), "why": c["why"]}
    return labels
