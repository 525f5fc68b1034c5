"""Helpers: build ASK / Google project files and recordings in many shapes from hand-written case specs."""
import json, os, hashlib, base64, uuid as _uuid

OUT = None
CASES = {}

def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def w(cid, rel, data):
    p = os.path.join(OUT, "cases", cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if isinstance(data, str):
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)

def label(cid, cats, locale, shapes, why):
    CASES[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}

# ---------------------------------------------------------------- Alexa package
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]

def alexa_pkg(cid, name, inv, locales, intents, types=None, perms=(), policy=True, kids=False,
              category="SHOPPING", summary="", phrases=None, lam=None, extra_locales=None):
    if isinstance(locales, str):
        locales = [locales]
    pub = {}
    for loc in locales:
        pub[loc] = {"summary": summary or name, "examplePhrases": phrases or [f"Alexa, open {inv}"],
                    "name": name, "description": summary or name,
                    "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid)[:4]}/APP_ICON?versionId=small",
                    "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(cid)[:4]}/APP_ICON_LARGE?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": kids,
          "isExportCompliant": True, "containsAds": False}
    if policy:
        host = policy if isinstance(policy, str) else f"https://{name.lower().replace(' ', '').replace(chr(39), '')[:20]}.example.com"
        pc["locales"] = {loc: {"privacyPolicyUrl": host + "/privacy", "termsOfUseUrl": host + "/terms"} for loc in locales}
    arn = f"arn:aws:lambda:{'eu-west-1' if locales[0][:2] in ('de','fr','es','it') else 'us-east-1'}:{int(hid(cid),16)%10**12:012d}:function:{cid[6:]}"
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
            "testingInstructions": "See README in repo.", "category": category,
            "distributionCountries": [l[-2:] for l in locales], "automaticDistribution": {"isActive": False}},
            "apis": {"custom": {"endpoint": {"uri": arn}, "interfaces": []}},
            "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    w(cid, "skill-package/skill.json", man)
    for loc in locales:
        its = intents if not extra_locales or loc not in extra_locales else extra_locales[loc]
        lm = {"invocationName": inv if not isinstance(inv, dict) else inv[loc], "intents": [], "types": []}
        for it in its:
            nm, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            lm["intents"].append({"name": nm, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
        for b in BUILTIN:
            lm["intents"].append({"name": b, "samples": []})
        for tn, vals in (types or {}).items():
            lm["types"].append({"name": tn, "values": [{"name": {"value": v}} for v in vals]})
        w(cid, f"skill-package/interactionModels/custom/{loc}.json", {"interactionModel": {"languageModel": lm}})
    w(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if lam:
        w(cid, "lambda/index.js" if not lam.lstrip().startswith(("import", "def", "from", "#")) else "lambda/lambda_function.py", lam)
    return arn

# ---------------------------------------------------------------- Alexa exchanges
def ssml_or_text(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}

def exchanges(cid, loc, turns, t0="2025-05-12T17:20:00Z", tag=""):
    """turns: list of (intent, slots, speech, reprompt, end[, extra_response])
    intent: LAUNCH | SessionEnded | intent name.  returns list of (req, resp)."""
    out = []
    sess_n = 0
    new = True
    app = f"amzn1.ask.skill.{uid(cid, 'app')}"
    user = "amzn1.ask.account." + hid(cid, "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(cid, "dev", n=40).upper()
    base_h, base_m = int(t0[11:13]), int(t0[14:16])
    for i, t in enumerate(turns):
        intent, slots, speech, rep, end = t[:5]
        extra = t[5] if len(t) > 5 else {}
        sid = f"amzn1.echo-api.session.{uid(cid, tag, 's', sess_n)}"
        m = base_m + i
        ts = f"{t0[:11]}{base_h + m // 60:02d}:{m % 60:02d}:{(i * 7) % 60:02d}Z"
        if intent == "LAUNCH":
            r = {"type": "LaunchRequest"}
        elif intent == "SessionEnded":
            r = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        else:
            r = {"type": "IntentRequest", "intent": {"name": intent, "confirmationStatus": "NONE"}}
            if slots:
                r["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}
        r.update({"requestId": f"amzn1.echo-api.request.{uid(cid, tag, 'r', i)}", "locale": loc, "timestamp": ts})
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
                                             "user": {"userId": user}, "attributes": {}},
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "fr", "es", "it") else "https://api.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": r}
        if new:
            del req["session"]["attributes"]
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": {}}
        if intent != "SessionEnded":
            if speech is not None:
                resp["response"]["outputSpeech"] = ssml_or_text(speech)
            if rep is not None:
                resp["response"]["reprompt"] = {"outputSpeech": ssml_or_text(rep)}
            if end is not None:
                resp["response"]["shouldEndSession"] = end
            resp["response"].update(extra)
        out.append((req, resp, ts))
        new = False
        if end is True or intent == "SessionEnded" or (end is None and intent != "SessionEnded" and rep is None and speech is not None and False):
            sess_n += 1
            new = True
    return out

def speech_text(resp):
    o = resp.get("response", {}).get("outputSpeech") or {}
    return o.get("text") or o.get("ssml") or ""

def user_text(req, utter):
    return utter

# ---------------------------------------------------------------- shapes (set 1)
def sh_envelope(cid, d, ex):
    for i, (q, r, ts) in enumerate(ex, 1):
        w(cid, f"{d}/response_{i:02d}.json", r)

def sh_pairs_jsonl(cid, path, ex):
    w(cid, path, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _ in ex))

def sh_pairs_array(cid, path, ex):
    w(cid, path, [{"request": q, "response": r} for q, r, _ in ex])

def _alexa_resp_captions(r):
    s = speech_text(r)
    import re
    return re.sub(r"<[^>]+>", "", s)

def sh_smapi_sim(cid, d, ex, arn, utters):
    for i, ((q, r, ts), u) in enumerate(zip(ex, utters), 1):
        body = {"id": uid(cid, "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _alexa_resp_captions(r)}}],
                                   "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE"}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn, "body": q},
                                                    "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 140 + i * 11}}]},
            "error": None}}
        body["result"]["skillExecutionInfo"]["invocations"][0]["invocationRequest"]["utterance"] = u
        w(cid, f"{d}/{i:02d}-{u[:30].replace(' ', '_').replace('/', '')}.json", body)

