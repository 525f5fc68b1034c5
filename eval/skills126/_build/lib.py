"""Rendering helpers for eval set 126. All case content lives in cases_*.py; this file only
turns hand-written turns into the file shapes real developers keep in their repos."""
import base64, csv, hashlib, io, json, os, re, uuid
from datetime import datetime, timedelta

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
CASES = []
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def uid(*parts):
    return str(uuid.UUID(h(*parts)[:32]))


def T(i, u=None, s=None, r=None, end=False, slots=None, perm=None, scene=None):
    """One turn: intent (or Launch / SessionEnded), what the user said, speech, reprompt,
    shouldEndSession (True/False/None=omitted), slot values, Google permission ask."""
    return dict(i=i, u=u, s=s, r=r, end=end, slots=slots or {}, perm=perm, scene=scene)


def case(**kw):
    CASES.append(kw)
    return kw


def w(cid, rel, data):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(data)


# ---------------------------------------------------------------- Alexa project
def skill_json(c):
    loc = c["loc"]
    locs = c.get("locales") or [loc]
    pub = {}
    for l in locs:
        pub[l] = {"summary": c.get("summary", c["desc"][:120]), "examplePhrases": c.get("examples") or [
            f"Alexa, open {c['inv']}"], "keywords": c.get("keywords", []), "name": c["name"],
            "description": c["desc"],
            "smallIconUri": f"https://s3.amazonaws.com/skill-assets-{h(c['id'])[:6]}/icon-108.png",
            "largeIconUri": f"https://s3.amazonaws.com/skill-assets-{h(c['id'])[:6]}/icon-512.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
           "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["privacy"], "termsOfUseUrl": c["privacy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    m = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                   "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                   "category": c.get("category", "BUSINESS_AND_FINANCE"),
                                   "distributionCountries": c.get("countries", [loc.split("-")[1]]),
                                   "automaticDistribution": {"isActive": False}},
         "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:{c.get('region','eu-west-1')}:{int(h(c['id'])[:8],16)%10**12:012d}:function:{c['id'][7:]}")}}},
         "manifestVersion": "1.0", "privacyAndCompliance": pac}
    if c.get("perms"):
        m["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("linking"):
        m["apis"]["custom"]["interfaces"] = []
    return {"manifest": m}


def model(c, loc):
    intents = []
    for name, spec in c.get("intents", {}).items():
        samples, slots = spec if isinstance(spec, tuple) else (spec, {})
        it = {"name": name, "samples": samples}
        if slots:
            it["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
        intents.append(it)
    have = {i["name"] for i in intents}
    for b in BUILTINS:
        if b not in have:
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in c.get("types", {}).items()]
    lm = {"invocationName": c["inv"], "intents": intents, "types": types}
    return {"interactionModel": {"languageModel": lm}, "version": str(int(h(c["id"])[:2], 16) % 9 + 1)}


def write_alexa_project(c):
    cid = c["id"]
    w(cid, "skill-package/skill.json", skill_json(c))
    for l in c.get("locales") or [c["loc"]]:
        w(cid, f"skill-package/interactionModels/custom/{l}.json", model(c, l))
    py = bool(c.get("code")) and c["code"][0].endswith(".py")
    w(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "python3.11" if py else "nodejs18.x",
                                                                                   "handler": "lambda_function.lambda_handler" if py else "index.handler"}}}}})
    if c.get("code"):
        fn, src = c["code"]
        w(cid, "lambda/" + fn, src.lstrip("\n"))


