"""Rendering helpers for set 103. All case content lives in cases_*.py; this file only turns the
hand-written conversations into project files and recordings of many shapes."""
import csv, hashlib, io, json, os, uuid
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent"]


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    return str(uuid.UUID(hid(*parts)))


def write(cid, rel, data):
    p = os.path.join(CASES, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, ensure_ascii=False, indent=2)
    with open(p, "w", encoding="utf-8") as f:
        f.write(data if data.endswith("\n") else data + "\n")


def speech(text):
    if text is None:
        return None
    if text.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def plain(text):
    import re
    return re.sub(r"<[^>]+>", "", text or "").strip()


# ---------------------------------------------------------------- Alexa project
def alexa_project(c):
    cid, loc = c["id"], c["locale"]
    locs = [loc] + list(c.get("extra_locales", {}).keys())
    pub = {}
    for l in locs:
        meta = c if l == loc else c["extra_locales"][l]
        inv = meta["inv"]
        pub[l] = {"summary": meta.get("summary", meta["name"]),
                  "examplePhrases": meta.get("examples", [f"Alexa, open {inv}"]),
                  "name": meta["name"], "description": meta.get("desc", meta.get("summary", meta["name"])),
                  "keywords": meta.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid,4,n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid,4,n=4)}/APP_ICON_LARGE?versionId=large"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
           "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", "")} for l in locs}
        if not c.get("terms"):
            for l in locs:
                pac["locales"][l].pop("termsOfUseUrl")
    m = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                 "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                 "category": c.get("category", "LOCAL"),
                                                 "distributionCountries": c.get("countries", [])},
                      "apis": {"custom": {"endpoint": c.get("endpoint", {"sourceDir": "lambda", "uri": f"ask-{cid[7:]}-default"})}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        m["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("interfaces"):
        m["manifest"]["apis"]["custom"]["interfaces"] = [{"type": t} for t in c["interfaces"]]
    write(cid, "skill-package/skill.json", m)
    for l in locs:
        meta = c if l == loc else c["extra_locales"][l]
        write(cid, f"skill-package/interactionModels/custom/{l}.json", model(meta["inv"], meta["intents"], meta.get("types", []), meta.get("fallback", False)))
    if c.get("code") or c.get("pycode"):
        write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
                "runtime": "python3.11" if c.get("pycode") else "nodejs18.x",
                "handler": "lambda_function.lambda_handler" if c.get("pycode") else "index.handler",
                "awsRegion": "eu-west-1"}}}}})
    if c.get("code"):
        write(cid, "lambda/index.js", c["code"].strip("\n"))
        write(cid, "lambda/package.json", {"name": cid[7:], "version": c.get("version", "1.0.0"), "main": "index.js",
                                           "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if c.get("pycode"):
        write(cid, "lambda/lambda_function.py", c["pycode"].strip("\n"))
        write(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\n")


def model(inv, intents, types, fallback):
    out = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        out.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    names = {i["name"] for i in out}
    for b in BUILTINS + (["AMAZON.FallbackIntent"] if fallback else []):
        if b not in names:
            out.append({"name": b, "samples": []})
    ty = [{"name": t, "values": [{"name": {"value": v} if isinstance(v, str) else {"value": v[0], "synonyms": v[1:]}} for v in vals]}
          for t, vals in types]
    return {"interactionModel": {"languageModel": {"invocationName": inv, "intents": out, "types": ty}}}


# ---------------------------------------------------------------- Alexa recordings
def alexa_exchanges(c, turns, tag, t0="2025-03-04T18:02:11Z"):
    """turns: dicts u (utterance), i (intent or Launch/End), s (slots), say, rp, end -> list of (req, resp, utterance)"""
    cid, loc = c["id"], c["locale"]
    app = "amzn1.ask.skill." + uid(cid, "app")
    user = "amzn1.ask.account." + hid(cid, "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(cid, "dev", n=40).upper()
    out, snum, new = [], 0, True
    date, clock = t0[:11], t0[11:19]
    h, mi, se = map(int, clock.split(":"))
    for k, t in enumerate(turns):
        if t.get("newsession"):
            new = True
            snum += 1
        sid = "amzn1.echo-api.session." + uid(cid, tag, "s", snum)
        se += 7 + (k * 5) % 11
        mi += se // 60; se %= 60; h += mi // 60; mi %= 60
        ts = f"{date}{h:02d}:{mi:02d}:{se:02d}Z"
        rid = "amzn1.echo-api.request." + uid(cid, tag, k)
        i = t.get("i", "Launch")
        if i == "Launch":
            rq = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts}
        elif i == "End":
            rq = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts, "reason": t.get("reason", "USER_INITIATED")}
        else:
            rq = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                  "dialogState": "COMPLETED" if t.get("s") else None,
                  "intent": {"name": i, "confirmationStatus": "NONE",
                             "slots": {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"} for n, v in (t.get("s") or {}).items()}}}
            if rq["dialogState"] is None:
                del rq["dialogState"]
        sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if c.get("audio") else {}},
                "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                                             "attributes": {} if new else t.get("attrs", {}), "user": {"userId": user}},
               "context": {"System": sys_}, "request": rq}
        if new:
            del req["session"]["attributes"]
        if t.get("perm_granted"):
            req["session"]["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1Qi.REDACTED"}
            sys_["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1Qi.REDACTED"}
        if i == "End":
            resp = {"version": "1.0", "response": {}}
        else:
            r = {"outputSpeech": speech(t.get("say", ""))}
            if t.get("rp") is not None:
                r["reprompt"] = {"outputSpeech": speech(t["rp"])}
            if t.get("card"):
                r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t.get("permcard"):
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": t["permcard"]}
            if t.get("directives"):
                r["directives"] = t["directives"]
            if t.get("end") is not None:
                r["shouldEndSession"] = t["end"]
            resp = {"version": "1.0", "sessionAttributes": t.get("attrs_out", {}), "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": r}
        out.append((req, resp, t.get("u", "")))
        new = bool(t.get("end")) or i == "End"
        if new:
            snum += 1
    return out


def spoken(resp):
    r = resp.get("response", {})
    s = r.get("outputSpeech") or {}
    return s.get("ssml") or s.get("text") or ""


def reprompt_of(resp):
    r = resp.get("response", {}).get("reprompt", {}).get("outputSpeech") or {}
    return r.get("ssml") or r.get("text")


def render_alexa(c, shape, path, turns, tag="a", t0="2025-03-04T18:02:11Z"):
    cid, loc = c["id"], c["locale"]
    ex = alexa_exchanges(c, turns, tag, t0)
    base, _ = os.path.splitext(path)
    if shape == "envelope":
        for n, (_, resp, _) in enumerate(ex, 1):
            write(cid, f"{base}-{n:02d}.json", resp)
    elif shape == "pairs-jsonl":
        write(cid, path, "\n".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) for a, b, _ in ex))
    elif shape == "pairs-array":
        write(cid, path, [{"request": a, "response": b} for a, b, _ in ex])
    elif shape == "smapi-simulation":
        for n, (a, b, u) in enumerate(ex, 1):
            write(cid, f"{base}-{n:02d}.json", {"id": uid(cid, tag, "sim", n), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(spoken(b))}}],
                                       "consideredIntents": [{"name": a["request"].get("intent", {}).get("name", a["request"]["type"]), "confirmationStatus": "NONE"}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + cid[7:], "body": a},
                                                        "invocationResponse": {"body": b}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + n * 13}}]},
                "error": None}})
    elif shape == "smapi-invocation":
        for n, (a, b, u) in enumerate(ex, 1):
            write(cid, f"{base}-{n:02d}.json", {"id": uid(cid, tag, "inv", n), "status": "SUCCESSFUL", "result": {
                "skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:123456789012:function:" + cid[7:], "body": a},
                                       "invocationResponse": {"body": b}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + n}}, "error": None}})
    elif shape == "ask-dialog":
        write(cid, path, {"skillId": ex[0][0]["context"]["System"]["application"]["applicationId"], "locale": loc, "type": "text",
                          "userInput": [u or "open " + c["inv"] for _, _, u in ex]})
        lines = []
        for a, b, u in ex:
            lines.append(f"User  > {u or 'open ' + c['inv']}")
            lines.append(f"Alexa > {plain(spoken(b))}")
        write(cid, base + "-output.txt", "\n".join(lines))
    elif shape == "ask-dialog-io":
        write(cid, path, {"skillId": ex[0][0]["context"]["System"]["application"]["applicationId"], "locale": loc, "type": "text",
                          "userInput": [u or "open " + c["inv"] for _, _, u in ex]})
        write(cid, base + "-record.json", [{"utterance": u or "open " + c["inv"], "invocations": [{"invocationRequest": {"body": a}, "invocationResponse": {"body": b}}]} for a, b, u in ex])
    elif shape in ("cloudwatch-text", "cloudwatch-py"):
        lines = []
        for n, (a, b, u) in enumerate(ex):
            rid = uid(cid, tag, "lam", n)
            ts = a["request"]["timestamp"].replace("Z", ".118Z")
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            if shape == "cloudwatch-py":
                lines.append(f"[INFO]\t{ts}\t{rid}\tIncoming request: {json.dumps(a, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{ts}\t{rid}\tOutgoing response: {json.dumps(b, ensure_ascii=False)}")
            else:
                lines.append(f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(a, ensure_ascii=False)}")
                lines.append(f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(b, ensure_ascii=False)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {41 + n * 3}.27 ms\tBilled Duration: {42 + n * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        write(cid, path, "\n".join(lines))
    elif shape == "cloudwatch-json":
        evs = []
        for n, (a, b, u) in enumerate(ex):
            rid = uid(cid, tag, "lam", n)
            ts = a["request"]["timestamp"].replace("Z", ".204Z")
            for kind, body in (("Request", a), ("Response", b)):
                evs.append({"logStreamName": f"2025/03/04/[$LATEST]{hid(cid, 'ls')}", "timestamp": 1741111331000 + n * 9000,
                            "message": f"{ts}\t{rid}\tINFO\t{kind}: {json.dumps(body, ensure_ascii=False)}\n",
                            "ingestionTime": 1741111332000 + n * 9000, "eventId": hid(cid, tag, n, kind, n=56)})
        write(cid, path, {"events": evs, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for n, (a, b, u) in enumerate(ex):
            ents.append({"startedDateTime": a["request"]["timestamp"].replace("Z", ".310Z"), "time": 120.5 + n,
                         "request": {"method": "POST", "url": c.get("url", f"https://{cid[7:]}.example.org/alexa"), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json; charset=utf-8", "text": json.dumps(a, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(b, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 0.2, "wait": 118.0, "receive": 2.3}})
        write(cid, path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.7"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines = []
        for a, b, u in ex:
            ts = a["request"]["timestamp"]
            lines.append(f"[{ts}] USER: {u or '(opens ' + c['inv'] + ')'}")
            lines.append(f"[{ts}] SKILL: {plain(spoken(b))}")
            rp = reprompt_of(b)
            if rp is not None:
                lines.append(f"[{ts}] SKILL (reprompt): {rp!r}")
            lines.append(f"[{ts}] session_open={'false' if b['response'].get('shouldEndSession') else 'true'}")
        write(cid, path, "\n".join(lines))
    # ---- shapes new in set 103
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for n, (a, b, u) in enumerate(ex, 1):
            name = a["request"].get("intent", {}).get("name", a["request"]["type"])
            parts.append(f"exports[`{c['name']} handlers {name} ({u or 'launch'}) {n}`] = `\n{json.dumps(b, ensure_ascii=False, indent=2)}\n`;\n")
        write(cid, path, "\n".join(parts))
        write(cid, os.path.join(os.path.dirname(os.path.dirname(path)), os.path.basename(base).replace(".test.js", "") + ".test.js") if path.endswith(".snap") else base + ".test.js",
              "const { handler } = require('../index');\nconst fixtures = require('./fixtures.json');\n\n"
              "describe('" + c["name"] + " handlers', () => {\n  fixtures.forEach((f, i) => {\n    test(`${f.name} (${f.utterance})`, async () => {\n"
              "      const res = await new Promise((ok, ko) => handler(f.request, {}, (e, r) => e ? ko(e) : ok(r)));\n      expect(res).toMatchSnapshot();\n    });\n  });\n});")
        write(cid, os.path.join(os.path.dirname(os.path.dirname(path)), "fixtures.json") if path.endswith(".snap") else base + "-fixtures.json",
              [{"name": a["request"].get("intent", {}).get("name", a["request"]["type"]), "utterance": u or "launch", "request": a} for a, b, u in ex])
    elif shape == "junit-xml":
        cases = []
        for n, (a, b, u) in enumerate(ex, 1):
            name = a["request"].get("intent", {}).get("name", a["request"]["type"])
            cases.append(f'    <testcase classname="tests.test_conversation" name="test_{n:02d}_{name}" time="0.{n:03d}">\n'
                         f'      <system-out><![CDATA[REQUEST {json.dumps(a, ensure_ascii=False)}\nRESPONSE {json.dumps(b, ensure_ascii=False)}]]></system-out>\n    </testcase>')
        write(cid, path, '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
              f'tests="{len(ex)}" time="1.204" timestamp="{ex[0][0]["request"]["timestamp"][:-1]}" hostname="ci-runner-3">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>")
    elif shape == "postman-collection":
        items = []
        for n, (a, b, u) in enumerate(ex, 1):
            name = a["request"].get("intent", {}).get("name", a["request"]["type"])
            rq = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                  "body": {"mode": "raw", "raw": json.dumps(a, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
                  "url": {"raw": "{{skillEndpoint}}/alexa", "host": ["{{skillEndpoint}}"], "path": ["alexa"]}}
            items.append({"name": f"{n:02d} {name} — {u or 'launch'}", "request": rq,
                          "response": [{"name": "saved example", "originalRequest": rq, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
                                        "body": json.dumps(b, ensure_ascii=False, indent=2)}]})
        write(cid, path, {"info": {"_postman_id": uid(cid, "pm"), "name": c["name"] + " — webhook", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                          "item": items, "variable": [{"key": "skillEndpoint", "value": "http://localhost:3000"}]})
    elif shape == "sam-local":
        d = os.path.dirname(path)
        log = []
        for n, (a, b, u) in enumerate(ex, 1):
            write(cid, f"{d}/events/{n:02d}-{(u or 'launch').replace(' ', '-')[:24]}.json", a)
            rid = uid(cid, tag, "sam", n)
            log.append(f"$ sam local invoke SkillFunction -e {d}/events/{n:02d}-{(u or 'launch').replace(' ', '-')[:24]}.json")
            log.append("Invoking index.handler (nodejs18.x)")
            log.append("Mounting /home/dev/skill/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container")
            log.append(f"START RequestId: {rid} Version: $LATEST")
            log.append(f"END RequestId: {rid}")
            log.append(f"REPORT RequestId: {rid}\tInit Duration: 0.31 ms\tDuration: 402.11 ms\tBilled Duration: 403 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB")
            log.append(json.dumps(b, ensure_ascii=False))
            log.append("")
        write(cid, path, "\n".join(log))
    elif shape == "insights-csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["@timestamp", "@logStream", "@message"])
        for n, (a, b, u) in enumerate(ex):
            rid = uid(cid, tag, "lam", n)
            ts = a["request"]["timestamp"].replace("T", " ").replace("Z", ".000")
            w.writerow([ts, f"2025/03/04/[$LATEST]{hid(cid, 'ls')}", f"{rid}\tINFO\tRequest: {json.dumps(a, ensure_ascii=False)}"])
            w.writerow([ts, f"2025/03/04/[$LATEST]{hid(cid, 'ls')}", f"{rid}\tINFO\tResponse: {json.dumps(b, ensure_ascii=False)}"])
        write(cid, path, buf.getvalue())
    elif shape == "bespoken-yaml":
        lines = ["---", "configuration:", f"  locale: {loc}", "  voiceId: Brian" if loc.startswith("en") else f"  # recorded with bst test --verbose",
                 "", "---", f"- test: recorded conversation ({tag})"]
        for a, b, u in ex:
            said = plain(spoken(b)).replace('"', "'")
            lines.append(f"- \"{u or 'LaunchRequest'}\":")
            lines.append(f"  - prompt: \"{said}\"")
            rp = reprompt_of(b)
            if rp is not None:
                lines.append(f"  - response.reprompt.outputSpeech.{'ssml' if rp.strip().startswith('<speak>') else 'text'}: {json.dumps(rp, ensure_ascii=False)}")
            lines.append(f"  - response.shouldEndSession: {str(b['response'].get('shouldEndSession', 'undefined')).lower()}")
        write(cid, path, "\n".join(lines))
    elif shape == "chat-csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["time", "session", "speaker", "text", "reprompt", "mic_open"])
        for a, b, u in ex:
            ts = a["request"]["timestamp"]
            w.writerow([ts, a["session"]["sessionId"][-12:], "user", u or f"open {c['inv']}", "", ""])
            rp = reprompt_of(b)
            w.writerow([ts, a["session"]["sessionId"][-12:], "skill", plain(spoken(b)), "" if rp is None else rp,
                        "no" if b["response"].get("shouldEndSession") else "yes"])
        write(cid, path, buf.getvalue())
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Google projects
def builder_project(c):
    cid = c["id"]
    lang = c["locale"].split("-")[0] if c["locale"] not in ("en-GB",) else "en"
    s = ["projectId: " + c.get("project", cid[7:]), f"defaultLocale: {lang}", "localizedSettings:",
         f"  displayName: {c['name']}", f"  pronunciation: {c['inv']}", f"  shortDescription: {c.get('summary', c['name'])}",
         f"  fullDescription: {c.get('desc', c.get('summary', c['name']))}", "  developerName: " + c.get("dev", "Community Apps"),
         "  developerEmail: " + c.get("devmail", "support@example.org")]
    if c.get("policy"):
        s.append(f"  privacyPolicyUrl: {c['policy']}")
    s += [f"  sampleInvocations:", f"  - Talk to {c['inv']}", "category: " + c.get("gcategory", "LOCAL"), "usesInteractiveCanvas: false",
          "usesTransactionsApi: false", "usesDigitalPurchaseApi: false", "designedForFamily: " + str(c.get("kids", False)).lower(),
          "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: " + str(c.get("keepsMicOpen", False)).lower(),
          "localizedSettingsOverride: {}" if False else ""]
    write(cid, "sdk/settings/settings.yaml", "\n".join(x for x in s if x))
    write(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    ...: null\n".replace("    ...: null\n", ""))
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {h}\n" for h in c.get("handlers", ["main"])) +
          "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for name, phrases, params in c["gintents"]:
        y = ["trainingPhrases:"] + [f"- {json.dumps(p, ensure_ascii=False)}" for p in phrases]
        if params:
            y = ["parameters:"] + [f"- name: {k}\n  type:\n    name: {v}" for k, v in params.items()] + y
        write(cid, f"sdk/custom/intents/{name}.yaml", "\n".join(y))
    for name, body in c.get("scenes", {}).items():
        write(cid, f"sdk/custom/scenes/{name}.yaml", body.strip("\n"))
    for name, body in c.get("gtypes", {}).items():
        write(cid, f"sdk/custom/types/{name}.yaml", body.strip("\n"))
    if c.get("webhook_js"):
        write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment/index.js", c["webhook_js"].strip("\n"))
        write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment/package.json", {"name": "actionsongooglefulfillment", "main": "index.js",
              "dependencies": {"@assistant/conversation": "^3.8.1", "firebase-functions": "^4.4.1"}})


def dialogflow_project(c):
    cid = c["id"]
    lang = c["locale"].split("-")[0]
    ag = {"description": c.get("summary", ""), "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
          "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": c.get("project", cid[7:]), "welcomeIntentSignInRequired": False,
                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "",
                              "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy", ""), "grantType": "AUTH_CODE_GRANT"},
                              "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": c.get("url", f"https://europe-west1-{cid[7:]}.cloudfunctions.net/dialogflowFirebaseFulfillment"),
          "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True}
    write(cid, "agent.json", ag)
    write(cid, "package.json", {"version": "1.0.0"})
    for name, phrases, params in c["gintents"]:
        write(cid, f"intents/{name}.json", {"id": uid(cid, name), "name": name, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": uid(cid, name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False}
                                            for k, v in params.items()], "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": []}],
                             "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.endswith("Fallback Intent"), "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
        us = []
        for p in phrases:
            data = []
            import re
            pos = 0
            for m in re.finditer(r"\[([^\]|]+)\|(@[\w.\-]+):(\w+)\]", p):
                if m.start() > pos:
                    data.append({"text": p[pos:m.start()], "userDefined": False})
                data.append({"text": m.group(1), "alias": m.group(3), "meta": m.group(2), "userDefined": True})
                pos = m.end()
            if pos < len(p):
                data.append({"text": p[pos:], "userDefined": False})
            us.append({"id": uid(cid, name, p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            write(cid, f"intents/{name}_usersays_{lang}.json", us)
    for name, vals in c.get("entities", {}).items():
        write(cid, f"entities/{name}.json", {"id": uid(cid, name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False,
                                            "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(cid, f"entities/{name}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])


def actionsv2_project(c):
    cid = c["id"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": cid[7:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for name, pats, params in c["gintents"]:
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": cid[7:]},
                     "intent": {"name": name, "parameters": [{"name": k, "type": v} for k, v in params.items()], "trigger": {"queryPatterns": pats}}})
    man = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c.get("summary", c["name"]), "category": c.get("gcategory", "LOCAL")}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    write(cid, "action.json", {"manifest": man, "actions": acts, "conversations": {cid[7:]: {"name": cid[7:], "url": c.get("url", f"https://{cid[7:]}.example.org/fulfillment"), "fulfillmentApiVersion": 2}},
                               "locale": c["locale"].split("-")[0] if not c["locale"].startswith("en") else c["locale"]})
    if c.get("webhook_js"):
        write(cid, "functions/index.js", c["webhook_js"].strip("\n"))


def render_google(c, shape, path, turns, tag="g"):
    """turns: u, i (intent/handler), s (params), say, noinput (list), end, scene, perm (list), ctx"""
    cid, loc = c["id"], c["locale"]
    base, _ = os.path.splitext(path)
    sess, snum, new = None, 0, True
    for n, t in enumerate(turns, 1):
        sid = hid(cid, tag, "sess", snum, n=28)
        i = t.get("i", "main")
        if shape == "gactions-scene":
            req = {"handler": {"name": t.get("handler", i)}, "intent": {"name": t.get("intent", "actions.intent.MAIN" if i == "main" else i),
                   "params": {k: {"original": v, "resolved": v} for k, v in (t.get("s") or {}).items()}, "query": t.get("u", f"Talk to {c['inv']}")},
                   "scene": {"name": t.get("scene", "actions.scene.START_CONVERSATION" if i == "main" else "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": "ABwppHF" + sid, "params": {}, "typeOverrides": [], "languageCode": ""},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED",
                            "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-05-02T09:11:40Z"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tz", "Europe/London"), "version": ""}}}
            resp = {"session": {"id": "ABwppHF" + sid, "params": t.get("params", {})}, "prompt": {"override": False, "firstSimple": {"speech": t.get("say", ""), "text": plain(t.get("say", ""))}}}
            if t.get("end"):
                resp["scene"] = {"name": req["scene"]["name"], "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
            elif t.get("next"):
                resp["scene"] = {"name": req["scene"]["name"], "slots": {}, "next": {"name": t["next"]}}
            if t.get("expected"):
                resp["expected"] = {"speech": t["expected"], "languageCode": loc.split("-")[0]}
            write(cid, f"{base}/{n:02d}-request.json", req)
            write(cid, f"{base}/{n:02d}-response.json", resp)
        elif shape == "dialogflow-webhook":
            req = {"responseId": uid(cid, tag, n) + "-" + hid(cid, n, n=8), "queryResult": {"queryText": t.get("u", "GOOGLE_ASSISTANT_WELCOME"),
                   "parameters": t.get("s", {}), "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
                   "outputContexts": [{"name": f"projects/{cid[7:]}/agent/sessions/{sid}/contexts/actions_capability_screen_output"}],
                   "intent": {"name": f"projects/{cid[7:]}/agent/intents/{uid(cid, i)}", "displayName": i}, "intentDetectionConfidence": 1, "languageCode": loc.lower()},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE"}, "inputs": [{"intent": "actions.intent.MAIN" if new else "actions.intent.TEXT",
                   "rawInputs": [{"inputType": "VOICE", "query": t.get("u", f"talk to {c['inv']}")}]}], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}},
                   "session": f"projects/{cid[7:]}/agent/sessions/{sid}"}
            g = {"expectUserResponse": not t.get("end"), "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}}
            if t.get("noinput") is not None:
                g["noInputPrompts"] = [{"textToSpeech": x} for x in t["noinput"]]
            if t.get("perm"):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                     "optContext": t.get("permctx", ""), "permissions": t["perm"]}}
            resp = {"fulfillmentText": plain(t.get("say", "")), "payload": {"google": g}}
            write(cid, f"{base}/{n:02d}-request.json", req)
            write(cid, f"{base}/{n:02d}-response.json", resp)
        elif shape == "gactions-conversation":
            req = {"user": {"locale": loc, "lastSeen": "2025-04-20T10:02:11Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": sid, "type": "NEW" if new else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if i == "main" else i, "rawInputs": [{"inputType": "VOICE", "query": t.get("u", f"talk to {c['inv']}")}],
                               "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in (t.get("s") or {}).items()]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            if t.get("end"):
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]}}}
            else:
                pi = [{"intent": "actions.intent.TEXT"}]
                if t.get("perm"):
                    pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                           "optContext": t.get("permctx", ""), "permissions": t["perm"]}}]
                resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.get("say", "")}}]},
                        "noInputPrompts": [{"textToSpeech": x} for x in (t.get("noinput") or [])]}, "possibleIntents": pi}]}
            write(cid, f"{base}-{n:02d}.json", {"request": req, "response": resp})
        elif shape == "gactions-simulator-export":
            # new shape: Actions console simulator "Export" of a test conversation (request/response/debug tabs per turn)
            pass
        new = bool(t.get("end"))
        if new:
            snum += 1


def label(c, shapes):
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": sorted(set(shapes)), "why": c["why"]}


def build(c):
    plat = c.get("platform", "alexa")
    {"alexa": alexa_project, "builder": builder_project, "dialogflow": dialogflow_project, "actionsv2": actionsv2_project}[plat](c)
    shapes = []
    for r in c["recs"]:
        shape, path, turns = r[0], r[1], r[2]
        opts = r[3] if len(r) > 3 else {}
        if shape in ("gactions-scene", "dialogflow-webhook", "gactions-conversation"):
            render_google(c, shape, path, turns, **opts)
        else:
            render_alexa(c, shape, path, turns, **opts)
        shapes.append("cloudwatch-text" if shape == "cloudwatch-py" else "ask-dialog" if shape == "ask-dialog-io" else shape)
    for rel, body in c.get("files", {}).items():
        write(c["id"], rel, body)
    label(c, shapes)
