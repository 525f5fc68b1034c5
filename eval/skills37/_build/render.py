"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings."""
import csv, hashlib, io, json, os, pprint, uuid

def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def T(utter, intent, speech, reprompt=None, end=True, slots=None, card=None):
    """one turn: user utterance, intent (Launch / SessionEnded / name), response."""
    return dict(utter=utter, intent=intent, speech=speech, reprompt=reprompt, end=end, slots=slots or {}, card=card)

def W(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def J(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"

# ---------------------------------------------------------------- Alexa envelopes
def speech_obj(s):
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}

def a_resp(t):
    r = {}
    if t["speech"] is not None:
        r["outputSpeech"] = speech_obj(t["speech"])
    if t["card"]:
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["reprompt"] is not None:
        r["reprompt"] = {"outputSpeech": speech_obj(t["reprompt"])}
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}

def a_req(c, sid, new, t, ts):
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account." + hid(c["id"], "user", n=40).upper()
    rid = "amzn1.echo-api.request." + uid(c["id"], sid, ts)
    if t["intent"] == "Launch":
        rq = {"type": "LaunchRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts}
    elif t["intent"] == "SessionEnded":
        rq = {"type": "SessionEndedRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts, "reason": "USER_INITIATED"}
    else:
        rq = {"type": "IntentRequest", "requestId": rid, "locale": c["locale"], "timestamp": ts,
              "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                         "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}}}
    return {"version": "1.0",
            "session": {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}, "attributes": {}},
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": "amzn1.ask.device." + hid(c["id"], "dev", n=40).upper(), "supportedInterfaces": {}},
                                   "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
            "request": rq}

def flat(c, rec_key, sessions, day):
    """yield (turn, request, response, ts, sid)"""
    out, n = [], 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["id"], rec_key, si)
        for ti, t in enumerate(sess):
            n += 1
            ts = f"{day}T{8 + si:02d}:{10 + ti * 2:02d}:{(n * 7) % 60:02d}Z"
            out.append((t, a_req(c, sid, ti == 0, t, ts), a_resp(t), ts, sid))
    return out

def say_of(t):
    s = t["speech"] or ""
    return s

def emit(c, rec):
    """rec = dict(shape, path, sessions, day)"""
    shape, base, day = rec["shape"], os.path.join(c["_dir"], rec["path"]), rec.get("day", "2025-03-14")
    key = rec["path"]
    if c["platform"] != "alexa":
        return emit_google(c, rec, base, day)
    F = flat(c, key, rec["sessions"], day)
    if shape == "envelope":
        for i, (t, q, r, ts, sid) in enumerate(F):
            nm = (t["intent"].replace("AMAZON.", "").lower())
            W(os.path.join(base, f"{i + 1:02d}-{nm}.json"), J(r))
    elif shape == "pairs-jsonl":
        W(base, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for t, q, r, ts, sid in F))
    elif shape == "pairs-array":
        W(base, J([{"request": q, "response": r} for t, q, r, ts, sid in F]))
    elif shape in ("smapi-simulation", "smapi-invocation"):
        for i, (t, q, r, ts, sid) in enumerate(F):
            inv = {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:318112204493:function:" + c["id"][4:], "body": q},
                   "invocationResponse": {"body": r}}
            if shape == "smapi-simulation":
                body = {"id": uid(c["id"], "sim", i), "status": "SUCCESSFUL",
                        "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": r["response"].get("outputSpeech", {}).get("text", "")}}],
                                                          "consideredIntents": [{"name": t["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                                   "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
            else:
                inv["metrics"] = {"skillExecutionTimeInMilliseconds": 180 + i * 13}
                body = {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv, "error": None}}
            W(os.path.join(base, f"{rec.get('prefix', 'sim')}-{i + 1:02d}.json"), J(body))
    elif shape == "ask-dialog":
        W(os.path.join(base, "replay.json"), J({"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["locale"], "type": "text",
                                                "userInput": [t["utter"] for t, *_ in F if t["utter"]]}))
        out = [{"utterance": t["utter"] or "", "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]} for t, q, r, ts, sid in F]
        W(os.path.join(base, "record.json"), J(out))
    elif shape in ("cloudwatch-text", "cloudwatch-json"):
        lines, events = [], []
        for i, (t, q, r, ts, sid) in enumerate(F):
            lid = uid(c["id"], "lambda", i)
            chunk = [f"{ts} START RequestId: {lid} Version: $LATEST",
                     f"{ts}\t{lid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}",
                     f"{ts}\t{lid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}",
                     f"{ts} END RequestId: {lid}",
                     f"{ts} REPORT RequestId: {lid}\tDuration: {40 + i}.12 ms\tBilled Duration: {41 + i} ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB"]
            lines += chunk
            for k, m in enumerate(chunk):
                events.append({"logStreamName": f"{day.replace('-', '/')}/[$LATEST]{hid(c['id'], 'stream')}", "timestamp": 1710400000000 + i * 1000 + k,
                               "message": m.split(" ", 1)[1] if k in (0, 3, 4) else m.split("\t", 1)[1] + "\n", "ingestionTime": 1710400000500 + i * 1000, "eventId": hid(c["id"], i, k, n=24)})
        if shape == "cloudwatch-text":
            W(base, "\n".join(lines) + "\n")
        else:
            W(base, J({"events": events, "searchedLogStreams": []}))
    elif shape == "har":
        ents = []
        for i, (t, q, r, ts, sid) in enumerate(F):
            ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
                         "request": {"method": "POST", "url": rec.get("url", "https://skill.example.net/alexa"), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                      "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        W(base, J({"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}}))
    elif shape == "transcript":
        L = []
        for t, q, r, ts, sid in F:
            if q["session"]["new"]:
                L.append(f"# session {sid[-12:]}")
            L.append(f"[{ts}] USER: {t['utter'] or '(' + t['intent'] + ')'}")
            L.append(f"[{ts}] SKILL: {t['speech'] or ''}")
            if t["card"]:
                L.append(f"[{ts}] CARD: {t['card'][0]} | {t['card'][1]}")
            if t["reprompt"] is not None:
                L.append(f"[{ts}] REPROMPT: {t['reprompt']}")
            L.append(f"[{ts}] session_open={str(t['end'] is False or (t['end'] is None and t['reprompt'] is not None)).lower()}")
        W(base, "\n".join(L) + "\n")
    # ----- new shapes of this set
    elif shape == "jest-snapshot":
        L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, (t, q, r, ts, sid) in enumerate(F):
            body = json.dumps(r, indent=2, ensure_ascii=False)
            body = body.replace("\n}", ",\n}").replace("\n  }", ",\n  }").replace("\n    }", ",\n    }").replace("\n      }", ",\n      }")
            body = body.replace("\\", "\\\\").replace("`", "\\`")
            L.append(f"exports[`{rec.get('suite', 'handlers')} {t['intent']} ({t['utter'] or 'no utterance'}) 1`] = `\n{body}\n`;\n")
        W(base, "\n".join(L))
    elif shape == "mitmproxy-dump":
        L = []
        for i, (t, q, r, ts, sid) in enumerate(F):
            L.append(f"10.0.0.{20 + i}:5{3000 + i}: POST {rec.get('url', 'https://skill.example.net/alexa')} HTTP/1.1")
            L += ["    Host: skill.example.net", "    Content-Type: application/json; charset=utf-8", "    Signature-256: REDACTED"]
            L += ["    " + x for x in json.dumps(q, indent=2, ensure_ascii=False).splitlines()]
            L.append(f" << HTTP/1.1 200 OK {len(json.dumps(r))}b")
            L += ["    Content-Type: application/json;charset=UTF-8"]
            L += ["    " + x for x in json.dumps(r, indent=2, ensure_ascii=False).splitlines()]
            L.append("")
        W(base, "\n".join(L))
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [rec.get("title", "# Replay of the published attack against the test skill\n")]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["from harness import LocalSkill, say\n", f"skill = LocalSkill('{c['id'][4:]}', locale='{c['locale']}')"]}]
        for i, (t, q, r, ts, sid) in enumerate(F):
            src = f"resp = say(skill, {t['utter']!r}, new_session={q['session']['new']})\nresp" if t["utter"] else f"resp = skill.send({t['intent']!r})\nresp"
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "outputs": [{"output_type": "execute_result", "execution_count": i + 2, "metadata": {},
                                       "data": {"text/plain": [x + "\n" for x in pprint.pformat(r, width=100).splitlines()]}}],
                          "source": src.splitlines(True)})
        W(base, J({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}))
    elif shape == "csv-export":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["event_time", "session_id", "new_session", "request_type", "intent_name", "utterance", "output_speech", "card_text", "reprompt_speech", "should_end_session"])
        for t, q, r, ts, sid in F:
            w.writerow([ts, sid, str(q["session"]["new"]).lower(), q["request"]["type"], q["request"].get("intent", {}).get("name", ""), t["utter"] or "",
                        t["speech"] or "", t["card"][1] if t["card"] else "", "" if t["reprompt"] is None else t["reprompt"],
                        "" if t["end"] is None else str(t["end"]).lower()])
        W(base, buf.getvalue())
    else:
        raise ValueError(shape)