def sh_smapi_invoke(cid, d, ex, arn):
    for i, (q, r, ts) in enumerate(ex, 1):
        w(cid, f"{d}/invoke-{i}.json", {"id": uid(cid, "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": arn, "body": q}, "invocationResponse": {"body": r},
            "metrics": {"skillExecutionTimeInMilliseconds": 97 + i}}, "error": None}})

def sh_ask_dialog(cid, d, ex, utters, loc, text_record=False):
    w(cid, f"{d}/replay.json", {"skillId": f"amzn1.ask.skill.{uid(cid, 'app')}", "locale": loc, "type": "text",
                                "userInput": utters, "storage": {}})
    if text_record:
        lines = []
        for (q, r, ts), u in zip(ex, utters):
            lines.append(f"User  > {u}")
            lines.append(f"Alexa > {_alexa_resp_captions(r)}")
        w(cid, f"{d}/replay-output.txt", "\n".join(lines) + "\n")
    else:
        w(cid, f"{d}/replay-output.json", [{"utterance": u, "invocations": [{"invocationRequest": {"body": q}, "invocationResponse": {"body": r}}]}
                                           for (q, r, ts), u in zip(ex, utters)])

def sh_cw_text(cid, path, ex, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (q, r, ts) in enumerate(ex):
        rid = uid(cid, "lam", i)
        t = ts.replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{t}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{t}\t{rid}\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        else:
            lines.append(f"{t}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{t}\t{rid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {180 + i * 13}.27 ms\tBilled Duration: {181 + i * 13} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    w(cid, path, "\n".join(lines) + "\n")

def sh_cw_json(cid, path, ex, group):
    ev = []
    for i, (q, r, ts) in enumerate(ex):
        rid = uid(cid, "lam", i)
        t = ts.replace("Z", ".118Z")
        base = 1747070400000 + i * 60000
        stream = f"2025/05/12/[$LATEST]{hid(cid, 'stream')}"
        ev.append({"logStreamName": stream, "timestamp": base, "message": f"{t}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n", "ingestionTime": base + 40, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2)})
        ev.append({"logStreamName": stream, "timestamp": base + 150, "message": f"{t}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n", "ingestionTime": base + 190, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2 + 1)})
    w(cid, path, {"events": ev, "searchedLogStreams": [], "nextToken": None} )

