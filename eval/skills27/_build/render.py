"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects + recordings."""
import json, os, re, hashlib, csv, io, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = []

def C(cid, loc, inv, name, cats, why, turns=None, recs=None, intents=None, slots=None, types=None,
      perms=(), policy=True, kid=False, platform="alexa", shapes=None, desc=None, extra=None, category="GAMES"):
    CASES.append(dict(cid=cid, loc=loc, inv=inv, name=name, cats=cats, why=why, turns=turns, recs=recs,
                      intents=intents or {}, slots=slots or {}, types=types or {}, perms=perms, policy=policy,
                      kid=kid, platform=platform, shapes=shapes, desc=desc or name, extra=extra or {}, category=category))

def h(*a):
    return hashlib.md5("|".join(map(str, a)).encode()).hexdigest()

def uid(*a):
    x = h(*a); return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"

def W(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str): f.write(data)
        else: json.dump(data, f, ensure_ascii=False, indent=2)

def ssml(t):
    if t is None: return None
    return t if t.startswith("<speak>") else f"<speak>{t}</speak>"

SLOTRE = re.compile(r"\{(\w+)\}")

def resp_env(speech, reprompt, end, extra=None):
    r = {}
    if speech is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
    if reprompt is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(reprompt)}}
    if extra: r.update(extra)
    if end is not None: r["shouldEndSession"] = end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}

