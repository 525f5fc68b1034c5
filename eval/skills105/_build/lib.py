"""Helpers that turn hand-written case descriptions into project folders and recordings.
All spoken content lives in the case files (cases_*.py); this module only formats it."""
import base64, hashlib, json, os, uuid, datetime, html

OUT = None          # set by gen.py
LABELS = {}


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def write(cid, rel, content):
    p = os.path.join(OUT, "cases", cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(content, str):
        content = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(content)


def label(cid, cats, loc, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": loc, "shapes": sorted(set(shapes)), "why": why}


# ---------------------------------------------------------------- Alexa ---
class T:
    """one turn: user words, intent (Launch / End / IntentName), speech, reprompt, shouldEndSession"""
    def __init__(self, u, i, say=None, rp=None, end=True, s=None, card=None, directives=None):
        self.u, self.i, self.say, self.rp, self.end, self.s = u, i, say, rp, end, s or {}
        self.card, self.directives = card, directives


def speech(txt):
    if txt is None:
        return None
    if txt.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": txt}
    return {"type": "PlainText", "text": txt}


def alexa_response(t):
    r = {}
    if t.say is not None:
        r["outputSpeech"] = speech(t.say)
    if t.card:
        r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
    if t.rp is not None:
        r["reprompt"] = {"outputSpeech": speech(t.rp)}
    if t.directives:
        r["directives"] = t.directives
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def run_sessions(cid, loc, turns, tag="", t0="2026-10-03T18:20:00Z", perms=None):
    """Builds (utterance, request, response) triples; a new session starts after any ended turn."""
    app = "amzn1.ask.skill." + _uuid(cid, "app")
    user = "amzn1.ask.account.AF" + _h(cid, "user")[:40].upper()
    dev = "amzn1.ask.device.AE" + _h(cid, "dev")[:30].upper()
    base = datetime.datetime.strptime(t0, "%Y-%m-%dT%H:%M:%SZ")
    out, sid, new, n = [], None, True, 0
    for k, t in enumerate(turns):
        if sid is None or new:
            n += 1
            sid = "amzn1.echo-api.session." + _uuid(cid, tag, "s", n)
            fresh = True
        else:
            fresh = False
        ts = (base + datetime.timedelta(seconds=17 * k)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = "amzn1.echo-api.request." + _uuid(cid, tag, "r", k)
        if t.i == "Launch":
            req = {"type": "LaunchRequest", "requestId": rid, "timestamp": ts, "locale": loc, "shouldLinkResultBeReturned": False}
        elif t.i == "End":
            req = {"type": "SessionEndedRequest", "requestId": rid, "timestamp": ts, "locale": loc, "reason": t.s.get("reason", "USER_INITIATED")}
        else:
            req = {"type": "IntentRequest", "requestId": rid, "timestamp": ts, "locale": loc,
                   "intent": {"name": t.i, "confirmationStatus": "NONE",
                              "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in t.s.items()}}}
        system = {"application": {"applicationId": app}, "user": {"userId": user},
                  "device": {"deviceId": dev, "supportedInterfaces": {}},
                  "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}
        if perms:
            system["user"]["permissions"] = {"consentToken": "eyJ0eXAiOiJKV1Qi.REDACTED", "scopes": {p: {"status": "GRANTED"} for p in perms}}
        env = {"version": "1.0",
               "session": {"new": fresh, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}, "attributes": {}},
               "context": {"System": system},
               "request": req}
        resp = alexa_response(t) if t.i != "End" else {"version": "1.0", "response": {}}
        out.append((t.u, env, resp))
        new = bool(t.end) or t.i == "End"
    return out


def skill_json(loc_info, cat, policy, kids, perms, endpoint, extra=None):
    locs = {}
    for loc, (name, summary, phrases, inv) in loc_info.items():
        locs[loc] = {"name": name, "summary": summary, "description": summary + " " + (extra or ""),
                     "examplePhrases": phrases, "keywords": [],
                     "smallIconUri": f"https://cdn.example-skills.net/{endpoint}/icon-108.png",
                     "largeIconUri": f"https://cdn.example-skills.net/{endpoint}/icon-512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": kids,
          "isExportCompliant": True, "containsAds": False}
    if policy:
        pc["locales"] = {loc: {"privacyPolicyUrl": policy, "termsOfUseUrl": policy.rsplit("/", 1)[0] + "/terms"} for loc in loc_info}
    m = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                                 "distributionCountries": sorted({l.split("-")[1] for l in loc_info}),
                                                 "testingInstructions": "Link a demo account: reviewer@example-skills.net. No physical hardware needed.",
                                                 "category": cat},
                      "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": f"arn:aws:lambda:eu-west-1:{int(_h(endpoint)[:8],16) % 10**12:012d}:function:{endpoint}"}}},
                      "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        m["manifest"]["permissions"] = [{"name": p} for p in perms]
    return m


def model(inv, intents, types=None, builtins=("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent")):
    its = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        its.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    for b in builtins:
        if not any(i["name"] == b for i in its):
            its.append({"name": b, "samples": []})
    tps = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in (types or {}).items()]
    return {"interactionModel": {"languageModel": {"invocationName": inv, "intents": its, "types": tps}}}


