"""Rendering helpers for eval set 124. All case content lives in cases_*.py."""
import base64, hashlib, json, os, uuid, datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cases")
LABELS = {}


def _h(*a):
    return hashlib.sha1("|".join(map(str, a)).encode()).hexdigest()


def uid(*a):
    h = _h(*a)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def w(cid, rel, data):
    p = os.path.join(OUT, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(data)


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": sorted(set(shapes)), "why": why}


# ---------------------------------------------------------------- Alexa package
def alexa_pkg(cid, locales, name, inv, intents, types=(), perms=(), policy=None, child=False,
              category="LIFESTYLE", summary="", phrases=None, code=None, pycode=None, usesPI=None,
              extra_models=None):
    loc = {}
    for l in locales:
        loc[l] = {"summary": summary or name, "description": summary or name,
                  "examplePhrases": phrases or [f"Alexa, open {inv}"], "name": name,
                  "smallIconUri": f"https://cdn.example-assets.net/{cid[:12]}/108.png",
                  "largeIconUri": f"https://cdn.example-assets.net/{cid[:12]}/512.png", "keywords": []}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(perms) if usesPI is None else usesPI,
           "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if policy:
        pac["locales"] = {l: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"} for l in locales}
    man = {"manifest": {"publishingInformation": {"locales": loc, "isAvailableWorldwide": False,
                                                  "testingInstructions": "Open the skill and follow the prompts.",
                                                  "category": category, "distributionCountries": sorted({l.split('-')[1] for l in locales}),
                                                  "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:4188000{len(cid):02d}123:function:{cid[7:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    w(cid, "skill-package/skill.json", man)
    ints = []
    for it in intents:
        if isinstance(it, str):
            ints.append({"name": it, "samples": []})
        else:
            n, slots, samples = it
            ints.append({"name": n, "slots": [{"name": s, "type": t} for s, t in slots], "samples": samples})
    names = {i["name"] for i in ints}
    for b in ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.NavigateHomeIntent"):
        if b not in names:
            ints.append({"name": b, "samples": []})
    tys = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in types]
    for l in locales:
        invl = inv if not isinstance(inv, dict) else inv[l]
        model = {"interactionModel": {"languageModel": {"invocationName": invl, "intents": ints, "types": tys}}}
        if extra_models and l in extra_models:
            model = extra_models[l]
        w(cid, f"skill-package/interactionModels/custom/{l}.json", model)
    if code or pycode:
        res = {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
               "code": {"default": {"src": "./lambda"}}}}}
        w(cid, "ask-resources.json", res)
    if code:
        w(cid, "lambda/index.js", code)
        w(cid, "lambda/package.json", {"name": cid[7:], "version": "1.2.0", "main": "index.js",
                                       "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if pycode:
        w(cid, "lambda/lambda_function.py", pycode)
        w(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\n")


# ---------------------------------------------------------------- turns / sessions
def T(intent, say, rep=None, end=False, slots=None, text=None, card=None, directives=None):
    return {"intent": intent, "say": say, "rep": rep, "end": end, "slots": slots or {}, "text": text, "card": card,
            "directives": directives}


def sessions(turns):
    """split into sessions, each list of (turn, new)"""
    out, cur = [], []
    for t in turns:
        cur.append(t)
        if t["end"] is True or t["end"] is None and t["rep"] is None and False:
            out.append(cur); cur = []
    if cur:
        out.append(cur)
    return out


def ospeech(s):
    if s is None:
        return None
    if s.strip().startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def alexa_resp(t):
    r = {}
    if t["say"] is not None:
        r["outputSpeech"] = ospeech(t["say"])
    if t["card"]:
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": ospeech(t["rep"])}
    if t["directives"]:
        r["directives"] = t["directives"]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def alexa_requests(cid, locale, turns, perms=False, seed="", t0="2025-03-04T18:02:11Z"):
    """returns list of (request, response)"""
    app = "amzn1.ask.skill." + uid(cid, "app")
    user = "amzn1.ask.account.AMAV" + _h(cid, "user")[:40].upper()
    dev = "amzn1.ask.device.AMAX" + _h(cid, "dev")[:36].upper()
    base = datetime.datetime.strptime(t0, "%Y-%m-%dT%H:%M:%SZ") + datetime.timedelta(days=150 if seed else 0)
    out, sid, new, k = [], None, True, 0
    for i, t in enumerate(turns):
        if new:
            sid = "amzn1.echo-api.session." + uid(cid, seed, "s", i)
        ts = (base + datetime.timedelta(seconds=23 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + uid(cid, seed, "r", i)
        it = t["intent"]
        if it in ("LaunchRequest", "SessionEndedRequest"):
            rq = {"type": it, "requestId": rid, "timestamp": ts, "locale": locale}
            if it == "SessionEndedRequest":
                rq["reason"] = "USER_INITIATED"
        else:
            rq = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": locale,
                  "intent": {"name": it, "confirmationStatus": "NONE",
                             "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE"} for k2, v in t["slots"].items()}},
                  "dialogState": "STARTED" if t["slots"] else None}
            if rq["dialogState"] is None:
                del rq["dialogState"]
        u = {"userId": user}
        if perms:
            u["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1Qi" + _h(cid, "tok")[:24]}
        sysd = {"application": {"applicationId": app}, "user": u, "device": {"deviceId": dev, "supportedInterfaces": {}},
                "apiEndpoint": ("https://api.eu.amazonalexa.com" if locale[-2:] in ("DE", "NL", "ES", "IT", "FR", "GB") else "https://api.fe.amazonalexa.com" if locale[-2:] in ("AU", "JP") else "https://api.amazonalexa.com")}
        if perms:
            sysd["apiAccessToken"] = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + _h(cid, "at")
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                                             "attributes": {}, "user": u},
               "context": {"System": sysd}, "request": rq}
        out.append((req, alexa_resp(t)))
        new = bool(t["end"]) or it == "SessionEndedRequest"
    return out


# ---------------------------------------------------------------- Alexa recording shapes
def rec_envelope(cid, d, pairs, prefix="response"):
    for i, (_, r) in enumerate(pairs):
        w(cid, f"{d}/{prefix}-{i+1:02d}.json", r)


def rec_pairs_jsonl(cid, path, pairs):
    w(cid, path, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r in pairs))


def rec_pairs_array(cid, path, pairs):
    w(cid, path, [{"request": q, "response": r} for q, r in pairs])


def rec_smapi_sim(cid, d, pairs, utts):
    for i, ((q, r), u) in enumerate(zip(pairs, utts)):
        doc = {"id": uid(cid, "sim", i), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(r)}}],
                                                 "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE"}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": q},
                                                                   "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]}, "error": None}}
        w(cid, f"{d}/sim-{i+1:02d}-{_slug(u)}.json", doc)


