#!/usr/bin/env python3
"""Renderer: turns the hand-written case descriptions in cases_*.py into case folders + labels.json."""
import json, os, shutil, uuid, hashlib, csv, io, datetime
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "cases")
CASES = []

def T(utter, intent, speech, reprompt=None, end=None, slots=None, card=None, apl=None):
    return dict(utter=utter, intent=intent, speech=speech, reprompt=reprompt, end=end, slots=slots or {}, card=card, apl=apl)

def C(**kw):
    CASES.append(kw)

def hid(*a):
    return hashlib.md5("|".join(map(str, a)).encode()).hexdigest()

def ospeech(t):
    if t is None: return None
    if t.strip().startswith("<speak>"): return {"type": "SSML", "ssml": t}
    return {"type": "PlainText", "text": t}

def resp_env(t):
    r = {}
    if t["speech"] is not None: r["outputSpeech"] = ospeech(t["speech"])
    if t["card"]: r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["reprompt"] is not None: r["reprompt"] = {"outputSpeech": ospeech(t["reprompt"])}
    if t["apl"]:
        r["directives"] = [{"type": "Alexa.Presentation.APL.RenderDocument", "token": "main",
                            "document": {"type": "APL", "version": "1.8", "mainTemplate": {"items": [{"type": "Text", "text": t["apl"]}]}}}]
    if t["end"] is not None: r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}

def req_env(c, t, sess, new, ts, perms_granted=False):
    skill = "amzn1.ask.skill." + str(uuid.UUID(hid(c["id"])))
    user = "amzn1.ask.account.AH" + hid(c["id"], "u")[:24].upper()
    if t["intent"] == "Launch":
        request = {"type": "LaunchRequest"}
    elif t["intent"] == "SessionEnded":
        request = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    else:
        request = {"type": "IntentRequest", "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                   "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}}}
    request.update({"requestId": "amzn1.echo-api.request." + str(uuid.UUID(hid(c["id"], ts, t["utter"]))),
                    "timestamp": ts, "locale": c["loc"]})
    return {"version": "1.0",
            "session": {"new": new, "sessionId": "amzn1.echo-api.session." + sess,
                        "application": {"applicationId": skill}, "user": {"userId": user}},
            "context": {"System": {"application": {"applicationId": skill}, "user": {"userId": user},
                        "device": {"deviceId": "amzn1.ask.device.AF" + hid(c["id"], "d")[:20].upper(),
                                   "supportedInterfaces": {}}, "apiEndpoint": "https://api.amazonalexa.com"}},
            "request": request}

def pairs(c, turns, start):
    """Yield (utter, req, resp, ts) with session handling."""
    out = []
    t0 = datetime.datetime.fromisoformat(start)
    sess = str(uuid.UUID(hid(c["id"], start)))
    new = True
    for i, t in enumerate(turns):
        ts = (t0 + datetime.timedelta(seconds=9 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rq = req_env(c, t, sess, new, ts)
        rs = resp_env(t)
        out.append((t["utter"], rq, rs, ts))
        new = False
        if t["end"] is True or t["intent"] == "SessionEnded":
            sess = str(uuid.UUID(hid(c["id"], start, i)))
            new = True
    return out

def w(path, data, raw=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if raw: f.write(data)
        else: json.dump(data, f, ensure_ascii=False, indent=2)

def spoken(x):
    if x is None: return ""
    return x

# ---------------- Alexa recordings ----------------
def r_envelope(c, base, turns, start):
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        w(f"{base}/{i+1:02d}-{(rq['request'].get('intent') or {}).get('name', rq['request']['type']).lower()}.json", rs)

def r_pairs_jsonl(c, base, turns, start):
    w(base, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for u, rq, rs, ts in pairs(c, turns, start)), raw=True)

def r_pairs_array(c, base, turns, start):
    w(base, [{"request": rq, "response": rs} for u, rq, rs, ts in pairs(c, turns, start)])

def r_smapi_sim(c, base, turns, start):
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        w(f"{base}/sim-{i+1}.json", {"id": str(uuid.UUID(hid(c["id"], "sim", i))), "status": "SUCCESSFUL",
          "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": u}}], "consideredIntents": []},
                     "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + c["id"][4:], "body": rq},
                                                             "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 140 + i}}]},
                     "error": None}})