def alexa_case(cid, loc, inv, name, cats, why, intents, recs, types=None, perms=None, policy=None,
               kids=False, category="SMART_HOME", code=None, code_py=None, summary=None, more_locales=None):
    summary = summary or name
    info = {loc: (name, summary, [f"Alexa, open {inv}"], inv)}
    write(cid, "skill-package/skill.json", skill_json(info, category, policy, kids, perms, cid.split("-", 1)[1]))
    write(cid, f"skill-package/interactionModels/custom/{loc}.json", model(inv, intents, types))
    for l2, (inv2, intents2) in (more_locales or {}).items():
        write(cid, f"skill-package/interactionModels/custom/{l2}.json", model(inv2, intents2, types))
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "python3.11" if code_py else "nodejs18.x",
                                "handler": "lambda_function.lambda_handler" if code_py else "index.handler", "awsRegion": "eu-west-1"}}}}})
    if code:
        write(cid, "lambda/index.js", code)
        write(cid, "lambda/package.json", {"name": cid.split("-", 1)[1], "version": "1.2.0", "main": "index.js",
                                           "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if code_py:
        write(cid, "lambda/lambda_function.py", code_py)
        write(cid, "lambda/requirements.txt", "ask-sdk-core==1.19.0\n")
    shapes = []
    for r in recs:
        path, shape, turns = r[0], r[1], r[2]
        opts = r[3] if len(r) > 3 else {}
        trip = run_sessions(cid, loc, turns, tag=path, t0=opts.get("t0", "2026-10-03T18:20:00Z"), perms=opts.get("perms"))
        WRITERS[shape](cid, path, trip, loc, inv, opts)
        shapes.append(shape)
    label(cid, cats, loc, shapes, why)


# ---- Alexa recording writers ------------------------------------------------
def w_envelope(cid, path, trip, loc, inv, o):
    for k, (u, q, r) in enumerate(trip):
        if q["request"]["type"] == "SessionEndedRequest":
            continue
        nm = (q["request"].get("intent") or {}).get("name", q["request"]["type"])
        write(cid, f"{path}/{k+1:02d}-{nm.replace('AMAZON.', '').lower()}.json", r)


def w_pairs_jsonl(cid, path, trip, loc, inv, o):
    write(cid, path, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for u, q, r in trip))


def w_pairs_array(cid, path, trip, loc, inv, o):
    write(cid, path, [{"request": q, "response": r} for u, q, r in trip])


def _sim(cid, k, u, q, r, loc):
    return {"id": _uuid(cid, "sim", k), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(r)}}],
                                              "consideredIntents": [{"name": (q["request"].get("intent") or {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + cid.split("-", 1)[1], "body": q},
                                                               "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 7}}]},
                       "error": None}}


def _plain(r):
    os_ = (r.get("response") or {}).get("outputSpeech") or {}
    return os_.get("text") or os_.get("ssml", "")


def w_smapi_simulation(cid, path, trip, loc, inv, o):
    for k, (u, q, r) in enumerate(trip):
        if q["request"]["type"] == "SessionEndedRequest":
            continue
        write(cid, f"{path}/sim-{k+1:02d}.json", _sim(cid, k, u, q, r, loc))


def w_smapi_invocation(cid, path, trip, loc, inv, o):
    for k, (u, q, r) in enumerate(trip):
        write(cid, f"{path}/invoke-{k+1:02d}.json", {"id": _uuid(cid, "inv", k), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:" + cid.split("-", 1)[1], "body": q},
            "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}, "error": None}})


def w_ask_dialog(cid, path, trip, loc, inv, o):
    ui = [u for u, q, r in trip if u]
    write(cid, f"{path}/replay.json", {"skillId": trip[0][1]["session"]["application"]["applicationId"], "locale": loc, "type": "text", "userInput": ui})
    if o.get("text"):
        lines = []
        for u, q, r in trip:
            if u:
                lines.append(f"User  > {u}")
            if q["request"]["type"] != "SessionEndedRequest":
                lines.append(f"Alexa > {_plain(r)}")
                rp = (r["response"].get("reprompt") or {}).get("outputSpeech")
                if rp:
                    lines.append(f"        (reprompt) {rp.get('text') or rp.get('ssml')}")
                lines.append(f"        [shouldEndSession: {str(r['response'].get('shouldEndSession')).lower()}]")
        write(cid, f"{path}/replay-output.txt", "\n".join(lines) + "\n")
    else:
        write(cid, f"{path}/replay-output.json", [{"utterance": u, "invocations": [{"request": q, "response": r}]} for u, q, r in trip if u])


def w_cloudwatch_text(cid, path, trip, loc, inv, o):
    py = o.get("py")
    lines = []
    for k, (u, q, r) in enumerate(trip):
        rid = _uuid(cid, "lambda", k)
        ts = q["request"]["timestamp"].replace("Z", ".412Z")
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\tRequest: {json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{rid}\tResponse: {json.dumps(r, ensure_ascii=False)}")
        else:
            kw = o.get("kw", ("Request: ", "Response: "))
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + k * 3}.27 ms\tBilled Duration: {41 + k * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
    write(cid, path, "\n".join(lines) + "\n")


def w_cloudwatch_json(cid, path, trip, loc, inv, o):
    ev = []
    grp = "/aws/lambda/" + cid.split("-", 1)[1]
    for k, (u, q, r) in enumerate(trip):
        rid = _uuid(cid, "lambda", k)
        ts = q["request"]["timestamp"].replace("Z", ".100Z")
        ms = int(datetime.datetime.strptime(q["request"]["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for j, m in enumerate([f"START RequestId: {rid} Version: 7\n",
                               f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}\n",
                               f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}\n",
                               f"END RequestId: {rid}\n"]):
            ev.append({"logStreamName": "2026/10/03/[7]" + _h(cid)[:32], "timestamp": ms + j, "message": m,
                       "ingestionTime": ms + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + k * 10 + j)})
    write(cid, path, {"events": ev, "searchedLogStreams": [], "logGroupName": grp})


def w_har(cid, path, trip, loc, inv, o):
    ents = []
    for k, (u, q, r) in enumerate(trip):
        body, rbody = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".230Z"), "time": 120.5 + k,
                     "request": {"method": "POST", "url": o.get("url", f"https://{cid.split('-', 1)[1]}.skills-eu.example.net/alexa"), "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-13.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                 "postData": {"mimeType": "application/json; charset=utf-8", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                  "content": {"size": len(rbody.encode()), "mimeType": "application/json", "text": rbody},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rbody.encode())},
                     "cache": {}, "timings": {"send": 0.2, "wait": 110.1, "receive": 1.3}})
    write(cid, path, {"log": {"version": "1.2", "creator": {"name": o.get("creator", "Charles Proxy"), "version": "4.6.6"}, "pages": [], "entries": ents}})


