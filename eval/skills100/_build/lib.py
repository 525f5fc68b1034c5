"""Renderers for set 100 (hand-written case content lives in cases_*.py)."""
import base64, hashlib, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}


def hid(*p):
    return hashlib.sha1("|".join(map(str, p)).encode()).hexdigest()


def uid(*p):
    return str(uuid.UUID(hid(*p)[:32]))


def W(cid, rel, data):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(data, str):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    open(p, "w", encoding="utf-8").write(data)


def ts(i, day="2025-03-14", base=17):
    s = i * 9 + 4
    return f"{day}T{base + s // 3600:02d}:{(s // 60) % 60:02d}:{s % 60:02d}Z"


# ---------------------------------------------------------------- turns / sessions
class T:
    """one turn: intent ('Launch', 'SessionEnded' or an intent name), what the user said, the
    skill's speech, reprompt (None = none), shouldEndSession (True/False/None=omitted), slots."""
    def __init__(self, intent, said, speech, reprompt=None, end=False, slots=None, perms=None, directives=None):
        self.intent, self.said, self.speech, self.reprompt, self.end = intent, said, speech, reprompt, end
        self.slots, self.perms, self.directives = slots or {}, perms, directives


def sessions(cid, turns, tag=""):
    """assign session ids: a new session after every turn that ends the session."""
    out, n, new = [], 0, True
    for i, t in enumerate(turns):
        sid = "amzn1.echo-api.session." + uid(cid, tag, "s", n)
        out.append((i, t, sid, new))
        new = t.end is True or t.intent == "SessionEnded"
        if new:
            n += 1
    return out


