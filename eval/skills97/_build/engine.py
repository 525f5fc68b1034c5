"""Rendering engine for eval set 97: turns hand-written case specs (cases_*.py) into project folders
and recordings of many shapes. All case content lives in the cases_*.py files."""
import csv, hashlib, io, json, os, shutil, uuid, datetime as dt

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = []

def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

class T:
    """one turn: user text, intent (or 'Launch' / 'SessionEnded'), skill speech, reprompt, end flag"""
    def __init__(self, user, intent, say, rep=None, end=False, slots=None, extra=None):
        self.user, self.intent, self.say, self.rep, self.end = user, intent, say, rep, end
        self.slots = slots or {}
        self.extra = extra or {}

class R:
    def __init__(self, shape, path, turns, date="2026-03-02T09:15:00Z", ver="1.0.0"):
        self.shape, self.path, self.turns, self.date, self.ver = shape, path, turns, date, ver

def case(cid, *, cats, why, locale, recs, platform="alexa", **kw):
    CASES.append(dict(cid=cid, cats=sorted(cats), why=why, locale=locale, recs=recs, platform=platform, **kw))

# ---------------------------------------------------------------- helpers
def wj(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")

def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def speech(s):
    if s is None:
        return None
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}

def ts(base, i, sec=7):
    d = dt.datetime.strptime(base, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=sec * i)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ"), d

# ---------------------------------------------------------------- alexa
OPEN = {"de": "Alexa, öffne {}", "fr": "Alexa, ouvre {}", "pt": "Alexa, abrir {}"}
BUILTINS = ["AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def alexa_package(c, root):
    loc = c["locale"]
    locs = c.get("locales") or [loc]
    name = c["name"]
    pl = {l: {"name": name, "summary": c.get("summary", c["desc"]), "description": c["desc"],
              "examplePhrases": c.get("examples") or [OPEN.get(l[:2], "Alexa, open {}").format(c["inv"])],
              "keywords": c.get("keywords", []),
              "smallIconUri": f"https://cdn.example-assets.net/{hid(c['cid'],n=10)}/icon-108.png",
              "largeIconUri": f"https://cdn.example-assets.net/{hid(c['cid'],n=10)}/icon-512.png"} for l in locs}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy", True):
        dom = c.get("domain", hid(c["cid"], n=6) + "-apps.com")
        pc["locales"] = {l: {"privacyPolicyUrl": f"https://www.{dom}/privacy", "termsOfUseUrl": f"https://www.{dom}/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pl, "isAvailableWorldwide": False,
            "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
            "category": c.get("category", "PRODUCTIVITY"),
            "distributionCountries": c.get("countries", [ {"en-US":"US","en-IN":"IN","de-DE":"DE","fr-FR":"FR","pt-BR":"BR"}[loc] ]),
            "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{c.get('region','us-east-1')}:{int(hid(c['cid'],n=8),16)%10**12:012d}:function:{c['cid'].split('-',1)[1]}"}}},
        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if c.get("interfaces"):
        man["manifest"]["apis"]["custom"]["interfaces"] = [{"type": x} for x in c["interfaces"]]
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    wj(os.path.join(root, "skill-package", "skill.json"), man)
    models = c.get("models") or {loc: (c["inv"], c["intents"], c.get("types", {}))}
    for l, (inv, intents, types) in models.items():
        its = []
        for it in intents:
            nm, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {"name": nm, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
            if not slots:
                d.pop("slots")
            its.append(d)
        for b in BUILTINS:
            if not any(i["name"] == b for i in its):
                its.append({"name": b, "samples": []})
        tys = [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in types.items()]
        wj(os.path.join(root, "skill-package", "interactionModels", "custom", f"{l}.json"),
           {"interactionModel": {"languageModel": {"invocationName": inv, "intents": its, "types": tys}}})
    wj(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}}}}})
    if c.get("code"):
        fn, txt = c["code"]
        wt(os.path.join(root, "lambda", fn), txt)

def alexa_req(c, r, sess, new, i, t):
    app = "amzn1.ask.skill." + uid(c["cid"], "app")
    user = "amzn1.ask.account." + hid(c["cid"], "user", n=40).upper() * 2
    stamp, _ = ts(r.date, i)
    if t.intent == "Launch":
        rq = {"type": "LaunchRequest"}
    elif t.intent == "SessionEnded":
        rq = {"type": "SessionEndedRequest", "reason": t.extra.get("reason", "USER_INITIATED")}
    else:
        rq = {"type": "IntentRequest", "intent": {"name": t.intent, "confirmationStatus": "NONE",
              "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}}
        if not t.slots:
            rq["intent"].pop("slots")
        rq["dialogState"] = "STARTED" if t.slots else None
        if rq["dialogState"] is None:
            rq.pop("dialogState")
    rq.update({"requestId": "amzn1.echo-api.request." + uid(c["cid"], r.path, i, "rq"), "locale": c["locale"], "timestamp": stamp})
    sessd = {"new": new, "sessionId": "amzn1.echo-api.session." + sess,
             "application": {"applicationId": app}, "user": {"userId": user}}
    if not new:
        sessd["attributes"] = {}
    return {"version": "1.0", "session": sessd, "context": {"System": {"application": {"applicationId": app},
            "user": {"userId": user}, "device": {"deviceId": "amzn1.ask.device." + hid(c["cid"], "dev", n=40).upper(),
            "supportedInterfaces": {}}, "apiEndpoint": c.get("api", "https://api.amazonalexa.com"),
            "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}}, "request": rq}

def alexa_resp(c, r, t):
    resp = {}
    if t.say is not None:
        resp["outputSpeech"] = speech(t.say)
    if "card" in t.extra:
        resp["card"] = {"type": "Simple", "title": c["name"], "content": t.extra["card"]}
    if "directives" in t.extra:
        resp["directives"] = t.extra["directives"]
    if t.rep is not None:
        resp["reprompt"] = {"outputSpeech": speech(t.rep)}
    if t.intent != "SessionEnded":
        resp["shouldEndSession"] = t.end
    else:
        resp = {}
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": resp}

def alexa_pairs(c, r):
    out, sess, new = [], uid(c["cid"], r.path, 0), True
    prev = sess
    for i, t in enumerate(r.turns):
        if t.intent == "SessionEnded" and new and i > 0:
            rq = alexa_req(c, r, prev, False, i, t)
            out.append((t, rq, alexa_resp(c, r, t)))
            continue
        prev = sess
        rq = alexa_req(c, r, sess, new, i, t)
        rs = alexa_resp(c, r, t)
        out.append((t, rq, rs))
        new = False
        if t.end or t.intent == "SessionEnded":
            sess, new = uid(c["cid"], r.path, i + 1), True
    return out

def slug(t):
    return (t.intent.replace("AMAZON.", "").replace("Intent", "") or "x").lower()

def render_alexa(c, r, root):
    P = alexa_pairs(c, r)
    p = os.path.join(root, r.path)
    s = r.shape
    if s == "envelope":
        for i, (t, rq, rs) in enumerate(P):
            wj(os.path.join(p, f"{i+1:02d}-{slug(t)}.json"), rs)
    elif s == "pairs-jsonl":
        wt(p, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for _, rq, rs in P))
    elif s == "pairs-array":
        wj(p, [{"request": rq, "response": rs} for _, rq, rs in P])
    elif s == "smapi-simulation":
        for i, (t, rq, rs) in enumerate(P):
            wj(os.path.join(p, f"sim-{i+1:02d}.json"), {"id": uid(c["cid"], "sim", i), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": (t.say or "")}}],
                          "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", rq["request"]["type"]), "confirmationStatus": "NONE"}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:skill", "body": rq},
                          "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 13}}]}, "error": None}})
    elif s == "smapi-invocation":
        for i, (t, rq, rs) in enumerate(P):
            wj(os.path.join(p, f"invoke-{i+1:02d}-{slug(t)}.json"), {"id": uid(c["cid"], "inv", i), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": rq},
                          "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}})
    elif s == "ask-dialog":
        wj(os.path.join(p, "dialog-replay.json"), {"skillId": "amzn1.ask.skill." + uid(c["cid"], "app"), "locale": c["locale"], "type": "text",
           "userInput": [t.user or "open " + c["inv"] for t, _, _ in P if t.intent != "SessionEnded"]})
        wj(os.path.join(p, "dialog-output.json"), [{"utterance": t.user or "open " + c["inv"], "invocations": [{"request": rq, "response": rs}]}
           for t, rq, rs in P if t.intent != "SessionEnded"])
    elif s in ("cloudwatch-text", "cloudwatch-json"):
        lines, events = [], []
        for i, (t, rq, rs) in enumerate(P):
            st, d = ts(r.date, i)
            rid = uid(c["cid"], r.path, "lam", i)
            ms = int(d.timestamp() * 1000)
            if s == "cloudwatch-text":
                py = c.get("py", False)
                lines.append(f"START RequestId: {rid} Version: $LATEST")
                if py:
                    lines.append(f"[INFO]\t{st[:-1]}.112Z\t{rid}\tRequest: {json.dumps(rq, ensure_ascii=False)}")
                    lines.append(f"[INFO]\t{st[:-1]}.301Z\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
                else:
                    lines.append(f"{st[:-1]}.112Z\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
                    lines.append(f"{st[:-1]}.301Z\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
                lines.append(f"END RequestId: {rid}")
                lines.append(f"REPORT RequestId: {rid}\tDuration: 201.33 ms\tBilled Duration: 202 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
            else:
                stream = f"{d:%Y/%m/%d}/[$LATEST]{hid(c['cid'], r.path, n=32)}"
                for k, (lab, obj) in enumerate((("Request", rq), ("Response", rs))):
                    events.append({"logStreamName": stream, "timestamp": ms + k * 150,
                                   "message": f"{st[:-1]}.{100+k*150}Z\t{rid}\tINFO\t{lab}: {json.dumps(obj, ensure_ascii=False)}\n",
                                   "ingestionTime": ms + k * 150 + 900, "eventId": str(int(hid(rid, k, n=12), 16))})
        if s == "cloudwatch-text":
            wt(p, "\n".join(lines) + "\n")
        else:
            wj(p, {"events": events, "searchedLogStreams": []})
    elif s == "har":
        ents = []
        for i, (t, rq, rs) in enumerate(P):
            st, _ = ts(r.date, i)
            url = c.get("endpoint_url", f"https://{hid(c['cid'],n=8)}.ngrok-free.app/alexa")
            ents.append({"startedDateTime": st.replace("Z", ".000Z"), "time": 212, "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                "postData": {"mimeType": "application/json; charset=utf-8", "text": json.dumps(rq, ensure_ascii=False)}},
                "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)}, "redirectURL": "", "headersSize": -1, "bodySize": -1},
                "cache": {}, "timings": {"send": 1, "wait": 205, "receive": 6}})
        wj(p, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ents}})
    elif s == "transcript":
        L = [f"# QA transcript {c['name']} build {r.ver} locale {c['locale']}"]
        for i, (t, rq, rs) in enumerate(P):
            st, _ = ts(r.date, i)
            if t.intent == "SessionEnded":
                L.append(f"[{st}] (session ended by device)"); continue
            L.append(f"[{st}] USER: {t.user or '(launch) open ' + c['inv']}")
            L.append(f"[{st}] SKILL: {t.say or ''}")
            if t.rep is not None:
                L.append(f"[{st}] REPROMPT: {t.rep}")
            L.append(f"[{st}] session_open={'false' if t.end else 'true'}")
        wt(p, "\n".join(L) + "\n")
    elif s == "jest-snapshot":
        L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, (t, rq, rs) in enumerate(P):
            body = json.dumps(rs, indent=2, ensure_ascii=False).replace("`", "\\`")
            L.append(f"exports[`{c['name']} handlers {slug(t)} turn {i+1} 1`] = `\n{body}\n`;\n")
        wt(p, "\n".join(L))
        wt(os.path.join(os.path.dirname(os.path.dirname(p)), "handlers.test.js"),
           "const { handler } = require('../lambda/index');\nconst fixtures = require('./fixtures/requests.json');\n\n"
           "describe('" + c["name"] + " handlers', () => {\n  fixtures.forEach((req, i) => {\n    it(`" + "${req.request.intent ? req.request.intent.name : req.request.type} turn ${i + 1}`, async () => {\n"
           "      const res = await handler(req, {});\n      expect(res).toMatchSnapshot();\n    });\n  });\n});\n")
        wj(os.path.join(os.path.dirname(os.path.dirname(p)), "fixtures", "requests.json"), [rq for _, rq, _ in P])
    elif s == "junit-xml":
        from xml.sax.saxutils import escape
        L = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="pytest" tests="{len(P)}" failures="0">',
             f'  <testsuite name="tests.test_conversation" tests="{len(P)}" errors="0" failures="0" skipped="0" timestamp="{r.date[:-1]}" hostname="ci-runner-4">']
        for i, (t, rq, rs) in enumerate(P):
            L.append(f'    <testcase classname="tests.test_conversation" name="test_turn_{i+1:02d}_{slug(t)}" time="0.{40+i:03d}">')
            L.append("      <system-out>" + escape(f"REQUEST {json.dumps(rq, ensure_ascii=False)}\nRESPONSE {json.dumps(rs, ensure_ascii=False)}") + "</system-out>")
            L.append("    </testcase>")
        L += ["  </testsuite>", "</testsuites>"]
        wt(p, "\n".join(L) + "\n")
    elif s == "postman-run":
        execs = []
        for i, (t, rq, rs) in enumerate(P):
            execs.append({"cursor": {"position": i, "iteration": 0}, "item": {"name": f"{i+1:02d} {t.user or 'launch'}"},
                          "request": {"method": "POST", "url": {"raw": "{{skill_url}}/alexa"}, "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False)}},
                          "response": {"code": 200, "status": "OK", "responseTime": 180 + i, "body": json.dumps(rs, ensure_ascii=False)},
                          "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
        wj(p, {"id": uid(c["cid"], "pm"), "name": f"{c['name']} smoke", "timestamp": r.date, "collection_id": uid(c["cid"], "coll"),
               "folder_id": 0, "environment_id": uid(c["cid"], "env"), "totalPass": len(P), "totalFail": 0, "results": [], "run": {"executions": execs}})
    elif s == "kibana-ndjson":
        L = []
        for i, (t, rq, rs) in enumerate(P):
            st, _ = ts(r.date, i)
            for k, (lab, obj) in enumerate((("alexa.request", rq), ("alexa.response", rs))):
                L.append(json.dumps({"_index": f"skill-logs-{st[:10].replace('-', '.')}", "_id": hid(c["cid"], r.path, i, k, n=20),
                    "_source": {"@timestamp": st, "service": {"name": c["cid"].split("-", 1)[1]}, "log": {"level": "info", "logger": "webhook"},
                    "event": {"action": lab}, "message": json.dumps(obj, ensure_ascii=False)}}, ensure_ascii=False))
        wt(p, "\n".join(L) + "\n")
    elif s == "sam-local":
        for i, (t, rq, rs) in enumerate(P):
            wj(os.path.join(p, "events", f"{i+1:02d}-{slug(t)}.json"), rq)
        L = []
        for i, (t, rq, rs) in enumerate(P):
            rid = uid(c["cid"], "sam", i)
            L += [f"$ sam local invoke SkillFunction -e events/{i+1:02d}-{slug(t)}.json", "Invoking index.handler (nodejs18.x)",
                  "Mounting /home/dev/skill/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container",
                  f"START RequestId: {rid} Version: $LATEST", f"END RequestId: {rid}",
                  f"REPORT RequestId: {rid}\tInit Duration: 0.31 ms\tDuration: 412.08 ms\tBilled Duration: 413 ms\tMemory Size: 256 MB\tMax Memory Used: 256 MB",
                  json.dumps(rs, ensure_ascii=False), ""]
        wt(os.path.join(p, "sam-invoke.log"), "\n".join(L))
    elif s == "csv-transcript":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["session_id", "turn", "timestamp", "speaker", "intent", "text", "reprompt", "should_end_session"])
        for i, (t, rq, rs) in enumerate(P):
            st, _ = ts(r.date, i)
            sid = rq["session"]["sessionId"]
            w.writerow([sid, i + 1, st, "user", rq["request"].get("intent", {}).get("name", rq["request"]["type"]), t.user or "", "", ""])
            if t.intent != "SessionEnded":
                w.writerow([sid, i + 1, st, "skill", "", t.say or "", t.rep if t.rep is not None else "", "true" if t.end else "false"])
        wt(p, buf.getvalue())
    elif s == "markdown-qa":
        L = [f"# Manual QA – {c['name']} ({c['locale']}) build {r.ver}", "", f"Tester: on-device, {r.date[:10]}", "",
             "| # | user said | skill said | reprompt | mic stays open |", "|---|---|---|---|---|"]
        for i, (t, rq, rs) in enumerate(P):
            if t.intent == "SessionEnded":
                continue
            rp = "—" if t.rep is None else ("`" + t.rep.replace("|", "\\|") + "`" if t.rep.strip() else "`" + t.rep + "` (empty)")
            L.append(f"| {i+1} | {t.user or '(open)'} | {(t.say or '').replace('|', '/')} | {rp} | {'no' if t.end else 'yes'} |")
        L += ["", "Raw responses:", ""]
        for i, (t, rq, rs) in enumerate(P):
            L += ["```json", json.dumps(rs, ensure_ascii=False), "```"]
        wt(p, "\n".join(L) + "\n")
    else:
        raise ValueError(s)

# ---------------------------------------------------------------- google
def google_project(c, root):
    k = c["gkind"]
    loc = c["locale"]
    lang = loc.split("-")[0]
    if k == "builder":
        s = {"projectId": c["cid"].split("-", 1)[1], "defaultLocale": lang, "localizedSettings": {"displayName": c["name"],
             "pronunciation": c["inv"], "shortDescription": c["desc"][:80], "fullDescription": c["desc"], "developerName": c.get("dev", "Small Tools Ltd"),
             "developerEmail": "dev@" + hid(c["cid"], n=6) + ".com", "smallLogoImage": "$resources.images.logo", "sampleInvocations": c.get("examples", [f"Talk to {c['inv']}"])},
             "category": "PRODUCTIVITY", "usesInteractiveCanvas": False}
        if c.get("policy", True):
            s["localizedSettings"]["privacyPolicyUrl"] = f"https://{hid(c['cid'], n=6)}.com/privacy"
        yml = "\n".join(f"{k2}: {json.dumps(v, ensure_ascii=False)}" for k2, v in s.items()) + "\n"
        wt(os.path.join(root, "sdk", "settings", "settings.yaml"), yml)
        wt(os.path.join(root, "sdk", "manifest.yaml"), "version: '1.0'\n")
        for nm, txt in c["files"].items():
            wt(os.path.join(root, "sdk", nm), txt)
    elif k == "dialogflow":
        wj(os.path.join(root, "agent.json"), {"description": c["desc"], "language": lang, "shortDescription": c["desc"][:80], "examples": "",
            "linkToDocs": "", "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
            "googleAssistant": {"googleAssistantCompatible": True, "project": c["cid"].split("-", 1)[1], "welcomeIntentSignInRequired": False,
            "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False}, "voiceType": "MALE_1",
            "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
            "defaultTimezone": "Europe/Berlin" if lang == "de" else "America/New_York", "webhook": {"url": f"https://{hid(c['cid'],n=8)}.cloudfunctions.net/fulfillment",
            "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
            "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1",
            "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
            "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
        for nm, (params, says, speech_) in c["dfintents"].items():
            wj(os.path.join(root, "intents", f"{nm}.json"), {"id": uid(c["cid"], nm), "name": nm, "auto": True, "contexts": [],
                "responses": [{"resetContexts": False, "action": "", "affectedContexts": [], "parameters":
                    [{"id": uid(nm, p), "name": p, "required": True, "dataType": ent, "value": "$" + p, "defaultValue": "", "isList": False,
                      "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for p, ent in params.items()],
                    "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": speech_}] if speech_ else [],
                    "speech": [], "defaultResponsePlatforms": {}, "endInteraction": False}],
                "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": nm.startswith("Default Fallback"), "events": [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
            us = []
            for sm in says:
                data = []
                for part in sm:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(nm, json.dumps(sm)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            if us:
                wj(os.path.join(root, "intents", f"{nm}_usersays_{lang}.json"), us)
    elif k == "actionsdk":
        wj(os.path.join(root, "action.json"), c["action"])

def render_google(c, r, root):
    p = os.path.join(root, r.path)
    loc = c["locale"]
    conv = hid(c["cid"], r.path, n=24).upper()
    out = []
    first = True
    for i, t in enumerate(r.turns):
        st, _ = ts(r.date, i)
        if r.shape == "gactions-scene":
            rq = {"handler": {"name": t.extra.get("handler", "main" if first else t.intent)}, "intent": {"name": "actions.intent.MAIN" if first else t.intent,
                  "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.user if t.user is not None else ("Talk to " + c["inv"])},
                  "scene": {"name": t.extra.get("scene", "actions.scene.START_CONVERSATION" if first else "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                  "session": {"id": "ABwppHF" + conv, "params": {}, "typeOverrides": [], "languageCode": ""},
                  "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                           "packageEntitlements": [], "gaiamint": "", "permissions": t.extra.get("perms", []), "lastSeenTime": st},
                  "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "America/New_York", "version": ""}}}
            rs = {"session": {"id": "ABwppHF" + conv, "params": {}}, "prompt": {"override": False}, "scene": {"name": t.extra.get("scene", "Main"), "slots": {},
                  "next": {"name": "actions.scene.END_CONVERSATION" if t.end else t.extra.get("next", "Main")}}}
            if t.say is not None:
                rs["prompt"]["firstSimple"] = {"speech": t.say, "text": t.extra.get("text", t.say)}
            out.append({"request": rq, "response": rs})
        elif r.shape == "dialogflow-webhook":
            sess = f"projects/{c['cid'].split('-',1)[1]}/agent/sessions/{conv}"
            rq = {"responseId": uid(c["cid"], r.path, i), "queryResult": {"queryText": t.user or "GOOGLE_ASSISTANT_WELCOME", "parameters": t.slots,
                  "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
                  "intent": {"name": f"projects/{c['cid'].split('-',1)[1]}/agent/intents/{uid(c['cid'], t.intent)}", "displayName": t.intent},
                  "intentDetectionConfidence": 1, "languageCode": loc.lower() if loc != "en-US" else "en"},
                  "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc, "userVerificationStatus": "VERIFIED",
                  "lastSeen": st}, "conversation": {"conversationId": conv, "type": "NEW" if first else "ACTIVE"},
                  "inputs": [{"intent": "actions.intent.MAIN" if first else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.user or "talk to " + c["inv"]}]}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                  "availableSurfaces": []}}, "session": sess}
            g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say or ""}}]}}
            if "systemIntent" in t.extra:
                g["systemIntent"] = t.extra["systemIntent"]
            if t.rep is not None:
                g["noInputPrompts"] = [{"textToSpeech": t.rep}]
            rs = {"fulfillmentText": t.extra.get("text", t.say or ""), "payload": {"google": g}}
            out.append({"request": rq, "response": rs})
        elif r.shape == "gactions-conversation":
            rq = {"user": {"userId": "ABwppHE" + hid(c["cid"], "u", n=20), "locale": loc, "lastSeen": st},
                  "conversation": {"conversationId": conv, "type": "NEW" if first else "ACTIVE", **({} if first else {"conversationToken": "[]"})},
                  "inputs": [{"intent": "actions.intent.MAIN" if first else t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.user or "talk to " + c["inv"]}],
                              **({"arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]} if t.slots else {})}],
                  "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            if t.end:
                rs = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say or ""}}]}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.say or ""}}]}},
                      "possibleIntents": t.extra.get("possible", [{"intent": "actions.intent.TEXT"}])}
                if t.rep is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t.rep}] * 3
                rs = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
            out.append({"request": rq, "response": rs})
        else:
            raise ValueError(r.shape)
        first = False
        if t.end:
            first = True
            conv = hid(c["cid"], r.path, i + 1, n=24).upper()
    if p.endswith(".jsonl"):
        wt(p, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    else:
        wj(p, out)

# ---------------------------------------------------------------- build
def build():
    cdir = os.path.join(OUT, "cases")
    if os.path.isdir(cdir):
        shutil.rmtree(cdir)
    labels = {}
    seen = set()
    for c in CASES:
        assert c["cid"] not in seen, c["cid"]
        seen.add(c["cid"])
        root = os.path.join(cdir, c["cid"])
        if c["platform"] == "alexa":
            alexa_package(c, root)
            for r in c["recs"]:
                render_alexa(c, r, root)
        else:
            google_project(c, root)
            for r in c["recs"]:
                render_google(c, r, root)
        labels[c["cid"]] = {"categories": c["cats"], "locale": c["locale"], "shapes": sorted({r.shape for r in c["recs"]}), "why": c["why"]}
    wj(os.path.join(OUT, "labels.json"), dict(sorted(labels.items())))
    return labels
