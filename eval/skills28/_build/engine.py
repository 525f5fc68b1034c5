"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects + recordings."""
import json, os, uuid, hashlib, csv, io, datetime, shutil
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = []
def C(**kw): CASES.append(kw)

def hid(*a): return hashlib.md5("|".join(map(str, a)).encode()).hexdigest()
def uid(*a):
    h = hid(*a); return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def W(cid, rel, data):
    p = os.path.join(ROOT, "cases", cid, rel); os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2))

def speech(t):
    if t is None: return None
    if t.strip().startswith("<speak>") or "<" in t: 
        return {"type": "SSML", "ssml": t if t.strip().startswith("<speak>") else f"<speak>{t}</speak>"}
    return {"type": "PlainText", "text": t}

BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"]

def alexa_pkg(c):
    cid, loc = c["id"], c["loc"]
    locs = [loc] + c.get("extra_locales", [])
    pi = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPI", False),
          "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pi["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    m = {"manifest": {"manifestVersion": "1.0",
        "publishingInformation": {"locales": {l: {"name": c["name"], "summary": c.get("desc", c["name"])[:160],
            "description": c.get("desc", c["name"]), "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
            "keywords": c.get("keywords", []),
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid)[:4]}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid)[:4]}/APP_ICON_LARGE?versionId=large"} for l in locs},
            "isAvailableWorldwide": False, "distributionCountries": c.get("countries", []),
            "testingInstructions": c.get("testing", "Open the skill and follow the prompts."), "category": c.get("category", "GAMES")},
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{c.get('region','us-east-1')}:4{hid(cid)[:11].translate(str.maketrans('abcdef','123456'))}:function:{cid[4:]}"}}},
        "privacyAndCompliance": pi}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("version"): m["manifest"]["publishingInformation"]["locales"][loc]["updatesDescription"] = c["version"]
    W(cid, "skill-package/skill.json", m)
    for l in locs:
        inv = c["inv"] if l == loc else c.get("extra_inv", {}).get(l, c["inv"])
        ints = []
        for name, spec in c.get("intents", {}).items():
            samples, slots = (spec, {}) if isinstance(spec, list) else spec
            d = {"name": name, "samples": samples}
            if slots: d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            ints.append(d)
        for b in BUILTIN: ints.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in c.get("types", {}).items()]
        W(cid, f"skill-package/interactionModels/custom/{l}.json",
          {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": types}}})
    W(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"): W(cid, c["code"][0], c["code"][1])

# ---------- sessions ----------
def sessions(c, turns, tag):
    out, sid, new, t0 = [], None, True, datetime.datetime.fromisoformat(c.get("t0", "2026-11-20T18:00:00"))
    user = "amzn1.ask.account." + hid(c["id"], "u").upper()[:40]
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    dev = "amzn1.ask.device." + hid(c["id"], "d").upper()[:40]
    for n, t in enumerate(turns):
        if sid is None or new:
            sid = "amzn1.echo-api.session." + uid(c["id"], tag, n); new_flag = True
        else: new_flag = False
        ts = (t0 + datetime.timedelta(seconds=13 * n)).strftime("%Y-%m-%dT%H:%M:%SZ")
        i = t.get("i", "Launch")
        rid = "amzn1.echo-api.request." + uid(c["id"], tag, n, "r")
        if i == "Launch": rq = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": c["loc"]}
        elif i == "End": rq = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": c["loc"], "reason": t.get("reason", "USER_INITIATED")}
        else:
            rq = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": c["loc"],
                  "intent": {"name": i, "confirmationStatus": "NONE",
                             "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t.get("slots", {}).items()}}}
        req = {"version": "1.0", "session": {"new": new_flag, "sessionId": sid, "application": {"applicationId": app},
               "attributes": t.get("attrs", {}), "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                           "device": {"deviceId": dev, "supportedInterfaces": {}}, "apiEndpoint": "https://api.amazonalexa.com"}},
               "request": rq}
        if i == "End":
            resp = {"version": "1.0", "response": {}}
        else:
            r = {}
            if t.get("s") is not None: r["outputSpeech"] = speech(t["s"])
            if t.get("card"): r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t.get("r") is not None: r["reprompt"] = {"outputSpeech": speech(t["r"])}
            if t.get("audio"): r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": t["audio"], "token": "t1", "offsetInMilliseconds": 0}}}]
            if t.get("apl"): r.setdefault("directives", []).append({"type": "Alexa.Presentation.APL.RenderDocument", "token": "main", "document": {"type": "APL", "version": "2023.2", "mainTemplate": {"items": [{"type": "Text", "text": t["apl"]}]}}})
            if t.get("askperm"): r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["askperm"]}
            r["shouldEndSession"] = t.get("e", False) if "e" in t else (False if t.get("r") is not None else True)
            if t.get("e") is None and "e" in t: del r["shouldEndSession"]
            resp = {"version": "1.0", "sessionAttributes": t.get("attrs", {}), "response": r}
            new = bool(r.get("shouldEndSession"))
        if i == "End": new = True
        out.append((t.get("u", ""), req, resp, ts))
    return out

def utter_of(u, i): return u or {"Launch": "open", "End": "(session ended)"}.get(i, i)

def R_envelope(c, path, turns, tag):
    ss = sessions(c, turns, tag)
    if len(ss) == 1: W(c["id"], path, ss[0][2]); return
    base, ext = os.path.splitext(path)
    for n, s in enumerate(ss): W(c["id"], f"{base}-{n+1:02d}{ext}", s[2])

def R_pairs_jsonl(c, path, turns, tag):
    W(c["id"], path, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for _, q, r, _ in sessions(c, turns, tag)))
def R_pairs_array(c, path, turns, tag):
    W(c["id"], path, [{"request": q, "response": r} for _, q, r, _ in sessions(c, turns, tag)])

def R_smapi_sim(c, path, turns, tag):
    ss = sessions(c, turns, tag); base, ext = os.path.splitext(path)
    for n, (u, q, r, ts) in enumerate(ss):
        doc = {"id": uid(c["id"], tag, n, "sim"), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": (r.get("response", {}).get("outputSpeech") or {}).get("text", "")}}],
                                   "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:4000:function:" + c["id"][4:], "body": q},
                                                    "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + n}}]}, "error": None}}
        W(c["id"], f"{base}-{n+1:02d}{ext}" if len(ss) > 1 else path, doc)

def R_smapi_inv(c, path, turns, tag):
    ss = sessions(c, turns, tag); base, ext = os.path.splitext(path)
    for n, (u, q, r, ts) in enumerate(ss):
        W(c["id"], f"{base}-{n+1}{ext}" if len(ss) > 1 else path, {"id": uid(c["id"], tag, n, "inv"), "status": "SUCCESSFUL",
          "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:4000:function:x", "body": q},
                     "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}})

def R_ask_dialog(c, path, turns, tag):
    ss = sessions(c, turns, tag); base = os.path.splitext(path)[0]
    W(c["id"], base + ".replay.json", {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["loc"], "type": "text",
        "userInput": [utter_of(u, q["request"].get("intent", {}).get("name", "Launch")) for u, q, r, _ in ss]})
    W(c["id"], base + ".output.json", [{"utterance": utter_of(u, "Launch"), "invocations": [{"request": q, "response": r}]} for u, q, r, _ in ss])

def cw_lines(c, turns, tag, py=False):
    out = []
    for n, (u, q, r, ts) in enumerate(sessions(c, turns, tag)):
        rid = uid(c["id"], tag, n, "lam")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{ts}\t{rid}\tincoming event: {json.dumps(q, ensure_ascii=False)}")
            out.append(f"[INFO]\t{ts}\t{rid}\treturning: {json.dumps(r, ensure_ascii=False)}")
        else:
            out.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}")
            out.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {40+n}.12 ms\tBilled Duration: {41+n} ms\tMemory Size: 128 MB\tMax Memory Used: 74 MB")
    return out
def R_cloudwatch_text(c, path, turns, tag): W(c["id"], path, "\n".join(cw_lines(c, turns, tag, path.endswith(".py.log"))) + "\n")
def R_cloudwatch_json(c, path, turns, tag):
    ev = []
    for n, l in enumerate(cw_lines(c, turns, tag)):
        ev.append({"logStreamName": "2026/11/20/[$LATEST]" + hid(c["id"])[:32], "timestamp": 1795000000000 + n * 400, "message": l + "\n",
                   "ingestionTime": 1795000000900 + n * 400, "eventId": str(37000000000000000000000000000000000000000000000000000000 + n)})
    W(c["id"], path, {"events": ev, "searchedLogStreams": []})

def R_har(c, path, turns, tag):
    ent = []
    for u, q, r, ts in sessions(c, turns, tag):
        ent.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 233, "request": {"method": "POST", "url": c.get("endpoint", f"https://skill.{c['id'][4:]}.example.net/alexa"),
            "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "…"}],
            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
            "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
            "cache": {}, "timings": {"send": 1, "wait": 230, "receive": 2}})
    W(c["id"], path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ent}})