# ---------------------------------------------------------------- Alexa envelopes
def sessions(c, turns, t0, key):
    """Yield (turn, request envelope, response envelope, timestamp)."""
    loc = c["loc"]
    app = "amzn1.ask.skill." + uid(c["id"], "app")
    user = "amzn1.ask.account.A" + h(c["id"], "user").upper()[:40]
    dev = "amzn1.ask.device.A" + h(c["id"], "dev").upper()[:40]
    sid, new, n = None, True, 0
    ts = t0
    for k, t in enumerate(turns):
        if sid is None or new:
            n += 1
            sid = "amzn1.echo-api.session." + uid(c["id"], key, "s", n)
        ts = ts + timedelta(seconds=7 + (k * 5) % 11)
        rid = "amzn1.echo-api.request." + uid(c["id"], key, "r", k)
        stamp = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
        if t["i"] == "Launch":
            r = {"type": "LaunchRequest", "requestId": rid, "locale": loc, "timestamp": stamp, "shouldLinkResultBeReturned": False}
        elif t["i"] == "SessionEnded":
            r = {"type": "SessionEndedRequest", "requestId": rid, "locale": loc, "timestamp": stamp, "reason": "USER_INITIATED"}
        else:
            it = {"name": t["i"], "confirmationStatus": "NONE"}
            if t["slots"]:
                it["slots"] = {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in t["slots"].items()}
            r = {"type": "IntentRequest", "requestId": rid, "locale": loc, "timestamp": stamp, "dialogState": "COMPLETED" if t["slots"] else None, "intent": it}
            if r["dialogState"] is None:
                del r["dialogState"]
        sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                "device": {"deviceId": dev, "supportedInterfaces": {}}, "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[-2:] in ("GB", "DE", "ES", "FR", "IN") else "https://api.amazonalexa.com",
                "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}},
               "context": {"System": sys_}, "request": r}
        if not new:
            req["session"]["attributes"] = {}
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"), "response": {}}
        if t["s"] is not None:
            resp["response"]["outputSpeech"] = speech(t["s"])
        if t["r"] is not None:
            resp["response"]["reprompt"] = {"outputSpeech": speech(t["r"])}
        if t["end"] is not None:
            resp["response"]["shouldEndSession"] = t["end"]
        if t["i"] == "SessionEnded":
            resp = {"version": "1.0", "response": {}}
        yield t, req, resp, ts
        new = bool(t["end"]) or t["i"] == "SessionEnded"


def speech(s):
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def said(s):
    return re.sub(r"<[^>]+>", "", s or "").strip()


def start(c, key):
    base = datetime(2026, 3, 2, 9, 0, 0) + timedelta(days=int(h(c["id"], key)[:4], 16) % 200, minutes=int(h(c["id"])[:3], 16) % 600)
    return c.get("dates", {}).get(key, base) if isinstance(c.get("dates", {}).get(key), datetime) else base


