"""Renderers: turn hand-written case specs into project files and recordings in many shapes.
All wording lives in the case files (cases_*.py); this module only lays it out."""
import base64, csv, hashlib, io, json, os, uuid

OUT = None  # set by gen.py


def _u(seed):
    return str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))


def _hex(seed, n=40):
    return hashlib.sha1(seed.encode()).hexdigest().upper()[:n]


def write(cid, rel, data):
    p = os.path.join(OUT, "cases", cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if isinstance(data, (dict, list)):
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")
        else:
            f.write(data)


# ---------------------------------------------------------------- Alexa project
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_project(c):
    cid = c["id"]
    locales = c.get("locales") or [c["locale"]]
    pub = {}
    for loc in locales:
        pub[loc] = {
            "summary": c.get("summary", c["desc"][:150]),
            "examplePhrases": [f"Alexa, open {c['inv']}"] + [f"Alexa, ask {c['inv']} {p}" for p in c.get("examples", [])][:2],
            "name": c["name"],
            "description": c["desc"],
            "keywords": c.get("keywords", []),
            "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{_hex(cid, 4).lower()}/APP_ICON?versionId=small",
            "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{_hex(cid, 4).lower()}/APP_ICON_LARGE?versionId=large",
        }
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("personal")),
          "isChildDirected": bool(c.get("kids")), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {loc: {"privacyPolicyUrl": c["policy"],
                               "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for loc in locales}
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "SOCIAL"),
                                  "distributionCountries": [c.get("country", locales[0].split("-")[1])],
                                  "automaticDistribution": {"isActive": False}},
        "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:{c.get('region','us-east-1')}:{int(_hex(cid,8),16)%10**12:012d}:function:{cid.split('-',1)[1]}")},
                            "interfaces": c.get("interfaces", [])}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    write(cid, "skill-package/skill.json", man)
    for loc in locales:
        model = c.get("models", {}).get(loc, c["model"])
        inv = c.get("invs", {}).get(loc, c["inv"])
        intents = []
        for name, spec in model.items():
            if name == "_types":
                continue
            samples, slots = spec if isinstance(spec, tuple) else (spec, [])
            it = {"name": name, "samples": samples}
            if slots:
                it["slots"] = [{"name": n, "type": t} for n, t in slots]
            intents.append(it)
        for b in BUILTINS:
            if b not in model:
                intents.append({"name": b, "samples": []})
        types = [{"name": tn, "values": [{"name": {"value": v} if isinstance(v, str) else {"value": v[0], "synonyms": v[1:]}} for v in vals]}
                 for tn, vals in model.get("_types", {}).items()]
        write(cid, f"skill-package/interactionModels/custom/{loc}.json",
              {"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}})
    if c.get("code"):
        fn, src = c["code"]
        write(cid, fn, src)
        if fn.startswith("lambda/"):
            write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
                "skillMetadata": {"src": "./skill-package"},
                "code": {"default": {"src": "./lambda"}},
                "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                        "userConfig": {"runtime": "nodejs18.x" if fn.endswith(".js") else "python3.11",
                                                       "handler": "index.handler" if fn.endswith(".js") else "lambda_function.lambda_handler"}}}}})