def sh_har(cid, path, ex, url):
    ents = []
    for i, (q, r, ts) in enumerate(ex):
        ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212 + i,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 0, "wait": 200, "receive": 2}})
    w(cid, path, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})

def sh_transcript(cid, path, ex, utters, name):
    lines = [f"# QA session — {name}"]
    for (q, r, ts), u in zip(ex, utters):
        lines.append(f"[{ts}] USER: {u}")
        lines.append(f"[{ts}] SKILL: {_alexa_resp_captions(r)}")
        rp = r.get("response", {}).get("reprompt")
        if rp:
            o = rp["outputSpeech"]
            lines.append(f"[{ts}] SKILL (reprompt): {o.get('text') or o.get('ssml')}")
        lines.append(f"session_open={str(not r.get('response', {}).get('shouldEndSession', False)).lower()}")
    w(cid, path, "\n".join(lines) + "\n")

# ---------------------------------------------------------------- new shapes
def sh_jest_snap(cid, path, ex, utters, suite):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, ((q, r, ts), u) in enumerate(zip(ex, utters), 1):
        body = json.dumps(r["response"], ensure_ascii=False, indent=2).replace("`", "\\`")
        parts.append(f"exports[`{suite} turn {i:02d}: {u} 1`] = `\n{body}\n`;\n")
    w(cid, path, "\n".join(parts))

def sh_bespoken(cid, path, ex, utters, loc):
    out = [f'---\nconfiguration:\n  locale: {loc}\n  description: regression run (bespoken bst test --junit)\n\n---\n- test: "recorded flow"\n']
    for (q, r, ts), u in zip(ex, utters):
        resp = r.get("response", {})
        out.append(f'- "{u}":\n')
        out.append(f'  - prompt: {json.dumps(_alexa_resp_captions(r), ensure_ascii=False)}\n')
        rp = resp.get("reprompt")
        if rp:
            o = rp["outputSpeech"]
            out.append(f'  - reprompt: {json.dumps(o.get("text") or o.get("ssml"), ensure_ascii=False)}\n')
        out.append(f'  - response.shouldEndSession: {str(resp.get("shouldEndSession")).lower() if "shouldEndSession" in resp else "undefined"}\n')
    w(cid, path, "".join(out))