def rec_smapi_invoke(cid, d, pairs):
    for i, (q, r) in enumerate(pairs):
        doc = {"id": uid(cid, "inv", i), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": q},
                                                 "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}}
        w(cid, f"{d}/invoke-{i+1:02d}.json", doc)


def rec_ask_dialog(cid, d, locale, pairs, utts, text=False):
    w(cid, f"{d}/replay.json", {"skillId": pairs[0][0]["context"]["System"]["application"]["applicationId"], "locale": locale,
                               "type": "text", "userInput": utts})
    if text:
        lines = []
        for (q, r), u in zip(pairs, utts):
            lines.append(f"User  > {u}")
            lines.append(f"Alexa > {_plain(r)}")
        w(cid, f"{d}/replay-output.txt", "\n".join(lines) + "\n")
    else:
        w(cid, f"{d}/replay-output.json", [{"utterance": u, "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]}
                                           for (q, r), u in zip(pairs, utts)])


def rec_cloudwatch_text(cid, path, pairs, py=False, kw=("Request: ", "Response: "), later=False):
    lines, base = [], datetime.datetime(2025, 7 if later else 2, 11, 7, 40, 3)
    for i, (q, r) in enumerate(pairs):
        rid = uid(cid, "lam", i)
        ts = (base + datetime.timedelta(seconds=31 * i)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {40+i*3}.12 ms\tBilled Duration: {41+i*3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    w(cid, path, "\n".join(lines) + "\n")


def rec_cloudwatch_json(cid, path, pairs):
    ev, t = [], 1739259603000
    for i, (q, r) in enumerate(pairs):
        rid = uid(cid, "cwj", i)
        for j, (k, o) in enumerate((("Request", q), ("Response", r))):
            ev.append({"logStreamName": "2025/02/11/[$LATEST]" + _h(cid)[:32], "timestamp": t + i * 30000 + j * 90,
                       "message": f"2025-02-11T07:40:{i:02d}.{j}00Z\t{rid}\tINFO\t{k}: {json.dumps(o, ensure_ascii=False)}\n",
                       "ingestionTime": t + i * 30000 + 900, "eventId": str(37000000000000000000000000000000000000 + i * 10 + j)})
    w(cid, path, {"events": ev, "searchedLogStreams": []})


def rec_har(cid, path, pairs, url="https://voice.example-host.net/alexa"):
    ents = []
    for i, (q, r) in enumerate(pairs):
        qt, rt = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        ents.append({"startedDateTime": f"2025-01-2{i%9}T10:0{i%10}:00.000Z", "time": 120.5 + i,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(qt),
                                 "postData": {"mimeType": "application/json", "text": qt}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rt), "mimeType": "application/json", "text": rt},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rt)},
                     "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 2}})
    w(cid, path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.7"}, "pages": [], "entries": ents}})


def rec_transcript(cid, path, pairs, utts):
    lines, base = [], datetime.datetime(2025, 4, 2, 14, 0, 0)
    for i, ((q, r), u) in enumerate(zip(pairs, utts)):
        ts = (base + datetime.timedelta(seconds=20 * i)).strftime("%H:%M:%S")
        lines.append(f"[{ts}] USER: {u}")
        lines.append(f"[{ts}] SKILL: {_plain(r)}")
        rp = r["response"].get("reprompt")
        if rp:
            lines.append(f"[{ts}] SKILL (reprompt): {_sp(rp['outputSpeech'])}")
        lines.append(f"[{ts}] session_open={str(not r['response'].get('shouldEndSession', False)).lower()}")
    w(cid, path, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes
def rec_jest_snapshot(cid, path, pairs, utts):
    """Jest snapshot of handler outputs (tests/__snapshots__/x.test.js.snap)"""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, ((q, r), u) in enumerate(zip(pairs, utts)):
        body = json.dumps(r, indent=2, ensure_ascii=False).replace("`", "\\`").replace("${", "\\${")
        out.append(f"exports[`conversation > {u.replace('`', '')} 1`] = `\n{body}\n`;\n")
    w(cid, path, "\n".join(out))


def rec_newman(cid, path, pairs, url="https://voice.example-host.net/alexa"):
    """newman run --reporters json: response bodies are Buffer byte arrays"""
    ex = []
    for i, (q, r) in enumerate(pairs):
        ex.append({"cursor": {"position": i, "iteration": 0, "ref": uid(cid, "cur", i)},
                   "item": {"id": uid(cid, "item", i), "name": f"step {i+1}"},
                   "request": {"url": {"protocol": "https", "host": url.split('/')[2].split('.'), "path": url.split('/')[3:]},
                               "method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False)}},
                   "response": {"id": uid(cid, "resp", i), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json"}],
                                "stream": {"type": "Buffer", "data": list(json.dumps(r, ensure_ascii=False).encode("utf-8"))},
                                "responseTime": 140 + i, "responseSize": 0},
                   "assertions": [{"assertion": "status is 200", "skipped": False}]})
    w(cid, path, {"collection": {"info": {"name": "skill regression", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                  "run": {"stats": {"requests": {"total": len(ex), "failed": 0}}, "executions": ex, "failures": []}})


def _yaml_block(s, ind):
    return "|-\n" + "\n".join(" " * ind + ln for ln in s.splitlines())


def rec_vcr(cid, path, pairs, url="https://voice.example-host.net/alexa"):
    """vcrpy YAML cassette"""
    out = ["interactions:"]
    for q, r in pairs:
        out += ["- request:", "    body: " + _yaml_block(json.dumps(q, ensure_ascii=False), 6),
                "    headers:", "      Content-Type:", "      - application/json", "    method: POST", f"    uri: {url}",
                "  response:", "    body:", "      string: " + _yaml_block(json.dumps(r, ensure_ascii=False), 8),
                "    headers:", "      Content-Type:", "      - application/json", "    status:", "      code: 200", "      message: OK"]
    out.append("version: 1")
    w(cid, path, "\n".join(out) + "\n")


def rec_ngrok(cid, path, pairs):
    """ngrok agent inspection API dump (GET http://127.0.0.1:4040/api/requests/http)"""
    reqs = []
    for i, (q, r) in enumerate(pairs):
        qb, rb = json.dumps(q, ensure_ascii=False).encode(), json.dumps(r, ensure_ascii=False).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: 3f1a-81-204-11-9.ngrok-free.app\r\nContent-Type: application/json\r\nContent-Length: " + str(len(qb)).encode() + b"\r\n\r\n" + qb
        rawr = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/ngrok_req_{_h(cid, i)[:20]}", "id": f"ngrok_req_{_h(cid, i)[:20]}",
                     "tunnel_name": "command_line", "remote_addr": "54.240.197.9", "start": f"2025-05-0{1+i%8}T09:1{i%10}:02+02:00",
                     "duration": 160000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "uri": "/alexa",
                                 "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(rawr).decode()}})
    w(cid, path, {"requests": reqs, "uri": "/api/requests/http"})


def rec_curl(cid, path, pairs, url="https://voice.example-host.net/alexa"):
    """curl -v session log, as pasted into a bug ticket"""
    out = []
    for q, r in pairs:
        qb, rb = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        out += [f"$ curl -sv -X POST {url} -H 'Content-Type: application/json' -d @req.json",
                "*   Trying 52.58.0.12:443...", "* Connected to host port 443", "> POST /alexa HTTP/1.1",
                "> Content-Type: application/json", f"> Content-Length: {len(qb.encode())}", ">", qb,
                "< HTTP/1.1 200 OK", "< Content-Type: application/json", f"< Content-Length: {len(rb.encode())}", "<", rb,
                "* Connection #0 left intact", ""]
    w(cid, path, "\n".join(out))


def rec_structlog(cid, path, pairs):
    """JSON structured logs (pino / structlog style), one line per event"""
    out = []
    for i, (q, r) in enumerate(pairs):
        out.append(json.dumps({"level": 30, "time": 1746000000000 + i * 20000, "pid": 8, "hostname": "169.254.12.5",
                               "reqId": q["request"]["requestId"], "msg": "incoming alexa request", "envelope": q}, ensure_ascii=False))
        out.append(json.dumps({"level": 30, "time": 1746000000000 + i * 20000 + 95, "pid": 8, "hostname": "169.254.12.5",
                               "reqId": q["request"]["requestId"], "msg": "outgoing alexa response", "envelope": r}, ensure_ascii=False))
    w(cid, path, "\n".join(out) + "\n")


def rec_voice_history_csv(cid, path, pairs, utts, device="Echo Show 8 Kitchen", later=False):
    """Alexa privacy / voice history export as CSV (what the customer heard)"""
    import csv, io
    s = io.StringIO()
    cw = csv.writer(s)
    cw.writerow(["Timestamp", "Device", "Customer said", "Alexa response", "Follow-up mode"])
    base = datetime.datetime(2025, 8, 19, 19, 4, 0) if later else datetime.datetime(2025, 4, 3, 19, 4, 0)
    for i, ((q, r), u) in enumerate(zip(pairs, utts)):
        cw.writerow([(base + datetime.timedelta(seconds=25 * i)).strftime("%Y-%m-%d %H:%M:%S"), device, u, _plain(r),
                     "mic reopened" if r["response"].get("shouldEndSession") is False else "closed"])
    w(cid, path, s.getvalue())


def rec_junit(cid, path, pairs, utts):
    """JUnit XML from a CI test run (mocha-junit-reporter) with the envelopes in system-out"""
    from xml.sax.saxutils import escape
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f'<testsuites name="skill-e2e" tests="{len(pairs)}" failures="0">',
           '  <testsuite name="conversation" timestamp="2025-05-14T06:12:00" tests="%d">' % len(pairs)]
    for (q, r), u in zip(pairs, utts):
        out.append(f'    <testcase name="{escape(u)}" classname="e2e.conversation" time="0.214">')
        out.append("      <system-out>" + escape("REQUEST " + json.dumps(q, ensure_ascii=False) + "\nRESPONSE " + json.dumps(r, ensure_ascii=False)) + "</system-out>")
        out.append("    </testcase>")
    out += ["  </testsuite>", "</testsuites>"]
    w(cid, path, "\n".join(out) + "\n")


def _slug(u):
    import re
    s = re.sub(r"[^a-z0-9]+", "-", u.lower()).strip("-")
    return (s or "x")[:30]


def _sp(o):
    if not o:
        return ""
    return o.get("text") if o.get("type") == "PlainText" else o.get("ssml", "")


def _plain(r):
    return _sp(r["response"].get("outputSpeech"))


def alexa_record(cid, locale, turns, shape, where, utts=None, perms=False, seed="", **kw):
    pairs = alexa_requests(cid, locale, turns, perms=perms, seed=seed)
    utts = utts or [t["text"] or (f"open skill" if t["intent"] == "LaunchRequest" else t["intent"]) for t in turns]
    f = {"envelope": lambda: rec_envelope(cid, where, pairs),
         "pairs-jsonl": lambda: rec_pairs_jsonl(cid, where, pairs),
         "pairs-array": lambda: rec_pairs_array(cid, where, pairs),
         "smapi-simulation": lambda: rec_smapi_sim(cid, where, pairs, utts),
         "smapi-invocation": lambda: rec_smapi_invoke(cid, where, pairs),
         "ask-dialog": lambda: rec_ask_dialog(cid, where, locale, pairs, utts, text=kw.get("text", False)),
         "cloudwatch-text": lambda: rec_cloudwatch_text(cid, where, pairs, py=kw.get("py", False), kw=kw.get("kw", ("Request: ", "Response: ")), later=bool(seed)),
         "cloudwatch-json": lambda: rec_cloudwatch_json(cid, where, pairs),
         "har": lambda: rec_har(cid, where, pairs),
         "transcript": lambda: rec_transcript(cid, where, pairs, utts),
         "jest-snapshot": lambda: rec_jest_snapshot(cid, where, pairs, utts),
         "newman-report": lambda: rec_newman(cid, where, pairs),
         "vcr-cassette": lambda: rec_vcr(cid, where, pairs),
         "ngrok-inspect": lambda: rec_ngrok(cid, where, pairs),
         "curl-verbose": lambda: rec_curl(cid, where, pairs),
         "structlog-jsonl": lambda: rec_structlog(cid, where, pairs),
         "voice-history-csv": lambda: rec_voice_history_csv(cid, where, pairs, utts, later=bool(seed)),
         "junit-xml": lambda: rec_junit(cid, where, pairs, utts)}[shape]
    f()
    return shape


# ---------------------------------------------------------------- Google
def g_builder(cid, locale, display, invocation, intents, scenes, types=(), policy=None, category="BUSINESS_AND_FINANCE",
              main_scene="Start", for_families=False):
    lang = locale.split("-")[0]
    st = [f"projectId: {cid[7:]}-prod", f"defaultLocale: {lang}", "enabledRegions: []", "disabledRegions: []",
          f"category: {category}", f"usesTransactionsApi: false", f"usesDigitalPurchaseApi: false",
          "usesInteractiveCanvas: false", "usesHomeStorage: false", f"designedForFamily: {str(for_families).lower()}",
          "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: false", "surfaceRequirements: {}",
          "localizedSettings:", f"  displayName: {display}", f"  pronunciation: {invocation}",
          f"  shortDescription: {display}", f"  fullDescription: {display}", "  smallLogoImage: $resources.images.square",
          "  largeBannerImage: $resources.images.tmp_banner", f"  developerName: {display} team",
          f"  developerEmail: dev@{cid[7:17]}.example"]
    if policy:
        st.append(f"  privacyPolicyUrl: {policy}")
    st.append("  sampleInvocations:")
    st.append(f"  - Talk to {invocation}")
    w(cid, "sdk/settings/settings.yaml", "\n".join(st) + "\n")
    w(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intent:\n      name: actions.intent.MAIN\n")
    w(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n" + "".join(f"- name: {h}\n" for h in sorted({s for _, s in []})) + "httpsEndpoint:\n  baseUrl: https://europe-west1-" + cid[7:] + ".cloudfunctions.net/fulfillment\n")
    w(cid, "sdk/custom/global/actions.intent.MAIN.yaml", f"handler:\n  webhookHandler: main\ntransitionToScene: {main_scene}\n")
    for name, body in intents.items():
        w(cid, f"sdk/custom/intents/{name}.yaml", body)
    for name, body in scenes.items():
        w(cid, f"sdk/custom/scenes/{name}.yaml", body)
    for name, body in types:
        w(cid, f"sdk/custom/types/{name}.yaml", body)


def g_intent_yaml(phrases, params=None):
    s = ""
    if params:
        tn = lambda k, v: "actions.type." + v if k == "systemType" else ("actions.type.Number" if k == "regexp" else v)
        s += "parameters:\n" + "".join(f"- name: {n}\n  type:\n    name: {tn(k, v)}\n" for n, (k, v) in params.items())
    s += "trainingPhrases:\n" + "".join(f"- {json.dumps(p.replace(chr(39) + ')', chr(39) + ' auto=false)'), ensure_ascii=False)}\n" for p in phrases)
    return s


def g_scene_turns(cid, locale, turns, seed=""):
    """Actions Builder webhook request/response pairs. turn: (handler, intent, query, params, speech, next_scene_or_None, end)"""
    out, sess = [], "ABwppHF" + _h(cid, seed, "sess")[:40]
    for i, (handler, intent, query, params, speech, scene, nxt) in enumerate(turns):
        req = {"handler": {"name": handler}, "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": query},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2025-03-01T10:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": sess, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": _strip(speech)}}}
        if nxt:
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
        out.append((req, resp))
    return out


def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s).strip()


def rec_gscene(cid, path, pairs):
    w(cid, path, [{"request": q, "response": r} for q, r in pairs])


def g_v2_conv(cid, locale, turns, seed=""):
    """Actions SDK v2. turn: (intent, query, speech, expect, no_input_prompts, possible_intents, args)"""
    out, conv = [], str(int(_h(cid, seed)[:12], 16))
    for i, (intent, query, speech, expect, noin, poss, args) in enumerate(turns):
        req = {"user": {"locale": locale, "lastSeen": "2025-02-20T09:00:00Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": query}], "arguments": args or []}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True, "requestType": "SIMULATOR"}
        items = [{"simpleResponse": {"textToSpeech": speech}}]
        if expect:
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                                                    "noInputPrompts": [{"textToSpeech": n} for n in (noin or [])]},
                                                                    "possibleIntents": poss or [{"intent": "actions.intent.TEXT"}]}]}
        else:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        out.append((req, resp))
    return out