def sessions(c, turns, date="2026-10-14"):
    """turns: (utterance, intent, slots, speech, reprompt, end[, extra]) -> list of dicts with req/resp"""
    out, sid, new, n = [], None, True, 0
    app = "amzn1.ask.skill." + uid(c["cid"], "app")
    for i, t in enumerate(turns):
        utt, intent, sl, speech, rep, end = t[:6]
        extra = t[6] if len(t) > 6 else None
        if sid is None:
            sid = "amzn1.echo-api.session." + uid(c["cid"], date, i); new = True
        ts = f"{date}T19:{10 + i // 60:02d}:{(i * 7) % 60:02d}Z"
        if intent == "LaunchRequest":
            rq = {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request." + uid(c["cid"], date, i, "r"), "locale": c["loc"], "timestamp": ts}
        elif intent == "SessionEndedRequest":
            rq = {"type": "SessionEndedRequest", "requestId": "amzn1.echo-api.request." + uid(c["cid"], date, i, "r"), "locale": c["loc"], "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            rq = {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + uid(c["cid"], date, i, "r"), "locale": c["loc"], "timestamp": ts,
                  "intent": {"name": intent, "confirmationStatus": "NONE", "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (sl or {}).items()}}}
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
               "user": {"userId": "amzn1.ask.account." + h(c["cid"], "u").upper()}, "attributes": {}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": "amzn1.ask.account." + h(c["cid"], "u").upper()},
                           "device": {"deviceId": "amzn1.ask.device." + h(c["cid"], "d").upper(), "supportedInterfaces": {}},
                           "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"] not in ("en-US", "pt-BR") else "https://api.amazonalexa.com",
                           "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": rq}
        resp = resp_env(speech, rep, end, extra)
        out.append(dict(utt=utt, req=req, resp=resp, speech=speech, rep=rep, end=end, ts=ts, intent=intent, slots=sl or {}))
        new = False
        if end is not False:
            sid = None
    return out

def plain(s):
    return re.sub(r"<[^>]+>", " ", s or "").strip()

# ---------------- recording shapes ----------------
def r_envelope(c, base, ss):
    for i, s in enumerate(ss):
        W(f"{base}/{i+1:02d}-{(s['intent'] or 'x').lower()}.json", s["resp"])

def r_pairs_jsonl(c, base, ss):
    W(base + ".jsonl", "".join(json.dumps({"request": s["req"], "response": s["resp"]}, ensure_ascii=False) + "\n" for s in ss))

def r_pairs_array(c, base, ss):
    W(base + ".json", [{"request": s["req"], "response": s["resp"]} for s in ss])

def _sim(c, s, i):
    return {"id": uid(c["cid"], "sim", i), "status": "SUCCESSFUL", "result": {
        "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(s["speech"])}}], "consideredIntents": []},
        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000011112222:function:" + c["cid"][4:], "body": s["req"]},
                                                 "invocationResponse": {"body": s["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 212}}]}, "error": None}}

def r_smapi_simulation(c, base, ss):
    for i, s in enumerate(ss):
        W(f"{base}/sim_{i+1}.json", _sim(c, s, i))

def r_smapi_invocation(c, base, ss):
    for i, s in enumerate(ss):
        W(f"{base}/invoke_{i+1}.json", {"id": uid(c["cid"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000011112222:function:" + c["cid"][4:], "body": s["req"]},
            "invocationResponse": {"body": s["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 188}}}})

def r_ask_dialog(c, base, ss):
    W(base + "/replay.json", {"skillId": ss[0]["req"]["context"]["System"]["application"]["applicationId"], "locale": c["loc"], "type": "text",
                              "userInput": [s["utt"] for s in ss]})
    W(base + "/record.json", [{"utterance": s["utt"], "invocations": [{"request": s["req"], "response": s["resp"]}]} for s in ss])

def r_cloudwatch_text(c, base, ss):
    L = []
    for i, s in enumerate(ss):
        rid = uid(c["cid"], "cw", i)
        L += [f"{s['ts']} START RequestId: {rid} Version: $LATEST",
              f"{s['ts']}\t{rid}\tINFO\tRequest: {json.dumps(s['req'], ensure_ascii=False)}",
              f"{s['ts']}\t{rid}\tINFO\tResponse: {json.dumps(s['resp'], ensure_ascii=False)}",
              f"{s['ts']} END RequestId: {rid}",
              f"{s['ts']} REPORT RequestId: {rid}\tDuration: 143.22 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB"]
    W(base + ".log", "\n".join(L) + "\n")

def r_cloudwatch_json(c, base, ss):
    ev = []
    for i, s in enumerate(ss):
        rid = uid(c["cid"], "cj", i)
        for k, v in (("Request", s["req"]), ("Response", s["resp"])):
            ev.append({"logStreamName": "2026/10/14/[$LATEST]" + h(c["cid"])[:32], "timestamp": 1797000000000 + i * 5000,
                       "message": f"{s['ts']}\t{rid}\tINFO\t{k}: {json.dumps(v, ensure_ascii=False)}\n", "ingestionTime": 1797000000900 + i * 5000, "eventId": h(c["cid"], i, k)[:24]})
    W(base + ".json", {"events": ev, "searchedLogStreams": []})

def r_har(c, base, ss):
    ent = []
    for i, s in enumerate(ss):
        ent.append({"startedDateTime": s["ts"].replace("Z", ".000Z"), "time": 231,
                    "request": {"method": "POST", "url": f"https://skills.{c['cid'][4:]}.example.net/alexa", "httpVersion": "HTTP/1.1",
                                "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                "postData": {"mimeType": "application/json", "text": json.dumps(s["req"], ensure_ascii=False)}, "headersSize": -1, "bodySize": -1},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                 "content": {"mimeType": "application/json", "size": -1, "text": json.dumps(s["resp"], ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                    "cache": {}, "timings": {"send": 1, "wait": 229, "receive": 1}})
    W(base + ".har", {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "132.0"}, "pages": [], "entries": ent}})

def r_transcript(c, base, ss):
    L = [f"# probe transcript {c['cid']} locale={c['loc']}"]
    for s in ss:
        L.append(f"[{s['ts']}] USER: {s['utt']}")
        L.append(f"[{s['ts']}] SKILL: {plain(s['speech'])}")
        if s["rep"] is not None: L.append(f"[{s['ts']}] REPROMPT: {s['rep']}")
        L.append(f"[{s['ts']}] session_open={'true' if s['end'] is False else 'false'}")
    W(base + ".txt", "\n".join(L) + "\n")

# ---- shapes not in the standard list ----
def r_postman(c, base, ss):
    items = []
    for i, s in enumerate(ss):
        rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
              "body": {"mode": "raw", "raw": json.dumps(s["req"], ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
              "url": {"raw": "{{skillEndpoint}}/alexa", "host": ["{{skillEndpoint}}"], "path": ["alexa"]}}
        items.append({"name": f"{i+1} {s['utt']}", "request": rq, "response": [{"name": "saved example", "originalRequest": rq, "status": "OK", "code": 200,
                      "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(s["resp"], ensure_ascii=False, indent=2)}]})
    W(base + ".postman_collection.json", {"info": {"_postman_id": uid(c["cid"], "pm"), "name": c["name"] + " endpoint tests",
      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
      "variable": [{"key": "skillEndpoint", "value": "https://localhost:3000"}]})

def r_csv(c, base, ss):
    b = io.StringIO(); w = csv.writer(b)
    w.writerow(["session_id", "turn", "timestamp", "user_utterance", "intent", "slots", "output_ssml", "reprompt_ssml", "shouldEndSession", "tester_notes"])
    for i, s in enumerate(ss):
        w.writerow([s["req"]["session"]["sessionId"][-12:], i + 1, s["ts"], s["utt"], s["intent"], json.dumps(s["slots"], ensure_ascii=False),
                    ssml(s["speech"]) or "", ssml(s["rep"]) or "", "" if s["end"] is None else str(s["end"]).upper(), ""])
    W(base + ".csv", b.getvalue())

def r_notebook(c, base, ss):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – local handler smoke test\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json\n", "from lambda_function import lambda_handler\n", "def call(env):\n", "    return lambda_handler(env, None)\n"]}]
    for i, s in enumerate(ss):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                      "source": [f"# {s['utt']}\n", f"req = {json.dumps(s['req'], ensure_ascii=False)}\n", "call(req)"],
                      "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {}, "data": {"text/plain": [json.dumps(s["resp"], ensure_ascii=False, indent=1)]}}]})
    W(base + ".ipynb", {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5})

def r_jest_snap(c, base, ss):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, s in enumerate(ss):
        body = json.dumps(s["resp"], ensure_ascii=False, indent=2).replace("`", "\\`")
        L.append(f"exports[`handler > {s['intent']} ({s['utt']}) {i+1}`] = `\n{body}\n`;\n")
    W(base + ".test.js.snap", "\n".join(L))

def r_elastic(c, base, ss):
    L = []
    for i, s in enumerate(ss):
        for k, v in (("request", s["req"]), ("response", s["resp"])):
            L.append(json.dumps({"_index": "skill-logs-2026.10", "_id": h(c["cid"], i, k)[:20], "_source": {"@timestamp": s["ts"], "service": {"name": c["cid"][4:]},
                     "log": {"level": "info", "logger": "alexa." + k}, "message": json.dumps(v, ensure_ascii=False), "fields": {"direction": k}}}, ensure_ascii=False))
    W(base + ".ndjson", "\n".join(L) + "\n")

def r_curl(c, base, ss):
    L = []
    for s in ss:
        L += [f"$ curl -s -X POST https://localhost:3000/alexa -H 'Content-Type: application/json' -d @req.json | jq -c .",
              f"# req.json: {json.dumps(s['req'], ensure_ascii=False)}", json.dumps(s["resp"], ensure_ascii=False), ""]
    W(base + ".sh.txt", "\n".join(L))

# ---- Google shapes ----
def g_turns(c, turns):
    return [dict(utt=t[0], intent=t[1], slots=t[2] or {}, speech=t[3], rep=t[4], end=t[5]) for t in turns]

def r_gactions_scene(c, base, ss):
    sid = "ABwppHF" + h(c["cid"])[:20]
    for i, s in enumerate(g_turns(c, ss)):
        req = {"handler": {"name": s["intent"] if s["intent"] != "LaunchRequest" else "main"}, "intent": {"name": "actions.intent.MAIN" if s["intent"] == "LaunchRequest" else s["intent"],
               "params": {k: {"original": v, "resolved": v} for k, v in s["slots"].items()}, "query": s["utt"]},
               "scene": {"name": "Start" if i == 0 else "Talk", "slotFillingStatus": "UNSPECIFIED", "slots": {}}, "session": {"id": sid, "params": {}, "languageCode": c["loc"]},
               "user": {"locale": c["loc"], "params": {}, "verificationStatus": "VERIFIED"}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE"]}}
        res = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": ssml(s["speech"]), "text": plain(s["speech"])}},
               "scene": {"name": "Talk", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if s["end"] else "Talk"}}}
        if s["rep"] is not None:
            res["session"]["params"]["noInputReprompt"] = s["rep"]
        W(f"{base}/turn{i+1}_request.json", req); W(f"{base}/turn{i+1}_response.json", res)

def r_gactions_conversation(c, base, ss):
    out = []
    cid = "15" + str(int(h(c["cid"])[:10], 16))
    for i, s in enumerate(g_turns(c, ss)):
        req = {"user": {"locale": c["loc"], "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": cid, "type": "NEW" if i == 0 else "ACTIVE"},
               "inputs": [{"intent": "actions.intent.MAIN" if s["intent"] == "LaunchRequest" else s["intent"], "rawInputs": [{"inputType": "VOICE", "query": s["utt"]}],
                           "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in s["slots"].items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        res = {"expectUserResponse": not s["end"]}
        item = {"simpleResponse": {"ssml": ssml(s["speech"])}}
        if s["end"]:
            res["finalResponse"] = {"richResponse": {"items": [item]}}
        else:
            res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [item]}, "noInputPrompts": [{"ssml": ssml(s["rep"])}] if s["rep"] is not None else []},
                                      "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]
        out.append({"request": req, "response": res})
    W(base + ".json", out)

def r_dialogflow(c, base, ss):
    for i, s in enumerate(g_turns(c, ss)):
        req = {"responseId": uid(c["cid"], i), "session": f"projects/{c['cid'][4:]}/agent/sessions/{h(c['cid'])[:16]}",
               "queryResult": {"queryText": s["utt"], "parameters": s["slots"], "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{c['cid'][4:]}/agent/intents/{uid(s['intent'])}", "displayName": s["intent"]}, "languageCode": c["loc"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": c["loc"]}, "conversation": {"type": "ACTIVE"}}}}
        g = {"expectUserResponse": not s["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(s["speech"])}}]}}
        if s["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": ssml(s["rep"])}]
        W(f"{base}/{i+1:02d}_webhook.json", {"request": req, "response": {"fulfillmentText": plain(s["speech"]), "payload": {"google": g}}})

SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_simulation,
          "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json,
          "har": r_har, "transcript": r_transcript, "postman-collection": r_postman, "qa-spreadsheet-csv": r_csv, "jupyter-notebook": r_notebook,
          "jest-snapshot": r_jest_snap, "elastic-ndjson": r_elastic, "curl-session": r_curl,
          "gactions-scene": r_gactions_scene, "gactions-conversation": r_gactions_conversation, "dialogflow-webhook": r_dialogflow}
GOOGLE_SHAPES = {"gactions-scene", "gactions-conversation", "dialogflow-webhook"}

# ---------------- packages ----------------
def model(c):
    intents = []
    for n, samples in c["intents"].items():
        sl = []
        for s in samples:
            for m in SLOTRE.findall(s):
                if m not in [x["name"] for x in sl]:
                    sl.append({"name": m, "type": c["slots"].get(m, "AMAZON.SearchQuery")})
        intents.append({"name": n, "slots": sl, "samples": list(samples)})
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
        intents.append({"name": b, "samples": []})
    types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c["types"].items()]
    return {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}}

def alexa_pkg(c, d):
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c["perms"]), "isChildDirected": c["kid"], "isExportCompliant": True, "containsAds": False}
    loc = {"summary": c["desc"][:160], "examplePhrases": [f"Alexa, open {c['inv']}"], "name": c["name"], "description": c["desc"],
           "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/small.png", "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/large.png"}
    if c["policy"]:
        pc["locales"] = {c["loc"]: {"privacyPolicyUrl": f"https://{c['cid'][4:]}.example.org/privacy", "termsOfUseUrl": f"https://{c['cid'][4:]}.example.org/terms"}}
    man = {"manifest": {"publishingInformation": {"locales": {c["loc"]: loc}, "isAvailableWorldwide": False, "distributionCountries": [c["loc"].split("-")[1]],
           "category": c["category"], "testingInstructions": "Open the skill and follow the prompts."},
           "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:000011112222:function:" + c["cid"][4:]}}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c["perms"]:
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    W(f"{d}/skill-package/skill.json", man)
    W(f"{d}/skill-package/interactionModels/custom/{c['loc']}.json", model(c))
    W(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
      "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})

def google_pkg(c, d):
    p = c["platform"]
    lang = c["loc"].split("-")[0]
    pol = f"https://{c['cid'][4:]}.example.org/privacy" if c["policy"] else ""
    if p == "builder":
        W(f"{d}/sdk/settings/settings.yaml", f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {c['name']}\n  pronunciation: {c['inv']}\n  fullDescription: {c['desc']}\n  privacyPolicyUrl: '{pol}'\n  developerEmail: dev@example.org\nprojectId: {c['cid'][4:]}\ncategory: {c['category']}\nusesTransactionsApi: false\n")
        for n, samples in c["intents"].items():
            y = "trainingPhrases:\n" + "".join("- " + json.dumps(re.sub(SLOTRE, lambda m: "($" + m.group(1) + ' "x" auto=true)', s), ensure_ascii=False) + "\n" for s in samples)
            ps = sorted(set(m for s in samples for m in SLOTRE.findall(s)))
            if ps:
                y += "parameters:\n" + "".join(f"- name: {m}\n  type:\n    name: {c['slots'].get(m, 'actions.type.FreeText')}\n" for m in ps)
            W(f"{d}/sdk/custom/intents/{n}.yaml", y)
        W(f"{d}/sdk/custom/scenes/Talk.yaml", "intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {n}\n  intent: {n}\n" for n in c["intents"]))
        for t, vals in c["types"].items():
            W(f"{d}/sdk/custom/types/{t}.yaml", "synonym:\n  entities:\n" + "".join(f"    v{i}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for i, v in enumerate(vals)))
    elif p == "sdk":
        W(f"{d}/action.json", {"locale": c["loc"], "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
           "longDescription": c["desc"], "privacyUrl": pol, "category": c["category"]},
           "actions": [{"description": n, "name": n, "fulfillment": {"conversationName": c["cid"][4:]},
                        "intent": {"name": "actions.intent.MAIN" if n == "MAIN" else n, "parameters": [{"name": m, "type": c["slots"].get(m, "SchemaOrg_Text")} for m in sorted(set(m for s in samples for m in SLOTRE.findall(s)))],
                                   "trigger": {"queryPatterns": [re.sub(SLOTRE, lambda m: "$" + c["slots"].get(m.group(1), "SchemaOrg_Text") + ":" + m.group(1), s) for s in samples]}}}
                       for n, samples in c["intents"].items()],
           "conversations": {c["cid"][4:]: {"name": c["cid"][4:], "url": f"https://{c['cid'][4:]}.example.net/fulfillment", "fulfillmentApiVersion": 2}},
           "permissions": list(c["perms"])})
    else:
        W(f"{d}/agent.json", {"description": c["desc"], "language": lang, "supportedLanguages": [], "googleAssistant": {"project": c["cid"][4:], "startIntents": [],
           "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2"}, "webhook": {"url": f"https://{c['cid'][4:]}.example.net/df", "available": True},
           "displayName": c["name"], "invocationName": c["inv"], "privacyPolicyUrl": pol})
        for n, samples in c["intents"].items():
            ps = sorted(set(m for s in samples for m in SLOTRE.findall(s)))
            W(f"{d}/intents/{n}.json", {"id": uid(n), "name": n, "auto": True, "webhookUsed": True, "responses": [{"parameters": [{"name": m, "dataType": "@" + c["slots"].get(m, "sys.any"), "value": "$" + m} for m in ps], "messages": []}]})
            us = []
            for s in samples:
                parts, last = [], 0
                for m in SLOTRE.finditer(s):
                    if s[last:m.start()]: parts.append({"text": s[last:m.start()], "userDefined": False})
                    parts.append({"text": "etwas" if lang == "de" else "x", "alias": m.group(1), "meta": "@" + c["slots"].get(m.group(1), "sys.any"), "userDefined": True})
                    last = m.end()
                if s[last:]: parts.append({"text": s[last:], "userDefined": False})
                us.append({"id": uid(n, s), "data": parts, "isTemplate": False, "count": 0})
            W(f"{d}/intents/{n}_usersays_{lang}.json", us)
        for t, vals in c["types"].items():
            W(f"{d}/entities/{t}.json", {"name": t, "isOverridable": True, "isEnum": False})
            W(f"{d}/entities/{t}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])

def build():
    out = os.path.join(ROOT, "cases")
    shutil.rmtree(out, ignore_errors=True)
    labels = {}
    for c in CASES:
        d = os.path.join(out, c["cid"])
        (alexa_pkg if c["platform"] == "alexa" else google_pkg)(c, d)
        recs = c["recs"] or [(c["shapes"][0], c["extra"].get("path", "test/session"), "2026-10-14", c["turns"])]
        used = []
        for shape, path, date, turns in recs:
            used.append(shape)
            if shape in GOOGLE_SHAPES:
                SHAPES[shape](c, os.path.join(d, path), turns)
            else:
                SHAPES[shape](c, os.path.join(d, path), sessions(c, turns, date))
        for f, txt in c["extra"].get("files", {}).items():
            W(os.path.join(d, f), txt)
        labels[c["cid"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": sorted(set(used)), "why": c["why"]}
    W(os.path.join(ROOT, "labels.json"), labels)
    return labels