def sh_postman(cid, path, ex, utters, url, name):
    items = []
    for i, ((q, r, ts), u) in enumerate(zip(ex, utters), 1):
        items.append({"name": f"{i:02d} {u}", "request": {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
                      "body": {"mode": "raw", "raw": json.dumps(q, ensure_ascii=False, indent=2)}, "url": {"raw": url}},
                      "response": [{"name": "saved", "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}],
                                    "body": json.dumps(r, ensure_ascii=False, indent=2)}]})
    w(cid, path, {"info": {"_postman_id": uid(cid, "pm"), "name": name,
                           "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": items})

def sh_junit(cid, path, ex, utters, suite):
    from xml.sax.saxutils import escape
    cases = []
    for i, ((q, r, ts), u) in enumerate(zip(ex, utters), 1):
        cases.append(f'    <testcase classname="{suite}" name="turn {i}: {escape(u)}" time="0.{100 + i}">\n'
                     f'      <system-out>{escape("REQUEST " + json.dumps(q, ensure_ascii=False))}\n{escape("RESPONSE " + json.dumps(r, ensure_ascii=False))}</system-out>\n    </testcase>')
    w(cid, path, f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="{suite}" tests="{len(cases)}" failures="0" errors="0">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")

def sh_slack(cid, path, ex, utters, tester="U04QAT3ST", bot="B05SKILLBOT"):
    msgs = []
    for i, ((q, r, ts), u) in enumerate(zip(ex, utters)):
        base = 1747070400 + i * 60
        msgs.append({"type": "message", "user": tester, "text": f"said: _{u}_", "ts": f"{base}.000100"})
        resp = r.get("response", {})
        rp = resp.get("reprompt", {}).get("outputSpeech", {})
        txt = f"*skill*: {_alexa_resp_captions(r)}"
        if rp:
            txt += f"\n> reprompt: `{rp.get('text') or rp.get('ssml')}`"
        txt += f"\n> shouldEndSession: `{resp.get('shouldEndSession')}`"
        msgs.append({"type": "message", "subtype": "bot_message", "bot_id": bot, "username": "skill-qa-relay", "text": txt, "ts": f"{base}.000200"})
    w(cid, path, msgs)

def sh_csv(cid, path, ex, utters):
    import csv, io
    buf = io.StringIO()
    cw = csv.writer(buf)
    cw.writerow(["timestamp", "session_id", "speaker", "text", "reprompt", "should_end_session"])
    for (q, r, ts), u in zip(ex, utters):
        sid = q["session"]["sessionId"][-12:]
        cw.writerow([ts, sid, "user", u, "", ""])
        resp = r.get("response", {})
        rp = resp.get("reprompt", {}).get("outputSpeech", {})
        cw.writerow([ts, sid, "skill", _alexa_resp_captions(r), rp.get("text") or rp.get("ssml") or "", str(resp.get("shouldEndSession", ""))])
    w(cid, path, buf.getvalue())

def sh_ngrok(cid, path, ex, uri="/alexa"):
    reqs = []
    for i, (q, r, ts) in enumerate(ex):
        qb = json.dumps(q, ensure_ascii=False).encode()
        rb = json.dumps(r, ensure_ascii=False).encode()
        rawq = b"POST " + uri.encode() + b" HTTP/1.1\r\nHost: 5f2a-81-2-44-10.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(qb)).encode() + b"\r\n\r\n" + qb
        rawr = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/{hid(cid, i, n=24)}", "id": hid(cid, i, n=24), "tunnel_name": "command_line",
                     "remote_addr": "72.21.217.0", "start": ts, "duration": 180000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": uri, "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(rawr).decode()}})
    w(cid, path, {"requests": reqs, "uri": "/api/requests/http"})

def sh_debuglog(cid, path, ex):
    """express + debug module output from a self-hosted endpoint (ask-sdk-express-adapter)"""
    lines = []
    for i, (q, r, ts) in enumerate(ex):
        lines.append(f"{ts} skill:http POST /api/v1/alexa 200 - {len(json.dumps(r))} bytes")
        lines.append(f"{ts} skill:envelope <- {json.dumps(q, ensure_ascii=False)}")
        lines.append(f"{ts} skill:envelope -> {json.dumps(r, ensure_ascii=False)}")
    w(cid, path, "\n".join(lines) + "\n")

