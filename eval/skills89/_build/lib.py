"""Helpers that turn hand-written case specs into project folders and recordings."""
import base64, csv, hashlib, io, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def guid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def wr(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def wj(path, obj, indent=2):
    wr(path, json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


def ssml(t):
    if t is None:
        return None
    return t if t.startswith("<speak>") else f"<speak>{t}</speak>"


# ---------------------------------------------------------------- Alexa project
def alexa_project(d, c):
    loc = c["loc"]
    locales = c.get("locales", [loc])
    pub = {}
    for l in locales:
        pub[l] = {"name": c["name"], "summary": c.get("summary", c["desc"][:120]), "description": c["desc"],
                  "examplePhrases": c.get("examples", [f"Alexa, open {c['inv']}"]),
                  "keywords": c.get("keywords", []),
                  "smallIconUri": f"https://s3.amazonaws.com/cdn.{hid(c['id'],n=6)}.example/icon-108.png",
                  "largeIconUri": f"https://s3.amazonaws.com/cdn.{hid(c['id'],n=6)}.example/icon-512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
          "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pc["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c.get("terms", c["policy"].rsplit("/", 1)[0] + "/terms")} for l in locales}
    man = {"manifest": {
        "publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                  "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                  "category": c.get("category", "LIFESTYLE"),
                                  "distributionCountries": c.get("countries", [loc.split("-")[1]])},
        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:{c.get('region','us-east-1')}:{int(hid(c['id'],n=8),16)%10**12:012d}:function:{c['id'].split('-',1)[1]}"},
                            "interfaces": c.get("interfaces", [])}},
        "manifestVersion": "1.0",
        "privacyAndCompliance": pc}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    wj(os.path.join(d, "skill-package", "skill.json"), man)
    for l in locales:
        model = c.get("models", {}).get(l) or c["model"]
        wj(os.path.join(d, "skill-package", "interactionModels", "custom", f"{l}.json"),
           build_model(c.get("invs", {}).get(l, c["inv"]), model))
    wj(os.path.join(d, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    for rel, text in c.get("files", {}).items():
        wr(os.path.join(d, rel), text)


BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def build_model(inv, model):
    intents = []
    for name, samples, *rest in model.get("intents", []):
        slots = rest[0] if rest else {}
        it = {"name": name, "samples": samples}
        if slots:
            it["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
        intents.append(it)
    for b in BUILTINS:
        if not any(i["name"] == b for i in intents):
            intents.append({"name": b, "samples": []})
    types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in model.get("types", {}).items()]
    lm = {"invocationName": inv, "intents": intents}
    if types:
        lm["types"] = types
    return {"interactionModel": {"languageModel": lm}}


# ---------------------------------------------------------------- Alexa sessions
def parse_req(r):
    """'Launch' | 'End' | 'IntentName' | 'IntentName slot=val; slot2=val2'"""
    if r == "Launch":
        return {"type": "LaunchRequest"}
    if r == "End":
        return {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
    if " " in r:
        name, rest = r.split(" ", 1)
        slots = {}
        for kv in rest.split(";"):
            k, v = kv.strip().split("=", 1)
            slots[k] = {"name": k, "value": v, "confirmationStatus": "NONE"}
    else:
        name, slots = r, {}
    it = {"name": name, "confirmationStatus": "NONE"}
    if slots:
        it["slots"] = slots
    return {"type": "IntentRequest", "intent": it, "dialogState": None}


def alexa_pairs(c, turns, tag="r1", start="2025-03-14T19:02:11Z", ver="ask-node/2.14.0 Node/v18.18.2"):
    """turns: list of (utterance_text, request_spec, speech, reprompt, end).  Returns list of dicts
    {utt, req, res, ts}."""
    import datetime
    t0 = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    app = "amzn1.ask.skill." + guid(c["id"], "app")
    user = "amzn1.ask.account." + hid(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device." + hid(c["id"], "dev", n=40).upper()
    out, sess_n, new = [], 0, True
    attrs = {}
    for i, t in enumerate(turns):
        utt, rq, speech, rep, end = t
        if new:
            sess_n += 1
            sid = "amzn1.echo-api.session." + guid(c["id"], tag, sess_n)
        ts = (t0 + datetime.timedelta(seconds=17 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        inner = parse_req(rq)
        inner = {"type": inner["type"], "requestId": "amzn1.echo-api.request." + guid(c["id"], tag, i),
                 "locale": c["loc"], "timestamp": ts, **{k: v for k, v in inner.items() if k != "type"}}
        if inner.get("dialogState") is None:
            inner.pop("dialogState", None)
        sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
        if not new:
            sess["attributes"] = dict(attrs)
        req = {"version": "1.0", "session": sess,
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com" if c["loc"] in ("en-US", "pt-BR", "es-US") else ("https://api.fe.amazonalexa.com" if c["loc"] == "ja-JP" else "https://api.eu.amazonalexa.com"),
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
               "request": inner}
        resp = {}
        if speech is not None:
            resp["outputSpeech"] = {"type": "SSML", "ssml": ssml(speech)}
        if rep is not None:
            resp["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(rep)}}
        if end is not None:
            resp["shouldEndSession"] = end
        res = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": ver, "response": resp}
        if inner["type"] == "SessionEndedRequest":
            res = {"version": "1.0", "response": {}}
        out.append({"utt": utt, "req": req, "res": res, "ts": ts})
        new = (end is not False) or inner["type"] == "SessionEndedRequest"
    return out


# ---------------------------------------------------------------- writers (one per shape)
def w_envelope(d, c, pairs, path):
    for i, p in enumerate(pairs):
        wj(os.path.join(d, path.format(i=i + 1)), p["res"])


def w_pairs_jsonl(d, c, pairs, path):
    wr(os.path.join(d, path), "".join(json.dumps({"request": p["req"], "response": p["res"]}, ensure_ascii=False) + "\n" for p in pairs))


def w_pairs_array(d, c, pairs, path):
    wj(os.path.join(d, path), [{"request": p["req"], "response": p["res"]} for p in pairs])


def w_smapi_sim(d, c, pairs, path):
    for i, p in enumerate(pairs):
        wj(os.path.join(d, path.format(i=i + 1)), {"id": guid(c["id"], "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(p["res"].get("response", {}).get("outputSpeech", {}).get("ssml", ""))}}],
                                   "consideredIntents": []},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": "arn:aws:lambda:us-east-1:000000000000:function:skill", "body": p["req"]},
                                                    "invocationResponse": {"body": p["res"]},
                                                    "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
            "error": None}})


def w_smapi_invoke(d, c, pairs, path):
    for i, p in enumerate(pairs):
        wj(os.path.join(d, path.format(i=i + 1)), {"id": guid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": "arn:aws:lambda:eu-west-1:000000000000:function:skill", "body": p["req"]},
            "invocationResponse": {"body": p["res"]}, "metrics": {"skillExecutionTimeInMilliseconds": 212}}, "error": None}})


def strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "")


def w_ask_dialog(d, c, pairs, path):
    replay = {"skillId": pairs[0]["req"]["session"]["application"]["applicationId"], "locale": c["loc"], "type": "text",
              "userInput": [p["utt"] for p in pairs if p["utt"]]}
    wj(os.path.join(d, path, "replay.json"), replay)
    lines = []
    for p in pairs:
        if p["utt"]:
            lines.append(f"User  > {p['utt']}")
        sp = p["res"].get("response", {}).get("outputSpeech", {}).get("ssml")
        if sp is not None:
            lines.append(f"Alexa > {strip(sp)}")
    io_ = [{"utterance": p["utt"], "invocations": [{"request": p["req"], "response": p["res"]}]} for p in pairs if p["utt"]]
    wj(os.path.join(d, path, "skill-io.json"), io_)
    wr(os.path.join(d, path, "dialog-output.txt"), "\n".join(lines) + "\n")


def w_cw_text(d, c, pairs, path, kw=("Request: ", "Response: "), py=False):
    out = []
    for i, p in enumerate(pairs):
        rid = guid(c["id"], "lambda", i)
        ts = p["ts"].replace("Z", ".412Z")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        pre = f"[INFO]\t{ts}\t{rid}\t" if py else f"{ts}\t{rid}\tINFO\t"
        out.append(f"{pre}{kw[0]}{json.dumps(p['req'], ensure_ascii=False)}")
        out.append(f"{pre}{kw[1]}{json.dumps(p['res'], ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {41.3 + i:.2f} ms\tBilled Duration: {42 + i} ms\tMemory Size: 128 MB\tMax Memory Used: 83 MB")
    wr(os.path.join(d, path), "\n".join(out) + "\n")


def w_cw_json(d, c, pairs, path):
    ev = []
    import datetime
    for i, p in enumerate(pairs):
        rid = guid(c["id"], "lambda", i)
        ms = int(datetime.datetime.strptime(p["ts"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        for k, body in (("Request: ", p["req"]), ("Response: ", p["res"])):
            ev.append({"logStreamName": f"2025/03/14/[$LATEST]{hid(c['id'], n=32)}", "timestamp": ms, "ingestionTime": ms + 900,
                       "message": f"{p['ts']}\t{rid}\tINFO\t{k}{json.dumps(body, ensure_ascii=False)}\n", "eventId": str(int(hid(c['id'], i, k, n=15), 16))})
            ms += 40
    wj(os.path.join(d, path), {"events": ev, "searchedLogStreams": []})


def w_har(d, c, pairs, path, url="https://skill.example.net/alexa"):
    ents = []
    for p in pairs:
        ents.append({"startedDateTime": p["ts"], "time": 88, "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                     "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "REDACTED"}],
                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                     "postData": {"mimeType": "application/json", "text": json.dumps(p["req"], ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}],
                                  "cookies": [], "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(p["res"], ensure_ascii=False)},
                                  "redirectURL": "", "headersSize": -1, "bodySize": -1},
                     "cache": {}, "timings": {"send": 0, "wait": 80, "receive": 8}})
    wj(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.4"}, "entries": ents}})


def w_transcript(d, c, pairs, path):
    lines = [f"# QA transcript {c['name']} ({c['loc']})"]
    for p in pairs:
        t = p["ts"].replace("T", " ").replace("Z", "")
        if p["utt"]:
            lines.append(f"[{t}] USER: {p['utt']}")
        r = p["res"].get("response", {})
        sp = r.get("outputSpeech", {}).get("ssml")
        if sp is not None:
            lines.append(f"[{t}] SKILL: {strip(sp)}")
        if "reprompt" in r:
            lines.append(f"[{t}] SKILL(reprompt): {strip(r['reprompt']['outputSpeech']['ssml'])}")
        lines.append(f"[{t}] session_open={str(r.get('shouldEndSession') is False).lower()}")
    wr(os.path.join(d, path), "\n".join(lines) + "\n")


# ---- new shapes (not in set 1's list)
def pretty(o, ind=0):
    """pretty-format as Jest 29 writes snapshots: sorted keys, two-space indent, trailing commas."""
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "{}"
        return "{\n" + "".join(f"{sp}  {json.dumps(k)}: {pretty(o[k], ind + 1)},\n" for k in sorted(o)) + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        return "[\n" + "".join(f"{sp}  {pretty(x, ind + 1)},\n" for x in o) + sp + "]"
    return json.dumps(o, ensure_ascii=False)


def w_jest_snapshot(d, c, pairs, path):
    """Jest snapshot file written by toMatchSnapshot() on handler output."""
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, p in enumerate(pairs):
        name = (p["utt"] or p["req"]["request"]["type"]).replace("`", "'")
        body = pretty(p["res"]).replace("\\", "\\\\").replace("`", "\\`")
        parts.append(f"exports[`handler conversation > {name} {i + 1}`] = `\n{body}\n`;\n")
    wr(os.path.join(d, path), "\n".join(parts))


def w_junit_xml(d, c, pairs, path):
    from xml.sax.saxutils import escape
    cases = []
    for i, p in enumerate(pairs):
        cases.append(f'    <testcase classname="tests.test_flow" name="test_turn_{i + 1}" time="0.0{3 + i}">\n      <system-out>{escape("REQUEST " + json.dumps(p["req"], ensure_ascii=False))}\n{escape("RESPONSE " + json.dumps(p["res"], ensure_ascii=False))}</system-out>\n    </testcase>')
    wr(os.path.join(d, path), f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(pairs)}" time="0.41" timestamp="{pairs[0]["ts"]}" hostname="ci-runner">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")


def w_console_md(d, c, pairs, path):
    """Developer-console Skill I/O panes pasted into a markdown QA note."""
    out = [f"# {c['name']} – console test notes\n", "Copied from the developer console test tab (Skill I/O).\n"]
    for i, p in enumerate(pairs):
        out.append(f"## Turn {i + 1}: {p['utt'] or '(session end)'}\n")
        out.append("JSON Input\n```json\n" + json.dumps(p["req"], ensure_ascii=False, indent=2) + "\n```\n")
        out.append("JSON Output\n```json\n" + json.dumps(p["res"], ensure_ascii=False, indent=2) + "\n```\n")
    wr(os.path.join(d, path), "\n".join(out))


def w_csv_log(d, c, pairs, path):
    """Conversation analytics CSV exported from an Athena / DynamoDB query."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["event_time", "session_id", "new_session", "request_type", "intent", "utterance", "output_ssml", "reprompt_ssml", "should_end_session"])
    for p in pairs:
        r = p["res"].get("response", {})
        rq = p["req"]["request"]
        w.writerow([p["ts"], p["req"]["session"]["sessionId"], p["req"]["session"]["new"], rq["type"], rq.get("intent", {}).get("name", ""), p["utt"] or "",
                    r.get("outputSpeech", {}).get("ssml", ""), r.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
                    "" if "shouldEndSession" not in r else str(r["shouldEndSession"]).lower()])
    wr(os.path.join(d, path), buf.getvalue())


def ddb(v):
    if isinstance(v, bool):
        return {"BOOL": v}
    if v is None:
        return {"NULL": True}
    if isinstance(v, (int, float)):
        return {"N": str(v)}
    if isinstance(v, str):
        return {"S": v}
    if isinstance(v, list):
        return {"L": [ddb(x) for x in v]}
    return {"M": {k: ddb(x) for k, x in v.items()}}


def w_dynamodb(d, c, pairs, path):
    """DynamoDB export (ExportTableToPointInTime, DYNAMODB_JSON lines) of a table the skill writes turns to."""
    lines = []
    for i, p in enumerate(pairs):
        item = {"pk": p["req"]["session"]["sessionId"], "sk": f"turn#{i:03d}", "ts": p["ts"],
                "request": p["req"]["request"], "response": p["res"].get("response", {})}
        lines.append(json.dumps({"Item": {k: ddb(v) for k, v in item.items()}}, ensure_ascii=False))
    wr(os.path.join(d, path), "\n".join(lines) + "\n")


def w_postman(d, c, pairs, path, url="https://api.example.org/alexa/skill"):
    """Postman collection-run export (newman --reporters json)."""
    ex = []
    for i, p in enumerate(pairs):
        ex.append({"item": {"name": f"{i + 1:02d} {p['utt'] or p['req']['request']['type']}"},
                   "request": {"method": "POST", "url": {"raw": url}, "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(p["req"], ensure_ascii=False)}},
                   "response": {"code": 200, "status": "OK", "header": [{"key": "Content-Type", "value": "application/json"}],
                                "stream": {"type": "Buffer", "data": list(json.dumps(p["res"], ensure_ascii=False).encode("utf-8"))},
                                "responseTime": 93},
                   "assertions": [{"assertion": "Status code is 200"}]})
    wj(os.path.join(d, path), {"collection": {"info": {"name": c["name"] + " regression"}}, "run": {"stats": {"requests": {"total": len(pairs), "failed": 0}},
                                                                                                    "executions": ex}})


def pyrepr(o):
    return repr(o)


def w_python_log(d, c, pairs, path):
    """Plain Python logging of the dicts (repr, single quotes, True/False/None) from a Flask-Ask style server."""
    out = []
    for p in pairs:
        t = p["ts"].replace("T", " ").replace("Z", ",118")
        out.append(f"{t} INFO skill.handler: incoming {pyrepr(p['req'])}")
        out.append(f"{t} INFO skill.handler: outgoing {pyrepr(p['res'])}")
    wr(os.path.join(d, path), "\n".join(out) + "\n")


def w_ngrok(d, c, pairs, path):
    """ngrok local inspection API dump (GET http://127.0.0.1:4040/api/requests/http) with base64 raw bodies."""
    reqs = []
    for i, p in enumerate(pairs):
        qb = json.dumps(p["req"], ensure_ascii=False).encode()
        rb = json.dumps(p["res"], ensure_ascii=False).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: 4f2a-81-20-9-1.ngrok-free.app\r\nContent-Type: application/json\r\nContent-Length: " + str(len(qb)).encode() + b"\r\n\r\n" + qb
        raws = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/ch_{hid(c['id'], i, n=24)}", "id": f"ch_{hid(c['id'], i, n=24)}",
                     "tunnel_name": "command_line", "remote_addr": "54.239.0.12", "start": p["ts"], "duration": 120000000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "uri": "/alexa",
                                 "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]},
                                  "raw": base64.b64encode(raws).decode()}})
    wj(os.path.join(d, path), {"requests": reqs, "uri": "/api/requests/http"})


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array, "smapi-simulation": w_smapi_sim,
           "smapi-invocation": w_smapi_invoke, "ask-dialog": w_ask_dialog, "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json,
           "har": w_har, "transcript": w_transcript, "jest-snapshot": w_jest_snapshot, "junit-xml": w_junit_xml,
           "console-markdown": w_console_md, "csv-log": w_csv_log, "dynamodb-export": w_dynamodb, "postman-run": w_postman,
           "python-repr-log": w_python_log, "ngrok-inspect": w_ngrok}


def build_alexa(c):
    d = os.path.join(OUT, "cases", c["id"])
    alexa_project(d, c)
    shapes = []
    for k, rec in enumerate(c.get("rec", [])):
        shape, path, turns = rec[0], rec[1], rec[2]
        opts = rec[3] if len(rec) > 3 else {}
        pairs = alexa_pairs(c, turns, tag=f"r{k}", start=opts.get("start", "2025-03-14T19:02:11Z"), ver=opts.get("ver", "ask-node/2.14.0 Node/v18.18.2"))
        kw = {x: opts[x] for x in ("kw", "py", "url") if x in opts}
        WRITERS[shape](d, c, pairs, path, **kw)
        if shape not in shapes:
            shapes.append(shape)
    return shapes
