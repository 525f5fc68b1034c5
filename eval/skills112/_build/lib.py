"""Helpers that turn hand-written case specs into project folders and recordings."""
import csv, hashlib, io, json, os, uuid

OUT = None  # set by gen.py
LABELS = {}


def hid(*parts):
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()


def u(*parts):
    return str(uuid.UUID(hid(*parts)))


def W(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")


def ospeech(t):
    if t is None:
        return None
    if t.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": t}
    return {"type": "PlainText", "text": t}


# ---------------------------------------------------------------- Alexa package
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa_package(d, c):
    loc = c["loc"]
    locs = [loc] + c.get("extra_locs", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["desc"][:150], "examplePhrases": c.get("examples") or [f"Alexa, open {c['inv']}"],
                  "name": c["name"], "description": c["desc"], "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://cdn.example-skills.net/{c['id']}/108.png",
                  "largeIconUri": f"https://cdn.example-skills.net/{c['id']}/512.png"}
    pc = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": bool(c.get("perms")) or c.get("usesPI", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "distributionCountries": c.get("countries", [loc.split("-")[1]]),
                                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                  "category": c.get("category", "SPORTS")},
                        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:eu-west-1:4{int(hid(c['id'])[:8],16)%10**11:011d}:function:{c['id'][7:]}")}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    W(f"{d}/skill-package/skill.json", man)
    for l in locs:
        invn = c.get("invs", {}).get(l, c["inv"])
        intents = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            intents.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        names = {i["name"] for i in intents}
        for b in c.get("builtins", BUILTINS):
            if b not in names:
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in c.get("types", {}).items()]
        lm = {"invocationName": invn, "intents": intents, "types": types}
        model = {"interactionModel": {"languageModel": lm}}
        if c.get("dialog"):
            model["interactionModel"]["dialog"] = c["dialog"]
        W(f"{d}/skill-package/interactionModels/custom/{l}.json", model)
    W(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        fn, src = c["code"]
        W(f"{d}/lambda/{fn}", src)


# ---------------------------------------------------------------- Alexa requests / responses
def sessions(c, turns, tag):
    """turns: list of (intent, slots, speech, reprompt, end).  Yields (req, resp) with proper session handling."""
    out = []
    sidx = 0
    new = True
    app = "amzn1.ask.skill." + u(c["id"], "app")
    user = "amzn1.ask.account.AE" + hid(c["id"], "user").upper()[:30]
    dev = "amzn1.ask.device.AG" + hid(c["id"], "dev").upper()[:30]
    day = c.get("day", "2025-03-14")
    for i, t in enumerate(turns):
        intent, slots, speech, rep, end = t[:5]
        sid = "amzn1.echo-api.session." + u(c["id"], tag, sidx)
        rid = "amzn1.echo-api.request." + u(c["id"], tag, i)
        ts = f"{t[5] if len(t) > 5 else day}T{18 + i // 30:02d}:{(i * 2) % 60:02d}:{(i * 7) % 60:02d}Z"
        if intent in ("LaunchRequest", "SessionEndedRequest"):
            r = {"type": intent, "requestId": rid, "locale": c["loc"], "timestamp": ts}
            if intent == "SessionEndedRequest":
                r["reason"] = "USER_INITIATED"
        else:
            r = {"type": "IntentRequest", "requestId": rid, "locale": c["loc"], "timestamp": ts, "dialogState": "COMPLETED" if slots else None,
                 "intent": {"name": intent, "confirmationStatus": "NONE",
                            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in (slots or {}).items()}}}
            if r["dialogState"] is None:
                del r["dialogState"]
        req = {"version": "1.0",
               "session": {"new": new, "sessionId": sid, "application": {"applicationId": app}, "attributes": {}, "user": {"userId": user}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": r}
        if new:
            del req["session"]["attributes"]
        resp = {"version": "1.0", "sessionAttributes": t[6] if len(t) > 6 else {}, "userAgent": "ask-node/2.14.0 Node/v18.20.4",
                "response": {}}
        if speech is not None:
            resp["response"]["outputSpeech"] = ospeech(speech)
        if rep is not None:
            resp["response"]["reprompt"] = {"outputSpeech": ospeech(rep)}
        if end is not None:
            resp["response"]["shouldEndSession"] = end
        if len(t) > 7 and t[7]:
            resp["response"]["directives"] = t[7]
        if intent == "SessionEndedRequest":
            resp = {"version": "1.0", "response": {}}
        out.append((req, resp, intent, slots, speech))
        new = bool(end) or intent == "SessionEndedRequest"
        if new:
            sidx += 1
    return out


def utter(intent, slots, c):
    if intent == "LaunchRequest":
        return f"open {c['inv']}"
    if intent == "SessionEndedRequest":
        return "(session ended)"
    ut = c.get("utt", {}).get(intent)
    if ut:
        for k, v in (slots or {}).items():
            ut = ut.replace("{" + k + "}", v)
        return ut
    return intent.replace("AMAZON.", "").replace("Intent", "").lower() + ((" " + " ".join(slots.values())) if slots else "")


def plain(speech):
    import re
    if speech is None:
        return ""
    return re.sub(r"<[^>]+>", "", speech)


def write_alexa_rec(d, c, turns, shape, path, tag="a"):
    pairs = sessions(c, turns, tag)
    p = f"{d}/{path}"
    if shape == "envelope":
        base = p
        for i, (rq, rs, *_ ) in enumerate(pairs):
            W(f"{base}/{i + 1:02d}-{(rq['request'].get('intent') or {}).get('name', rq['request']['type'])}.json", rs)
    elif shape == "pairs-jsonl":
        W(p, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for rq, rs, *_ in pairs))
    elif shape == "pairs-array":
        W(p, [{"request": rq, "response": rs} for rq, rs, *_ in pairs])
    elif shape == "smapi-simulation":
        for i, (rq, rs, it, sl, sp) in enumerate(pairs):
            W(f"{p}/sim-{i + 1:02d}.json", {"id": u(c["id"], "sim", i), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(sp)}}],
                                       "consideredIntents": [{"name": it, "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:eu-west-1:000000000000:function:x"), "body": rq},
                                                        "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]},
                "error": None}})
    elif shape == "smapi-invocation":
        for i, (rq, rs, *_ ) in enumerate(pairs):
            W(f"{p}/invoke-{i + 1:02d}.json", {"id": u(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:x", "body": rq},
                "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}})
    elif shape == "ask-dialog":
        W(f"{p}/dialog-replay.json", {"skillId": pairs[0][0]["session"]["application"]["applicationId"], "locale": c["loc"], "type": "text",
                                      "userInput": [utter(it, sl, c) for _, _, it, sl, _ in pairs if it != "SessionEndedRequest"]})
        if c.get("dialog_text"):
            txt = "".join(f"User  > {utter(it, sl, c)}\nAlexa > {plain(sp)}\n" for _, _, it, sl, sp in pairs if it != "SessionEndedRequest")
            W(f"{p}/dialog-output.txt", txt)
        else:
            W(f"{p}/dialog-output.json", [{"utterance": utter(it, sl, c), "invocations": [{"request": rq, "response": rs}]}
                                          for rq, rs, it, sl, _ in pairs if it != "SessionEndedRequest"])
    elif shape == "cloudwatch-text":
        lines = []
        py = c.get("py")
        for i, (rq, rs, *_ ) in enumerate(pairs):
            rid = u(c["id"], "lam", i)
            ts = rq["request"]["timestamp"].replace("Z", ".412Z")
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if py:
                lines.append(f"[INFO]\t{ts}\t{rid}\tRequest Envelope: {json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {120 + i * 9}.31 ms\tBilled Duration: {121 + i * 9} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        W(p, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (rq, rs, *_ ) in enumerate(pairs):
            rid = u(c["id"], "lam", i)
            ts = rq["request"]["timestamp"].replace("Z", ".100Z")
            base = 1741975200000 + i * 60000
            ev.append({"logStreamName": "2025/03/14/[$LATEST]" + hid(c["id"])[:32], "timestamp": base, "message": f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n", "ingestionTime": base + 40, "eventId": str(37000000000000000000 + i * 2)})
            ev.append({"logStreamName": "2025/03/14/[$LATEST]" + hid(c["id"])[:32], "timestamp": base + 150, "message": f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n", "ingestionTime": base + 190, "eventId": str(37000000000000000001 + i * 2)})
        W(p, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        entries = []
        for i, (rq, rs, *_ ) in enumerate(pairs):
            body, rbody = json.dumps(rq, ensure_ascii=False), json.dumps(rs, ensure_ascii=False)
            entries.append({"startedDateTime": rq["request"]["timestamp"].replace("Z", ".000Z"), "time": 142 + i,
                            "request": {"method": "POST", "url": c.get("url", f"https://skill.{c['id'][7:]}.example.net/alexa"), "httpVersion": "HTTP/1.1",
                                        "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body),
                                        "postData": {"mimeType": "application/json", "text": body}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                         "cookies": [], "content": {"size": len(rbody), "mimeType": "application/json", "text": rbody}, "redirectURL": "", "headersSize": -1, "bodySize": len(rbody)},
                            "cache": {}, "timings": {"send": 1, "wait": 130, "receive": 2}})
        W(p, {"log": {"version": "1.2", "creator": {"name": c.get("har_creator", "mitmproxy"), "version": "10.1.5"}, "entries": entries}})
    elif shape == "transcript":
        lines = []
        for rq, rs, it, sl, sp in pairs:
            ts = rq["request"]["timestamp"]
            if it == "SessionEndedRequest":
                continue
            lines.append(f"[{ts}] USER: {utter(it, sl, c)}")
            lines.append(f"[{ts}] SKILL: {plain(sp)}")
            r = rs["response"].get("reprompt")
            if r:
                lines.append(f"[{ts}] SKILL (reprompt): {plain(r['outputSpeech'].get('ssml') or r['outputSpeech'].get('text'))}")
            lines.append(f"[{ts}] session_open={str(not rs['response'].get('shouldEndSession', False)).lower()}")
        W(p, "\n".join(lines) + "\n")
    # ----------------------------------------------------------- shapes not in set 1
    elif shape == "jest-snapshot":
        blocks = []
        for i, (rq, rs, it, sl, sp) in enumerate(pairs):
            if it == "SessionEndedRequest":
                continue
            blocks.append(f"exports[`{c['name']} handler {utter(it, sl, c)} {i + 1}`] = `\n{json.dumps(rs, indent=2, ensure_ascii=False)}\n`;\n")
        W(p, "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\n" + "\n".join(blocks))
    elif shape == "postman-collection":
        items = []
        for i, (rq, rs, it, sl, sp) in enumerate(pairs):
            items.append({"name": f"{i + 1:02d} {utter(it, sl, c)}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                          "body": {"mode": "raw", "raw": json.dumps(rq, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
                          "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}},
                          "response": [{"name": "recorded", "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(rs, indent=2, ensure_ascii=False)}]})
        W(p, {"info": {"_postman_id": u(c["id"], "pm"), "name": f"{c['name']} local endpoint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})
    elif shape == "sam-local-invoke":
        # one event file per request, plus the console output of `sam local invoke -e`
        out = []
        for i, (rq, rs, it, sl, sp) in enumerate(pairs):
            W(f"{p}/events/{i + 1:02d}-{it.replace('AMAZON.', '').lower()}.json", rq)
            out.append(f"$ sam local invoke SkillFunction -e events/{i + 1:02d}-{it.replace('AMAZON.', '').lower()}.json")
            out.append("Invoking index.handler (nodejs18.x)")
            out.append("Local image is up-to-date")
            out.append(f"START RequestId: {u(c['id'], 'sam', i)} Version: $LATEST")
            out.append(f"END RequestId: {u(c['id'], 'sam', i)}")
            out.append(f"REPORT RequestId: {u(c['id'], 'sam', i)}\tInit Duration: 0.11 ms\tDuration: 412.07 ms\tBilled Duration: 413 ms\tMemory Size: 256 MB\tMax Memory Used: 256 MB")
            out.append(json.dumps(rs, ensure_ascii=False))
            out.append("")
        W(f"{p}/invoke-output.log", "\n".join(out))
    elif shape == "console-skill-io":
        for i, (rq, rs, it, sl, sp) in enumerate(pairs):
            if it == "SessionEndedRequest":
                continue
            W(f"{p}/{i + 1:02d}.json", {"utterance": utter(it, sl, c), "Skill I/O": {"JSON Input 1": rq, "JSON Output 1": rs},
                                        "Device Log": [{"header": {"namespace": "SpeechSynthesizer", "name": "Speak"}, "payload": {"caption": plain(sp)}}]})
    elif shape == "voiceflow-csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["transcript_id", "turn", "timestamp", "speaker", "type", "message", "session_open"])
        tid = 1
        for i, (rq, rs, it, sl, sp) in enumerate(pairs):
            if it == "SessionEndedRequest":
                continue
            ts = rq["request"]["timestamp"]
            w.writerow([f"tr_{hid(c['id'], rq['session']['sessionId'])[:10]}", 2 * i + 1, ts, "user", "text", utter(it, sl, c), ""])
            r = rs["response"].get("reprompt")
            w.writerow([f"tr_{hid(c['id'], rq['session']['sessionId'])[:10]}", 2 * i + 2, ts, "assistant", "speak", rs["response"].get("outputSpeech", {}).get("ssml") or rs["response"].get("outputSpeech", {}).get("text", ""),
                        str(not rs["response"].get("shouldEndSession", False)).lower()])
            if r:
                w.writerow([f"tr_{hid(c['id'], rq['session']['sessionId'])[:10]}", 2 * i + 2, ts, "assistant", "reprompt", r["outputSpeech"].get("ssml") or r["outputSpeech"].get("text"), ""])
        W(p, buf.getvalue())
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for i, (rq, rs, it, sl, sp) in enumerate(pairs):
            if it == "SessionEndedRequest":
                continue
            cases.append(f'    <testcase classname="skill.{c["id"][7:].replace("-", "_")}" name="{escape(utter(it, sl, c))}" time="0.{200 + i}">\n'
                         f'      <system-out><![CDATA[\n>>> request {json.dumps(rq["request"], ensure_ascii=False)}\n<<< response {json.dumps(rs, ensure_ascii=False)}\n]]></system-out>\n    </testcase>')
        W(p, f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pytest" tests="{len(cases)}" failures="0">\n  <testsuite name="test_dialogs" tests="{len(cases)}" failures="0" errors="0" skipped="0">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "bespoken-yaml":
        lines = ["---", "configuration:", f"  locale: {c['loc']}", "  voiceId: Brian" if c["loc"] == "en-GB" else "  voiceId: default", "",
                 f"--- # recorded with `bst test --config testing.json` on {c.get('day', '2025-03-14')}", f"- test: {c['name']} recorded run"]
        for rq, rs, it, sl, sp in pairs:
            if it == "SessionEndedRequest":
                continue
            r = rs["response"].get("reprompt")
            lines.append(f"- {json.dumps(utter(it, sl, c), ensure_ascii=False)}:")
            lines.append(f"  - prompt: {json.dumps(plain(sp), ensure_ascii=False)}")
            if r:
                lines.append(f"  - reprompt: {json.dumps(plain(r['outputSpeech'].get('ssml') or r['outputSpeech'].get('text')), ensure_ascii=False)}")
            lines.append(f"  - response.shouldEndSession: {str(rs['response'].get('shouldEndSession')).lower() if rs['response'].get('shouldEndSession') is not None else 'undefined'}")
        W(p, "\n".join(lines) + "\n")
    else:
        raise ValueError(shape)


def alexa_case(c):
    d = f"{OUT}/cases/{c['id']}"
    alexa_package(d, c)
    shapes = []
    for rec in c["recs"]:
        shape, path, turns = rec[0], rec[1], rec[2]
        write_alexa_rec(d, c, turns, shape, path, tag=path)
        if shape not in shapes:
            shapes.append(shape)
    for fn, txt in c.get("files", {}).items():
        W(f"{d}/{fn}", txt)
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}


# ---------------------------------------------------------------- Google
def yaml_list(xs, ind="  "):
    return "".join(f"{ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in xs)


def google_case(g):
    """g: id, loc, name, inv, kind(builder|v2|dialogflow), intents [(name, phrases, params{name:type})], types {name: values},
    turns [(intent, params, speech, expect_more, reprompt)], shape path, cats, why, policy, perms (v2 permission names)."""
    d = f"{OUT}/cases/{g['id']}"
    lang = g["loc"].split("-")[0]
    proj = "proj-" + g["id"][7:]
    if g["kind"] == "builder":
        st = f"projectId: {proj}\ndefaultLocale: {lang}\nlocalizedSettings:\n  displayName: {json.dumps(g['name'], ensure_ascii=False)}\n  pronunciation: {json.dumps(g['inv'], ensure_ascii=False)}\n  developerName: {json.dumps(g.get('dev', 'Matchday Labs'))}\n  developerEmail: dev@{g['id'][7:]}.example.net\n  fullDescription: {json.dumps(g['desc'], ensure_ascii=False)}\n  shortDescription: {json.dumps(g['desc'][:70], ensure_ascii=False)}\n"
        if g.get("policy"):
            st += f"  privacyPolicyUrl: {g['policy']}\n"
        st += "category: SPORTS\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\n"
        W(f"{d}/sdk/settings/settings.yaml", st)
        W(f"{d}/sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
        for name, phr, params in g["intents"]:
            y = ""
            if params:
                y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in params.items())
            y += "trainingPhrases:\n" + yaml_list(phr, "")
            W(f"{d}/sdk/custom/intents/{name}.yaml", y)
        for tn, vals in g.get("types", {}).items():
            W(f"{d}/sdk/custom/types/{tn}.yaml", "synonym:\n  entities:\n" + "".join(f"    {v.replace(' ', '_')}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) + "  matchType: EXACT_MATCH\n")
        for sc, body in g.get("scenes", {}).items():
            W(f"{d}/sdk/custom/scenes/{sc}.yaml", body)
        if g.get("code"):
            W(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment/index.js", g["code"])
        W(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n- name: turn\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    elif g["kind"] == "v2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {g['inv']}"]}}}]
        for name, phr, params in g["intents"]:
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": "main"},
                         "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()], "trigger": {"queryPatterns": phr}}})
        aj = {"actions": acts, "conversations": {"main": {"name": "main", "url": f"https://europe-west1-{proj}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}},
              "locale": g["loc"], "manifest": {"displayName": g["name"], "invocationName": g["inv"], "shortDescription": g["desc"][:70], "longDescription": g["desc"], "category": "SPORTS"}}
        if g.get("policy"):
            aj["manifest"]["privacyUrl"] = g["policy"]
        if g.get("types"):
            aj["types"] = [{"name": "$" + tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in g["types"].items()]
        W(f"{d}/action.json", aj)
    else:  # dialogflow
        ag = {"description": g["desc"], "language": lang, "shortDescription": g["desc"][:70], "examples": "", "linkToDocs": "",
              "displayName": g["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": proj, "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                  "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"}, "voiceType": "MALE_1", "capabilities": [],
                                  "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
              "defaultTimezone": "Europe/London", "webhook": {"url": f"https://europe-west1-{proj}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        if g.get("policy"):
            ag["googleAssistant"]["privacyPolicyUrl"] = g["policy"]
        W(f"{d}/agent.json", ag)
        W(f"{d}/package.json", {"version": "1.0.0"})
        W(f"{d}/intents/Default Welcome Intent.json", {"id": u(g["id"], "welcome"), "name": "Default Welcome Intent", "auto": True, "contexts": [],
                                                       "responses": [{"resetContexts": False, "action": "input.welcome", "affectedContexts": [], "parameters": [], "messages": [], "speech": []}],
                                                       "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}]})
        for name, phr, params in g["intents"]:
            W(f"{d}/intents/{name}.json", {"id": u(g["id"], name), "name": name, "auto": True, "contexts": [],
                                           "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                                                          "parameters": [{"id": u(g["id"], name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                                                          "messages": [], "speech": []}],
                                           "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            ud = []
            for ph in phr:
                data, rest = [], ph
                import re
                for part in re.split(r"(\{[^}]+\})", ph):
                    if not part:
                        continue
                    if part.startswith("{"):
                        k, _, ex = part[1:-1].partition(":")
                        data.append({"text": ex or k, "alias": k, "meta": params.get(k, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                ud.append({"id": u(g["id"], name, ph), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            W(f"{d}/intents/{name}_usersays_{lang}.json", ud)
        for tn, vals in g.get("types", {}).items():
            W(f"{d}/entities/{tn}.json", {"id": u(g["id"], tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            W(f"{d}/entities/{tn}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])
        if g.get("code"):
            W(f"{d}/fulfillment/index.js", g["code"])
    shapes = []
    for shape, path, turns in g["recs"]:
        write_google_rec(d, g, turns, shape, path)
        if shape not in shapes:
            shapes.append(shape)
    LABELS[g["id"]] = {"categories": sorted(g["cats"]), "locale": g["loc"], "shapes": shapes, "why": g["why"]}


def write_google_rec(d, g, turns, shape, path):
    recs = []
    conv = "ABwppHF" + hid(g["id"], "conv")[:24]
    sidx = 0
    for i, t in enumerate(turns):
        intent, params, speech, more, rep = t[:5]
        query = t[5] if len(t) > 5 else (f"talk to {g['inv']}" if intent in ("actions.intent.MAIN", "Default Welcome Intent", "main") else intent)
        cid = conv + str(sidx)
        if shape == "gactions-conversation":
            rq = {"user": {"locale": g["loc"], "lastSeen": "2025-03-01T10:00:00Z", "userVerificationStatus": "VERIFIED"},
                  "conversation": {"conversationId": cid, "type": "NEW" if i == 0 or not turns[i - 1][3] else "ACTIVE"},
                  "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": query}], "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in (params or {}).items()]}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            rs = {"expectUserResponse": more}
            if more:
                rs["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": speech}}]},
                                                         "noInputPrompts": [{"textToSpeech": r} for r in (rep or [])]},
                                         "possibleIntents": t[6] if len(t) > 6 else [{"intent": "actions.intent.TEXT"}]}]
            else:
                rs["finalResponse"] = {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
            recs.append({"request": rq, "response": rs})
        elif shape == "dialogflow-webhook":
            sess = f"projects/proj-{g['id'][7:]}/agent/sessions/{cid}"
            rq = {"responseId": u(g["id"], "resp", i), "session": sess,
                  "queryResult": {"queryText": query, "parameters": params or {}, "allRequiredParamsPresent": True, "intent": {"name": f"projects/proj/agent/intents/{u(g['id'], intent)}", "displayName": intent},
                                  "intentDetectionConfidence": 0.92, "languageCode": g["loc"].lower()},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": g["loc"]}, "conversation": {"conversationId": cid, "type": "ACTIVE" if i else "NEW"}, "inputs": [{"rawInputs": [{"query": query, "inputType": "VOICE"}], "intent": "actions.intent.TEXT"}]}}}
            rs = {"fulfillmentText": speech, "payload": {"google": {"expectUserResponse": more, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}}}
            if rep:
                rs["payload"]["google"]["noInputPrompts"] = [{"textToSpeech": r} for r in rep]
            if len(t) > 6:
                rs["payload"]["google"]["systemIntent"] = t[6]
            recs.append({"request": rq, "response": rs})
        else:  # gactions-scene
            rq = {"handler": {"name": "main" if i == 0 else "turn"}, "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in (params or {}).items()}, "query": query},
                  "scene": {"name": t[6] if len(t) > 6 else "Start", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": cid, "params": {}, "languageCode": ""}, "user": {"locale": g["loc"], "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-03-01T10:00:00Z"},
                  "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            rs = {"session": {"id": cid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": plain(speech)}}}
            rs["scene"] = {"name": t[6] if len(t) > 6 else "Start", "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if not more else (t[7] if len(t) > 7 else "Turn")}}
            if rep:
                rs["prompt"]["lastSimple"] = {"speech": rep[0], "text": plain(rep[0])}
            recs.append({"request": rq, "response": rs})
        if not more:
            sidx += 1
    p = f"{d}/{path}"
    if p.endswith(".jsonl"):
        W(p, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    else:
        W(p, recs)