def record(cid, shape, ex, utters=None, arn=None, loc="en-US", where=None, name=""):
    """write exchanges in the given shape; returns shape name"""
    u = utters or [x[0]["request"].get("intent", {}).get("name", x[0]["request"]["type"]) for x in ex]
    d = where
    if shape == "envelope": sh_envelope(cid, d or "test/responses", ex)
    elif shape == "pairs-jsonl": sh_pairs_jsonl(cid, d or "logs/exchanges.jsonl", ex)
    elif shape == "pairs-array": sh_pairs_array(cid, d or "qa/session.json", ex)
    elif shape == "smapi-simulation": sh_smapi_sim(cid, d or "simulations", ex, arn, u)
    elif shape == "smapi-invocation": sh_smapi_invoke(cid, d or "invocations", ex, arn)
    elif shape == "ask-dialog": sh_ask_dialog(cid, d or "dialog", ex, u, loc, text_record=False)
    elif shape == "ask-dialog-text": sh_ask_dialog(cid, d or "dialog", ex, u, loc, text_record=True); shape = "ask-dialog"
    elif shape == "cloudwatch-text": sh_cw_text(cid, d or "logs/lambda.log", ex)
    elif shape == "cloudwatch-text-py": sh_cw_text(cid, d or "logs/lambda.log", ex, py=True, kw=("Request Envelope: ", "Response: ")); shape = "cloudwatch-text"
    elif shape == "cloudwatch-json": sh_cw_json(cid, d or "logs/filter-log-events.json", ex, cid)
    elif shape == "har": sh_har(cid, d or "captures/session.har", ex, f"https://{cid[6:]}.example.net/alexa")
    elif shape == "transcript": sh_transcript(cid, d or "qa/transcript.txt", ex, u, name)
    elif shape == "jest-snapshot": sh_jest_snap(cid, d or "lambda/__tests__/__snapshots__/handlers.test.js.snap", ex, u, "handlers")
    elif shape == "bespoken-yaml": sh_bespoken(cid, d or "test/e2e/recorded.e2e.yml", ex, u, loc)
    elif shape == "postman-collection": sh_postman(cid, d or "postman/skill.postman_collection.json", ex, u, f"https://{cid[6:]}.example.net/alexa", name)
    elif shape == "junit-xml": sh_junit(cid, d or "reports/junit.xml", ex, u, cid[6:])
    elif shape == "slack-export": sh_slack(cid, d or "qa-export/skill-qa/2025-05-12.json", ex, u)
    elif shape == "csv-transcript": sh_csv(cid, d or "exports/conversations.csv", ex, u)
    elif shape == "ngrok-inspect": sh_ngrok(cid, d or "debug/ngrok-requests.json", ex)
    elif shape == "express-debug-log": sh_debuglog(cid, d or "server/debug.log", ex)
    else: raise ValueError(shape)
    return shape

def alexa_case(cid, cats, why, name, inv, loc, intents, turns, shape="pairs-jsonl", types=None, perms=(), policy=True,
               kids=False, category="SHOPPING", summary="", lam=None, later=None, where=None, where2=None, shape2=None, locales=None):
    """turns: list of (utterance, intent, slots, speech, reprompt, end).  later: second recording (drift)."""
    arn = alexa_pkg(cid, name, inv, locales or loc, intents, types, perms, policy, kids, category, summary,
                    [f"Alexa, open {inv}"], lam)
    shapes = []
    if later and where is None:
        where, where2 = DRIFT_PATHS[shape][0], DRIFT_PATHS[shape2 or shape][1]
    ex = exchanges(cid, loc, [t[1:] for t in turns], t0="2025-03-04T10:05:00Z", tag="a")
    shapes.append(record(cid, shape, ex, [t[0] for t in turns], arn, loc, where, name))
    if later:
        ex2 = exchanges(cid, loc, [t[1:] for t in later], t0="2025-07-21T19:40:00Z", tag="b")
        s2 = record(cid, shape2 or shape, ex2, [t[0] for t in later], arn, loc, where2, name)
        if s2 not in shapes:
            shapes.append(s2)
    label(cid, cats, loc, shapes, why)