def w_transcript(cid, path, trip, loc, inv, o):
    lines = [f"# QA run {cid} locale={loc} device=Echo Show 8 (2nd gen)"]
    for u, q, r in trip:
        ts = q["request"]["timestamp"].replace("T", " ").replace("Z", "")
        if u:
            lines.append(f"[{ts}] USER: {u}")
        if q["request"]["type"] == "SessionEndedRequest":
            lines.append(f"[{ts}] (session ended by device)")
            continue
        lines.append(f"[{ts}] SKILL: {_plain(r)}")
        rp = (r["response"].get("reprompt") or {}).get("outputSpeech")
        if rp:
            lines.append(f"[{ts}] SKILL (reprompt): {rp.get('text') or rp.get('ssml')}")
        lines.append(f"[{ts}] session_open={str(not r['response'].get('shouldEndSession', False)).lower()}")
    write(cid, path, "\n".join(lines) + "\n")


# ---- new shapes (not in set 1) ---
def w_jest_snapshot(cid, path, trip, loc, inv, o):
    """Jest snapshot file (`__snapshots__/*.test.js.snap`) of handler responses."""
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for k, (u, q, r) in enumerate(trip):
        if q["request"]["type"] == "SessionEndedRequest":
            continue
        nm = (q["request"].get("intent") or {}).get("name", q["request"]["type"])
        js = json.dumps(r["response"], indent=2, ensure_ascii=False).replace("\\", "\\\\").replace("`", "\\`")
        parts.append(f"exports[`{o.get('suite', 'handlers')} {nm} responds to \"{u or nm}\" 1`] = `\n{js}\n`;\n")
    write(cid, path, "\n".join(parts))