def render(c, shape, path, turns, key=None, when=None):
    key = key or path
    t0 = when or start(c, key)
    cid = c["id"]
    rows = list(sessions(c, turns, t0, key)) if not shape.startswith(("g", "dialogflow")) and shape != "transcript-g" else None
    if shape == "envelope":
        for k, (t, rq, rs, ts) in enumerate(rows):
            if t["i"] == "SessionEnded":
                continue
            name = t["i"].replace("AMAZON.", "").replace("Request", "")
            w(cid, f"{path}/{k+1:02d}-{name.lower()}.json", rs)
    elif shape == "pairs-jsonl":
        w(cid, path, "".join(json.dumps({"request": rq, "response": rs}, ensure_ascii=False) + "\n" for t, rq, rs, ts in rows))
    elif shape == "pairs-array":
        w(cid, path, [{"request": rq, "response": rs} for t, rq, rs, ts in rows])
    elif shape == "smapi-simulation":
        for k, (t, rq, rs, ts) in enumerate(rows):
            if t["i"] == "SessionEnded":
                continue
            sim = {"id": uid(cid, key, "sim", k), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": said(t["s"])}}] if t["s"] else [],
                                       "consideredIntents": [{"name": rq["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": skill_json(c)["manifest"]["apis"]["custom"]["endpoint"]["uri"], "body": rq},
                                                        "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 13}}]},
                "error": None}}
            slug = re.sub(r"[^a-z0-9]+", "-", (t["u"] or t["i"]).lower()).strip("-")[:40] or f"turn{k}"
            w(cid, f"{path}/{k+1:02d}_{slug}.json", sim)
    elif shape == "smapi-invocation":
        for k, (t, rq, rs, ts) in enumerate(rows):
            if t["i"] == "SessionEnded":
                continue
            inv = {"id": uid(cid, key, "inv", k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
                "invocationRequest": {"endpoint": skill_json(c)["manifest"]["apis"]["custom"]["endpoint"]["uri"], "body": rq},
                "invocationResponse": {"body": rs}, "metrics": {"skillExecutionTimeInMilliseconds": 95 + k * 7}}, "error": None}}
            w(cid, f"{path}/invoke-{k+1:02d}.json", inv)
    elif shape == "ask-dialog":
        ui = [t["u"] for t, *_ in rows if t["i"] != "SessionEnded"]
        w(cid, path, {"skillId": rows[0][1]["session"]["application"]["applicationId"], "stage": "development", "locale": c["loc"], "type": "text", "userInput": ui})
        lines = []
        for t, rq, rs, ts in rows:
            if t["i"] == "SessionEnded":
                continue
            lines.append(f"User  > {t['u']}")
            lines.append(f"Alexa > {said(t['s'])}" if t["s"] else "Alexa >")
            if t["r"] is not None:
                lines.append(f"        (reprompt) {said(t['r'])}")
            if t["end"]:
                lines.append("        [session ended]")
        out = c.get("dialog_out", path.rsplit("/", 1)[0] + "/dialog-output.txt")
        w(cid, out, "\n".join(lines) + "\n")
    elif shape in ("cloudwatch-text", "cloudwatch-text-py"):
        out = []
        for k, (t, rq, rs, ts) in enumerate(rows):
            rid = uid(cid, key, "lambda", k)
            stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(k*137)%1000:03d}Z"
            out.append(f"{stamp} START RequestId: {rid} Version: $LATEST")
            if shape == "cloudwatch-text":
                out.append(f"{stamp}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}")
                out.append(f"{stamp}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            else:
                out.append(f"[INFO]\t{stamp}\t{rid}\tRequest Envelope: {json.dumps(rq, ensure_ascii=False)}")
                out.append(f"[INFO]\t{stamp}\t{rid}\tResponse: {json.dumps(rs, ensure_ascii=False)}")
            out.append(f"{stamp} END RequestId: {rid}")
            out.append(f"{stamp} REPORT RequestId: {rid}\tDuration: {40+k*3}.21 ms\tBilled Duration: {41+k*3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
        w(cid, path, "\n".join(out) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for k, (t, rq, rs, ts) in enumerate(rows):
            rid = uid(cid, key, "lambda", k)
            ms = int(ts.timestamp() * 1000)
            stamp = ts.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            for j, msg in enumerate([f"{stamp}\t{rid}\tINFO\tRequest: {json.dumps(rq, ensure_ascii=False)}\n",
                                     f"{stamp}\t{rid}\tINFO\tResponse: {json.dumps(rs, ensure_ascii=False)}\n"]):
                ev.append({"logStreamName": ts.strftime("%Y/%m/%d/[$LATEST]") + h(cid, key)[:32], "timestamp": ms + j,
                           "message": msg, "ingestionTime": ms + 400 + j, "eventId": str(int(h(cid, key, k, j)[:15], 16))})
        w(cid, path, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ent = []
        for k, (t, rq, rs, ts) in enumerate(rows):
            body = json.dumps(rq, ensure_ascii=False)
            rb = json.dumps(rs, ensure_ascii=False)
            ent.append({"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 212 + k,
                        "request": {"method": "POST", "url": c.get("url", f"https://{c['id'][7:]}.example-skills.net/alexa"), "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                    "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                     "cookies": [], "content": {"size": len(rb.encode()), "mimeType": "application/json", "text": rb},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rb.encode())},
                        "cache": {}, "timings": {"send": 1, "wait": 200 + k, "receive": 2}})
        w(cid, path, {"log": {"version": "1.2", "creator": {"name": c.get("har_creator", "Charles Proxy"), "version": "4.6.4"}, "entries": ent}})
    elif shape == "transcript":
        out = [f"# QA run {t0:%Y-%m-%d} {c['name']} ({c['loc']}) device=Echo Dot (5th gen)"]
        for t, rq, rs, ts in rows:
            if t["i"] == "SessionEnded":
                continue
            out.append(f"[{ts:%H:%M:%S}] USER: {t['u']}")
            out.append(f"[{ts:%H:%M:%S}] SKILL: {said(t['s'])}")
            if t["r"] is not None:
                out.append(f"[{ts:%H:%M:%S}] SKILL (reprompt): {said(t['r'])}")
            out.append(f"session_open={'no' if t['end'] else 'yes'}")
        w(cid, path, "\n".join(out) + "\n")
    elif shape == "jest-snapshot":
        out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
        for k, (t, rq, rs, ts) in enumerate(rows):
            if t["i"] == "SessionEnded":
                continue
            name = f"{c['name']} handlers {t['i'].replace('AMAZON.', '')}: \"{t['u']}\" 1"
            out.append(f"exports[`{name}`] = `\n{jestfmt(rs)}\n`;\n")
        w(cid, path, "\n".join(out))
    elif shape == "junit-xml":
        tcs = []
        for k, (t, rq, rs, ts) in enumerate(rows):
            name = "test_" + re.sub(r"[^a-z0-9]+", "_", t["i"].replace("AMAZON.", "").lower()) + f"_{k}"
            so = f"REQUEST {json.dumps(rq, ensure_ascii=False)}\nRESPONSE {json.dumps(rs, ensure_ascii=False)}"
            tcs.append(f'    <testcase classname="tests.test_conversation" name="{name}" time="0.{31+k:03d}">\n      <system-out>{xesc(so)}</system-out>\n    </testcase>')
        x = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
             f'tests="{len(tcs)}" time="1.9" timestamp="{t0:%Y-%m-%dT%H:%M:%S}" hostname="ci-runner-3">\n' + "\n".join(tcs) + "\n  </testsuite>\n</testsuites>\n")
        w(cid, path, x)
    elif shape == "newman-report":
        ex = []
        for k, (t, rq, rs, ts) in enumerate(rows):
            rb = json.dumps(rs, ensure_ascii=False).encode()
            ex.append({"cursor": {"position": k, "iteration": 0, "length": len(rows), "cycles": 1, "ref": uid(cid, key, "c", k)},
                       "item": {"id": uid(cid, key, "it", k), "name": f"{k+1:02d} {t['i']} - {t['u']}"},
                       "request": {"url": {"protocol": "https", "host": ["localhost"], "port": "3000", "path": ["alexa"]}, "method": "POST",
                                   "header": [{"key": "Content-Type", "value": "application/json"}],
                                   "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2)}},
                       "response": {"id": uid(cid, key, "re", k), "status": "OK", "code": 200,
                                    "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                    "stream": {"type": "Buffer", "data": list(rb)}, "responseTime": 34 + k, "responseSize": len(rb)},
                       "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
        w(cid, path, {"collection": {"info": {"_postman_id": uid(cid, "col"), "name": f"{c['name']} local", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []},
                      "environment": {"id": uid(cid, "env"), "name": "local", "values": []},
                      "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}}, "timings": {"started": int(t0.timestamp() * 1000)}, "executions": ex, "failures": []}})
    elif shape == "ngrok-requests":
        reqs = []
        for k, (t, rq, rs, ts) in enumerate(reversed(rows)):
            b = json.dumps(rq, ensure_ascii=False).encode()
            rb = json.dumps(rs, ensure_ascii=False).encode()
            raw_q = b"POST /alexa HTTP/1.1\r\nHost: " + f"{h(cid)[:8]}.ngrok-free.app".encode() + b"\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(b)).encode() + b"\r\nUser-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_372)\r\n\r\n" + b
            raw_s = b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
            rid = "req_" + h(cid, key, k)[:26]
            reqs.append({"uri": f"/api/requests/http/{rid}", "id": rid, "tunnel_name": "command_line", "remote_addr": "52.94.236.24",
                         "start": ts.strftime("%Y-%m-%dT%H:%M:%S+00:00"), "duration": 41000000 + k,
                         "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/alexa", "raw": base64.b64encode(raw_q).decode()},
                         "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "raw": base64.b64encode(raw_s).decode()}})
        w(cid, path, {"uri": "/api/requests/http", "requests": reqs})
    elif shape == "qa-sheet-csv":
        buf = io.StringIO()
        cw = csv.writer(buf)
        cw.writerow(["step", "date", "device", "tester", "utterance", "intent", "alexa_said", "reprompt", "session_open", "notes"])
        for k, (t, rq, rs, ts) in enumerate(rows):
            if t["i"] == "SessionEnded":
                continue
            cw.writerow([k + 1, f"{ts:%d/%m/%Y %H:%M}", "Echo Show 8", c.get("tester", "qa1"), t["u"], t["i"], said(t["s"]),
                         said(t["r"]) if t["r"] is not None else "", "N" if t["end"] else "Y", ""])
        w(cid, path, buf.getvalue())
    elif shape == "curl-verbose":
        out = []
        for k, (t, rq, rs, ts) in enumerate(rows):
            b = json.dumps(rq, ensure_ascii=False)
            rb = json.dumps(rs, ensure_ascii=False)
            out += [f"$ curl -v -X POST http://localhost:3000/ -H 'Content-Type: application/json' -d @fixtures/{k+1:02d}-{t['i'].replace('AMAZON.','').lower()}.json",
                    "*   Trying 127.0.0.1:3000...", "* Connected to localhost (127.0.0.1) port 3000 (#0)", "> POST / HTTP/1.1", "> Host: localhost:3000",
                    "> User-Agent: curl/8.4.0", "> Accept: */*", "> Content-Type: application/json", f"> Content-Length: {len(b.encode())}", ">",
                    b, "< HTTP/1.1 200 OK", "< X-Powered-By: Express", "< Content-Type: application/json; charset=utf-8",
                    f"< Content-Length: {len(rb.encode())}", f"< Date: {ts:%a, %d %b %Y %H:%M:%S} GMT", "<", rb,
                    "* Connection #0 to host localhost left intact", ""]
        w(cid, path, "\n".join(out))
    else:
        raise ValueError(shape)


def jestfmt(v, ind=0):
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{\n" + "".join(f'{sp}  "{k}": {jestfmt(x, ind+1)},\n' for k, x in v.items()) + sp + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + "".join(f"{sp}  {jestfmt(x, ind+1)},\n" for x in v) + sp + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False).replace("`", "\\`").replace("${", "\\${")
    return str(v)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- Google
def yml(v, ind=0):
    sp = "  " * ind
    if isinstance(v, dict):
        out = []
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append(f"{sp}{yk(k)}:\n{yml(x, ind+1)}")
            else:
                out.append(f"{sp}{yk(k)}: {ys(x)}")
        return "\n".join(out)
    if isinstance(v, list):
        out = []
        for x in v:
            if isinstance(x, dict) and x:
                body = yml(x, ind + 1).lstrip()
                out.append(f"{sp}- {body}")
            else:
                out.append(f"{sp}- {ys(x)}")
        return "\n".join(out)
    return sp + ys(v)


def yk(k):
    return json.dumps(k) if k[:1] in "@&*!|>%{[" else k


EXAMPLE = {"actions.type.Number": "42", "actions.type.FreeText": "something", "actions.type.DateTime": "tomorrow"}


def ys(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (int, float)):
        return str(x)
    if x == {}:
        return "{}"
    if x == []:
        return "[]"
    return json.dumps(x, ensure_ascii=False)


def write_google_project(c):
    cid, g = c["id"], c["google"]
    kind = g["kind"]
    lang = c["loc"]
    if kind == "builder":
        ls = {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80], "fullDescription": c["desc"],
              "developerName": g.get("dev", "Independent developer"), "developerEmail": g.get("email", "dev@" + cid[7:] + ".app")}
        if c.get("privacy"):
            ls["privacyPolicyUrl"] = c["privacy"]
        st = {"defaultLocale": lang, "localizedSettings": ls, "projectId": cid[7:] + "-prod", "category": g.get("category", "BUSINESS_AND_FINANCE"),
              "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, "usesHomeStorage": False,
              "designedForFamily": c.get("kids", False), "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": g.get("mic", False),
              "surfaceRequirements": {"minimumRequirements": [{"capability": "AUDIO_OUTPUT"}]}}
        if g.get("linking"):
            st["accountLinking"] = {"enableAccountCreation": False, "linkingType": "OAUTH", "authGrantType": "AUTH_CODE"}
        w(cid, "sdk/settings/settings.yaml", yml(st) + "\n")
        w(cid, "sdk/manifest.yaml", "version: 1.0\n")
        w(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {x}\n" for x in g.get("handlers", ["main"])) + "httpsEndpoint:\n  baseUrl: https://europe-west1-" + cid[7:] + ".cloudfunctions.net/ActionsOnGoogleFulfillment\n")
        w(cid, "sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: Main\n")
        for name, spec in c.get("intents", {}).items():
            phrases, params = spec if isinstance(spec, tuple) else (spec, {})
            d = {}
            if params:
                d["parameters"] = [{"name": k, "type": {"name": v}} for k, v in params.items()]
            d["trainingPhrases"] = [re.sub(r"\$(\w+)", lambda m: f"(${m.group(1)} '{EXAMPLE.get(params.get(m.group(1)), m.group(1))}' auto=true)", p) for p in phrases]
            w(cid, f"sdk/custom/intents/{name}.yaml", yml(d) + "\n")
        for name, vals in c.get("types", {}).items():
            w(cid, f"sdk/custom/types/{name}.yaml", yml({"synonym": {"entities": {v.upper().replace(' ', '_'): {"synonyms": [v]} for v in vals}, "matchType": "EXACT_MATCH"}}) + "\n")
        for name, sc in g.get("scenes", {}).items():
            w(cid, f"sdk/custom/scenes/{name}.yaml", yml(sc) + "\n")
    elif kind == "sdk2":
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": cid[7:]},
                 "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {c['inv']}"]}}}]
        for name, spec in c.get("intents", {}).items():
            phrases, params = spec if isinstance(spec, tuple) else (spec, {})
            it = {"name": name, "trigger": {"queryPatterns": phrases}}
            if params:
                it["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
            acts.append({"description": name, "name": name, "fulfillment": {"conversationName": cid[7:]}, "intent": it})
        w(cid, "action.json", {"actions": acts, "conversations": {cid[7:]: {"name": cid[7:], "url": f"https://us-central1-{cid[7:]}.cloudfunctions.net/webhook", "fulfillmentApiVersion": 2}},
                               "locale": lang.split("-")[0] if lang.startswith("en") else lang, "manifest": {"displayName": c["name"], "invocationName": c["inv"], "category": g.get("category", "BUSINESS_AND_FINANCE")}})
    elif kind == "dialogflow":
        l2 = lang.split("-")[0] if lang.split("-")[0] in ("hi", "es", "de", "fr") else lang.lower()
        w(cid, "agent.json", {"description": c["desc"], "language": l2, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
                              "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": False,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid[7:], "welcomeIntentSignInRequired": False,
                                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("privacy", ""), "grantType": "AUTH_CODE_GRANT"},
                                                  "voiceType": "VOICE_TYPE_UNSPECIFIED", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                              "defaultTimezone": g.get("tz", "Europe/Madrid"), "webhook": {"url": f"https://europe-west1-{cid[7:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
        w(cid, "package.json", {"version": "1.0.0"})
        for name, spec in c.get("intents", {}).items():
            phrases, params = spec if isinstance(spec, tuple) else (spec, {})
            iid = uid(cid, name)
            w(cid, f"intents/{name}.json", {"id": iid, "name": name, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": name.lower().replace(' ', '.'), "affectedContexts": [],
                "parameters": [{"id": uid(cid, name, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for k, v in params.items()],
                "messages": [], "speech": []}], "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": name.startswith("Default Fallback"), "events": [{"name": "WELCOME"}] if name.startswith("Default Welcome") else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
            ud = []
            for p in phrases:
                parts = []
                for seg in re.split(r"(\{[^}]+\})", p):
                    if not seg:
                        continue
                    m = re.fullmatch(r"\{(\w+)=([^}]*)\}", seg)
                    if m:
                        k, ex = m.groups()
                        parts.append({"text": ex, "meta": params[k], "alias": k, "userDefined": True})
                    else:
                        parts.append({"text": seg, "userDefined": False})
                ud.append({"id": uid(cid, name, p), "data": parts, "isTemplate": False, "count": 0, "lang": l2, "updated": 0})
            if ud:
                w(cid, f"intents/{name}_usersays_{l2}.json", ud)
        for name, vals in c.get("types", {}).items():
            w(cid, f"entities/{name}.json", {"id": uid(cid, name), "name": name, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            w(cid, f"entities/{name}_entries_{l2}.json", [{"value": v, "synonyms": [v]} for v in vals])


def grender(c, shape, path, turns, key=None, when=None):
    key = key or path
    t0 = when or start(c, key)
    cid, lang = c["id"], c["loc"]
    conv = "ABwppHF" + h(cid, key)[:40]
    rows = []
    ts = t0
    for k, t in enumerate(turns):
        ts = ts + timedelta(seconds=6 + k * 3)
        if k and turns[k - 1]["end"]:
            conv = "ABwppHF" + h(cid, key, k)[:40]
        rows.append((k, t, ts, conv))

    def v2pair(k, t, ts, conv):
        inp = {"intent": "actions.intent.MAIN" if t["i"] == "Launch" else t["i"], "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}
        if t["slots"]:
            inp["arguments"] = [{"name": a, "rawText": v, "textValue": v} for a, v in t["slots"].items()]
        req = {"user": {"locale": lang, "lastSeen": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if t["i"] == "Launch" else "ACTIVE", "conversationToken": "[]"},
               "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
               "availableSurfaces": []}
        if t["end"]:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["s"]}}]}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["s"]}}]},
                                  "noInputPrompts": [{"textToSpeech": t["r"]}] if t["r"] is not None else []}}
            if t["perm"]:
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["s"], "permissions": t["perm"]}}]
            else:
                ei["possibleIntents"] = [{"intent": "actions.intent.TEXT"}]
            res = {"expectUserResponse": True, "conversationToken": "[]", "userStorage": "{}", "expectedInputs": [ei]}
        return req, res

    def dfpair(k, t, ts, conv):
        sess = f"projects/{cid[7:]}/agent/sessions/{conv}"
        q = {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["slots"], "allRequiredParamsPresent": True,
             "intent": {"name": f"projects/{cid[7:]}/agent/intents/{uid(cid, t['i'])}", "displayName": "Default Welcome Intent" if t["i"] == "Launch" else t["i"]},
             "intentDetectionConfidence": 0.87, "languageCode": lang.lower() if lang.startswith(("pt", "en")) else lang.split("-")[0]}
        req = {"responseId": uid(cid, key, "resp", k), "queryResult": q, "session": sess,
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                                                                                                "conversation": {"conversationId": conv, "type": "NEW" if k == 0 or turns[k-1]["end"] else "ACTIVE"},
                                                                                                "inputs": [{"intent": "actions.intent.MAIN" if t["i"] == "Launch" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                                                                                                "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
        gg = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["s"]}}]}}
        if t["r"] is not None and not t["end"]:
            gg["noInputPrompts"] = [{"textToSpeech": t["r"]}]
        if t["perm"]:
            gg["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t["s"], "permissions": t["perm"]}}
        res = {"fulfillmentText": said(t["s"]), "payload": {"google": gg}}
        return req, res

    def scpair(k, t, ts, conv):
        sc = t["scene"] or "Main"
        req = {"handler": {"name": "main" if t["i"] == "Launch" else t["i"].lower()},
               "intent": {"name": "actions.intent.MAIN" if t["i"] == "Launch" else t["i"], "params": {a: {"original": v, "resolved": v} for a, v in t["slots"].items()}, "query": t["u"]},
               "scene": {"name": "actions.scene.START_CONVERSATION" if t["i"] == "Launch" else sc, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": ts.strftime("%Y-%m-%dT%H:%M:%SZ")},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": c.get("google", {}).get("tz", "Europe/London"), "version": ""}}}
        res = {"session": {"id": conv, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["s"], "text": said(t["s"])}}}
        if t["r"] is not None:
            res["prompt"]["lastSimple"] = {"speech": t["r"], "text": said(t["r"])}
        nxt = "actions.scene.END_CONVERSATION" if t["end"] else (t["scene"] or "Main")
        res["scene"] = {"name": sc, "slots": {}, "next": {"name": nxt}}
        if t["perm"]:
            res["scene"]["next"] = {"name": "RequestPermission"}
        return req, res

    fn = {"gactions-conversation": v2pair, "dialogflow-webhook": dfpair, "gactions-scene": scpair}
    if shape in fn:
        pairs = [fn[shape](*r) for r in rows]
        if path.endswith(".jsonl"):
            w(cid, path, "".join(json.dumps({"request": a, "response": b}, ensure_ascii=False) + "\n" for a, b in pairs))
        elif path.endswith("/"):
            for k, (a, b) in enumerate(pairs):
                w(cid, f"{path}{k+1:02d}-request.json", a)
                w(cid, f"{path}{k+1:02d}-response.json", b)
        else:
            w(cid, path, [{"request": a, "response": b} for a, b in pairs])
    elif shape.startswith("gcloud-logging-json"):
        inner = shape.split(":")[1]
        ents = []
        for r in rows:
            a, b = fn[inner](*r)
            k, t, ts, conv = r
            for j, (lab, body) in enumerate((("Request", a), ("Response", b))):
                ents.append({"insertId": h(cid, key, k, j)[:14], "jsonPayload": {"message": f"{lab}: {json.dumps(body, ensure_ascii=False)}"},
                             "labels": {"execution_id": h(cid, key, k)[:12], "instance_id": "00f46b9285" + h(cid)[:20]},
                             "logName": f"projects/{cid[7:]}-prod/logs/cloudfunctions.googleapis.com%2Fcloud-functions",
                             "receiveTimestamp": (ts + timedelta(milliseconds=300 + j)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                             "resource": {"labels": {"function_name": "ActionsOnGoogleFulfillment", "project_id": cid[7:] + "-prod", "region": "europe-west1"}, "type": "cloud_function"},
                             "severity": "INFO", "timestamp": (ts + timedelta(milliseconds=j * 90)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")})
        w(cid, path, list(reversed(ents)))
    elif shape == "transcript":
        out = [f"# Assistant simulator session {t0:%Y-%m-%d} - {c['name']} ({lang})"]
        for k, t, ts, conv in rows:
            out.append(f"[{ts:%H:%M:%S}] USER: {t['u']}")
            out.append(f"[{ts:%H:%M:%S}] ACTION: {said(t['s'])}")
            out.append(f"session_open={'no' if t['end'] else 'yes'}")
        w(cid, path, "\n".join(out) + "\n")
    else:
        raise ValueError(shape)


def build_all():
    import shutil
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels = {}
    for c in CASES:
        if "google" in c:
            write_google_project(c)
        else:
            write_alexa_project(c)
        shapes = []
        for rec in c["recs"]:
            shape, path, turns = rec[:3]
            when = rec[3] if len(rec) > 3 else None
            if "google" in c:
                grender(c, shape, path, turns, when=when)
                sname = shape.split(":")[0]
            else:
                render(c, shape, path, turns, when=when)
                sname = "cloudwatch-text" if shape == "cloudwatch-text-py" else shape
            if sname not in shapes:
                shapes.append(sname)
        for rel, txt in c.get("extra", {}).items():
            w(c["id"], rel, txt)
        labels[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["loc"], "shapes": shapes, "why": c["why"]}
    with open(os.path.join(os.path.dirname(OUT), "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels
