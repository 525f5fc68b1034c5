"""Renderer: turns the hand-written case descriptions in cases_*.py into skill projects and recordings."""
import json, os, uuid, hashlib, csv, io, datetime, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = []
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def T(utt, intent, speech, reprompt=None, end=True, slots=None, card=None, apl=None):
    return dict(utt=utt, intent=intent, speech=speech, reprompt=reprompt, end=end, slots=slots or {}, card=card, apl=apl)


def R(shape, path, sessions, date="2026-11-20T10:00:00Z", note=None):
    return dict(shape=shape, path=path, sessions=sessions, date=date, note=note)


def case(cid, locale, cats, why, inv, name, desc, recs, intents=(), types=None, policy=True, kids=False,
         perms=(), platform="alexa", category="GAMES", extra_files=None, extra_locales=(), shapes=None):
    CASES.append(dict(cid=cid, locale=locale, cats=list(cats), why=why, inv=inv, name=name, desc=desc,
                      recs=recs, intents=list(intents), types=types or {}, policy=policy, kids=kids,
                      perms=list(perms), platform=platform, category=category, extra=extra_files or {},
                      extra_locales=list(extra_locales), shapes=shapes))


def _id(*a):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, a)).encode()).hexdigest()))


def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)


def speech_obj(s):
    if s is None:
        return None
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


# ---------------------------------------------------------------- Alexa package
def slug(s):
    return "".join(ch if ch.isalnum() else "-" for ch in s.lower()).strip("-")


def alexa_package(c, d):
    locs = [c["locale"]] + c["extra_locales"]
    li = {}
    for l in locs:
        li[l] = {"name": c["name"], "summary": c["desc"][:160], "description": c["desc"],
                 "examplePhrases": [f"Alexa, open {c['inv']}", f"Alexa, ask {c['inv']} for help"],
                 "keywords": [], "smallIconUri": "https://example.invalid/icon108.png",
                 "largeIconUri": "https://example.invalid/icon512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c["perms"]), "isChildDirected": c["kids"],
          "isExportCompliant": True, "containsAds": False}
    if c["policy"]:
        pc["locales"] = {l: {"privacyPolicyUrl": f"https://{slug(c['name'])}.example.com/privacy",
                             "termsOfUseUrl": f"https://{slug(c['name'])}.example.com/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": li, "isAvailableWorldwide": False,
                                                   "distributionCountries": [l.split("-")[1] for l in locs],
                                                   "testingInstructions": "Open the skill and follow the prompts.",
                                                   "category": c["category"]},
                        "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": f"ask-{slug(c['name'])}-default"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c["perms"]:
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    w(f"{d}/skill-package/skill.json", man)
    for l in locs:
        intents = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        names = {i["name"] for i in intents}
        for b in BUILTIN:
            if b not in names:
                intents.append({"name": b, "samples": []})
        types = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in c["types"].items()]
        w(f"{d}/skill-package/interactionModels/custom/{l}.json",
          {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    w(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})


# ---------------------------------------------------------------- Alexa envelopes
def alexa_pairs(c, rec):
    out = []
    skill = "amzn1.ask.skill." + _id(c["cid"])
    user = "amzn1.ask.account." + _id(c["cid"], "u").replace("-", "").upper()
    t0 = datetime.datetime.fromisoformat(rec["date"].replace("Z", "+00:00"))
    k = 0
    for si, sess in enumerate(rec["sessions"]):
        sid = "amzn1.echo-api.session." + _id(c["cid"], rec["path"], si)
        for ti, t in enumerate(sess):
            k += 1
            ts = (t0 + datetime.timedelta(seconds=40 * k)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rid = "amzn1.echo-api.request." + _id(c["cid"], rec["path"], si, ti)
            if t["intent"] == "LAUNCH":
                req = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": c["locale"], "shouldLinkResultBeReturned": False}
            else:
                req = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": c["locale"],
                       "intent": {"name": t["intent"], "confirmationStatus": "NONE",
                                  "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE"} for k2, v in t["slots"].items()}},
                       "dialogState": None}
                if req["dialogState"] is None:
                    del req["dialogState"]
            env = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": skill},
                               "user": {"userId": user}, "attributes": {}},
                   "context": {"System": {"application": {"applicationId": skill}, "user": {"userId": user},
                                          "device": {"deviceId": "amzn1.ask.device." + _id(c["cid"], "d").upper().replace("-", ""),
                                                     "supportedInterfaces": {"AudioPlayer": {}}},
                                          "apiEndpoint": ("https://api.fe.amazonalexa.com" if c["locale"] == "ja-JP" else "https://api.amazonalexa.com") if not c["locale"].startswith(("en-GB", "de", "fr", "it", "es")) else "https://api.eu.amazonalexa.com"}},
                   "request": req}
            resp = {"outputSpeech": speech_obj(t["speech"])}
            if t["speech"] is None:
                del resp["outputSpeech"]
            if t["card"]:
                resp["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t["reprompt"] is not None:
                resp["reprompt"] = {"outputSpeech": speech_obj(t["reprompt"])}
            if t["apl"]:
                resp["directives"] = [{"type": "Alexa.Presentation.APL.RenderDocument", "token": "main",
                                       "document": {"type": "APL", "version": "2023.2", "mainTemplate": {"items": [
                                           {"type": "Container", "items": [{"type": "Text", "text": "${payload.data.headline}"},
                                                                           {"type": "Text", "text": "${payload.data.body}"}]}]}},
                                       "datasources": {"data": {"headline": t["apl"][0], "body": t["apl"][1]}}}]
            resp["shouldEndSession"] = t["end"]
            out.append(dict(req=env, res={"version": "1.0", "sessionAttributes": {}, "response": resp, "userAgent": "ask-node/2.14.0 Node/v18.18.2"},
                            utt=t["utt"], ts=ts, rid=rid, t=t, sid=sid))
    return out


def say(s):
    return "" if s is None else s


def render_alexa_rec(c, d, rec):
    P = alexa_pairs(c, rec)
    sh, p = rec["shape"], f"{d}/{rec['path']}"
    ep = "arn:aws:lambda:us-east-1:41235877" + str(int(hashlib.md5(c['cid'].encode()).hexdigest(), 16) % 9999).zfill(4) + ":function:" + slug(c["name"])
    if sh == "envelope":
        for i, x in enumerate(P, 1):
            w(f"{p}/{i:02d}-{x['t']['intent'].split('.')[-1].lower()}.json", x["res"])
    elif sh == "pairs-jsonl":
        w(p, "".join(json.dumps({"request": x["req"], "response": x["res"]}, ensure_ascii=False) + "\n" for x in P))
    elif sh == "pairs-array":
        w(p, [{"request": x["req"], "response": x["res"]} for x in P])
    elif sh == "smapi-simulation":
        for i, x in enumerate(P, 1):
            w(f"{p}/sim-{i:02d}.json", {"id": _id(p, i), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": x["t"]["speech"] or ""}}],
                                       "consideredIntents": [{"name": x["t"]["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ep, "body": x["req"]},
                                                        "invocationResponse": {"body": x["res"]},
                                                        "metrics": {"skillExecutionTimeInMilliseconds": 212}}]},
                "error": None}, "input": {"content": x["utt"]}})
    elif sh == "smapi-invocation":
        for i, x in enumerate(P, 1):
            w(f"{p}/invoke-{i:02d}.json", {"id": _id(p, i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": ep, "body": x["req"]}, "invocationResponse": {"body": x["res"]},
                "metrics": {"skillExecutionTimeInMilliseconds": 180}}, "error": None}})
    elif sh == "ask-dialog":
        w(f"{p}/replay.json", {"skillId": x_skill(c), "locale": c["locale"], "type": "text", "userInput": [x["utt"] for x in P]})
        lines = []
        for x in P:
            lines.append(f"User  > {x['utt']}")
            lines.append(f"Alexa > {say(x['t']['speech'])}")
        w(f"{p}/dialog-record.txt", "\n".join(lines) + "\n")
        w(f"{p}/skill-io.json", [{"utterance": x["utt"], "invocations": [{"invocationRequest": {"endpoint": ep, "body": x["req"]},
                                                                         "invocationResponse": {"body": x["res"]}}]} for x in P])
    elif sh in ("cloudwatch-text", "cloudwatch-json", "elastic-ndjson"):
        lines, ev = [], []
        for x in P:
            lid = _id(x["rid"], "lambda")
            ms = [f"START RequestId: {lid} Version: $LATEST",
                  f"{x['ts'][:-1]}.118Z\t{lid}\tINFO\tRequest: {json.dumps(x['req'], ensure_ascii=False)}",
                  f"{x['ts'][:-1]}.301Z\t{lid}\tINFO\tResponse: {json.dumps(x['res'], ensure_ascii=False)}",
                  f"END RequestId: {lid}",
                  f"REPORT RequestId: {lid}\tDuration: 183.21 ms\tBilled Duration: 184 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB"]
            lines += ms
            for j, m in enumerate(ms):
                ev.append((x["ts"], m, lid, j))
        if sh == "cloudwatch-text":
            w(p, "\n".join(lines) + "\n")
        elif sh == "cloudwatch-json":
            base = int(datetime.datetime.fromisoformat(rec["date"].replace("Z", "+00:00")).timestamp() * 1000)
            w(p, {"events": [{"logStreamName": f"2026/11/20/[$LATEST]{_id(c['cid'])[:32].replace('-', '')}",
                              "timestamp": base + i * 97, "message": m + "\n", "ingestionTime": base + i * 97 + 40,
                              "eventId": str(37000000000000000000000000000000000000000000000000000000 + i)}
                             for i, (_, m, _, _) in enumerate(ev)], "searchedLogStreams": []})
        else:
            w(p, "".join(json.dumps({"@timestamp": ts, "log": {"level": "INFO" if j in (1, 2) else "-"},
                                     "aws": {"lambda": {"request_id": lid, "function": slug(c["name"])},
                                             "cloudwatch": {"log_group": f"/aws/lambda/{slug(c['name'])}"}},
                                     "message": m, "agent": {"type": "functionbeat"}}, ensure_ascii=False) + "\n"
                             for ts, m, lid, j in ev))
    elif sh == "har":
        ents = []
        for x in P:
            ents.append({"startedDateTime": x["ts"], "time": 231,
                         "request": {"method": "POST", "url": f"https://{slug(c['name'])}.example-skills.net/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "Base64…"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(x["req"], ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(x["res"], ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 220, "receive": 10}})
        w(p, {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "10.1.5"}, "entries": ents}})
    elif sh == "transcript":
        lines = [f"# probe run {rec['date']} skill={c['inv']!r} locale={c['locale']}"]
        for x in P:
            lines.append(f"[{x['ts']}] USER: {x['utt']}")
            lines.append(f"[{x['ts']}] SKILL: {say(x['t']['speech'])}")
            if x["t"]["reprompt"] is not None:
                lines.append(f"[{x['ts']}] REPROMPT: {x['t']['reprompt']}")
            lines.append(f"[{x['ts']}] session_open={str(not x['t']['end']).lower()}")
        w(p, "\n".join(lines) + "\n")
    elif sh == "jest-snapshot":
        s = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, x in enumerate(P, 1):
            body = json.dumps(x["res"], ensure_ascii=False, indent=2).replace("`", "\\`").replace("${", "\\${")
            s.append(f"exports[`{c['name']} conversation {i} - {x['utt']} 1`] = `\n{body}\n`;\n")
        w(p, "\n".join(s))
    elif sh == "postman-collection":
        items = []
        for i, x in enumerate(P, 1):
            items.append({"name": f"{i:02d} {x['utt']}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                                    "body": {"mode": "raw", "raw": json.dumps(x["req"], ensure_ascii=False, indent=2)},
                                                                    "url": {"raw": "{{skillEndpoint}}/alexa", "host": ["{{skillEndpoint}}"], "path": ["alexa"]}},
                          "response": [{"name": "saved example", "originalRequest": {"method": "POST", "url": "{{skillEndpoint}}/alexa"},
                                        "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(x["res"], ensure_ascii=False, indent=2)}]})
        w(p, {"info": {"_postman_id": _id(p), "name": f"{c['name']} endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
              "item": items, "variable": [{"key": "skillEndpoint", "value": "http://localhost:3000"}]})
    elif sh == "bespoken-yaml":
        s = ["---", "configuration:", f"  locale: {c['locale']}", "  type: unit", "", f"--- # recorded {rec['date']}", f"- test: {c['name']} session"]
        for x in P:
            key = "LaunchRequest" if x["t"]["intent"] == "LAUNCH" else json.dumps(x["utt"], ensure_ascii=False)
            s.append(f"- {key}:")
            s.append(f"  - prompt: {json.dumps(say(x['t']['speech']), ensure_ascii=False)}")
            if x["t"]["reprompt"] is not None:
                s.append(f"  - reprompt: {json.dumps(x['t']['reprompt'], ensure_ascii=False)}")
            if x["t"]["card"]:
                s.append(f"  - cardTitle: {json.dumps(x['t']['card'][0], ensure_ascii=False)}")
                s.append(f"  - cardContent: {json.dumps(x['t']['card'][1], ensure_ascii=False)}")
            s.append(f"  - response.shouldEndSession: {str(x['t']['end']).lower()}")
        w(p, "\n".join(s) + "\n")
    elif sh == "csv-sheet":
        buf = io.StringIO()
        cw = csv.writer(buf)
        cw.writerow(["run_date", "tester", "session", "step", "utterance", "intent", "speech_output", "reprompt", "card_text", "shouldEndSession", "pass/fail", "notes"])
        for i, x in enumerate(P, 1):
            cw.writerow([rec["date"][:10], "qa-team", x["sid"][-6:], i, x["utt"], x["t"]["intent"], say(x["t"]["speech"]),
                         say(x["t"]["reprompt"]), x["t"]["card"][1] if x["t"]["card"] else "", str(x["t"]["end"]).upper(), "PASS", rec["note"] or ""])
        w(p, buf.getvalue())
    elif sh == "ipynb":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# Local endpoint check: {c['name']} ({rec['date'][:10]})"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", "URL = 'http://localhost:3000/alexa'\n",
                             "def send(env):\n", "    r = requests.post(URL, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
        for i, x in enumerate(P, 2):
            cells.append({"cell_type": "code", "execution_count": i, "metadata": {},
                          "source": [f"req = {json.dumps(x['req'], ensure_ascii=False)}\n", f"send(req)  # {x['utt']}\n"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": json.dumps(x["res"], indent=1, ensure_ascii=False).splitlines(True)}]})
        w(p, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
              "nbformat": 4, "nbformat_minor": 5})
    else:
        raise ValueError(sh)


def x_skill(c):
    return "amzn1.ask.skill." + _id(c["cid"])


# ---------------------------------------------------------------- Google
def g_pairs(c, rec):
    out = []
    for si, sess in enumerate(rec["sessions"]):
        conv = _id(c["cid"], rec["path"], si).replace("-", "")[:24].upper()
        for ti, t in enumerate(sess):
            out.append(dict(conv=conv, t=t, first=ti == 0, i=len(out)))
    return out


def render_google_rec(c, d, rec):
    P, sh, p = g_pairs(c, rec), rec["shape"], f"{d}/{rec['path']}"
    lang = c["locale"]
    if sh == "gactions-scene":
        for x in P:
            t = x["t"]
            req = {"handler": {"name": t["intent"] if t["intent"] != "LAUNCH" else "welcome"},
                   "intent": {"name": "actions.intent.MAIN" if t["intent"] == "LAUNCH" else t["intent"],
                              "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": t["utt"]},
                   "scene": {"name": "Main" if t["intent"] == "LAUNCH" else "Conversation", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": x["conv"], "params": {}, "languageCode": lang},
                   "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "lastSeenTime": rec["date"]},
                   "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            res = {"session": {"id": x["conv"], "params": {}},
                   "prompt": {"override": False, "firstSimple": {"speech": say(t["speech"]), "text": t["card"][1] if t["card"] else ""}}}
            if t["end"]:
                res["scene"] = {"name": "Conversation", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            else:
                res["scene"] = {"name": "Conversation", "slots": {}, "next": {"name": "Conversation"}}
                if t["reprompt"] is not None:
                    res["prompt"]["lastSimple"] = {"speech": t["reprompt"]}
            w(f"{p}/turn{x['i']+1}__req.json", req)
            w(f"{p}/turn{x['i']+1}__res.json", res)
    elif sh == "gactions-conversation":
        arr = []
        for x in P:
            t = x["t"]
            it = "actions.intent.MAIN" if t["intent"] == "LAUNCH" else t["intent"]
            req = {"user": {"locale": lang, "lastSeen": rec["date"], "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": x["conv"], "type": "NEW" if x["first"] else "ACTIVE"},
                   "inputs": [{"intent": it, "rawInputs": [{"inputType": "VOICE", "query": t["utt"]}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t["slots"].items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}
            items = [{"simpleResponse": {"textToSpeech": say(t["speech"]), **({"displayText": t["card"][1]} if t["card"] else {})}}]
            if t["end"]:
                res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                res = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items},
                        "noInputPrompts": [] if t["reprompt"] is None else [{"textToSpeech": t["reprompt"]}]},
                        "possibleIntents": [{"intent": "actions.intent.TEXT"}]}]}
                if t.get("slots", {}).get("_perm"):
                    pass
            arr.append({"request": req, "response": res})
        w(p, "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arr) if p.endswith(".jsonl") else arr)
    elif sh == "dialogflow-webhook":
        for x in P:
            t = x["t"]
            req = {"responseId": _id(p, x["i"]), "session": f"projects/{slug(c['name'])}/agent/sessions/{x['conv']}",
                   "queryResult": {"queryText": t["utt"], "parameters": dict(t["slots"]), "allRequiredParamsPresent": True,
                                   "intent": {"name": f"projects/{slug(c['name'])}/agent/intents/{_id(t['intent'])}",
                                              "displayName": "Default Welcome Intent" if t["intent"] == "LAUNCH" else t["intent"]},
                                   "intentDetectionConfidence": 1, "languageCode": lang.split("-")[0]},
                   "originalDetectIntentRequest": {"source": "google", "version": "2",
                                                   "payload": {"conversation": {"conversationId": x["conv"], "type": "NEW" if x["first"] else "ACTIVE"},
                                                               "user": {"locale": lang}}}}
            items = [{"simpleResponse": {"textToSpeech": say(t["speech"]), **({"displayText": t["card"][1]} if t["card"] else {})}}]
            g = {"expectUserResponse": not t["end"], "richResponse": {"items": items}}
            if t["reprompt"] is not None and not t["end"]:
                g["noInputPrompts"] = [{"textToSpeech": t["reprompt"]}]
            res = {"fulfillmentText": say(t["speech"]), "payload": {"google": g}}
            w(f"{p}/{x['i']+1:02d}-request.json", req)
            w(f"{p}/{x['i']+1:02d}-response.json", res)
    else:
        raise ValueError(sh)


def google_package(c, d):
    kind = c["platform"]
    lang = c["locale"]
    pol = f"https://{slug(c['name'])}.example.com/privacy" if c["policy"] else ""
    if kind == "gab":
        s = [f"defaultLocale: {lang.split('-')[0]}", f"projectId: {slug(c['name'])}-{int(hashlib.md5(c['cid'].encode()).hexdigest(), 16) % 9999}",
             "localizedSettings:", f"  displayName: {json.dumps(c['name'], ensure_ascii=False)}",
             f"  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}",
             f"  shortDescription: {json.dumps(c['desc'][:80], ensure_ascii=False)}",
             f"  fullDescription: {json.dumps(c['desc'], ensure_ascii=False)}",
             f"  privacyPolicyUrl: {json.dumps(pol)}", f"  developerName: Studio {c['name'].split()[0]}",
             f"  category: {c['category']}", f"usesTransactionsApi: false", f"designedForFamily: {str(c['kids']).lower()}"]
        w(f"{d}/sdk/settings/settings.yaml", "\n".join(s) + "\n")
        w(f"{d}/sdk/manifest.yaml", "version: '1.0'\n")
        w(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            y = ["parameters:"] + [f"- name: {k}\n  type:\n    name: {v}" for k, v in slots.items()] if slots else []
            y += ["trainingPhrases:"] + [f"- {json.dumps(s_, ensure_ascii=False)}" for s_ in samples]
            w(f"{d}/sdk/custom/intents/{name}.yaml", "\n".join(y) + "\n")
        for tn, vals in c["types"].items():
            y = ["synonym:", "  entities:"] + [f"    {json.dumps(v, ensure_ascii=False)}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}" for v in vals] + ["  matchType: EXACT_MATCH"]
            w(f"{d}/sdk/custom/types/{tn}.yaml", "\n".join(y) + "\n")
        w(f"{d}/sdk/custom/scenes/Conversation.yaml", "intentEvents:\n" + "".join(
            f"- handler:\n    webhookHandler: {it[0]}\n  intent: {it[0]}\n" for it in c["intents"]))
        w(f"{d}/sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: welcome\n")
    elif kind == "gsdk":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for it in c["intents"]:
            slots = it[2] if len(it) > 2 else {}
            acts.append({"name": it[0], "fulfillment": {"conversationName": "main"},
                         "intent": {"name": it[0], "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                    "trigger": {"queryPatterns": it[1]}}})
        m = {"actions": acts, "conversations": {"main": {"name": "main", "url": f"https://{slug(c['name'])}.example-fn.net/fulfillment"}},
             "locale": lang, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["desc"][:80],
                                           "longDescription": c["desc"], "category": c["category"], "privacyUrl": pol}}
        if c["types"]:
            m["types"] = [{"name": k, "entities": [{"key": v, "synonyms": [v]} for v in vs]} for k, vs in c["types"].items()]
        w(f"{d}/action.json", m)
    elif kind == "df":
        l2 = lang.split("-")[0]
        w(f"{d}/agent.json", {"description": c["desc"], "language": l2, "supportedLanguages": [], "displayName": c["name"],
                              "googleAssistant": {"invocationName": c["inv"], "project": slug(c["name"]),
                                                  "oAuthLinking": {}, "voiceType": "MALE_1", "capabilities": [],
                                                  "privacyPolicyUrl": pol, "designedForFamily": c["kids"]},
                              "webhook": {"url": f"https://{slug(c['name'])}.example-fn.net/df", "available": True},
                              "defaultTimezone": "Europe/Madrid", "enableOnePlatformResponses": True})
        w(f"{d}/package.json", {"version": "1.0.0"})
        for it in [("Default Welcome Intent", [])] + c["intents"]:
            slots = it[2] if len(it) > 2 else {}
            w(f"{d}/intents/{it[0]}.json", {"id": _id(it[0]), "name": it[0], "auto": True, "webhookUsed": True,
                                            "responses": [{"resetContexts": False, "parameters": [
                                                {"name": k, "dataType": v, "value": "$" + k, "isList": False} for k, v in slots.items()],
                                                "messages": [{"type": 0, "lang": l2, "speech": []}]}],
                                            "events": [{"name": "WELCOME"}] if it[0] == "Default Welcome Intent" else []})
            if it[1]:
                us = []
                for s_ in it[1]:
                    data = []
                    rest = s_
                    while "{" in rest:
                        a, b = rest.split("{", 1)
                        k, rest = b.split("}", 1)
                        if a:
                            data.append({"text": a, "userDefined": False})
                        data.append({"text": k, "alias": k, "meta": slots.get(k, "@sys.any"), "userDefined": True})
                    if rest:
                        data.append({"text": rest, "userDefined": False})
                    us.append({"id": _id(s_), "data": data, "isTemplate": False, "count": 0})
                w(f"{d}/intents/{it[0]}_usersays_{l2}.json", us)
        for tn, vals in c["types"].items():
            w(f"{d}/entities/{tn}.json", {"name": tn, "isOverridable": True, "isEnum": False})
            w(f"{d}/entities/{tn}_entries_{l2}.json", [{"value": v, "synonyms": [v]} for v in vals])


def build():
    cdir = os.path.join(ROOT, "cases")
    shutil.rmtree(cdir, ignore_errors=True)
    labels = {}
    for c in CASES:
        d = os.path.join(cdir, c["cid"])
        if c["platform"] == "alexa":
            alexa_package(c, d)
        else:
            google_package(c, d)
        for rec in c["recs"]:
            (render_alexa_rec if c["platform"] == "alexa" else render_google_rec)(c, d, rec)
        for fp, txt in c["extra"].items():
            w(os.path.join(d, fp), txt)
        shapes = c["shapes"] or sorted({r["shape"] for r in c["recs"]})
        labels[c["cid"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
    w(os.path.join(ROOT, "labels.json"), dict(sorted(labels.items())))
    return labels