# ---------------------------------------------------------------- Google
def emit_google(c, rec, base, day):
    shape = rec["shape"]
    pairs = []
    for si, sess in enumerate(rec["sessions"]):
        conv = hid(c["id"], rec["path"], si, n=24)
        for ti, t in enumerate(sess):
            ts = f"{day}T{9 + si:02d}:{10 + ti * 2:02d}:00Z"
            keep = t["end"] is False
            if shape == "gactions-conversation":
                intent = {"Launch": "actions.intent.MAIN"}.get(t["intent"], t["intent"])
                q = {"user": {"locale": c["locale"], "userStorage": "{}"}, "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                     "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["utter"] or ""}],
                                 "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in t["slots"].items()]}],
                     "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
                items = [{"simpleResponse": {"textToSpeech": t["speech"]}}]
                if t["card"]:
                    items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
                if keep:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}, "noInputPrompts": [{"textToSpeech": t["reprompt"]}] if t["reprompt"] is not None else []},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t.get("perm"):
                        ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                  "optContext": t["speech"], "permissions": t["perm"]}}]
                    r = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "{}"}
                else:
                    r = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            elif shape == "dialogflow-webhook":
                sess_name = f"projects/{c['project']}/agent/sessions/{conv}"
                q = {"responseId": uid(conv, ti), "session": sess_name,
                     "queryResult": {"queryText": t["utter"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["slots"], "allRequiredParamsPresent": True,
                                     "intent": {"name": f"projects/{c['project']}/agent/intents/{uid(t['intent'])}", "displayName": t["intent"]},
                                     "intentDetectionConfidence": 1, "languageCode": c["locale"].split("-")[0]},
                     "originalDetectIntentRequest": {"source": "google", "version": "2",
                                                     "payload": {"user": {"locale": c["locale"]}, "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"}}}}
                items = [{"simpleResponse": {"textToSpeech": t["speech"]}}]
                if t["card"]:
                    items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
                g = {"expectUserResponse": keep, "richResponse": {"items": items}}
                if keep and t["reprompt"] is not None:
                    g["noInputPrompts"] = [{"textToSpeech": t["reprompt"]}]
                r = {"fulfillmentText": t["speech"], "payload": {"google": g}}
            else:  # gactions-scene
                scene = rec.get("scene", "Main")
                q = {"handler": {"name": t["intent"] if t["intent"] != "Launch" else "main_welcome"},
                     "intent": {"name": "actions.intent.MAIN" if t["intent"] == "Launch" else t["intent"],
                                "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["utter"] or ""},
                     "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                     "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": ""},
                     "user": {"locale": c["locale"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED"},
                     "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                pr = {"override": False, "firstSimple": {"speech": t["speech"], "text": t["speech"]}}
                if t["card"]:
                    pr["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
                r = {"session": {"id": conv, "params": {}}, "prompt": pr,
                     "scene": {"name": scene, "slots": {}, "next": {"name": scene if keep else "actions.scene.END_CONVERSATION"}}}
            pairs.append({"request": q, "response": r})
            if shape == "gactions-scene" and keep and t["reprompt"] is not None:
                q2 = json.loads(json.dumps(q))
                q2["handler"]["name"] = "no_input_1"; q2["intent"] = {"name": "actions.intent.NO_INPUT_1", "params": {}, "query": ""}
                r2 = {"session": {"id": conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["reprompt"], "text": ""}},
                      "scene": {"name": scene, "slots": {}, "next": {"name": scene}}}
                pairs.append({"request": q2, "response": r2})
    if base.endswith(".jsonl"):
        W(base, "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs))
    elif base.endswith(".json"):
        W(base, J(pairs))
    else:
        for i, p in enumerate(pairs):
            W(os.path.join(base, f"{i + 1:03d}-request.json"), J(p["request"]))
            W(os.path.join(base, f"{i + 1:03d}-response.json"), J(p["response"]))

# ---------------------------------------------------------------- projects
def alexa_project(c):
    d = c["_dir"]
    loc = c["locale"]
    pub = {"summary": c["summary"], "examplePhrases": [f"{c.get('wake', 'Alexa')}, {c.get('open', 'open')} {c['inv']}"] + c.get("examples", []),
           "name": c["name"], "description": c.get("description", c["summary"]), "keywords": c.get("keywords", []),
           "smallIconUri": "https://example.net/icons/108.png", "largeIconUri": "https://example.net/icons/512.png"}
    if c.get("updates"):
        pub["updatesDescription"] = c["updates"]
    priv = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms") or c.get("usesPI")), "isChildDirected": bool(c.get("child")),
            "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {loc: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")}}
    m = {"publishingInformation": {"locales": {loc: pub}, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                   "category": c.get("category", "GAMES"), "distributionCountries": [loc[-2:]]},
         "apis": {"custom": {"endpoint": {"uri": "arn:aws:lambda:eu-west-1:318112204493:function:" + c["id"][4:]}}},
         "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if c.get("perms"):
        m["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        m["apis"]["custom"]["interfaces"] = [{"type": x} for x in c["interfaces"]]
    W(os.path.join(d, "skill-package", "skill.json"), J({"manifest": m}))
    intents = [{"name": n, "slots": [{"name": s, "type": ty} for s, ty in slots], "samples": samples} for n, slots, samples in c.get("intents", [])]
    for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
        intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
    for l in [loc] + c.get("extra_locales", []):
        W(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
          J({"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}}))
    W(os.path.join(d, "ask-resources.json"), J({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))
    if c.get("code"):
        fn, src = c["code"]
        W(os.path.join(d, "lambda", fn), src.strip("\n") + "\n")

def google_project(c):
    d, loc, kind = c["_dir"], c["locale"], c["platform"]
    lang = loc.split("-")[0]
    if kind == "builder":
        s = [f"projectId: {c['project']}", f"defaultLocale: {lang}", f"category: {c.get('category', 'GAMES_AND_TRIVIA')}",
             f"usesTransactionsApi: false", f"usesDigitalPurchaseApi: false", f"designedForFamily: {str(bool(c.get('child'))).lower()}",
             "localizedSettings:", f"  displayName: {c['inv']}", f"  pronunciation: {c['inv']}",
             f"  shortDescription: {json.dumps(c['summary'], ensure_ascii=False)}",
             f"  fullDescription: {json.dumps(c.get('description', c['summary']), ensure_ascii=False)}",
             f"  developerName: {c.get('dev', 'Kestrel Voice Lab')}", f"  developerEmail: dev@{c['project']}.example.net"]
        if c.get("policy"):
            s.append(f"  privacyPolicyUrl: {c['policy']}")
        s.append(f"  smallLogoImage: $resources.images.logo")
        W(os.path.join(d, "sdk", "settings", "settings.yaml"), "\n".join(s) + "\n")
        W(os.path.join(d, "sdk", "actions", "actions.yaml"), "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main_welcome\n    transitionToScene: Main\n")
        W(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"), "handlers:\n" + "".join(f"- name: {h}\n" for h in ["main_welcome"] + [n for n, _, _ in c.get("intents", [])]) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        for n, slots, samples in c.get("intents", []):
            y = ["trainingPhrases:"] + [f"- {json.dumps(x, ensure_ascii=False)}" for x in samples]
            if slots:
                y += ["parameters:"] + [f"- name: {sn}\n  type:\n    name: {ty}" for sn, ty in slots]
            W(os.path.join(d, "sdk", "custom", "intents", f"{n}.yaml"), "\n".join(y) + "\n")
        for n, vals in c.get("types", {}).items():
            y = ["synonym:", "  entities:"] + [f"    {hid(v, n=6)}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}" for v in vals] + ["  matchType: EXACT_MATCH"]
            W(os.path.join(d, "sdk", "custom", "types", f"{n}.yaml"), "\n".join(y) + "\n")
        sc = ["intentEvents:"] + [f"- handler:\n    webhookHandler: {n}\n  intent: {n}" for n, _, _ in c.get("intents", [])]
        sc += c.get("scene_extra", [])
        W(os.path.join(d, "sdk", "custom", "scenes", "Main.yaml"), "\n".join(sc) + "\n")
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["project"]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for n, slots, samples in c.get("intents", []):
            acts.append({"description": n, "name": n, "fulfillment": {"conversationName": c["project"]},
                         "intent": {"name": n, "parameters": [{"name": sn, "type": ty} for sn, ty in slots], "trigger": {"queryPatterns": samples}}})
        a = {"locale": loc, "actions": acts, "conversations": {c["project"]: {"name": c["project"], "url": f"https://{c['project']}.example.net/fulfillment", "fulfillmentApiVersion": 2}},
             "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["summary"], "longDescription": c.get("description", c["summary"]),
                          "category": c.get("category", "GAMES_AND_TRIVIA"), "companyName": c.get("dev", "Kestrel Voice Lab")}}
        if c.get("policy"):
            a["manifest"]["privacyUrl"] = c["policy"]
        if c.get("types"):
            a["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in c["types"].items()]
        W(os.path.join(d, "action.json"), J(a))
    else:  # dialogflow
        ag = {"description": c.get("description", c["summary"]), "language": lang, "shortDescription": c["summary"], "examples": "", "linkToDocs": "",
              "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": c["project"], "welcomeIntentSignInRequired": False, "startIntents": [],
                                  "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
              "defaultTimezone": "Europe/Madrid", "webhook": {"url": f"https://{c['project']}.example.net/df", "available": True, "useForDomains": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": False}
        W(os.path.join(d, "agent.json"), J(ag))
        W(os.path.join(d, "package.json"), J({"version": "1.0.0"}))
        meta = {"invocationName": c["inv"], "displayName": c["name"], "privacyPolicyUrl": c.get("policy", ""), "category": c.get("category", "")}
        W(os.path.join(d, "actions-on-google", "directory-information.json"), J(meta))
        for n, slots, samples in [("Default Welcome Intent", [], ["hola"])] + c.get("intents", []):
            iid = uid(c["id"], n)
            W(os.path.join(d, "intents", f"{n}.json"), J({"id": iid, "name": n, "auto": True, "contexts": [], "webhookUsed": True, "fallbackIntent": False,
                "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if n.startswith("Default Welcome") else [],
                "responses": [{"resetContexts": False, "parameters": [{"name": sn, "dataType": ty, "value": "$" + sn, "isList": False, "required": False} for sn, ty in slots],
                               "messages": [], "speech": []}]}))
            us = []
            for x in samples:
                data, rest = [], x
                import re
                for part in re.split(r"(\{[^}]+\})", x):
                    if not part:
                        continue
                    if part.startswith("{"):
                        sn = part[1:-1]
                        ty = dict(slots).get(sn, "@sys.any")
                        data.append({"text": sn, "meta": ty, "alias": sn, "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["id"], n, x), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            W(os.path.join(d, "intents", f"{n}_usersays_{lang}.json"), J(us))
        for n, vals in c.get("types", {}).items():
            W(os.path.join(d, "entities", f"{n}.json"), J({"id": uid(n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False}))
            W(os.path.join(d, "entities", f"{n}_entries_{lang}.json"), J([{"value": v, "synonyms": [v]} for v in vals]))
    if c.get("code"):
        fn, src = c["code"]
        W(os.path.join(d, fn), src.strip("\n") + "\n")

def build(cases, root):
    labels = {}
    for c in cases:
        c["_dir"] = os.path.join(root, "cases", c["id"])
        c.setdefault("platform", "alexa")
        c.setdefault("project", c["id"][4:].replace("_", "-") + "-" + hid(c["id"], n=4))
        (alexa_project if c["platform"] == "alexa" else google_project)(c)
        shapes = []
        for rec in c["recs"]:
            emit(c, rec)
            if rec["shape"] not in shapes:
                shapes.append(rec["shape"])
        for p, txt in c.get("files", {}).items():
            W(os.path.join(c["_dir"], p), txt)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    return labels