def r_smapi_inv(c, base, turns, start):
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        w(f"{base}/invoke-{i+1:02d}.json", {"id": str(uuid.UUID(hid(c["id"], "inv", i))), "status": "SUCCESSFUL",
          "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:" + c["id"][4:], "body": rq},
                     "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 88 + i}}, "error": None}})

def r_ask_dialog(c, base, turns, start):
    ps = pairs(c, turns, start)
    w(f"{base}/replay.json", {"skillId": ps[0][1]["context"]["System"]["application"]["applicationId"], "locale": c["loc"], "type": "text",
        "userInput": [u for u, *_ in ps]})
    w(f"{base}/replay-output.json", [{"utterance": u, "invocations": [{"invocationRequest": {"body": rq}, "invocationResponse": {"body": rs}}]} for u, rq, rs, ts in ps])

def r_cw_text(c, base, turns, start):
    lines = []
    for u, rq, rs, ts in pairs(c, turns, start):
        rid = str(uuid.UUID(hid(ts, u)))
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        lines.append(f"{ts[:-1]}.112Z\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
        lines.append(f"{ts[:-1]}.301Z\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: 190.22 ms\tBilled Duration: 191 ms\tMemory Size: 128 MB\tMax Memory Used: 77 MB")
    w(base, "\n".join(lines) + "\n", raw=True)

def r_cw_json(c, base, turns, start):
    ev = []
    for u, rq, rs, ts in pairs(c, turns, start):
        rid = str(uuid.UUID(hid(ts, u)))
        t = int(datetime.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)
        ev.append({"logStreamName": "2026/11/30/[$LATEST]" + hid(c["id"])[:32], "timestamp": t, "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n", "ingestionTime": t + 40, "eventId": hid(t, 1)[:20]})
        ev.append({"logStreamName": "2026/11/30/[$LATEST]" + hid(c["id"])[:32], "timestamp": t + 180, "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n", "ingestionTime": t + 220, "eventId": hid(t, 2)[:20]})
    w(base, {"events": ev, "searchedLogStreams": []})

def r_har(c, base, turns, start):
    ent = []
    for u, rq, rs, ts in pairs(c, turns, start):
        ent.append({"startedDateTime": ts, "time": 212, "request": {"method": "POST", "url": "https://skill." + c["id"][4:] + ".example.net/alexa", "httpVersion": "HTTP/1.1",
                    "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                    "postData": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False)}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "redirectURL": "", "headersSize": -1, "bodySize": -1,
                                 "content": {"size": 0, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)}},
                    "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    w(base, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ent}})

def r_transcript(c, base, turns, start):
    L = []
    for u, rq, rs, ts in pairs(c, turns, start):
        r = rs["response"]
        sp = r.get("outputSpeech", {}); sp = sp.get("ssml") or sp.get("text") or ""
        rp = r.get("reprompt", {}).get("outputSpeech", {}); rp = rp.get("ssml") or rp.get("text")
        L.append(f"[{ts}] USER: {u}")
        L.append(f"[{ts}] SKILL: {sp}")
        if rp is not None: L.append(f"[{ts}] REPROMPT: {rp}")
        if "card" in r: L.append(f"[{ts}] CARD: {r['card']['title']} / {r['card']['content']}")
        L.append(f"[{ts}] session_open={str(r.get('shouldEndSession') is False).lower()}")
    w(base, "\n".join(L) + "\n", raw=True)

# ---- new shapes ----
def r_postman(c, base, turns, start):
    items = []
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]},
               "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=1), "options": {"raw": {"language": "json"}}}}
        items.append({"name": f"{i+1:02d} {u}", "request": req, "response": [{"name": "saved " + ts, "originalRequest": req, "status": "OK", "code": 200,
                      "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(rs, ensure_ascii=False, indent=1)}]})
    w(base, {"info": {"_postman_id": str(uuid.UUID(hid(c["id"], "pm"))), "name": c["name"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
             "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})

def r_ipynb(c, base, turns, start):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Local endpoint checks for " + c["name"]]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", "URL = 'http://localhost:3000/alexa'\n", "def ask(body):\n", "    return requests.post(URL, json=body).json()\n"]}]
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {}, "source": [f"# {u}\n", f"req = {json.dumps(rq, ensure_ascii=False)}\n", "ask(req)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {}, "data": {"text/plain": [json.dumps(rs, ensure_ascii=False, indent=1)]}}]})
    w(base, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5})

def r_csv(c, base, turns, start):
    s = io.StringIO(); cw = csv.writer(s)
    cw.writerow(["turn", "timestamp", "session_id", "user_said", "intent", "speech", "reprompt", "card", "shouldEndSession"])
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        r = rs["response"]
        sp = r.get("outputSpeech", {}); sp = sp.get("ssml") or sp.get("text") or ""
        rp = r.get("reprompt", {}).get("outputSpeech", {}); rp = rp.get("ssml") or rp.get("text") or ""
        cd = r.get("card", {}).get("content", "")
        cw.writerow([i + 1, ts, rq["session"]["sessionId"][-12:], u, (rq["request"].get("intent") or {}).get("name", rq["request"]["type"]), sp, rp, cd, str(r.get("shouldEndSession", "")).upper()])
    w(base, s.getvalue(), raw=True)

def r_elk(c, base, turns, start):
    L = []
    for u, rq, rs, ts in pairs(c, turns, start):
        for kind, body in (("request", rq), ("response", rs)):
            L.append(json.dumps({"@timestamp": ts, "log.level": "info", "service.name": c["id"][4:], "event.dataset": "alexa." + kind,
                                 "message": f"skill {kind}", "labels": {"stage": "live"}, "alexa": {kind: body}}, ensure_ascii=False))
    w(base, "\n".join(L) + "\n", raw=True)

def r_jest(c, base, turns, start):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        L.append(f"exports[`handler conversation turn {i+1}: {u} 1`] = `")
        L.append(json.dumps(rs, ensure_ascii=False, indent=2).replace("`", "\\`"))
        L.append("`;")
        L.append("")
    w(base, "\n".join(L), raw=True)

def r_junit(c, base, turns, start):
    from xml.sax.saxutils import escape
    L = ['<?xml version="1.0" encoding="utf-8"?>', f'<testsuites><testsuite name="test_{c["id"][4:].replace("-", "_")}" tests="{len(turns)}" failures="0" errors="0" time="1.9">']
    for i, (u, rq, rs, ts) in enumerate(pairs(c, turns, start)):
        L.append(f'<testcase classname="tests.test_dialog" name="test_turn_{i+1:02d}" time="0.12"><system-out>{escape("REQUEST " + json.dumps(rq, ensure_ascii=False))}\n{escape("RESPONSE " + json.dumps(rs, ensure_ascii=False))}</system-out></testcase>')
    L.append("</testsuite></testsuites>")
    w(base, "\n".join(L) + "\n", raw=True)

def r_curl(c, base, turns, start):
    L = []
    for u, rq, rs, ts in pairs(c, turns, start):
        b = json.dumps(rq, ensure_ascii=False); o = json.dumps(rs, ensure_ascii=False)
        L += [f"$ curl -sv -X POST http://localhost:3000/alexa -H 'Content-Type: application/json' -d @req.json   # {u}",
              "> POST /alexa HTTP/1.1", "> Host: localhost:3000", "> Content-Type: application/json", f"> Content-Length: {len(b.encode())}", ">",
              b, "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", f"< Date: {ts}", "<", o, ""]
    w(base, "\n".join(L), raw=True)

# ---------------- Google recordings ----------------
def g_scene(c, base, turns, start):
    out = []
    sid = hid(c["id"], start)[:24]
    for t in turns:
        req = {"handler": {"name": t["intent"]}, "intent": {"name": t["intent"], "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["utter"]},
               "scene": {"name": "Main", "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": sid, "params": {}, "languageCode": c["loc"]},
               "user": {"locale": c["loc"], "params": {}, "verificationStatus": "VERIFIED"}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["speech"], "text": t["card"][1] if t["card"] else ""}}}
        if t["apl"]: res["prompt"]["content"] = {"card": {"title": "", "text": t["apl"]}}
        if t["reprompt"] is not None: res["prompt"]["lastSimple"] = {"speech": t["reprompt"]}
        if t["end"] is True: res["scene"] = {"name": "Main", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif t["end"] is False: res["scene"] = {"name": "Main", "slots": {}, "next": {"name": "Main"}}
        out.append({"request": req, "response": res})
    w(base, out)

def g_conv(c, base, turns, start):
    out = []
    cid = hid(c["id"], start)[:20]
    for t in turns:
        intent = "actions.intent.MAIN" if t["intent"] == "Launch" else ("actions.intent.TEXT" if t["intent"] == "TEXT" else t["intent"])
        req = {"user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": cid, "type": "NEW" if t["intent"] == "Launch" else "ACTIVE"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["utter"]}], "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in t["slots"].items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}
        items = [{"simpleResponse": {"textToSpeech": t["speech"], "displayText": t["card"][1] if t["card"] else None}}]
        if items[0]["simpleResponse"]["displayText"] is None: del items[0]["simpleResponse"]["displayText"]
        if t["end"] is True:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items}, "noInputPrompts": [{"textToSpeech": t["reprompt"]}] if t["reprompt"] is not None else []},
                   "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
            if t["slots"].get("_perm"):
                res["expectedInputs"][0]["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["speech"], "permissions": t["slots"]["_perm"].split(",")}}]
        out.append({"request": req, "response": res})
    w(base, out)

def g_df(c, base, turns, start):
    out = []
    sess = "projects/" + c["id"][4:] + "-agent/agent/sessions/" + hid(c["id"], start)[:16]
    for t in turns:
        req = {"responseId": hid(t["utter"], start), "session": sess, "queryResult": {"queryText": t["utter"], "parameters": t["slots"], "allRequiredParamsPresent": True,
               "intent": {"name": "projects/x/agent/intents/" + hid(t["intent"])[:8], "displayName": "Default Welcome Intent" if t["intent"] == "Launch" else t["intent"]}, "languageCode": c["loc"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["loc"]}, "conversation": {"conversationId": sess[-16:]}}}}
        g = {"expectUserResponse": t["end"] is not True, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["speech"]}}]}}
        if t["card"]: g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        if t["reprompt"] is not None: g["noInputPrompts"] = [{"textToSpeech": t["reprompt"]}]
        out.append({"webhookRequest": req, "webhookResponse": {"fulfillmentText": t["speech"], "payload": {"google": g}}})
    w(base, out)

SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv,
          "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cw_text, "cloudwatch-json": r_cw_json, "har": r_har, "transcript": r_transcript,
          "postman-collection": r_postman, "jupyter-notebook": r_ipynb, "csv-sheet": r_csv, "ecs-ndjson": r_elk, "jest-snapshot": r_jest, "junit-xml": r_junit, "curl-trace": r_curl,
          "gactions-scene": g_scene, "gactions-conversation": g_conv, "dialogflow-webhook": g_df}

BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]
CATMAP = {"game": "GAMES", "kids": "KIDS_AND_EDUCATION", "music": "MUSIC_AND_AUDIO_ACCESSORIES", "food": "FOOD_AND_DRINK", "fin": "BUSINESS_AND_FINANCE",
          "life": "LIFESTYLE", "news": "NEWS", "health": "HEALTH_AND_FITNESS", "util": "UTILITIES", "home": "SMART_HOME", "travel": "TRAVEL_AND_TRANSPORTATION", "edu": "EDUCATION_AND_REFERENCE"}

def alexa_pkg(c, d):
    locs = c.get("locs") or [c["loc"]]
    info = {}
    for l in locs:
        info[l] = {"name": c["name"], "summary": c.get("desc", c["name"])[:160], "description": c.get("desc", c["name"]),
                   "examplePhrases": c.get("ex") or [f"Alexa, open {c['inv']}"], "keywords": c.get("kw", []),
                   "smallIconUri": "https://example.net/icons/s.png", "largeIconUri": "https://example.net/icons/l.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("pers")), "isChildDirected": bool(c.get("kids")), "isExportCompliant": True, "containsAds": False,
          "locales": {l: ({"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} if c.get("policy") else {}) for l in locs}}
    man = {"manifest": {"publishingInformation": {"locales": info, "isAvailableWorldwide": False, "distributionCountries": c.get("countries", []),
            "testingInstructions": c.get("testing", "Open the skill and follow the prompts."), "category": CATMAP.get(c.get("cat", "life"), "LIFESTYLE")},
            "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": "arn:aws:lambda:us-east-1:123456789012:function:" + c["id"][4:]}}},
            "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    w(f"{d}/skill-package/skill.json", man)
    for l in locs:
        intents = [{"name": n, "slots": [{"name": s, "type": ty} for s, ty in sl.items()], "samples": sm} for n, sm, sl in c.get("model", [])]
        intents += [{"name": b, "samples": []} for b in BUILTIN]
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vs]} for n, vs in c.get("types", {}).items()]
        w(f"{d}/skill-package/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    w(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})

def yq(s):
    return json.dumps(s, ensure_ascii=False)

def google_pkg(c, d):
    p = c["plat"]
    if p == "builder":
        st = [f"defaultLocale: {c['loc'].split('-')[0]}", f"projectId: {c['id'][4:]}-prj", "localizedSettings:", f"  displayName: {yq(c['name'])}",
              f"  pronunciation: {yq(c['inv'])}", f"  fullDescription: {yq(c.get('desc', c['name']))}", f"  shortDescription: {yq(c.get('desc', c['name'])[:80])}",
              f"  privacyPolicyUrl: {yq(c.get('policy') or '')}", f"  developerName: {yq(c.get('dev', 'Studio Nine'))}", "  category: " + c.get("gcat", "GAMES_AND_TRIVIA"),
              f"usesPersonalData: {str(bool(c.get('pers'))).lower()}", f"designedForFamily: {str(bool(c.get('kids'))).lower()}"]
        w(f"{d}/sdk/settings/settings.yaml", "\n".join(st) + "\n", raw=True)
        for n, sm, sl in c.get("model", []):
            L = ["trainingPhrases:"] + [f"- {yq(s)}" for s in sm]
            if sl:
                L += ["parameters:"] + sum([[f"- name: {k}", "  type:", f"    name: {v}"] for k, v in sl.items()], [])
            w(f"{d}/sdk/custom/intents/{n}.yaml", "\n".join(L) + "\n", raw=True)
        for n, vs in c.get("types", {}).items():
            w(f"{d}/sdk/custom/types/{n}.yaml", "synonym:\n  entities:\n" + "".join(f"    v{i}:\n      synonyms:\n      - {yq(v)}\n" for i, v in enumerate(vs)) + "  matchType: EXACT_MATCH\n", raw=True)
        sc = c.get("scene") or ["onEnter:", "  webhookHandler: main", "intentEvents:"] + sum([[f"- intent: {n}", f"  handler:", f"    webhookHandler: {n}"] for n, _, _ in c.get("model", [])], [])
        w(f"{d}/sdk/custom/scenes/Main.yaml", "\n".join(sc) + "\n", raw=True)
        w(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n", raw=True)
    elif p == "sdk":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "conv"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for n, sm, sl in c.get("model", []):
            acts.append({"name": n, "fulfillment": {"conversationName": "conv"}, "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in sl.items()], "trigger": {"queryPatterns": sm}}})
        a = {"locale": c["loc"], "actions": acts, "conversations": {"conv": {"name": "conv", "url": "https://europe-west1-" + c["id"][4:] + ".cloudfunctions.net/conv"}},
             "types": [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vs]} for n, vs in c.get("types", {}).items()],
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c.get("desc", c["name"])[:80], "longDescription": c.get("desc", c["name"]),
                          "privacyUrl": c.get("policy") or "", "category": c.get("gcat", "GAMES_AND_TRIVIA"), "companyName": c.get("dev", "Studio Nine")}}
        if c.get("gperms"): a["manifest"]["permissions"] = c["gperms"]
        w(f"{d}/action.json", a)
    else:  # dialogflow
        lang = c["loc"].split("-")[0]
        w(f"{d}/agent.json", {"description": c.get("desc", c["name"]), "language": lang, "supportedLanguages": [], "enableOnePlatformResponses": True, "defaultTimezone": "Europe/Madrid",
            "webhook": {"url": "https://" + c["id"][4:] + ".example.net/df", "available": True}, "isPrivate": True, "googleAssistant": {"project": c["id"][4:], "oAuthLinking": {},
            "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2", "startIntents": [], "systemIntents": [], "endIntentIds": [],
            "invocationName": c["inv"], "privacyPolicyUrl": c.get("policy") or ""}})
        w(f"{d}/package.json", {"version": "1.0.0"})
        for n, sm, sl in c.get("model", []):
            w(f"{d}/intents/{n}.json", {"id": str(uuid.UUID(hid(n, c["id"]))), "name": n, "auto": True, "webhookUsed": True, "responses": [{"parameters": [{"name": k, "dataType": v, "value": "$" + k, "isList": False} for k, v in sl.items()], "messages": []}], "fallbackIntent": False})
            us = []
            for s in sm:
                parts, rest = [], s
                import re
                for m in re.split(r"(\{\w+\})", s):
                    if not m: continue
                    if m.startswith("{"):
                        k = m[1:-1]; parts.append({"text": k, "alias": k, "meta": sl.get(k, "@sys.any"), "userDefined": True})
                    else: parts.append({"text": m, "userDefined": False})
                us.append({"id": hid(s)[:8], "data": parts, "isTemplate": False, "count": 0})
            w(f"{d}/intents/{n}_usersays_{lang}.json", us)
        for n, vs in c.get("types", {}).items():
            w(f"{d}/entities/{n}.json", {"name": n, "isOverridable": True, "isEnum": False, "automatedExpansion": False})
            w(f"{d}/entities/{n}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vs])

def build():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    labels = {}
    for c in CASES:
        d = os.path.join(OUT, c["id"])
        if c.get("plat", "alexa") == "alexa": alexa_pkg(c, d)
        else: google_pkg(c, d)
        for shape, path, start, turns in c["rec"]:
            SHAPES[shape](c, os.path.join(d, path), turns, start)
        for path, txt in c.get("files", {}).items():
            w(os.path.join(d, path), txt, raw=isinstance(txt, str))
        shapes = sorted({s for s, *_ in c["rec"]})
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    w(os.path.join(ROOT, "labels.json"), labels)
    print(len(labels), "cases")