def R_transcript(c, path, turns, tag):
    out = []
    for u, q, r, ts in sessions(c, turns, tag):
        rs = r.get("response", {})
        def txt(o): return (o or {}).get("text") or (o or {}).get("ssml") or ""
        out.append(f"[{ts}] USER: {utter_of(u, q['request'].get('intent', {}).get('name', 'Launch'))}")
        out.append(f"[{ts}] SKILL: {txt(rs.get('outputSpeech'))}")
        if rs.get("reprompt"): out.append(f"[{ts}] REPROMPT: {txt(rs['reprompt'].get('outputSpeech'))}")
        if rs.get("card"): out.append(f"[{ts}] CARD: {rs['card'].get('title','')} / {rs['card'].get('content','')}")
        out.append(f"[{ts}] session_open={str(not rs.get('shouldEndSession', True)).lower()}")
    W(c["id"], path, "\n".join(out) + "\n")

# ---- new shapes ----
def R_postman(c, path, turns, tag):
    items = []
    for n, (u, q, r, ts) in enumerate(sessions(c, turns, tag)):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=1)}, "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}}
        items.append({"name": f"{n+1:02d} {utter_of(u, 'Launch')}", "request": req,
                      "response": [{"name": "saved example", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(r, ensure_ascii=False, indent=1)}]})
    W(c["id"], path, {"info": {"_postman_id": uid(c["id"], "pm"), "name": c["name"] + " – endpoint tests",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
        "variable": [{"key": "skill_url", "value": "https://localhost:3000"}]})

def R_notebook(c, path, turns, tag):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – local handler check\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", "URL = 'http://127.0.0.1:8080/'\n"]}]
    for n, (u, q, r, ts) in enumerate(sessions(c, turns, tag)):
        cells.append({"cell_type": "code", "execution_count": n + 2, "metadata": {},
            "source": [f"# {utter_of(u, 'Launch')}\n", f"req = {json.dumps(q, ensure_ascii=False)}\n", "resp = requests.post(URL, json=req).json()\n", "resp"],
            "outputs": [{"output_type": "execute_result", "execution_count": n + 2, "metadata": {},
                         "data": {"application/json": r, "text/plain": [json.dumps(r, ensure_ascii=False)]}}]})
    W(c["id"], path, {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5})

def R_csv(c, path, turns, tag):
    buf = io.StringIO(); w = csv.writer(buf)
    w.writerow(["step", "timestamp", "utterance", "intent", "session_id", "output_speech", "reprompt", "card_text", "should_end_session", "tester_note"])
    for n, (u, q, r, ts) in enumerate(sessions(c, turns, tag)):
        rs = r.get("response", {}); o = lambda x: (x or {}).get("text") or (x or {}).get("ssml") or ""
        w.writerow([n + 1, ts, utter_of(u, "Launch"), q["request"].get("intent", {}).get("name", q["request"]["type"]), q["session"]["sessionId"][-12:],
                    o(rs.get("outputSpeech")), o((rs.get("reprompt") or {}).get("outputSpeech")), (rs.get("card") or {}).get("content", ""),
                    "" if "shouldEndSession" not in rs else str(rs["shouldEndSession"]).upper(), turns[n].get("note", "")])
    W(c["id"], path, buf.getvalue())

def R_bespoken(c, path, turns, tag):
    ss = sessions(c, turns, tag)
    out = ["---", "configuration:", f"  locale: {c['loc']}", "  description: regression run (virtual device)", "", "---", f"- test: recorded run {tag}"]
    for u, q, r, ts in ss:
        rs = r.get("response", {}); o = lambda x: (x or {}).get("text") or (x or {}).get("ssml") or ""
        out.append(f"- {json.dumps(utter_of(u, 'LaunchRequest' if q['request']['type']=='LaunchRequest' else 'x'), ensure_ascii=False)}:")
        out.append(f"  - prompt: {json.dumps(o(rs.get('outputSpeech')), ensure_ascii=False)}")
        if rs.get("reprompt"): out.append(f"  - reprompt: {json.dumps(o(rs['reprompt'].get('outputSpeech')), ensure_ascii=False)}")
        if rs.get("card"): out.append(f"  - cardContent: {json.dumps(rs['card'].get('content',''), ensure_ascii=False)}")
        out.append(f"  - response.shouldEndSession: {str(rs.get('shouldEndSession')).lower()}")
    W(c["id"], path, "\n".join(out) + "\n")

def R_fluent(c, path, turns, tag):
    lines = []
    for n, (u, q, r, ts) in enumerate(sessions(c, turns, tag)):
        lines.append(json.dumps({"@timestamp": ts, "kubernetes": {"namespace_name": "voice", "container_name": "skill-api"}, "log.level": "info",
                                 "event": "alexa.request", "alexa": {"request": q}}, ensure_ascii=False))
        lines.append(json.dumps({"@timestamp": ts, "kubernetes": {"namespace_name": "voice", "container_name": "skill-api"}, "log.level": "info",
                                 "event": "alexa.response", "alexa": {"requestId": q["request"]["requestId"], "response": r}}, ensure_ascii=False))
    W(c["id"], path, "\n".join(lines) + "\n")

# ---- google ----
def g_sessions(c, turns, tag):
    sid = "ABwppHF" + hid(c["id"], tag)[:20]
    return sid

def R_dialogflow(c, path, turns, tag):
    sid = g_sessions(c, turns, tag); out = []
    for n, t in enumerate(turns):
        req = {"responseId": uid(c["id"], tag, n), "queryResult": {"queryText": t.get("u", "GOOGLE_ASSISTANT_WELCOME"), "parameters": t.get("slots", {}),
               "allRequiredParamsPresent": True, "intent": {"name": f"projects/{c['id'][4:]}/agent/intents/{uid(t.get('i','w'))}", "displayName": t.get("i", "Default Welcome Intent")},
               "intentDetectionConfidence": 1, "languageCode": c["loc"].lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["loc"]}, "conversation": {"conversationId": sid, "type": "NEW" if n == 0 else "ACTIVE"},
                                                "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}]}]}},
               "session": f"projects/{c['id'][4:]}/agent/sessions/{sid}"}
        items = [{"simpleResponse": {"textToSpeech": t["s"]}}] if t.get("s") is not None else []
        if t.get("card"): items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        g = {"expectUserResponse": not t.get("e", False), "richResponse": {"items": items}}
        if t.get("r") is not None: g["noInputPrompts"] = [{"textToSpeech": t["r"]}]
        if t.get("askperm"): g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.get("optContext", ""), "permissions": t["askperm"]}}
        out.append({"request": req, "response": {"fulfillmentText": t.get("s") or "", "payload": {"google": g}}})
    W(c["id"], path, out)