def w_postman(cid, path, trip, loc, inv, o):
    """Postman v2.1 collection whose requests carry saved example responses."""
    items = []
    url = f"https://{{{{host}}}}/alexa/{cid.split('-', 1)[1]}"
    for k, (u, q, r) in enumerate(trip):
        nm = (q["request"].get("intent") or {}).get("name", q["request"]["type"])
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(q, indent=2, ensure_ascii=False), "options": {"raw": {"language": "json"}}},
               "url": {"raw": url, "protocol": "https", "host": ["{{host}}"], "path": ["alexa", cid.split('-', 1)[1]]}}
        items.append({"name": f"{k+1:02d} {nm} - \"{u}\"", "request": req,
                      "response": [{"name": "200 saved", "originalRequest": req, "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json"}], "cookie": [],
                                    "body": json.dumps(r, indent=2, ensure_ascii=False)}]})
    write(cid, path, {"info": {"_postman_id": _uuid(cid, "pm"), "name": o.get("title", cid), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                      "item": items, "variable": [{"key": "host", "value": "localhost:3000"}]})


def w_junit(cid, path, trip, loc, inv, o):
    """pytest --junitxml output with request/response printed to captured stdout."""
    cases = []
    for k, (u, q, r) in enumerate(trip):
        nm = (q["request"].get("intent") or {}).get("name", q["request"]["type"]).replace(".", "_")
        out = "REQUEST " + json.dumps(q, ensure_ascii=False) + "\nRESPONSE " + json.dumps(r, ensure_ascii=False) + "\n"
        cases.append(f'    <testcase classname="tests.test_dialogue" name="test_{k+1:02d}_{nm.lower()}" time="0.0{k+3}">\n'
                     f'      <system-out>{html.escape(out, quote=False)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
           f'tests="{len(cases)}" time="1.204" timestamp="{trip[0][1]["request"]["timestamp"][:19]}" hostname="ci-runner-4">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    write(cid, path, xml)


def w_pino(cid, path, trip, loc, inv, o):
    """pino JSON-lines logs from an Express-hosted skill (ask-sdk-express-adapter)."""
    lines = []
    for k, (u, q, r) in enumerate(trip):
        t = int(datetime.datetime.strptime(q["request"]["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        lines.append(json.dumps({"level": 30, "time": t, "pid": 4121, "hostname": "skill-eu-1", "reqId": f"req-{k+1}", "msg": "incoming alexa request", "alexaRequest": q}, ensure_ascii=False))
        lines.append(json.dumps({"level": 30, "time": t + 84, "pid": 4121, "hostname": "skill-eu-1", "reqId": f"req-{k+1}", "msg": "alexa response sent", "alexaResponse": r, "responseTime": 84}, ensure_ascii=False))
    write(cid, path, "\n".join(lines) + "\n")


def w_csv(cid, path, trip, loc, inv, o):
    """conversation analytics export, one row per message."""
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "direction", "intent", "text", "reprompt", "should_end_session"])
    for u, q, r in trip:
        ts, sid = q["request"]["timestamp"], q["session"]["sessionId"]
        nm = (q["request"].get("intent") or {}).get("name", q["request"]["type"])
        w.writerow([ts, sid, "incoming", nm, u or "", "", ""])
        if q["request"]["type"] != "SessionEndedRequest":
            rp = (r["response"].get("reprompt") or {}).get("outputSpeech") or {}
            w.writerow([ts, sid, "outgoing", nm, _plain(r), rp.get("text") or rp.get("ssml") or "", str(r["response"].get("shouldEndSession")).lower()])
    write(cid, path, buf.getvalue())


def w_curl(cid, path, trip, loc, inv, o):
    """`curl -v` output of replaying captured requests against the local endpoint."""
    parts = []
    for k, (u, q, r) in enumerate(trip):
        body, rb = json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)
        parts.append(f"$ curl -v -X POST http://localhost:3000/ -H 'Content-Type: application/json' -d @fixtures/{k+1:02d}.json\n"
                     "*   Trying 127.0.0.1:3000...\n* Connected to localhost (127.0.0.1) port 3000 (#0)\n"
                     "> POST / HTTP/1.1\n> Host: localhost:3000\n> User-Agent: curl/8.4.0\n> Accept: */*\n> Content-Type: application/json\n"
                     f"> Content-Length: {len(body.encode())}\n>\n{body}\n"
                     "< HTTP/1.1 200 OK\n< X-Powered-By: Express\n< Content-Type: application/json; charset=utf-8\n"
                     f"< Content-Length: {len(rb.encode())}\n<\n{rb}\n* Connection #0 to host localhost left intact\n")
    write(cid, path, "\n".join(parts))


def w_chat(cid, path, trip, loc, inv, o):
    """WhatsApp-style exported chat where a tester pasted what the device said."""
    who = o.get("who", "Tester")
    lines = []
    for u, q, r in trip:
        d = datetime.datetime.strptime(q["request"]["timestamp"], "%Y-%m-%dT%H:%M:%SZ")
        st = d.strftime("%d/%m/%Y, %H:%M")
        if u:
            lines.append(f"{st} - {who}: me: \"{u}\"")
        if q["request"]["type"] == "SessionEndedRequest":
            continue
        lines.append(f"{st} - {who}: echo: \"{_plain(r)}\"")
        rp = (r["response"].get("reprompt") or {}).get("outputSpeech")
        if rp:
            lines.append(f"{st} - {who}: reprompt = {json.dumps(rp.get('text') or rp.get('ssml'), ensure_ascii=False)}")
        lines.append(f"{st} - {who}: shouldEndSession={str(r['response'].get('shouldEndSession')).lower()} sessionId={q['session']['sessionId'][-12:]}")
    write(cid, path, "\n".join(lines) + "\n")


def w_md(cid, path, trip, loc, inv, o):
    """QA notes with a markdown table per session."""
    lines = [f"# {o.get('title', 'Manual test pass')}", "", f"Locale: `{loc}`, device: Echo Dot (5th gen)", "",
             "| # | session | user said | intent | skill said | reprompt | shouldEndSession |", "|---|---|---|---|---|---|---|"]
    for k, (u, q, r) in enumerate(trip):
        if q["request"]["type"] == "SessionEndedRequest":
            continue
        nm = (q["request"].get("intent") or {}).get("name", q["request"]["type"])
        rp = (r["response"].get("reprompt") or {}).get("outputSpeech") or {}
        cell = lambda s: (s or "").replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {k+1} | …{q['session']['sessionId'][-6:]} | {cell(u)} | {nm} | {cell(_plain(r))} | {cell(rp.get('text') or rp.get('ssml'))} | {str(r['response'].get('shouldEndSession')).lower()} |")
    write(cid, path, "\n".join(lines) + "\n")


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array,
           "smapi-simulation": w_smapi_simulation, "smapi-invocation": w_smapi_invocation, "ask-dialog": w_ask_dialog,
           "cloudwatch-text": w_cloudwatch_text, "cloudwatch-json": w_cloudwatch_json, "har": w_har, "transcript": w_transcript,
           "jest-snapshot": w_jest_snapshot, "postman-collection": w_postman, "junit-xml": w_junit, "pino-jsonl": w_pino,
           "analytics-csv": w_csv, "curl-verbose": w_curl, "chat-export": w_chat, "markdown-qa": w_md}


# --------------------------------------------------------------- Google ---
class G:
    """one Google turn: user words, intent, speech, expect more input?, next scene, extra (permission etc.)"""
    def __init__(self, u, i, say, expect=False, nxt=None, noinput=None, perm=None):
        self.u, self.i, self.say, self.expect, self.nxt, self.noinput, self.perm = u, i, say, expect, nxt, noinput, perm


def yaml_list(items, ind="  "):
    return "".join(f"{ind}- {json.dumps(x, ensure_ascii=False)}\n" for x in items)


def builder_project(cid, loc, display, inv_phrase, policy, intents, scenes, types=None, category="HOME_CONTROL"):
    lang = loc.split("-")[0]
    pol = f"  privacyPolicyUrl: {policy}\n" if policy else ""
    write(cid, "sdk/settings/settings.yaml",
          f"projectId: {cid.split('-', 1)[1]}-4f1c2\ndefaultLocale: {lang}\ncategory: {category}\nusesTransactionsApi: false\n"
          f"usesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\nusesHomeStorage: false\ndesignedForFamily: false\n"
          f"containsAlcoholOrTobaccoContent: false\nkeepsMicOpen: false\nlocalizedSettings:\n  displayName: {json.dumps(display, ensure_ascii=False)}\n"
          f"  pronunciation: {json.dumps(inv_phrase, ensure_ascii=False)}\n  shortDescription: {json.dumps(display, ensure_ascii=False)}\n"
          f"  developerName: Independent developer\n  developerEmail: dev@{cid.split('-', 1)[1]}.example.net\n{pol}")
    write(cid, "sdk/actions/actions.yaml", "custom:\n  actions.intent.MAIN: {}\n")
    write(cid, "sdk/custom/global/actions.intent.MAIN.yaml", f"handler:\n  webhookHandler: main\ntransitionToScene: {scenes[0][0]}\n")
    for name, phrases, params in intents:
        y = "trainingPhrases:\n" + yaml_list(phrases)
        if params:
            y = "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {t}\n" for p, t in params.items()) + y
        write(cid, f"sdk/custom/intents/{name}.yaml", y)
    for name, handler, conds in scenes:
        y = f"onEnter:\n  webhookHandler: {handler}\n"
        if conds:
            y += "intentEvents:\n" + "".join(f"- intent: {i}\n  handler:\n    webhookHandler: {h}\n" + (f"  transitionToScene: {s}\n" if s else "") for i, h, s in conds)
        write(cid, f"sdk/custom/scenes/{name}.yaml", y)
    for name, body in (types or {}).items():
        write(cid, f"sdk/custom/types/{name}.yaml", body)
    write(cid, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def w_gscene(cid, path, turns, loc, scene0):
    sid = "ABwppHF" + _h(cid, path)[:40]
    scene = scene0
    for k, t in enumerate(turns):
        req = {"handler": {"name": t.i if k else "main"}, "intent": {"name": t.i, "params": {}, "query": t.u},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2026-10-01T07:11:02Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/London"}}}
        resp = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": t.say}}}
        if t.nxt:
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": t.nxt}}
            scene = t.nxt if t.nxt != "actions.scene.END_CONVERSATION" else scene
        write(cid, f"{path}/{k+1:02d}-request.json", req)
        write(cid, f"{path}/{k+1:02d}-response.json", resp)


def dialogflow_project(cid, loc, display, intents, policy=None):
    lang = loc.split("-")[0]
    write(cid, "agent.json", {"description": display, "language": lang, "shortDescription": "", "examples": "", "linkToDocs": "",
                              "displayName": display, "disableInteractionLogs": False, "disableStackdriverLogs": True,
                              "googleAssistant": {"googleAssistantCompatible": True, "project": cid.split('-', 1)[1] + "-9a1e",
                                                  "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                  "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                  "autoPreviewEnabled": False, "isDeviceAgent": False},
                              "defaultTimezone": "Europe/London", "webhook": {"url": f"https://europe-west1-{cid.split('-', 1)[1]}.cloudfunctions.net/dialogflowFirebaseFulfillment", "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                              "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
                              "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "",
                              })
    write(cid, "package.json", {"version": "1.0.0"})
    for name, phrases, params, fallback, reply in intents:
        write(cid, f"intents/{name}.json", {"id": _uuid(cid, name), "name": name, "auto": True, "contexts": [],
                                             "responses": [{"resetContexts": False, "action": name.lower().replace(" ", "."), "affectedContexts": [],
                                                            "parameters": [{"id": _uuid(cid, name, p), "name": p, "required": False, "dataType": t, "value": "$" + p, "isList": False} for p, t in params.items()],
                                                            "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "condition": "", "speech": reply}] if reply else [],
                                                            "speech": []}],
                                             "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": fallback, "events": [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": []})
        if phrases:
            us = []
            for ph in phrases:
                data = []
                for part in ph:
                    if isinstance(part, tuple):
                        data.append({"text": part[0], "alias": part[1], "meta": part[2], "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": _uuid(cid, name, str(ph)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            write(cid, f"intents/{name}_usersays_{lang}.json", us)


def w_dialogflow(cid, path, turns, loc):
    sess = f"projects/{cid.split('-', 1)[1]}-9a1e/agent/sessions/ABwppHG" + _h(cid, path)[:24]
    conv = "ABwppHG" + _h(cid, path)[:24]
    for k, t in enumerate(turns):
        req = {"responseId": _uuid(cid, path, k) + "-e1a3f2b1", "session": sess,
               "queryResult": {"queryText": t.u or "GOOGLE_ASSISTANT_WELCOME", "parameters": {}, "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/x/agent/intents/{_uuid(cid, t.i)}", "displayName": t.i},
                               "intentDetectionConfidence": 1, "languageCode": loc.lower()},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": conv, "type": "NEW" if k == 0 else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if k == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.u or ""}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "requestType": "SIMULATOR"}}}
        g = {"expectUserResponse": t.expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}
        if t.noinput:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
        if t.perm:
            g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}
        write(cid, f"{path}/{k+1:02d}-request.json", req)
        write(cid, f"{path}/{k+1:02d}-response.json", {"fulfillmentText": t.say, "payload": {"google": g}})


def actionsv2_project(cid, loc, name, intents, inv):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {inv}"]}}}]
    for n, pats in intents:
        acts.append({"description": n, "name": n.upper(), "fulfillment": {"conversationName": "main"}, "intent": {"name": n, "trigger": {"queryPatterns": pats}}})
    write(cid, "action.json", {"locale": loc, "actions": acts, "conversations": {"main": {"name": "main", "url": f"https://{cid.split('-', 1)[1]}.example.net/fulfillment", "fulfillmentApiVersion": 2}}})


def w_gconv(cid, path, turns, loc):
    conv = _h(cid, path)[:19]
    for k, t in enumerate(turns):
        req = {"user": {"locale": loc, "lastSeen": "2026-10-02T20:10:00Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": conv, "type": "NEW" if k == 0 else "ACTIVE", "conversationToken": "[]"},
               "inputs": [{"intent": t.i, "rawInputs": [{"inputType": "VOICE", "query": t.u or ""}], "arguments": []}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        if t.expect:
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]},
                                                                                   "noInputPrompts": [{"textToSpeech": x} for x in (t.noinput or [])]},
                                                                   "possibleIntents": [{"intent": "actions.intent.TEXT"}] if not t.perm else
                                                                   [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}]}]}
        else:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}}
        write(cid, f"{path}/turn{k+1}-request.json", req)
        write(cid, f"{path}/turn{k+1}-response.json", resp)
