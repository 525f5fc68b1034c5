# Renderer: turns the hand-written case descriptions in cases_*.py into project folders.
import json, os, uuid, hashlib, csv, io, shutil, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILTINS = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"]

def hid(*a):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, a)).encode()).hexdigest()))

def ssml(t):
    if t is None: return None
    return t if t.startswith("<speak>") else "<speak>" + t + "</speak>"

def w(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(obj, str): f.write(obj)
        else: json.dump(obj, f, ensure_ascii=False, indent=2)

def resp(t):
    u, it, sl, sp, rp, end = t
    r = {"version": "1.0", "sessionAttributes": {}, "response": {"outputSpeech": {"type": "SSML", "ssml": ssml(sp)}, "shouldEndSession": end}}
    if rp is not None:
        r["response"]["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(rp)}}
    if isinstance(it, tuple) and it[0] == "PERM":
        r["response"]["card"] = {"type": "AskForPermissionsConsent", "permissions": it[1]}
    if end is None: del r["response"]["shouldEndSession"]
    return r

def reqs(c, turns, date):
    out, sid, new, n = [], hid(c["id"], date, 0), True, 0
    app = "amzn1.ask.skill." + hid(c["id"])
    for i, t in enumerate(turns):
        u, it, sl = t[0], t[1], t[2]
        if isinstance(it, tuple): it = it[2]
        ts = f"{date}T{10 + i // 60:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d}Z"
        if it == "LaunchRequest":
            rq = {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request." + hid(c["id"], date, i), "timestamp": ts, "locale": c["loc"]}
        elif it == "SessionEndedRequest":
            rq = {"type": "SessionEndedRequest", "requestId": "amzn1.echo-api.request." + hid(c["id"], date, i), "timestamp": ts, "locale": c["loc"], "reason": "USER_INITIATED"}
        else:
            rq = {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + hid(c["id"], date, i), "timestamp": ts, "locale": c["loc"],
                  "intent": {"name": it, "confirmationStatus": "NONE", "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (sl or {}).items()}}}
        env = {"version": "1.0", "session": {"new": new, "sessionId": "amzn1.echo-api.session." + sid, "application": {"applicationId": app}, "user": {"userId": "amzn1.ask.account.TESTUSER23"}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": "amzn1.ask.account.TESTUSER23"}, "device": {"deviceId": "amzn1.ask.device.TESTDEV", "supportedInterfaces": {}}, "apiEndpoint": "https://api.eu.amazonalexa.com" if c["loc"] not in ("en-US", "pt-BR") else "https://api.amazonalexa.com"}},
               "request": rq}
        out.append((u, env, resp(t), ts))
        new = False
        if t[5] is True or t[5] is None and it == "SessionEndedRequest":
            n += 1; sid = hid(c["id"], date, n); new = True
    return out

def endpoint(c):
    return "arn:aws:lambda:us-east-1:123456789012:function:" + c["id"][4:]

def r_envelope(c, d, P, date):
    for i, (u, q, r, ts) in enumerate(P):
        w(os.path.join(d, f"{i+1:02d}-{(q['request'].get('intent') or {}).get('name', q['request']['type'])}.response.json"), r)

def r_pairs_jsonl(c, d, P, date):
    w(os.path.join(d, "session.jsonl"), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for u, q, r, ts in P))

def r_pairs_array(c, d, P, date):
    w(os.path.join(d, "pairs.json"), [{"request": q, "response": r} for u, q, r, ts in P])

def r_smapi_simulation(c, d, P, date):
    for i, (u, q, r, ts) in enumerate(P):
        w(os.path.join(d, f"sim-{i+1:02d}.json"), {"id": hid("sim", c["id"], date, i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": r["response"]["outputSpeech"]["ssml"]}}], "consideredIntents": []},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 80 + i}}]}, "error": None}, "input": {"content": u}})

def r_smapi_invocation(c, d, P, date):
    for i, (u, q, r, ts) in enumerate(P):
        w(os.path.join(d, f"invoke-{i+1:02d}.json"), {"id": hid("inv", c["id"], date, i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(c), "body": q}, "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 120}}, "error": None}})

def r_ask_dialog(c, d, P, date):
    w(os.path.join(d, "replay.json"), {"skillId": "amzn1.ask.skill." + hid(c["id"]), "locale": c["loc"], "type": "text", "userInput": [u for u, q, r, ts in P]})
    w(os.path.join(d, "record-output.json"), [{"utterance": u, "invocations": [{"invocationRequest": {"endpoint": endpoint(c), "body": q}, "invocationResponse": {"body": r}}]} for u, q, r, ts in P])

def r_cloudwatch_text(c, d, P, date):
    L = []
    for u, q, r, ts in P:
        rid = hid("cw", q["request"]["requestId"])
        L += [f"START RequestId: {rid} Version: $LATEST", f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}",
              f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}", f"END RequestId: {rid}", f"REPORT RequestId: {rid}\tDuration: 41.2 ms\tBilled Duration: 42 ms\tMemory Size: 128 MB\tMax Memory Used: 77 MB"]
    w(os.path.join(d, f"log-events-{date}.log"), "\n".join(L) + "\n")

def r_cloudwatch_json(c, d, P, date):
    ev = []
    for i, (u, q, r, ts) in enumerate(P):
        rid = hid("cw", q["request"]["requestId"])
        ev.append({"logStreamName": f"{date.replace('-', '/')}/[$LATEST]abc", "timestamp": 1790000000000 + i * 1000, "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "eventId": str(i * 2)})
        ev.append({"logStreamName": f"{date.replace('-', '/')}/[$LATEST]abc", "timestamp": 1790000000400 + i * 1000, "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "eventId": str(i * 2 + 1)})
    w(os.path.join(d, "filter-log-events.json"), {"events": ev, "searchedLogStreams": []})

def r_har(c, d, P, date):
    E = []
    for u, q, r, ts in P:
        E.append({"startedDateTime": ts, "time": 95, "request": {"method": "POST", "url": f"https://skill.{c['id'][4:]}.example.net/alexa", "httpVersion": "HTTP/1.1",
                  "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                  "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                  "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                  "cache": {}, "timings": {"send": 1, "wait": 90, "receive": 4}})
    w(os.path.join(d, "endpoint.har"), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"}, "entries": E}})

def r_transcript(c, d, P, date):
    L = [f"# probe run {date} locale={c['loc']}"]
    for u, q, r, ts in P:
        L.append(f"[{ts}] USER: {u}")
        L.append(f"[{ts}] SKILL: {r['response']['outputSpeech']['ssml']}")
        if "reprompt" in r["response"]: L.append(f"[{ts}] REPROMPT: {r['response']['reprompt']['outputSpeech']['ssml']}")
        L.append(f"[{ts}] session_open={str(not r['response'].get('shouldEndSession', False)).lower()}")
    w(os.path.join(d, "transcript.txt"), "\n".join(L) + "\n")

# ---- shapes not in set 1's list ----
def yq(s): return json.dumps(s, ensure_ascii=False)

def r_bespoken_yaml(c, d, P, date):
    # Bespoken "tst" unit-test file with JSONPath assertions on the recorded response
    L = ["---", "configuration:", f"  locale: {c['loc']}", "  handler: ../lambda/index.handler", "", "---", f"- test: recorded session {date}"]
    for u, q, r, ts in P:
        L.append(f"- {yq(u)}:")
        L.append(f"  - response.outputSpeech.ssml: {yq(r['response']['outputSpeech']['ssml'])}")
        if "reprompt" in r["response"]: L.append(f"  - response.reprompt.outputSpeech.ssml: {yq(r['response']['reprompt']['outputSpeech']['ssml'])}")
        L.append(f"  - response.shouldEndSession: {str(r['response'].get('shouldEndSession')).lower()}")
    w(os.path.join(d, "session.test.yml"), "\n".join(L) + "\n")

def r_postman(c, d, P, date):
    items = []
    for i, (u, q, r, ts) in enumerate(P):
        rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}], "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=2)}, "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
        items.append({"name": f"{i+1:02d} {u}", "request": rq, "response": [{"name": "saved " + date, "originalRequest": rq, "status": "OK", "code": 200, "_postman_previewlanguage": "json", "header": [], "body": json.dumps(r, ensure_ascii=False, indent=2)}]})
    w(os.path.join(d, f"{c['id'][4:]}.postman_collection.json"), {"info": {"_postman_id": hid("pm", c["id"]), "name": c["title"] + " endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})

def r_notebook(c, d, P, date):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Endpoint smoke test {date}\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import json, requests\n", "URL = 'http://localhost:3000/alexa'\n", "def call(env):\n", "    r = requests.post(URL, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
    for i, (u, q, r, ts) in enumerate(P):
        cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {}, "source": [f"# {u}\n", "env = " + json.dumps(q, ensure_ascii=False) + "\n", "call(env)\n"],
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": (json.dumps(r, ensure_ascii=False, indent=1) + "\n").splitlines(True)}]})
    w(os.path.join(d, "endpoint_check.ipynb"), {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5})

def r_sheet_csv(c, d, P, date):
    s = io.StringIO(); wr = csv.writer(s)
    wr.writerow(["test_id", "date", "utterance", "request_type", "intent", "output_speech", "reprompt", "should_end_session", "tester"])
    for i, (u, q, r, ts) in enumerate(P):
        wr.writerow([f"T{i+1}", date, u, q["request"]["type"], (q["request"].get("intent") or {}).get("name", ""), r["response"]["outputSpeech"]["ssml"],
                     (r["response"].get("reprompt") or {}).get("outputSpeech", {}).get("ssml", ""), str(r["response"].get("shouldEndSession")).upper(), "qa-team"])
    w(os.path.join(d, "QA_Testlauf.csv"), s.getvalue())

def r_elastic(c, d, P, date):
    L = []
    for i, (u, q, r, ts) in enumerate(P):
        L.append(json.dumps({"_index": f"skill-logs-{date}", "_id": hid("es", c["id"], date, i), "_source": {"@timestamp": ts, "service": c["id"][4:], "log.level": "info", "alexa": {"request": q, "response": r}}}, ensure_ascii=False))
    w(os.path.join(d, "export.ndjson"), "\n".join(L) + "\n")

def r_pino(c, d, P, date):
    # pino / winston JSON-line logs from a self-hosted Express endpoint
    L = []
    for i, (u, q, r, ts) in enumerate(P):
        L.append(json.dumps({"level": 30, "time": 1790000000000 + i, "pid": 4242, "hostname": "skill-host", "msg": "incoming", "body": q}, ensure_ascii=False))
        L.append(json.dumps({"level": 30, "time": 1790000000100 + i, "pid": 4242, "hostname": "skill-host", "msg": "outgoing", "reqId": q["request"]["requestId"], "body": r}, ensure_ascii=False))
    w(os.path.join(d, "app.log.jsonl"), "\n".join(L) + "\n")

ALEXA = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_simulation,
         "smapi-invocation": r_smapi_invocation, "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cloudwatch_text, "cloudwatch-json": r_cloudwatch_json,
         "har": r_har, "transcript": r_transcript, "bespoken-yaml": r_bespoken_yaml, "postman-collection": r_postman, "jupyter-notebook": r_notebook,
         "sheet-csv": r_sheet_csv, "elastic-ndjson": r_elastic, "pino-jsonl": r_pino}

def skill_json(c):
    loc = c["loc"]
    m = {"manifest": {"publishingInformation": {"locales": {loc: {"summary": c["desc"][:160], "examplePhrases": [c.get("wake", "Alexa") + ", " + c.get("open", "open") + " " + c["inv"]], "name": c["title"], "description": c["desc"], "keywords": c.get("kw", [])}},
          "isAvailableWorldwide": False, "distributionCountries": [loc[-2:]], "category": c.get("cat", "GAMES"), "testingInstructions": "n/a"},
          "apis": {"custom": {"endpoint": {"uri": endpoint(c)}}}, "manifestVersion": "1.0",
          "privacyAndCompliance": {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")), "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False, "locales": {}}}}
    if c.get("policy", True):
        m["manifest"]["privacyAndCompliance"]["locales"][loc] = {"privacyPolicyUrl": c.get("policy") if isinstance(c.get("policy"), str) else f"https://{c['id'][4:]}.example.org/privacy", "termsOfUseUrl": f"https://{c['id'][4:]}.example.org/terms"}
    if c.get("perms"): m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    return m

def model(c):
    intents = [{"name": n, "slots": [{"name": k, "type": v} for k, v in sl.items()], "samples": s} for n, s, sl in c.get("intents", [])]
    intents += [{"name": b, "samples": []} for b in BUILTINS if b not in [i["name"] for i in intents]]
    types = [{"name": t, "values": [{"name": {"value": v}} for v in vals]} for t, vals in c.get("types", {}).items()]
    return {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}}

# ---- Google ----
def g_conv(c, d, P, date):
    out = []
    for i, t in enumerate(P):
        u, it, sl, sp, rp, end = t
        req = {"user": {"locale": c["loc"], "userStorage": "{}"}, "conversation": {"conversationId": hid(c["id"], date), "type": "NEW" if i == 0 else "ACTIVE"},
               "inputs": [{"intent": "actions.intent.MAIN" if it == "LaunchRequest" else it, "rawInputs": [{"inputType": "VOICE", "query": u}], "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in (sl or {}).items()]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}
        res = {"expectUserResponse": not end, "expectedInputs": [] if end else [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"ssml": ssml(sp)}}]}, "noInputPrompts": [{"ssml": ssml(rp)}] if rp is not None else []}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
        if end: res["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"ssml": ssml(sp)}}]}}
        out.append({"request": req, "response": res})
    w(os.path.join(d, "webhook-conversation.json"), out)

def g_df(c, d, P, date):
    L = []
    for i, t in enumerate(P):
        u, it, sl, sp, rp, end = t
        req = {"responseId": hid(c["id"], date, i), "session": f"projects/{c['id'][4:]}/agent/sessions/{hid(c['id'], date)}", "queryResult": {"queryText": u, "parameters": sl or {}, "intent": {"displayName": "Default Welcome Intent" if it == "LaunchRequest" else it}, "languageCode": c["loc"].split("-")[0]},
               "originalDetectIntentRequest": {"source": "google", "payload": {"user": {"locale": c["loc"]}}}}
        items = [{"simpleResponse": {"ssml": ssml(sp)}}]
        res = {"fulfillmentText": sp, "payload": {"google": {"expectUserResponse": not end, "richResponse": {"items": items}, **({"noInputPrompts": [{"ssml": ssml(rp)}]} if rp is not None else {})}}}
        L.append(json.dumps({"webhookRequest": req, "webhookResponse": res}, ensure_ascii=False))
    w(os.path.join(d, "fulfillment.jsonl"), "\n".join(L) + "\n")

def g_scene(c, d, P, date):
    out = []
    for i, t in enumerate(P):
        u, it, sl, sp, rp, end = t
        req = {"handler": {"name": "main" if it == "LaunchRequest" else it}, "intent": {"name": "actions.intent.MAIN" if it == "LaunchRequest" else it, "params": {k: {"original": v, "resolved": v} for k, v in (sl or {}).items()}, "query": u},
               "scene": {"name": "Main", "slotFillingStatus": "UNSPECIFIED"}, "session": {"id": hid(c["id"], date), "params": {}, "languageCode": c["loc"]}, "user": {"locale": c["loc"]}}
        res = {"session": {"id": hid(c["id"], date), "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": ssml(sp), "text": ""}}, "scene": {"name": "Main", "next": {"name": "actions.scene.END_CONVERSATION" if end else "Main"}}}
        if rp is not None: res["scene"]["noMatch"] = rp; res["prompt"]["lastSimple"] = {"speech": ssml(rp), "text": ""}
        out.append({"request": req, "response": res})
    w(os.path.join(d, "webhook-log.json"), out)

GOOGLE = {"gactions-conversation": g_conv, "dialogflow-webhook": g_df, "gactions-scene": g_scene}

def google_project(c, d):
    kind = c["platform"]
    if kind == "builder":
        w(os.path.join(d, "sdk/settings/settings.yaml"), f"defaultLocale: {c['loc'].split('-')[0]}\nlocalizedSettings:\n  displayName: {c['title']}\n  pronunciation: {c['inv']}\n  fullDescription: {yq(c['desc'])}\n  privacyPolicyUrl: {c['policy'] if isinstance(c.get('policy'), str) else ('https://' + c['id'][4:] + '.example.org/privacy' if c.get('policy', True) else '')}\nprojectId: {c['id'][4:]}\ncategory: {c.get('cat','GAMES_AND_TRIVIA')}\n")
        for n, s, sl in c.get("intents", []):
            y = "trainingPhrases:\n" + "".join(f"- {yq(x)}\n" for x in s)
            if sl: y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in sl.items())
            w(os.path.join(d, f"sdk/custom/intents/{n}.yaml"), y)
        for t, vals in c.get("types", {}).items():
            w(os.path.join(d, f"sdk/custom/types/{t}.yaml"), "synonym:\n  entities:\n" + "".join(f"    {yq(v)}:\n      synonyms:\n      - {yq(v)}\n" for v in vals))
        w(os.path.join(d, "sdk/custom/scenes/Main.yaml"), "onEnter:\n  webhookHandler: main\nintentEvents:\n" + "".join(f"- intent: {n}\n  handler:\n    webhookHandler: {n}\n" for n, s, sl in c.get("intents", [])))
    elif kind == "sdk2":
        acts = [{"description": "Launch", "name": "MAIN", "fulfillment": {"conversationName": "app"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for n, s, sl in c.get("intents", []):
            acts.append({"description": n, "name": n, "fulfillment": {"conversationName": "app"}, "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in sl.items()], "trigger": {"queryPatterns": s}}})
        w(os.path.join(d, "action.json"), {"locale": c["loc"], "actions": acts, "conversations": {"app": {"name": "app", "url": f"https://{c['id'][4:]}.example.net/fulfill"}}, "types": [{"name": t, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for t, vals in c.get("types", {}).items()],
                                          "manifest": {"displayName": c["title"], "invocationName": c["inv"], "shortDescription": c["desc"][:80], "longDescription": c["desc"], "privacyUrl": (c["policy"] if isinstance(c.get("policy"), str) else f"https://{c['id'][4:]}.example.org/privacy") if c.get("policy", True) else ""}})
    else:  # dialogflow
        lang = c["loc"].split("-")[0]
        w(os.path.join(d, "agent.json"), {"description": c["desc"], "language": lang, "displayName": c["title"], "webhook": {"url": f"https://{c['id'][4:]}.example.net/df"}, "googleAssistant": {"invocationName": c["inv"], "privacyPolicyUrl": (f"https://{c['id'][4:]}.example.org/privacy" if c.get("policy", True) else "")}})
        for n, s, sl in c.get("intents", []):
            w(os.path.join(d, f"intents/{n}.json"), {"name": n, "auto": True, "webhookUsed": True, "responses": [{"parameters": [{"name": k, "dataType": v, "value": "$" + k} for k, v in sl.items()]}]})
            us = []
            for x in s:
                data, rest = [], x
                while "{" in rest:
                    a, b = rest.split("{", 1); k, rest = b.split("}", 1)
                    if a: data.append({"text": a, "userDefined": False})
                    data.append({"text": "…", "alias": k, "meta": sl.get(k, "@sys.any"), "userDefined": True})
                if rest: data.append({"text": rest, "userDefined": False})
                us.append({"data": data, "isTemplate": False, "count": 0})
            w(os.path.join(d, f"intents/{n}_usersays_{lang}.json"), us)

def build(cases):
    labels = {}
    for c in cases:
        d = os.path.join(ROOT, "cases", c["id"])
        if os.path.exists(d): shutil.rmtree(d)
        if c.get("platform", "alexa") == "alexa":
            w(os.path.join(d, "skill-package/skill.json"), skill_json(c))
            w(os.path.join(d, f"skill-package/interactionModels/custom/{c['loc']}.json"), model(c))
            w(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})
            if c.get("model2"):  # later model version for drift
                for p, obj in c["model2"].items(): w(os.path.join(d, p), obj)
        else:
            google_project(c, d)
        shapes = []
        for sub, date, shape, turns in c["recs"]:
            if shape in GOOGLE: GOOGLE[shape](c, os.path.join(d, sub), turns, date)
            else: ALEXA[shape](c, os.path.join(d, sub), reqs(c, turns, date), date)
            if shape not in shapes: shapes.append(shape)
        for p, txt in c.get("files", {}).items(): w(os.path.join(d, p), txt)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    return labels