def R_gconv(c, path, turns, tag):
    sid = g_sessions(c, turns, tag); out = []
    for n, t in enumerate(turns):
        req = {"user": {"locale": c["loc"]}, "conversation": {"conversationId": sid, "type": "NEW" if n == 0 else "ACTIVE"},
               "inputs": [{"intent": t.get("i", "actions.intent.MAIN"), "rawInputs": [{"inputType": "VOICE", "query": t.get("u", "")}],
                           "arguments": [{"name": k, "textValue": v} for k, v in t.get("slots", {}).items()]}]}
        rsp = {"expectUserResponse": not t.get("e", False)}
        if not t.get("e", False):
            rsp["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.get("s", "")}}]},
                                      "noInputPrompts": [{"textToSpeech": t["r"]}] if t.get("r") is not None else []},
                                      "possibleIntents": [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.get("optContext", ""), "permissions": t["askperm"]}}] if t.get("askperm") else [{"intent": "actions.intent.TEXT"}]}]
        else:
            rsp["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("s", "")}}]}}
        out.append({"request": req, "response": rsp})
    W(c["id"], path, out)

def R_gscene(c, path, turns, tag):
    sid = g_sessions(c, turns, tag); out = []
    for n, t in enumerate(turns):
        req = {"handler": {"name": t.get("handler", "main")}, "intent": {"name": t.get("i", "actions.intent.MAIN"), "params": {k: {"original": v, "resolved": v} for k, v in t.get("slots", {}).items()}, "query": t.get("u", "")},
               "scene": {"name": t.get("scene", "Start"), "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": sid, "params": {}, "languageCode": c["loc"]},
               "user": {"locale": c["loc"], "verificationStatus": "VERIFIED"}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
        rsp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.get("s", ""), "text": t.get("text", t.get("s", ""))}}}
        if t.get("card"): rsp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
        rsp["scene"] = {"name": t.get("scene", "Start"), "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t.get("e") else t.get("next", "Listen")}}
        out.append({"request": req, "response": rsp})
    W(c["id"], path, "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n" if path.endswith(".jsonl") else out)

RENDER = {"envelope": R_envelope, "pairs-jsonl": R_pairs_jsonl, "pairs-array": R_pairs_array, "smapi-simulation": R_smapi_sim,
          "smapi-invocation": R_smapi_inv, "ask-dialog": R_ask_dialog, "cloudwatch-text": R_cloudwatch_text, "cloudwatch-json": R_cloudwatch_json,
          "har": R_har, "transcript": R_transcript, "postman-collection": R_postman, "jupyter-notebook": R_notebook, "csv-sheet": R_csv,
          "bespoken-yaml": R_bespoken, "fluentbit-ndjson": R_fluent, "dialogflow-webhook": R_dialogflow, "gactions-conversation": R_gconv, "gactions-scene": R_gscene}

def google_pkg(c):
    cid, loc = c["id"], c["loc"]; kind = c["platform"]
    if kind == "builder":
        W(cid, "sdk/settings/settings.yaml", f"projectId: {cid[4:]}\ndefaultLocale: {loc.split('-')[0]}\nlocalizedSettings:\n  displayName: {c['name']}\n  pronunciation: {c['inv']}\n  fullDescription: {json.dumps(c.get('desc',''), ensure_ascii=False)}\n  privacyPolicyUrl: {c.get('policy') or ''}\n  developerName: {c.get('dev','Indie Dev')}\ncategory: {c.get('category','GAMES_AND_TRIVIA')}\nusesInteractiveCanvas: false\n")
        for name, spec in c.get("intents", {}).items():
            samples, slots = (spec, {}) if isinstance(spec, list) else spec
            y = ""
            if slots: y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in slots.items())
            y += "trainingPhrases:\n" + "".join(f"- {json.dumps(s, ensure_ascii=False)}\n" for s in samples)
            W(cid, f"sdk/custom/intents/{name}.yaml", y)
        for k, vs in c.get("types", {}).items():
            W(cid, f"sdk/custom/types/{k}.yaml", "synonym:\n  entities:\n" + "".join(f"    {json.dumps(v, ensure_ascii=False)}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vs))
        for k, v in c.get("scenes", {}).items(): W(cid, f"sdk/custom/scenes/{k}.yaml", v)
        W(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif kind == "sdk":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for name, spec in c.get("intents", {}).items():
            samples, slots = (spec, {}) if isinstance(spec, list) else spec
            acts.append({"name": name, "fulfillment": {"conversationName": c["id"][4:]}, "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in slots.items()], "trigger": {"queryPatterns": samples}}})
        W(cid, "action.json", {"actions": acts, "conversations": {c["id"][4:]: {"name": c["id"][4:], "url": f"https://us-central1-{c['id'][4:]}.cloudfunctions.net/fulfill"}},
                               "locale": loc, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "privacyUrl": c.get("policy") or "", "shortDescription": c.get("desc", "")[:80]},
                               "types": [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vs]} for k, vs in c.get("types", {}).items()]})
    else:
        W(cid, "agent.json", {"description": c.get("desc", ""), "language": loc.split("-")[0].lower(), "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://fulfil.example.app/df", "available": True},
                              "googleAssistant": {"project": c["id"][4:], "startIntents": [], "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy") or ""}, "enableOnePlatformResponses": True})
        lang = loc.split("-")[0].lower()
        for name, spec in c.get("intents", {}).items():
            samples, slots = (spec, {}) if isinstance(spec, list) else spec
            W(cid, f"intents/{name}.json", {"id": uid(cid, name), "name": name, "auto": True, "webhookUsed": True,
               "responses": [{"parameters": [{"name": k, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()]}]})
            us = []
            for s in samples:
                parts = []
                import re
                for tok in re.split(r"(\{\w+\})", s):
                    if not tok: continue
                    if tok.startswith("{"): k = tok[1:-1]; parts.append({"text": k, "meta": slots.get(k, "@sys.any"), "alias": k, "userDefined": True})
                    else: parts.append({"text": tok, "userDefined": False})
                us.append({"id": uid(cid, s), "data": parts, "isTemplate": False, "count": 0})
            W(cid, f"intents/{name}_usersays_{lang}.json", us)
        for k, vs in c.get("types", {}).items():
            W(cid, f"entities/{k}.json", {"name": k, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            W(cid, f"entities/{k}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vs])

def build():
    shutil.rmtree(os.path.join(ROOT, "cases"), ignore_errors=True); os.makedirs(os.path.join(ROOT, "cases"))
    labels = {}
    for c in CASES:
        if c.get("platform", "alexa") == "alexa": alexa_pkg(c)
        else: google_pkg(c)
        shapes = []
        for k, rec in enumerate(c.get("recs", [])):
            shape, path, turns = rec[0], rec[1], rec[2]
            sub = dict(c); sub.update(rec[3] if len(rec) > 3 else {})
            RENDER[shape](sub, path, turns, f"{k}")
            if shape not in shapes: shapes.append(shape)
        for rel, txt in c.get("files", {}).items(): W(c["id"], rel, txt)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f: json.dump(labels, f, ensure_ascii=False, indent=2)
    return labels