DRIFT_PATHS = {
    "envelope": ("recordings/2025-03-04", "recordings/2025-07-21"),
    "pairs-jsonl": ("logs/2025-03-04.jsonl", "logs/2025-07-21.jsonl"),
    "pairs-array": ("qa/release-1.0.json", "qa/release-1.3.json"),
    "smapi-simulation": ("simulations/cert-run", "simulations/live-check"),
    "smapi-invocation": ("invocations/v1", "invocations/v4"),
    "ask-dialog": ("dialog/march", "dialog/july"),
    "ask-dialog-text": ("dialog/march", "dialog/july"),
    "cloudwatch-text": ("logs/2025-03-04.log", "logs/2025-07-21.log"),
    "cloudwatch-text-py": ("logs/2025-03-04.log", "logs/2025-07-21.log"),
    "cloudwatch-json": ("logs/events-2025-03.json", "logs/events-2025-07.json"),
    "har": ("captures/before-update.har", "captures/after-update.har"),
    "transcript": ("qa/2025-03-04.txt", "qa/2025-07-21.txt"),
    "jest-snapshot": ("lambda/__tests__/__snapshots__/v1.test.js.snap", "lambda/__tests__/__snapshots__/v2.test.js.snap"),
    "bespoken-yaml": ("test/e2e/2025-03.e2e.yml", "test/e2e/2025-07.e2e.yml"),
    "postman-collection": ("postman/march.postman_collection.json", "postman/july.postman_collection.json"),
    "junit-xml": ("reports/2025-03-04/junit.xml", "reports/2025-07-21/junit.xml"),
    "slack-export": ("qa-export/skill-qa/2025-03-04.json", "qa-export/skill-qa/2025-07-21.json"),
    "csv-transcript": ("exports/2025-03.csv", "exports/2025-07.csv"),
    "ngrok-inspect": ("debug/ngrok-0304.json", "debug/ngrok-0721.json"),
    "express-debug-log": ("server/debug-0304.log", "server/debug-0721.log"),
}

# ---------------------------------------------------------------- Google
def yq(s):
    return json.dumps(s, ensure_ascii=False)