def ospeech(text):
    if text is None:
        return None
    if text.startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def alexa_req(c, i, t, sid, new, tag=""):
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    usr = "amzn1.ask.account.A" + hid(c["id"], "user")[:40].upper()
    sysctx = {"application": {"applicationId": app}, "user": {"userId": usr},
              "device": {"deviceId": "amzn1.ask.device.A" + hid(c["id"], "dev")[:30].upper(),
                         "supportedInterfaces": {}},
              "apiEndpoint": "https://api.amazonalexa.com" if c["loc"] in ("en-US", "pt-BR") else "https://api.eu.amazonalexa.com",
              "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
    if c.get("perms") and t.intent != "Launch":
        sysctx["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
    rid = "amzn1.echo-api.request." + uid(c["id"], tag, i)
    when = ts(i, c.get("day", "2025-03-14"))
    if t.intent == "Launch":
        rq = {"type": "LaunchRequest", "requestId": rid, "timestamp": when, "locale": c["loc"], "shouldLinkResultBeReturned": False}
    elif t.intent == "SessionEnded":
        rq = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": when, "locale": c["loc"], "reason": "USER_INITIATED"}
    else:
        intent = {"name": t.intent, "confirmationStatus": "NONE"}
        if t.slots:
            intent["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}
        rq = {"type": "IntentRequest", "requestId": rid, "timestamp": when, "locale": c["loc"], "intent": intent, "dialogState": None}
        del rq["dialogState"]
    sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": usr}}
    if not new:
        sess["attributes"] = {}
    return {"version": "1.0", "session": sess, "context": {"System": sysctx}, "request": rq}


def alexa_resp(t, ua="ask-node/2.14.0 Node/v18.18.2"):
    r = {}
    if t.speech is not None:
        r["outputSpeech"] = ospeech(t.speech)
    if t.reprompt is not None:
        r["reprompt"] = {"outputSpeech": ospeech(t.reprompt)}
    if t.directives:
        r["directives"] = t.directives
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": ua, "response": r}


# ---------------------------------------------------------------- alexa projects
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa_project(c):
    cid, loc = c["id"], c["loc"]
    locs = c.get("locales") or [loc]
    pub = {}
    for l in locs:
        pub[l] = {"name": c["name"], "summary": c.get("summary", c["desc"][:120]), "description": c["desc"],
                  "examplePhrases": c.get("examples") or [c.get("open", "Alexa, open") + " " + c["inv"]],
                  "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid)[:4]}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid)[:4]}/APP_ICON_LARGE?versionId=large"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("personal")),
           "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("pp", True):
        dom = c.get("domain", c["slug"].replace("-", "") + ".example.com")
        pac["locales"] = {l: {"privacyPolicyUrl": f"https://{dom}/privacy", "termsOfUseUrl": f"https://{dom}/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                   "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                                   "category": c.get("category", "CHILDRENS_EDUCATION_AND_REFERENCE"),
                                                   "distributionCountries": c.get("countries", [loc.split("-")[1]])},
                        "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": "ask-" + c["slug"] + "-default"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    W(cid, "skill-package/skill.json", man)
    for l in locs:
        intents = []
        for it in c["model"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
            if not slots:
                del d["slots"]
            intents.append(d)
        have = {i["name"] for i in intents}
        intents += [{"name": b, "samples": []} for b in BUILTIN if b not in have]
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
        W(cid, f"skill-package/interactionModels/custom/{l}.json",
          {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}})
    W(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {
            "runtime": "python3.11" if c.get("py") else "nodejs18.x",
            "handler": "lambda_function.lambda_handler" if c.get("py") else "index.handler", "awsRegion": "us-east-1"}}}}})
    if c.get("code"):
        W(cid, "lambda/lambda_function.py" if c.get("py") else "lambda/index.js", c["code"])
        if c.get("py"):
            W(cid, "lambda/requirements.txt", "ask-sdk-core>=1.19.0\n")
        else:
            W(cid, "lambda/package.json", {"name": c["slug"], "version": "1.0.0", "main": "index.js",
                                          "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})


# ---------------------------------------------------------------- alexa recording shapes
def pairs(c, turns, tag):
    return [(i, t, alexa_req(c, i, t, sid, new, tag), alexa_resp(t)) for i, t, sid, new in sessions(c["id"], turns, tag)]


def r_envelope(c, path, turns, tag):
    for i, t, rq, rs in pairs(c, turns, tag):
        if t.intent == "SessionEnded":
            continue
        W(c["id"], path.format(n=i + 1, intent=(t.intent if t.intent != "Launch" else "launch").replace("AMAZON.", "").lower()), rs)


def r_pairs_jsonl(c, path, turns, tag):
    W(c["id"], path, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for _, _, rq, rs in pairs(c, turns, tag)))


def r_pairs_array(c, path, turns, tag):
    W(c["id"], path, [{"request": rq, "response": rs} for _, _, rq, rs in pairs(c, turns, tag)])


def r_smapi_sim(c, path, turns, tag):
    for i, t, rq, rs in pairs(c, turns, tag):
        if t.intent == "SessionEnded":
            continue
        W(c["id"], path.format(n=i + 1), {"id": uid(c["id"], tag, "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(t.speech)}}] if t.speech else [],
                                   "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}] if t.intent != "Launch" else []},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:ask-" + c["slug"], "body": rq},
                                                    "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 212}}]}},
            "error": None})


def r_smapi_inv(c, path, turns, tag):
    for i, t, rq, rs in pairs(c, turns, tag):
        W(c["id"], path.format(n=i + 1), {"id": uid(c["id"], tag, "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:ask-" + c["slug"], "body": rq},
            "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 187}}, "error": None}})


def strip(s):
    import re
    return None if s is None else re.sub(r"<[^>]+>", "", s).strip()


def r_ask_dialog(c, path, turns, tag):
    """path = folder; writes replay.json + output (skill-IO array)"""
    ins = [t.said for t in turns if t.intent != "SessionEnded"]
    W(c["id"], path + "/replay.json", {"skillId": "amzn1.ask.skill." + uid(c["id"], "app"), "locale": c["loc"], "type": "text", "userInput": ins})
    out = []
    for i, t, rq, rs in pairs(c, turns, tag):
        if t.intent == "SessionEnded":
            continue
        out.append({"utterance": t.said, "invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:123456789012:function:ask-" + c["slug"], "body": rq},
                                                           "invocationResponse": {"body": rs}}], "alexaResponses": [strip(t.speech)]})
    W(c["id"], path + "/replay-output.json", out)