def df_turns(cid, lang, turns, seed="", project="agent"):
    """Dialogflow v2 webhook. turn: (intent_display, query, params, speech, expect, system_intent)"""
    out, sess = [], f"projects/{project}/agent/sessions/" + _h(cid, seed)[:28]
    for i, (intent, query, params, speech, expect, sysint) in enumerate(turns):
        req = {"responseId": uid(cid, seed, i), "session": sess,
               "queryResult": {"queryText": query, "parameters": params, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{project}/agent/intents/{uid(intent)}", "displayName": intent},
                               "intentDetectionConfidence": 1, "languageCode": lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2",
                                               "payload": {"user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                                                           "conversation": {"conversationId": sess[-28:], "type": "NEW" if i == 0 else "ACTIVE"},
                                                           "isInSandbox": True}}}
        g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
        if sysint:
            g["systemIntent"] = sysint
        out.append((req, {"fulfillmentText": _strip(speech), "payload": {"google": g}}))
    return out


def df_agent(cid, name, lang, intents, policy=None):
    """intents: list of (name, phrases[list of list-of-parts], params[(name, entity)], messages, end)"""
    a = {"description": name, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
         "displayName": name, "disableInteractionLogs": False, "disableStackdriverLogs": True,
         "googleAssistant": {"googleAssistantCompatible": True, "project": cid[7:], "welcomeIntentSignInRequired": False,
                             "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {}, "voiceType": "MALE_1",
                             "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
         "defaultTimezone": "Europe/Amsterdam", "webhook": {"url": f"https://europe-west3-{cid[7:]}.cloudfunctions.net/dialogflowFirebaseFulfillment",
                                                             "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
         "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
         "onePlatformApiVersion": "v2beta1", "apiVersion": {"protocol": "V2"}}
    if policy:
        a["googleAssistant"]["privacyPolicyUrl"] = policy
    w(cid, "agent.json", a)
    w(cid, "package.json", {"version": "1.0.0"})
    for iname, phrases, params, msgs, end in intents:
        w(cid, f"intents/{iname}.json", {"id": uid(cid, iname), "name": iname, "auto": True, "contexts": [],
                                        "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                       "parameters": [{"id": uid(iname, p), "name": p, "required": False, "dataType": e,
                                                                       "value": "$" + p, "isList": False} for p, e in params],
                                                       "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": m} for m in msgs],
                                                       "speech": [], "endInteraction": end}],
                                        "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": iname.startswith("Default Fallback"), "events": []})
        us = []
        for ph in phrases:
            data = []
            for part in ph:
                if isinstance(part, tuple):
                    data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uid(cid, iname, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            w(cid, f"intents/{iname}_usersays_{lang}.json", us)


def rec_df(cid, path, pairs, jsonl=False):
    if jsonl:
        w(cid, path, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r in pairs))
    else:
        w(cid, path, [{"webhookRequest": q, "webhookResponse": r} for q, r in pairs])


def action_json(cid, locale, name, patterns_main, actions=(), policy=None):
    a = {"locale": locale.split("-")[0], "manifest": {"displayName": name, "invocationName": name, "category": "BUSINESS_AND_FINANCE"},
         "actions": [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": cid[7:]},
                      "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": patterns_main}}}],
         "conversations": {cid[7:]: {"name": cid[7:], "url": f"https://{cid[7:]}.example-functions.net/fulfillment", "fulfillmentApiVersion": 2}}}
    if policy:
        a["manifest"]["privacyPolicyUrl"] = policy
    for nm, intent, pats, params in actions:
        a["actions"].append({"description": nm, "name": nm, "fulfillment": {"conversationName": cid[7:]},
                             "intent": {"name": intent, "parameters": [{"name": p, "type": t} for p, t in params],
                                        "trigger": {"queryPatterns": pats}}})
    w(cid, "action.json", a)