def builder_case(cid, cats, why, display, loc, intents, types, scenes, turns, perms_scene=None, policy=True, category="SHOPPING", later=None):
    """intents: {name: [phrases]} (phrases may contain ($slot 'ex' auto=true) style); types: {name: 'free'|[values]}
    scenes: {name: yaml text}; turns: list of (utterance, handler, intent, scene, speech, next_scene)"""
    lang = loc.split("-")[0]
    w(cid, "sdk/settings/settings.yaml", f"defaultLocale: {lang}\nlocalizedSettings:\n  displayName: {display}\n  pronunciation: {display.lower()}\n"
      f"  shortDescription: {yq(display)}\n  fullDescription: {yq(display)}\n  developerName: {yq(display + ' team')}\n  developerEmail: dev@{hid(cid)[:6]}.example.com\n"
      + (f"  privacyPolicyUrl: https://{hid(cid)[:8]}.example.com/privacy\n" if policy else "") +
      f"projectId: {cid[6:]}-{hid(cid)[:6]}\ncategory: {category}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\nusesHomeStorage: false\n")
    w(cid, "sdk/manifest.yaml", "version: \"1.0\"\n")
    w(cid, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intentEvent:\n      intent: actions.intent.MAIN\n      transitionToScene: Start\n")
    w(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\n- name: answer\n- name: leave\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")
    for n, ph in intents.items():
        params = ""
        if isinstance(ph, tuple):
            ph, pdict = ph
            params = "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in pdict.items())
        w(cid, f"sdk/custom/intents/{n}.yaml", params + "trainingPhrases:\n" + "".join(f"- {yq(p)}\n" for p in ph))
    for n, v in (types or {}).items():
        if v == "free":
            w(cid, f"sdk/custom/types/{n}.yaml", "freeText: {}\n")
        else:
            w(cid, f"sdk/custom/types/{n}.yaml", "synonym:\n  entities:\n" + "".join(f"    {x.replace(' ', '_')}:\n      synonyms:\n      - {yq(x)}\n" for x in v) + "  matchType: EXACT_MATCH\n")
    for n, y in scenes.items():
        w(cid, f"sdk/custom/scenes/{n}.yaml", y)
    shapes = ["gactions-scene"]
    def rec(ts_list, folder, day):
        sess = "ABwppHF" + hid(cid, folder, n=40)
        for i, t in enumerate(ts_list, 1):
            utt, handler, intent, scene, speech, nxt = t[:6]
            params = t[6] if len(t) > 6 else {}
            req = {"handler": {"name": handler}, "intent": {"name": intent, "params": {k: {"original": v, "resolved": v} for k, v in params.items()}, "query": utt},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": sess, "params": {}, "typeOverrides": [], "languageCode": loc},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": f"{day}T09:0{i}:00Z"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin" if lang != "en" else "America/Chicago", "version": ""}}}
            res = {"session": {"id": sess, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": speech, "text": speech if not speech.startswith("<speak>") else ""}}}
            if nxt:
                res["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
            w(cid, f"{folder}/turn{i}_request.json", req)
            w(cid, f"{folder}/turn{i}_response.json", res)
    if later:
        rec(turns, "webhook/test-logs/2025-03-04", "2025-03-04")
        rec(later, "webhook/test-logs/2025-07-21", "2025-07-21")
    else:
        rec(turns, "webhook/test-logs", "2025-05-12")
    label(cid, cats, loc, shapes, why)

def v2_case(cid, cats, why, display, loc, actions, turns, policy=True, later=None):
    """actions: list of (intentName, queryPatterns, params)  turns: (utterance, intent, speech, expectUser, noInput, permission[, args])"""
    pkg = {"actions": [], "conversations": {}, "locale": loc.split("-")[0],
           "manifest": {"displayName": display, "invocationName": display, "category": "SHOPPING"}}
    for name, pats, params in actions:
        a = {"description": name, "name": name.split(".")[-1] if name != "actions.intent.MAIN" else "MAIN",
             "fulfillment": {"conversationName": "shop"}, "intent": {"name": name}}
        if pats:
            a["intent"]["trigger"] = {"queryPatterns": pats}
        if params:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        pkg["actions"].append(a)
    pkg["conversations"]["shop"] = {"name": "shop", "url": f"https://us-central1-{cid[6:]}.cloudfunctions.net/shop", "fulfillmentApiVersion": 2}
    if policy:
        pkg["manifest"]["privacyPolicyUrl"] = f"https://{hid(cid)[:8]}.example.com/privacy"
    w(cid, "action.json", pkg)
    def rec(tl, path, day):
        conv = hid(cid, path, n=16)
        lines = []
        for i, t in enumerate(tl):
            utt, intent, speech, expect, noinput, perm = t[:6]
            args = t[6] if len(t) > 6 else []
            req = {"user": {"userId": hid(cid, "u"), "locale": loc, "lastSeen": f"{day}T08:00:00Z"},
                   "conversation": {"conversationId": conv, "type": "NEW" if i == 0 else "ACTIVE", "conversationToken": "[]"},
                   "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": utt}], "arguments": args}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
            res = {"expectUserResponse": expect}
            item = {"simpleResponse": {"textToSpeech": speech}}
            if expect:
                res["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": [item]}, "noInputPrompts": [{"textToSpeech": n} for n in (noinput or [])]},
                                          "possibleIntents": [{"intent": perm[0], "inputValueData": perm[1]} if perm else {"intent": "actions.intent.TEXT"}]}]
            else:
                res["finalResponse"] = {"richResponse": {"items": [item]}}
            lines.append(json.dumps({"timestamp": f"{day}T08:0{i}:00Z", "request": req, "response": res}, ensure_ascii=False))
        w(cid, path, "\n".join(lines) + "\n")
    if later:
        rec(turns, "functions/logs/conversation-2025-03-04.jsonl", "2025-03-04")
        rec(later, "functions/logs/conversation-2025-07-21.jsonl", "2025-07-21")
    else:
        rec(turns, "functions/logs/conversation.jsonl", "2025-05-12")
    label(cid, cats, loc, ["gactions-conversation"], why)

def df_case(cid, cats, why, display, loc, intents, entities, turns, policy=True, later=None):
    """intents: {name: (phrases, params{name: entity}, webhook)}  phrases may include {param} to annotate.
    turns: (utterance, intent, params, speech, expect, systemIntent or None)"""
    lang = loc.split("-")[0]
    agent = {"description": display, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
             "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": f"{cid[6:]}-{hid(cid)[:5]}",
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": [],
                                 "oAuthLinking": {"required": False}, "voiceType": "MALE_1", "capabilities": [], "env": "",
                                 "protocolVersion": "V2", "autoPreviewEnabled": True, "isDeviceAgent": False},
             "defaultTimezone": "Europe/Madrid" if lang != "en" else "America/New_York",
             "webhook": {"url": f"https://europe-west1-{cid[6:]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2beta1",
             "displayName": display}
    if policy:
        agent["googleAssistant"]["privacyPolicyUrl"] = f"https://{hid(cid)[:8]}.example.com/privacy"
    w(cid, "agent.json", agent)
    w(cid, "package.json", {"version": "1.0.0"})
    import re
    for n, (phr, params, hook) in intents.items():
        iid = uid(cid, n)
        w(cid, f"intents/{n}.json", {"id": iid, "name": n, "auto": True, "contexts": [], "responses": [{"resetContexts": False, "action": n.lower().replace(' ', '.'), "affectedContexts": [],
            "parameters": [{"id": uid(cid, n, k), "name": k, "required": False, "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
            "messages": [{"type": 0, "lang": lang, "condition": "", "speech": []}], "speech": []}], "priority": 500000, "webhookUsed": hook,
            "webhookForSlotFilling": False, "fallbackIntent": n == "Default Fallback Intent", "events": [{"name": "WELCOME"}] if "Welcome" in n else []})
        us = []
        for p in phr:
            data = []
            for part in re.split(r"(\{\w+\})", p):
                if not part:
                    continue
                m = re.fullmatch(r"\{(\w+)\}", part)
                if m:
                    k = m.group(1)
                    data.append({"text": k.replace('_', ' '), "alias": k, "meta": params[k], "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uid(cid, n, p), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if phr:
            w(cid, f"intents/{n}_usersays_{lang}.json", us)
    for en, vals in (entities or {}).items():
        w(cid, f"entities/{en}.json", {"id": uid(cid, en), "name": en, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": True, "allowFuzzyExtraction": False})
        w(cid, f"entities/{en}_entries_{lang}.json", [{"value": v, "synonyms": [v]} for v in vals])
    def rec(tl, folder, day):
        sess = f"projects/{cid[6:]}-{hid(cid)[:5]}/agent/sessions/ABwppHG{hid(cid, folder, n=30)}"
        for i, t in enumerate(tl, 1):
            utt, intent, params, speech, expect, sysint = t
            req = {"responseId": uid(cid, folder, i), "queryResult": {"queryText": utt, "parameters": params, "allRequiredParamsPresent": True,
                   "fulfillmentMessages": [{"text": {"text": [""]}}], "intent": {"name": f"projects/x/agent/intents/{uid(cid, intent)}", "displayName": intent},
                   "intentDetectionConfidence": 0.92, "languageCode": lang},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {"user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                        "conversation": {"conversationId": sess[-30:], "type": "NEW" if i == 1 else "ACTIVE"}, "inputs": [{"rawInputs": [{"query": utt, "inputType": "VOICE"}]}],
                        "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}, "session": sess}
            g = {"expectUserResponse": expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": speech}}]}}
            if sysint:
                g["systemIntent"] = sysint
            res = {"fulfillmentText": speech if not speech.startswith("<speak>") else "", "payload": {"google": g}}
            w(cid, f"{folder}/{i:02d}-request.json", req)
            w(cid, f"{folder}/{i:02d}-response.json", res)
    if later:
        rec(turns, "fulfillment/logs/2025-03-04", "2025-03-04")
        rec(later, "fulfillment/logs/2025-07-21", "2025-07-21")
    else:
        rec(turns, "fulfillment/logs", "2025-05-12")
    label(cid, cats, loc, ["dialogflow-webhook"], why)