def r_cw_text(c, path, turns, tag, py=False):
    L = []
    for i, t, rq, rs in pairs(c, turns, tag):
        r = uid(c["id"], tag, "lam", i)
        when = ts(i, c.get("day", "2025-03-14"))[:-1] + ".211Z"
        L.append(f"START RequestId: {r} Version: $LATEST")
        if py:
            L.append(f"[INFO]\t{when}\t{r}\tRequest: {json.dumps(rq, ensure_ascii=False)}")
            L.append(f"[INFO]\t{when}\t{r}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        else:
            L.append(f"{when}\t{r}\tINFO\tRequest Envelope: {json.dumps(rq, ensure_ascii=False)}")
            L.append(f"{when}\t{r}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
        L.append(f"END RequestId: {r}")
        L.append(f"REPORT RequestId: {r}\tDuration: {30 + i * 7}.12 ms\tBilled Duration: {31 + i * 7} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    W(c["id"], path, "\n".join(L) + "\n")


def r_cw_json(c, path, turns, tag):
    ev = []
    for i, t, rq, rs in pairs(c, turns, tag):
        r = uid(c["id"], tag, "lam", i)
        import datetime as _dt
        base = int(_dt.datetime.fromisoformat(ts(i, c.get("day", "2025-03-14"))[:-1]).replace(tzinfo=_dt.timezone.utc).timestamp() * 1000)
        for k, m in enumerate([f"START RequestId: {r} Version: $LATEST\n",
                               f"{ts(i, c.get('day', '2025-03-14'))}\t{r}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n",
                               f"{ts(i, c.get('day', '2025-03-14'))}\t{r}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n",
                               f"END RequestId: {r}\n"]):
            ev.append({"logStreamName": c.get("day", "2025-03-14").replace("-", "/") + "/[$LATEST]" + hid(c["id"])[:32], "timestamp": base + k * 40, "message": m,
                       "ingestionTime": base + k * 40 + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 10 + k)})
    W(c["id"], path, {"events": ev, "searchedLogStreams": []})


def r_har(c, path, turns, tag):
    ent = []
    for i, t, rq, rs in pairs(c, turns, tag):
        b = json.dumps(rq, ensure_ascii=False)
        o = json.dumps(rs, ensure_ascii=False)
        ent.append({"startedDateTime": ts(i, c.get("day", "2025-03-14")), "time": 143, "request": {"method": "POST", "url": c.get("endpoint", "https://" + c["slug"] + ".example.net/alexa"),
                    "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                          {"name": "Signature-256", "value": "REDACTED"}],
                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(b.encode()),
                    "postData": {"mimeType": "application/json", "text": b}},
                    "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                 "cookies": [], "content": {"size": len(o.encode()), "mimeType": "application/json", "text": o}, "redirectURL": "", "headersSize": -1, "bodySize": len(o.encode())},
                    "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    W(c["id"], path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ent}})


def r_transcript(c, path, turns, tag):
    L = [f"# QA session log {c['name']} ({c['loc']})"]
    for i, t, sid, new in sessions(c["id"], turns, tag):
        w = ts(i, c.get("day", "2025-03-14"))
        if new:
            L.append(f"--- session {sid[-12:]} ---")
        if t.intent == "SessionEnded":
            L.append(f"[{w}] (session ended by user)")
            continue
        L.append(f"[{w}] USER: {t.said}")
        L.append(f"[{w}] SKILL: {t.speech if t.speech is not None else ''}")
        if t.reprompt is not None:
            L.append(f"[{w}] REPROMPT: {t.reprompt}")
        L.append(f"[{w}] session_open={'false' if t.end else 'true'}")
    W(c["id"], path, "\n".join(L) + "\n")


# --- shapes new in this set
def r_ngrok(c, path, turns, tag):
    reqs = []
    host = c["slug"] + ".ngrok-free.app"
    for i, t, rq, rs in pairs(c, turns, tag):
        b = json.dumps(rq, ensure_ascii=False).encode()
        o = json.dumps(rs, ensure_ascii=False).encode()
        rawq = (f"POST /alexa HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_392)\r\n"
                f"Content-Length: {len(b)}\r\nContent-Type: application/json; charset=utf-8\r\nSignature-256: REDACTED\r\n"
                f"Signaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem\r\n\r\n").encode() + b
        raws = f"HTTP/1.1 200 OK\r\nContent-Length: {len(o)}\r\nContent-Type: application/json; charset=utf-8\r\nDate: Fri, 14 Mar 2025 17:00:00 GMT\r\n\r\n".encode() + o
        rid = "rq_" + hid(c["id"], tag, i)[:26]
        reqs.append({"uri": "/api/requests/http/" + rid, "id": rid, "tunnel_name": "command_line", "remote_addr": "54.240.197.1",
                     "start": ts(i, c.get("day", "2025-03-14")), "duration": 151000000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa",
                                 "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                  "raw": base64.b64encode(raws).decode()}})
    reqs.reverse()
    W(c["id"], path, {"uri": "/api/requests/http", "requests": reqs})


def r_postman(c, path, turns, tag):
    items = []
    for i, t, rq, rs in pairs(c, turns, tag):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
               "url": {"raw": "{{skill_url}}/alexa", "host": ["{{skill_url}}"], "path": ["alexa"]}}
        items.append({"name": f"{i + 1:02d} {t.said or t.intent}", "request": req,
                      "response": [{"name": "recorded " + c.get("day", "2025-03-14"), "originalRequest": req, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "cookie": [], "body": json.dumps(rs, indent=2, ensure_ascii=False)}]})
    W(c["id"], path, {"info": {"_postman_id": uid(c["id"], "pm"), "name": c["name"] + " – local endpoint",
                               "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                      "item": items, "variable": [{"key": "skill_url", "value": "http://localhost:3000"}]})


def pf(v, ind=0):
    """jest pretty-format (v29 default, printBasicPrototype true)"""
    sp = "  " * (ind + 1)
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        return "Object {\n" + "".join(f"{sp}\"{k}\": {pf(v[k], ind + 1)},\n" for k in sorted(v)) + "  " * ind + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}{pf(x, ind + 1)},\n" for x in v) + "  " * ind + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return str(v)
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def r_jest(c, path, turns, tag):
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, t, rq, rs in pairs(c, turns, tag):
        if t.intent == "SessionEnded":
            continue
        body = pf({"response": rs["response"], "sessionAttributes": {}, "version": "1.0"}).replace("`", "\\`").replace("${", "\\${")
        L.append(f"exports[`{c['name']} > {t.intent} ({t.said}) 1`] = `\n{body}\n`;\n")
    W(c["id"], path, "\n".join(L))


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def r_bespoken(c, path, turns, tag):
    W(c["id"], "testing.json", {"handler": "lambda/index.js", "locale": c["loc"], "interactionModel": f"skill-package/interactionModels/custom/{c['loc']}.json",
                                "trace": False, "jest": {"silent": True}})
    L = ["---", "configuration:", f"  locale: {c['loc']}", "  description: recorded from the dev stage, outputs pasted as expectations", ""]
    k = 0
    for i, t, sid, new in sessions(c["id"], turns, tag):
        if t.intent == "SessionEnded":
            continue
        if new:
            k += 1
            L += ["---", f"- test: session {k}"]
        key = "LaunchRequest" if t.intent == "Launch" else yq(t.said)
        L.append(f"- {key}:")
        L.append(f"  - prompt: {yq(t.speech or '')}")
        if t.reprompt is not None:
            L.append(f"  - reprompt: {yq(t.reprompt)}")
        if t.end is not None:
            L.append(f"  - response.shouldEndSession: {'true' if t.end else 'false'}")
    W(c["id"], path, "\n".join(L) + "\n")


def r_csv(c, path, turns, tag):
    import csv, io
    f = io.StringIO()
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["timestamp", "session_id", "locale", "request_type", "intent", "user_text", "bot_speech", "bot_reprompt", "end_session"])
    for i, t, rq, rs in pairs(c, turns, tag):
        w.writerow([ts(i, c.get("day", "2025-03-14")), rq["session"]["sessionId"], c["loc"], rq["request"]["type"], t.intent if "Intent" in rq["request"]["type"] else "",
                    t.said, t.speech or "", t.reprompt or "", "" if t.end is None else str(t.end).lower()])
    W(c["id"], path, f.getvalue())


def r_sam(c, path, turns, tag):
    """events/*.json + sam local invoke console capture"""
    L = []
    for i, t, rq, rs in pairs(c, turns, tag):
        ev = f"events/{i + 1:02d}-{t.intent.replace('AMAZON.', '').lower()}.json"
        W(c["id"], ev, rq)
        r = uid(c["id"], tag, "sam", i)
        L += [f"$ sam local invoke SkillFunction -e {ev}", "Invoking index.handler (nodejs18.x)",
              "Local image is up-to-date", "Using local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.", "",
              f"Mounting /home/dev/{c['slug']}/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container",
              f"START RequestId: {r} Version: $LATEST",
              f"END RequestId: {r}",
              f"REPORT RequestId: {r}\tInit Duration: 0.21 ms\tDuration: 412.33 ms\tBilled Duration: 413 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\t",
              json.dumps(rs, ensure_ascii=False), ""]
    W(c["id"], path, "\n".join(L))


def r_md(c, path, turns, tag):
    L = [f"# Manual QA – {c['name']}", "", f"Locale {c['loc']}, tested on Echo Dot (5th gen), build {hid(c['id'], tag)[:7]}.", "",
         "| # | user | skill speech | reprompt | mic open after |", "|---|---|---|---|---|"]
    for i, t, sid, new in sessions(c["id"], turns, tag):
        if t.intent == "SessionEnded":
            continue
        cell = lambda s: (s or "").replace("|", "\\|").replace("\n", " ")
        L.append(f"| {i + 1} | {cell(t.said)} | {cell(t.speech)} | {cell(t.reprompt) if t.reprompt is not None else '—'} | {'no' if t.end else 'yes'} |")
    W(c["id"], path, "\n".join(L) + "\n")


ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array, "smapi-simulation": r_smapi_sim,
                "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog, "cloudwatch-text": r_cw_text,
                "cloudwatch-text-py": lambda c, p, t, g: r_cw_text(c, p, t, g, py=True),
                "cloudwatch-json": r_cw_json, "har": r_har, "transcript": r_transcript,
                "ngrok-inspect": r_ngrok, "postman-collection": r_postman, "jest-snapshot": r_jest, "bespoken-yaml": r_bespoken,
                "csv-analytics": r_csv, "sam-local": r_sam, "markdown-qa": r_md}