# ---------------------------------------------------------------- Alexa exchanges
def speech(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def alexa_exchanges(c, sessions, tag="", day="2024-05-14", hour=18):
    """sessions: list of lists of turns (user, intent, slots, speech, reprompt, end). Returns list of dicts
    with user, req, resp, ts."""
    cid = c["id"]
    loc = c["locale"]
    app = "amzn1.ask.skill." + _u(cid + "app")
    user = "amzn1.ask.account." + _hex(cid + "user", 64)
    dev = "amzn1.ask.device." + _hex(cid + "dev", 40)
    out = []
    minute = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + _u(f"{cid}{tag}s{si}")
        attrs = {}
        for ti, t in enumerate(sess):
            utt, intent, slots, sp, rp, end = (list(t) + [None] * 6)[:6]
            ts = f"{day}T{hour:02d}:{minute // 60:02d}:{minute % 60:02d}Z"
            minute += 7
            rid = "amzn1.echo-api.request." + _u(f"{cid}{tag}{si}-{ti}")
            if intent == "LaunchRequest":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": ts}
            elif intent == "SessionEndedRequest":
                r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                     "reason": slots or "USER_INITIATED"}
            else:
                r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": ts,
                     "dialogState": "COMPLETED" if slots else None,
                     "intent": {"name": intent, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in (slots or {}).items()}}}
                if not slots:
                    r.pop("dialogState")
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "user": {"userId": user}, "attributes": attrs},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if loc.startswith(("de", "es", "fr", "it", "en-GB", "hi", "en-IN")) else ("https://api.fe.amazonalexa.com" if loc.startswith(("en-AU", "ja")) else "https://api.amazonalexa.com"),
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": r}
            if ti == 0:
                req["session"].pop("attributes")
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"),
                    "response": {}}
            if intent != "SessionEndedRequest":
                if sp is not None:
                    resp["response"]["outputSpeech"] = speech(sp)
                if rp is not None:
                    resp["response"]["reprompt"] = {"outputSpeech": speech(rp)}
                if isinstance(end, dict):
                    resp["response"].update(end)
                elif end is not None:
                    resp["response"]["shouldEndSession"] = end
            out.append({"user": utt or "", "req": req, "resp": resp, "ts": ts, "sid": sid})
    return out


def spoken(o):
    if not o:
        return ""
    return o.get("ssml") or o.get("text") or ""


def render_alexa(c, shape, ex, path):
    cid = c["id"]
    if shape == "envelope":
        for i, e in enumerate(ex):
            write(cid, f"{path}/{i + 1:02d}-{(e['req']['request'].get('intent') or {}).get('name', e['req']['request']['type'])}.json", e["resp"])
    elif shape == "pairs-jsonl":
        write(cid, path, "".join(json.dumps({"request": e["req"], "response": e["resp"]}, ensure_ascii=False) + "\n" for e in ex))
    elif shape == "pairs-array":
        write(cid, path, [{"request": e["req"], "response": e["resp"]} for e in ex])
    elif shape == "smapi-simulation":
        for i, e in enumerate(ex):
            write(cid, f"{path}/sim-{i + 1:02d}.json", {"id": _u(cid + "sim" + str(i) + path), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": e["user"]}}],
                                       "consideredIntents": []},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": c.get("endpoint", "arn:aws:lambda:us-east-1:000000000000:function:x"), "body": e["req"]},
                                                        "invocationResponse": {"body": e["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 212 + i}}]},
                "error": None}})
    elif shape == "smapi-invocation":
        write(cid, path, [{"id": _u(cid + "inv" + str(i)), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:x", "body": e["req"]},
            "invocationResponse": {"body": e["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}}} for i, e in enumerate(ex)])
    elif shape == "ask-dialog":
        write(cid, path + "/dialog-replay.json", {"skillId": ex[0]["req"]["session"]["application"]["applicationId"], "locale": c["locale"], "type": "text",
                                                  "userInput": [e["user"] for e in ex]})
        lines = []
        for e in ex:
            lines.append(f"User  > {e['user']}")
            r = e["resp"]["response"]
            lines.append(f"Alexa > {spoken(r.get('outputSpeech'))}")
            if "reprompt" in r:
                lines.append(f"        (reprompt) {spoken(r['reprompt']['outputSpeech'])}")
            lines.append(f"        [shouldEndSession: {str(r.get('shouldEndSession')).lower()}]")
        write(cid, path + "/dialog-record.txt", "\n".join(lines) + "\n")
    elif shape in ("cloudwatch-text", "cloudwatch-json"):
        lines = []
        for i, e in enumerate(ex):
            rid = _u(cid + "lam" + str(i))
            t = e["ts"].replace("Z", ".412Z")
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            lines.append(f"{t}\t{rid}\tINFO\tRequest: {json.dumps(e['req'], ensure_ascii=False)}")
            lines.append(f"{t}\t{rid}\tINFO\tResponse: {json.dumps(e['resp'], ensure_ascii=False)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: {95 + i * 3}.18 ms\tBilled Duration: {96 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        if shape == "cloudwatch-text":
            write(cid, path, "\n".join(lines) + "\n")
        else:
            write(cid, path, {"events": [{"logStreamName": "2024/05/14/[$LATEST]" + _hex(cid, 32).lower(), "timestamp": 1715709600000 + i * 1000,
                                          "message": l + "\n", "ingestionTime": 1715709600500 + i * 1000, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i)}
                                         for i, l in enumerate(lines)], "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for e in ex:
            ents.append({"startedDateTime": e["ts"], "time": 143,
                         "request": {"method": "POST", "url": c.get("url", "https://skill.example.org/alexa"), "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-256", "value": "REDACTED"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(e["req"], ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                      "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(e["resp"], ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
        write(cid, path, {"log": {"version": "1.2", "creator": {"name": c.get("harcreator", "Charles Proxy"), "version": "4.6.6"}, "entries": ents}})
    elif shape == "transcript":
        lines = []
        for e in ex:
            r = e["resp"]["response"]
            lines.append(f"[{e['ts']}] USER: {e['user']}")
            lines.append(f"[{e['ts']}] SKILL: {spoken(r.get('outputSpeech'))}")
            if "reprompt" in r:
                lines.append(f"[{e['ts']}] SKILL (reprompt): {spoken(r['reprompt']['outputSpeech'])}")
            lines.append(f"[{e['ts']}] session_open={'false' if r.get('shouldEndSession') else 'true'}")
        write(cid, path, "\n".join(lines) + "\n")
    # ---------- shapes new in this set
    elif shape == "bespoken-yaml":
        y = [f"---\nconfiguration:\n  locale: {c['locale']}\n  voiceId: Joanna\n\n---\n- test: recorded conversation ({c['name']})"]
        for e in ex:
            r = e["resp"]["response"]
            u = e["user"] if e["req"]["request"]["type"] != "LaunchRequest" else "LaunchRequest"
            y.append(f"- {json.dumps(u, ensure_ascii=False)}:")
            y.append(f"  - prompt: {json.dumps(spoken(r.get('outputSpeech')), ensure_ascii=False)}")
            if "reprompt" in r:
                y.append(f"  - reprompt: {json.dumps(spoken(r['reprompt']['outputSpeech']), ensure_ascii=False)}")
            y.append(f"  - response.shouldEndSession: {str(r.get('shouldEndSession')).lower()}")
        write(cid, path, "\n".join(y) + "\n")
    elif shape == "jest-snapshot":
        s = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for i, e in enumerate(ex):
            name = f"{c['name']} conversation turn {i + 1}: {e['user'] or 'launch'} 1"
            body = json.dumps(e["resp"], indent=2, ensure_ascii=False).replace("`", "\\`")
            s.append(f"exports[`{name}`] = `\n{body}\n`;\n")
        write(cid, path, "\n".join(s))
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for i, e in enumerate(ex):
            cases.append(f'    <testcase classname="tests.test_conversation" name="test_turn_{i + 1:02d}" time="0.0{i + 3}">\n'
                         f'      <system-out>{escape("REQUEST " + json.dumps(e["req"], ensure_ascii=False))}\n{escape("RESPONSE " + json.dumps(e["resp"], ensure_ascii=False))}</system-out>\n    </testcase>')
        write(cid, path, f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(ex)}" time="0.41" timestamp="{ex[0]["ts"][:-1]}" hostname="ci-runner-3">\n'
              + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    elif shape == "postman-collection":
        items = []
        for i, e in enumerate(ex):
            nm = e["user"] or "launch"
            items.append({"name": f"{i + 1:02d} {nm}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                                                                    "body": {"mode": "raw", "raw": json.dumps(e["req"], indent=2, ensure_ascii=False)},
                                                                    "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}},
                          "response": [{"name": "saved " + nm, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                        "header": [{"key": "Content-Type", "value": "application/json"}],
                                        "body": json.dumps(e["resp"], indent=2, ensure_ascii=False)}]})
        write(cid, path, {"info": {"_postman_id": _u(cid + "pm"), "name": c["name"] + " local tests",
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items,
                          "variable": [{"key": "skill_url", "value": "http://localhost:3000"}]})
    elif shape == "curl-verbose":
        out = []
        for e in ex:
            b = json.dumps(e["req"], ensure_ascii=False)
            rb = json.dumps(e["resp"], ensure_ascii=False)
            out.append(f"$ cat req.json\n{b}\n$ curl -v -X POST http://localhost:3000/ -H 'Content-Type: application/json' -d @req.json\n"
                       f"*   Trying 127.0.0.1:3000...\n* Connected to localhost (127.0.0.1) port 3000 (#0)\n> POST / HTTP/1.1\n> Host: localhost:3000\n"
                       f"> User-Agent: curl/8.4.0\n> Accept: */*\n> Content-Type: application/json\n> Content-Length: {len(b.encode())}\n>\n"
                       f"}} [{len(b.encode())} bytes data]\n< HTTP/1.1 200 OK\n< X-Powered-By: Express\n< Content-Type: application/json; charset=utf-8\n"
                       f"< Content-Length: {len(rb.encode())}\n<\n{rb}\n* Connection #0 to host localhost left intact\n")
        write(cid, path, "\n".join(out))
    elif shape == "cloudwatch-insights-csv":
        sio = io.StringIO()
        w = csv.writer(sio)
        w.writerow(["@timestamp", "@message"])
        for i, e in enumerate(ex):
            t = e["ts"].replace("T", " ").replace("Z", ".000")
            rid = _u(cid + "ci" + str(i))
            w.writerow([t, f"{e['ts']}\t{rid}\tINFO\tRequest: {json.dumps(e['req'], ensure_ascii=False)}\n"])
            w.writerow([t, f"{e['ts']}\t{rid}\tINFO\tResponse: {json.dumps(e['resp'], ensure_ascii=False)}\n"])
        write(cid, path, sio.getvalue())
    elif shape == "slack-export":
        msgs = []
        base = 1715709600
        for i, e in enumerate(ex):
            r = e["resp"]["response"]
            txt = f"*User:* {e['user'] or '(launch)'}\n*Alexa:* {spoken(r.get('outputSpeech'))}"
            if "reprompt" in r:
                txt += f"\n*Reprompt:* {spoken(r['reprompt']['outputSpeech'])}"
            txt += f"\n`shouldEndSession: {str(r.get('shouldEndSession')).lower()}`"
            msgs.append({"type": "message", "user": "U04QA7TESTR", "text": txt, "ts": f"{base + i * 60}.000{100 + i}",
                         "user_profile": {"real_name": c.get("tester", "QA bot"), "name": "qa-bot"}})
        write(cid, path, msgs)
    elif shape == "ngrok-requests":
        reqs = []
        for i, e in enumerate(ex):
            b = json.dumps(e["req"], ensure_ascii=False).encode()
            rb = json.dumps(e["resp"], ensure_ascii=False).encode()
            raw = b"POST /api/alexa HTTP/1.1\r\nHost: 3f2a-81-2-69-160.ngrok-free.app\r\nContent-Type: application/json\r\nContent-Length: " + str(len(b)).encode() + b"\r\n\r\n" + b
            rraw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
            reqs.append({"uri": f"/api/requests/http/airt_{_hex(cid + str(i), 24).lower()}", "id": f"airt_{_hex(cid + str(i), 24).lower()}",
                         "tunnel_name": "command_line", "remote_addr": "54.239.98.12", "start": e["ts"], "duration": 118000000 + i,
                         "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "uri": "/api/alexa",
                                     "raw": base64.b64encode(raw).decode()},
                         "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]},
                                      "raw": base64.b64encode(rraw).decode()}})
        write(cid, path, {"uri": "/api/requests/http", "requests": list(reversed(reqs))})
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Google projects
def yl(v, ind=0):
    """tiny YAML emitter (dicts, lists, scalars)"""
    sp = "  " * ind
    out = []
    if isinstance(v, dict):
        for k, x in v.items():
            k = f"'{k}'" if str(k)[:1] in "@&*!|>%'\"" else k
            if isinstance(x, (dict, list)) and x:
                out.append(f"{sp}{k}:")
                out.append(yl(x, ind + 1))
            else:
                out.append(f"{sp}{k}: {sc(x)}")
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, dict) and x:
                first = True
                for k, y in x.items():
                    k = f"'{k}'" if str(k)[:1] in "@&*!|>%'\"" else k
                    pre = f"{sp}- " if first else f"{sp}  "
                    first = False
                    if isinstance(y, (dict, list)) and y:
                        out.append(f"{pre}{k}:")
                        out.append(yl(y, ind + 2))
                    else:
                        out.append(f"{pre}{k}: {sc(y)}")
            else:
                out.append(f"{sp}- {sc(x)}")
    return "\n".join(out)


def sc(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (int, float)):
        return str(x)
    if x == {}:
        return "{}"
    if x == []:
        return "[]"
    return json.dumps(str(x), ensure_ascii=False)


def builder_project(c):
    cid, loc = c["id"], c["locale"]
    lang = loc if loc in ("en-US",) else loc
    st = {"defaultLocale": "en", "projectId": cid.split("-", 1)[1], "category": c.get("gcategory", "SOCIAL_AND_COMMUNICATION"),
          "localizedSettings": {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80],
                                "fullDescription": c["desc"], "developerName": c.get("dev", "Community Apps Collective"),
                                "developerEmail": c.get("devmail", "apps@example.org")}}
    if c.get("policy"):
        st["localizedSettings"]["privacyPolicyUrl"] = c["policy"]
    if loc.startswith("en"):
        write(cid, "sdk/settings/settings.yaml", yl(st) + "\n")
    else:
        base = dict(st)
        base["defaultLocale"] = loc.split("-")[0]
        write(cid, "sdk/settings/settings.yaml", yl(base) + "\n")
    for name, spec in c["model"].items():
        if name == "_types":
            for tn, vals in spec.items():
                if vals == "FREE":
                    write(cid, f"sdk/custom/types/{tn}.yaml", yl({"freeText": {}}) + "\n")
                else:
                    write(cid, f"sdk/custom/types/{tn}.yaml", yl({"synonym": {"entities": {v: {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}) + "\n")
            continue
        samples, slots = spec if isinstance(spec, tuple) else (spec, [])
        d = {}
        if slots:
            d["parameters"] = [{"name": n, "type": {"name": t}} for n, t in slots]
        d["trainingPhrases"] = samples
        write(cid, f"sdk/custom/intents/{name}.yaml", yl(d) + "\n")
    for sn, sd in c.get("scenes", {}).items():
        write(cid, f"sdk/custom/scenes/{sn}.yaml", yl(sd) + "\n")
    write(cid, "sdk/custom/global/actions.intent.MAIN.yaml", yl({"handler": {"webhookHandler": "greeting"}, "transitionToScene": c.get("mainscene", "Main")}) + "\n")
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", yl({"handlers": [{"name": h} for h in c.get("handlers", ["greeting", "main"])],
                                                                     "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}}) + "\n")
    if c.get("code"):
        write(cid, c["code"][0], c["code"][1])


def dialogflow_project(c):
    cid, loc = c["id"], c["locale"]
    lang = loc.split("-")[0]
    write(cid, "agent.json", {"description": c["desc"], "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                              "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid.split("-", 1)[1], "welcomeIntentSignInRequired": False,
                                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
                              "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": c.get("url", "https://europe-west1-community-apps.cloudfunctions.net/dialogflowFirebaseFulfillment"),
                                                                                          "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1",
                              "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
                              "dialogBuilderMode": False, "baseActionPackagesUrl": "",
                              "privacyPolicyUrl": c.get("policy") or ""} if c.get("policy") else
              {"description": c["desc"], "language": lang, "displayName": c["name"], "defaultTimezone": c.get("tz", "Europe/Madrid"),
               "googleAssistant": {"googleAssistantCompatible": True, "project": cid.split("-", 1)[1], "protocolVersion": "V2"},
               "webhook": {"url": c.get("url", "https://europe-west1-community-apps.cloudfunctions.net/dialogflowFirebaseFulfillment"), "available": True},
               "isPrivate": True, "mlMinConfidence": 0.3})
    for name, spec in c["model"].items():
        if name == "_types":
            for tn, vals in spec.items():
                write(cid, f"entities/{tn}.json", {"id": _u(cid + tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
                write(cid, f"entities/{tn}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])
            continue
        samples, slots = spec if isinstance(spec, tuple) else (spec, [])
        params = [{"id": _u(cid + name + n), "name": n, "required": False, "dataType": t, "value": "$" + n, "isList": False} for n, t in slots]
        write(cid, f"intents/{name}.json", {"id": _u(cid + name), "name": name, "auto": True, "contexts": [],
                                            "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "_"), "affectedContexts": [], "parameters": params,
                                                           "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": []}], "speech": []}],
                                            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}] if "Welcome" in name else []})
        us = []
        for s in samples:
            data = []
            # split "$param" tokens written as {name}
            import re
            pos = 0
            for m in re.finditer(r"\{(\w+)\}", s):
                if m.start() > pos:
                    data.append({"text": s[pos:m.start()], "userDefined": False})
                dt = dict(slots).get(m.group(1), "@sys.any")
                data.append({"text": c.get("fill", {}).get(m.group(1), "algo"), "meta": dt, "alias": m.group(1), "userDefined": True})
                pos = m.end()
            if pos < len(s):
                data.append({"text": s[pos:], "userDefined": False})
            us.append({"id": _u(cid + name + s), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        write(cid, f"intents/{name}_usersays_{lang}.json", us)
    if c.get("code"):
        write(cid, c["code"][0], c["code"][1])


def actionsdk_project(c):
    cid = c["id"]
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
    for name, spec in c["model"].items():
        if name == "_types":
            continue
        samples, slots = spec if isinstance(spec, tuple) else (spec, [])
        import re
        qp = [re.sub(r"\{(\w+)\}", lambda m: f"${dict(slots)[m.group(1)]}:{m.group(1)}", s) for s in samples]
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": "main"},
                     "intent": {"name": name, "parameters": [{"name": n, "type": t} for n, t in slots], "trigger": {"queryPatterns": qp}}})
    types = [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in c["model"].get("_types", {}).items()]
    a = {"actions": acts, "types": types, "conversations": {"main": {"name": "main", "url": c.get("url", "https://us-central1-community-apps.cloudfunctions.net/main"), "fulfillmentApiVersion": 2}},
         "locale": c["locale"].split("-")[0] if not c["locale"].startswith("en") else "en"}
    if c.get("manifest"):
        a["manifest"] = c["manifest"]
    write(cid, "action.json", a)
    if c.get("code"):
        write(cid, c["code"][0], c["code"][1])


# ---------------------------------------------------------------- Google recordings
def render_google(c, shape, sessions, path, tag=""):
    """turns: (user, intent, params, speech, reprompt(no-input), end)"""
    cid, loc = c["id"], c["locale"]
    out = []
    n = 0
    for si, sess in enumerate(sessions):
        conv = _hex(f"{cid}{tag}{si}", 24)
        for ti, t in enumerate(sess):
            utt, intent, params, sp, rp, end = (list(t) + [None] * 6)[:6]
            n += 1
            ts = f"2024-06-{10 + si:02d}T19:{ti * 3:02d}:11Z"
            if shape == "gactions-conversation":
                req = {"user": {"locale": loc, "lastSeen": "2024-06-01T10:00:00Z", "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", "conversationToken": "[]"},
                       "inputs": [{"intent": "actions.intent.MAIN" if intent == "MAIN" else intent,
                                   "rawInputs": [{"inputType": "VOICE", "query": utt}],
                                   "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in (params or {}).items()]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "requestType": "SIMULATOR"}
                if end:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}}
                else:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if isinstance(end, dict):
                        ei["possibleIntents"] = [end]
                    if rp is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": r} for r in (rp if isinstance(rp, list) else [rp])]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei], "conversationToken": "[]"}
                out.append((req, resp, ts))
            elif shape == "dialogflow-webhook":
                sess_name = f"projects/{cid.split('-', 1)[1]}/agent/sessions/ABwppHF{conv}"
                req = {"responseId": _u(f"{cid}{tag}{si}{ti}") + "-e0f0b1c2", "session": sess_name,
                       "queryResult": {"queryText": utt, "parameters": params or {}, "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{cid.split('-', 1)[1]}/agent/intents/{_u(cid + intent)}", "displayName": intent},
                                       "intentDetectionConfidence": 1, "languageCode": loc.split("-")[0] if not loc.startswith("en") else "en"},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": "ABwppHF" + conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": utt}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
                g = {"expectUserResponse": not end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": sp}}]}}
                if rp is not None:
                    g["noInputPrompts"] = [{"textToSpeech": r} for r in (rp if isinstance(rp, list) else [rp])]
                if isinstance(end, dict):
                    g["expectUserResponse"] = True
                    g["systemIntent"] = end
                resp = {"fulfillmentText": sp, "payload": {"google": g}}
                out.append((req, resp, ts))
            elif shape in ("gactions-scene", "gcp-logging-json"):
                scene = (params or {}).pop("_scene", "Main") if params else "Main"
                req = {"handler": {"name": intent if intent != "MAIN" else "greeting"},
                       "intent": {"name": "actions.intent.MAIN" if intent == "MAIN" else intent,
                                  "params": {k: {"original": v, "resolved": v} for k, v in (params or {}).items()}, "query": utt},
                       "scene": {"name": "actions.scene.START_CONVERSATION" if ti == 0 else scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": "ABwppHG" + conv, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2024-06-01T10:00:00Z"},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("tzid", "Australia/Sydney")}}}
                resp = {"session": {"id": "ABwppHG" + conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": sp, "text": c.get("display", {}).get(sp, sp)}},
                        "scene": {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if end else (scene if scene != "Main" else "Main")}}}
                if isinstance(end, dict):
                    resp["scene"]["next"] = end
                if rp is not None:
                    resp["prompt"]["lastSimple"] = {"speech": rp, "text": rp}
                out.append((req, resp, ts))
            elif shape == "transcript":
                out.append((utt, sp, rp, end, ts))
    if shape == "gactions-scene":
        for i, (q, r, ts) in enumerate(out):
            write(cid, f"{path}/turn{i + 1:02d}.request.json", q)
            write(cid, f"{path}/turn{i + 1:02d}.response.json", r)
    elif shape in ("gactions-conversation", "dialogflow-webhook"):
        write(cid, path, [{"request": q, "response": r} for q, r, ts in out])
    elif shape == "gcp-logging-json":
        ents = []
        for i, (q, r, ts) in enumerate(out):
            for kind, body in (("Request", q), ("Response", r)):
                ents.append({"insertId": _hex(f"{cid}{i}{kind}", 14).lower(), "jsonPayload": {"message": f"{kind}: {json.dumps(body, ensure_ascii=False)}"},
                             "resource": {"type": "cloud_function", "labels": {"function_name": "ActionsOnGoogleFulfillment", "region": "us-central1", "project_id": cid.split("-", 1)[1]}},
                             "timestamp": ts, "severity": "INFO", "labels": {"execution_id": _hex(f"{cid}{i}", 12).lower()},
                             "logName": f"projects/{cid.split('-', 1)[1]}/logs/cloudfunctions.googleapis.com%2Fcloud-functions", "receiveTimestamp": ts})
        write(cid, path, ents)
    elif shape == "transcript":
        lines = []
        for utt, sp, rp, end, ts in out:
            lines.append(f"[{ts}] USER: {utt}")
            lines.append(f"[{ts}] ASSISTANT: {sp}")
            if rp is not None:
                lines.append(f"[{ts}] ASSISTANT (no-input): {rp}")
            lines.append(f"[{ts}] session_open={'false' if end is True else 'true'}")
        write(cid, path, "\n".join(lines) + "\n")
    else:
        raise ValueError(shape)
