"""Rendering helpers for set 114. All speech, models and manifests are hand-written in the case files
(cases_*.py); this module only serialises them into the file shapes real developers end up with."""
import base64, csv, hashlib, io, json, os, uuid, datetime as dt
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=indent, ensure_ascii=False)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def wyaml(path, obj):
    wtext(path, yaml.safe_dump(obj, allow_unicode=True, sort_keys=False, width=1000))


# ---------------------------------------------------------------- Alexa project
BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent",
            "AMAZON.FallbackIntent"]


def alexa_project(d, c):
    loc = c["locale"]
    pi = {"locales": {}, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "n/a"),
          "category": c.get("category", "HOME_SERVICES"), "distributionCountries": [c.get("country", loc[-2:])]}
    for l in [loc] + c.get("extra_locales", []):
        pi["locales"][l] = {"name": c["name"], "summary": c.get("summary", c["desc"][:110]),
                            "description": c["desc"], "examplePhrases": c.get("examples", []),
                            "keywords": c.get("keywords", []),
                            "smallIconUri": f"https://s3.amazonaws.com/skill-assets-{h(c['id'], n=6)}/icon108.png",
                            "largeIconUri": f"https://s3.amazonaws.com/skill-assets-{h(c['id'], n=6)}/icon512.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or c.get("uses_pi", False),
           "isChildDirected": c.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        pac["locales"] = {l: {"privacyPolicyUrl": c["policy"], **({"termsOfUseUrl": c["terms"]} if c.get("terms") else {})}
                          for l in [loc] + c.get("extra_locales", [])}
    man = {"manifestVersion": "1.0", "publishingInformation": pi,
           "apis": {"custom": {"endpoint": {"uri": c.get("endpoint", f"arn:aws:lambda:{c.get('region','eu-west-1')}:{int(h(c['id'],n=10),16)%10**12:012d}:function:{c['slug']}")}}},
           "privacyAndCompliance": pac}
    if c.get("interfaces"):
        man["apis"]["custom"]["interfaces"] = [{"type": t} for t in c["interfaces"]]
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["events"] = c["events"]
    wjson(f"{d}/skill-package/skill.json", {"manifest": man})
    intents = []
    for it in c["intents"]:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        o = {"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples}
        if not slots:
            del o["slots"]
        intents.append(o)
    have = {i["name"] for i in intents}
    for b in BUILTINS:
        if b not in have and b not in c.get("no_builtins", []):
            intents.append({"name": b, "samples": []})
    types = [{"name": k, "values": [{"name": {"value": v}} if isinstance(v, str) else
                                    {"id": v[0], "name": {"value": v[0], "synonyms": v[1:]}} for v in vals]}
             for k, vals in c.get("types", {}).items()]
    im = {"interactionModel": {"languageModel": {"invocationName": c["inv"], "intents": intents, "types": types}}}
    if c.get("dialog"):
        im["interactionModel"]["dialog"] = c["dialog"]
    for l in [loc] + c.get("extra_locales", []):
        wjson(f"{d}/skill-package/interactionModels/custom/{l}.json", im)
    wjson(f"{d}/ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": c.get("runtime", "nodejs18.x"),
                                "handler": "lambda_function.lambda_handler" if c.get("runtime", "").startswith("python") else "index.handler", "awsRegion": c.get("region", "eu-west-1")}}}}})
    if c.get("code"):
        fn, src = c["code"]
        wtext(f"{d}/lambda/{fn}", src)
        if fn.endswith(".js"):
            wjson(f"{d}/lambda/package.json", {"name": c["slug"], "version": c.get("version", "1.0.0"), "main": "index.js",
                                                "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
        else:
            wtext(f"{d}/lambda/requirements.txt", "ask-sdk-core==1.19.0\n")


# ---------------------------------------------------------------- Alexa envelopes
class Clock:
    def __init__(self, start):
        self.t = dt.datetime.fromisoformat(start)

    def tick(self, s=7):
        self.t += dt.timedelta(seconds=s)
        return self.t

    def iso(self):
        return self.t.strftime("%Y-%m-%dT%H:%M:%SZ")


def out_speech(s):
    if s is None:
        return None
    if s.lstrip().startswith("<speak"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def alexa_exchanges(c, sessions, start, tag=""):
    """Turn the hand-written sessions into (user_text, request_envelope, response_envelope|None, ts) tuples."""
    clk = Clock(start)
    app = f"amzn1.ask.skill.{uid(c['id'], 'app')}"
    user = "amzn1.ask.account." + h(c["id"], "user", n=40).upper()
    dev = "amzn1.ask.device." + h(c["id"], "dev", n=40).upper()
    res = []
    for si, sess in enumerate(sessions):
        sid = f"amzn1.echo-api.session.{uid(c['id'], tag, si)}"
        attrs = {}
        for ti, turn in enumerate(sess):
            said, rq, speech, rep, end = turn[:5]
            extra = turn[5] if len(turn) > 5 else {}
            clk.tick(6 + ti * 3)
            if rq == "launch":
                r = {"type": "LaunchRequest"}
            elif rq == "end":
                r = {"type": "SessionEndedRequest", "reason": extra.get("reason", "USER_INITIATED")}
            else:
                name, slots = (rq, {}) if isinstance(rq, str) else rq
                r = {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE",
                     "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in slots.items()}}}
                if not slots:
                    del r["intent"]["slots"]
            r.update({"requestId": f"amzn1.echo-api.request.{uid(c['id'], tag, si, ti)}", "locale": c["locale"],
                      "timestamp": clk.iso()})
            sys_ = {"application": {"applicationId": app}, "user": {"userId": user},
                    "device": {"deviceId": dev, "supportedInterfaces": extra.get("ifaces", {})},
                    "apiEndpoint": "https://api.eu.amazonalexa.com" if c["locale"] != "en-US" else "https://api.amazonalexa.com",
                    "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20ifQ.REDACTED"}
            req = {"version": "1.0", "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                   "attributes": dict(attrs), "user": {"userId": user}}, "context": {"System": sys_}, "request": r}
            if ti == 0:
                del req["session"]["attributes"]
            if rq == "end":
                resp = {"version": "1.0", "response": {}}
            else:
                body = {}
                if speech is not None:
                    body["outputSpeech"] = out_speech(speech)
                if extra.get("card"):
                    body["card"] = {"type": "Simple", "title": extra["card"][0], "content": extra["card"][1]}
                if rep is not None:
                    body["reprompt"] = {"outputSpeech": out_speech(rep)}
                if extra.get("directives"):
                    body["directives"] = extra["directives"]
                if end is not None:
                    body["shouldEndSession"] = end
                attrs = extra.get("attrs", attrs)
                resp = {"version": "1.0", "sessionAttributes": attrs, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.19.0"),
                        "response": body}
            res.append({"said": said, "req": req, "resp": resp, "t": clk.t, "sid": sid, "rq": rq})
    return res


def ts_ms(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def r_envelope(d, c, ex, path):
    for i, e in enumerate(ex):
        if e["rq"] == "end":
            continue
        name = e["rq"] if isinstance(e["rq"], str) else e["rq"][0]
        wjson(f"{d}/{path}/{i+1:02d}-{name.split('.')[-1].lower()}.json", e["resp"])


def r_pairs_jsonl(d, c, ex, path):
    wtext(f"{d}/{path}", "".join(json.dumps({"request": e["req"], "response": e["resp"]}, ensure_ascii=False) + "\n" for e in ex))


def r_pairs_array(d, c, ex, path):
    wjson(f"{d}/{path}", [{"request": e["req"], "response": e["resp"]} for e in ex])


def _endpoint(c):
    return c.get("endpoint", f"arn:aws:lambda:{c.get('region','eu-west-1')}:{int(h(c['id'],n=10),16)%10**12:012d}:function:{c['slug']}")


def r_smapi_sim(d, c, ex, path):
    for i, e in enumerate(ex):
        if e["rq"] == "end":
            continue
        sid = uid(c["id"], "sim", i)
        o = {"id": sid, "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": strip(e["resp"]["response"].get("outputSpeech"))}}],
                                   "consideredIntents": [{"name": e["req"]["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE", "slots": {}}]},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(c), "body": e["req"]},
                                                    "invocationResponse": {"body": e["resp"]},
                                                    "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 11}}]},
            "error": None}}
        wjson(f"{d}/{path}/simulation-{i+1:02d}-{sid[:8]}.json", o)


def r_smapi_inv(d, c, ex, path):
    for i, e in enumerate(ex):
        if e["rq"] == "end":
            continue
        o = {"id": uid(c["id"], "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": {
            "invocationRequest": {"endpoint": _endpoint(c), "body": e["req"]},
            "invocationResponse": {"body": e["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 212 + i}}, "error": None}}
        wjson(f"{d}/{path}/invoke-{i+1:02d}.json", o)


def strip(os_):
    if not os_:
        return ""
    import re
    s = os_.get("ssml") or os_.get("text") or ""
    return re.sub(r"<[^>]+>", "", s).strip()


def r_ask_dialog(d, c, ex, path, text_record=False):
    utter = [e["said"] for e in ex if e["rq"] != "end"]
    wjson(f"{d}/{path}/dialog-replay.json", {"skillId": f"amzn1.ask.skill.{uid(c['id'], 'app')}", "locale": c["locale"],
                                            "type": "text", "userInput": utter})
    if text_record:
        lines = []
        for e in ex:
            if e["rq"] == "end":
                continue
            lines.append(f"User  > {e['said']}")
            r = e["resp"]["response"]
            lines.append(f"Alexa > {strip(r.get('outputSpeech'))}")
            if "reprompt" in r:
                lines.append(f"        (reprompt) {strip(r['reprompt']['outputSpeech'])!r}")
            lines.append(f"        [session {'ended' if r.get('shouldEndSession') else 'open'}]")
        wtext(f"{d}/{path}/dialog-output.txt", "\n".join(lines) + "\n")
    else:
        wjson(f"{d}/{path}/dialog-output.json", [{"utterance": e["said"], "invocations": [{"request": e["req"], "response": e["resp"]}]}
                                                for e in ex if e["rq"] != "end"])


def r_ask_dialog_txt(d, c, ex, path):
    r_ask_dialog(d, c, ex, path, text_record=True)


def _cw_lines(c, ex, py=False, kw=("Request: ", "Response: ")):
    out = []
    for e in ex:
        rid = uid(c["id"], "lambda", e["req"]["request"]["requestId"])
        t = e["t"]
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(h(rid, n=6), 16) % 900 + 100:03d}Z"
        out.append((t, f"START RequestId: {rid} Version: $LATEST"))
        if py:
            out.append((t, f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(e['req'], ensure_ascii=False)}"))
            out.append((t, f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(e['resp'], ensure_ascii=False)}"))
        else:
            out.append((t, f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(e['req'], ensure_ascii=False)}"))
            out.append((t, f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(e['resp'], ensure_ascii=False)}"))
        out.append((t, f"END RequestId: {rid}"))
        out.append((t, f"REPORT RequestId: {rid}\tDuration: {41 + len(rid) % 50}.37 ms\tBilled Duration: 100 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB"))
    return out


def r_cw_text(d, c, ex, path, py=False, kw=("Request: ", "Response: ")):
    wtext(f"{d}/{path}", "\n".join(l for _, l in _cw_lines(c, ex, py, kw)) + "\n")


def r_cw_text_py(d, c, ex, path):
    r_cw_text(d, c, ex, path, py=True, kw=("Incoming request: ", "Outgoing response: "))


def r_cw_json(d, c, ex, path):
    evs = []
    for i, (t, l) in enumerate(_cw_lines(c, ex)):
        evs.append({"logStreamName": f"{t.strftime('%Y/%m/%d')}/[$LATEST]{h(c['id'], 'stream')}", "timestamp": ts_ms(t),
                    "message": l + "\n", "ingestionTime": ts_ms(t) + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 7919)})
    wjson(f"{d}/{path}", {"events": evs, "searchedLogStreams": []})


def r_insights_csv(d, c, ex, path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["@timestamp", "@logStream", "@message"])
    for t, l in _cw_lines(c, ex):
        if "INFO" in l:
            w.writerow([t.strftime("%Y-%m-%d %H:%M:%S.000"), f"{t.strftime('%Y/%m/%d')}/[$LATEST]{h(c['id'], 'stream')}", l])
    wtext(f"{d}/{path}", buf.getvalue())


def _http_url(c):
    return c.get("https", f"https://{c['slug']}.example-hosting.net/alexa")


def r_har(d, c, ex, path):
    ents = []
    for e in ex:
        rq, rs = json.dumps(e["req"], ensure_ascii=False), json.dumps(e["resp"], ensure_ascii=False)
        ents.append({"startedDateTime": e["t"].strftime("%Y-%m-%dT%H:%M:%S.123Z"), "time": 143,
                     "request": {"method": "POST", "url": _http_url(c), "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                             {"name": "Signature-256", "value": "kTj3…"}, {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
                                 "postData": {"mimeType": "application/json", "text": rq}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                  "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 130, "receive": 12}})
    wjson(f"{d}/{path}", {"log": {"version": "1.2", "creator": {"name": c.get("har_creator", "Charles Proxy"), "version": "4.6.4"}, "entries": ents}})


def r_transcript(d, c, ex, path):
    L = [f"# QA run {c['name']} ({c['locale']})"]
    for e in ex:
        ts = e["t"].strftime("%Y-%m-%d %H:%M:%S")
        if e["rq"] == "end":
            L.append(f"[{ts}] SYSTEM: SessionEndedRequest")
            continue
        r = e["resp"]["response"]
        L.append(f"[{ts}] USER: {e['said']}")
        L.append(f"[{ts}] SKILL: {strip(r.get('outputSpeech'))}")
        if "reprompt" in r:
            L.append(f"[{ts}] SKILL(reprompt): {strip(r['reprompt']['outputSpeech'])}")
        L.append(f"[{ts}] session_open={str(not r.get('shouldEndSession', False)).lower()}")
    wtext(f"{d}/{path}", "\n".join(L) + "\n")


# ---- shapes not in set 1
def r_newman(d, c, ex, path):
    execs = []
    for i, e in enumerate(ex):
        rq, rs = json.dumps(e["req"], ensure_ascii=False, indent=2), json.dumps(e["resp"], ensure_ascii=False)
        execs.append({"cursor": {"position": i, "iteration": 0, "length": len(ex), "cycles": 1, "ref": uid(c['id'], 'cur', i)},
                      "item": {"id": uid(c["id"], "item", i), "name": f"{i+1:02d} {e['said'] or e['rq']}"},
                      "request": {"url": {"protocol": "https", "host": _http_url(c).split("/")[2].split("."), "path": ["alexa"]},
                                  "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
                                  "body": {"mode": "raw", "raw": rq}},
                      "response": {"id": uid(c["id"], "resp", i), "status": "OK", "code": 200,
                                   "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                   "stream": {"type": "Buffer", "data": list(rs.encode("utf-8"))},
                                   "responseTime": 120 + i, "responseSize": len(rs.encode())},
                      "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    wjson(f"{d}/{path}", {"collection": {"info": {"_postman_id": uid(c["id"], "col"), "name": f"{c['name']} regression",
                                                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                          "environment": {"name": "staging", "values": []},
                          "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}},
                                  "executions": execs, "failures": []}})


def r_ngrok(d, c, ex, path):
    reqs = []
    for i, e in enumerate(ex):
        rq, rs = json.dumps(e["req"], ensure_ascii=False).encode(), json.dumps(e["resp"], ensure_ascii=False).encode()
        host = f"{h(c['id'], 'ng', n=8)}.ngrok-free.app"
        rawq = (f"POST /api/alexa HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Apache-HttpClient/UNAVAILABLE (Java/1.8.0_392)\r\n"
                f"Content-Length: {len(rq)}\r\nContent-Type: application/json; charset=utf-8\r\n\r\n").encode() + rq
        raws = (f"HTTP/1.1 200 OK\r\nContent-Length: {len(rs)}\r\nContent-Type: application/json; charset=utf-8\r\n"
                f"Date: {e['t'].strftime('%a, %d %b %Y %H:%M:%S GMT')}\r\n\r\n").encode() + rs
        rid = "req_" + h(c["id"], "ngr", i, n=24)
        reqs.append({"uri": f"/api/requests/http/{rid}", "id": rid, "tunnel_name": "command_line (http)",
                     "remote_addr": "54.239.28.85", "start": e["t"].strftime("%Y-%m-%dT%H:%M:%S.000000Z"), "duration": 181000000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                 "uri": "/api/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "raw": base64.b64encode(raws).decode()}})
    wjson(f"{d}/{path}", {"uri": "/api/requests/http", "requests": list(reversed(reqs))})


def r_pino(d, c, ex, path):
    L = []
    for i, e in enumerate(ex):
        t = ts_ms(e["t"])
        rid = f"req-{i+1}"
        L.append({"level": 30, "time": t, "pid": 4121, "hostname": c.get("host", "skill-web-7d9f"), "reqId": rid,
                  "req": {"method": "POST", "url": "/alexa"}, "msg": "incoming request", "alexa": e["req"]})
        L.append({"level": 30, "time": t + 160, "pid": 4121, "hostname": c.get("host", "skill-web-7d9f"), "reqId": rid,
                  "res": {"statusCode": 200}, "responseTime": 160, "msg": "request completed", "alexaResponse": e["resp"]})
    wtext(f"{d}/{path}", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in L))


def _xml(s):
    return s.replace("]]>", "]]]]><![CDATA[>")


def r_junit(d, c, ex, path):
    cases = []
    for i, e in enumerate(ex):
        nm = f"turn {i+1}: {e['said'] or e['rq']}".replace('"', "'").replace("&", "and").replace("<", "").replace(">", "")
        out = "REQUEST " + json.dumps(e["req"], ensure_ascii=False) + "\nRESPONSE " + json.dumps(e["resp"], ensure_ascii=False)
        cases.append(f'    <testcase classname="conversation.{c["slug"].replace("-", "_")}" name="{nm}" time="0.{200+i}">\n'
                     f'      <system-out><![CDATA[{_xml(out)}]]></system-out>\n    </testcase>')
    x = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="{len(ex)}" failures="0" errors="0" time="2.91">\n'
         f'  <testsuite name="{c["name"]} conversation" errors="0" failures="0" skipped="0" timestamp="{ex[0]["t"].strftime("%Y-%m-%dT%H:%M:%S")}" time="2.91" tests="{len(ex)}">\n'
         + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
    wtext(f"{d}/{path}", x)


def pretty(v, ind=0):
    sp = "  " * (ind + 1)
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        return "Object {\n" + "".join(f"{sp}{json.dumps(k)}: {pretty(v[k], ind+1)},\n" for k in sorted(v)) + "  " * ind + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}{pretty(x, ind+1)},\n" for x in v) + "  " * ind + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if v is None:
        return "null"
    return json.dumps(v)


def r_jest(d, c, ex, path):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    seen = {}
    for e in ex:
        nm = f"{c['name']} {e['said'] or e['rq']}"
        seen[nm] = seen.get(nm, 0) + 1
        body = pretty(e["resp"]).replace("`", "\\`").replace("${", "\\${")
        parts.append(f"exports[`{nm} {seen[nm]}`] = `\n{body}\n`;\n")
    wtext(f"{d}/{path}", "\n".join(parts))


def r_slack(d, c, ex, path):
    msgs = []
    for i, e in enumerate(ex):
        t = ts_ms(e["t"]) / 1000
        msgs.append({"type": "message", "user": "U04QATEST1", "text": f"testing: \"{e['said']}\"", "ts": f"{t:.6f}",
                     "client_msg_id": uid(c["id"], "m", i)})
        msgs.append({"type": "message", "subtype": "bot_message", "bot_id": "B05SKILLBOT", "username": "skill-test-bot",
                     "text": "```" + json.dumps(e["resp"], ensure_ascii=False) + "```", "ts": f"{t+1.5:.6f}"})
    wjson(f"{d}/{path}", msgs)


ALEXA_SHAPES = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
                "smapi-simulation": r_smapi_sim, "smapi-invocation": r_smapi_inv, "ask-dialog": r_ask_dialog,
                "ask-dialog-txt": r_ask_dialog_txt, "cloudwatch-text": r_cw_text, "cloudwatch-text-py": r_cw_text_py,
                "cloudwatch-json": r_cw_json, "har": r_har, "transcript": r_transcript, "newman-json": r_newman,
                "ngrok-inspect": r_ngrok, "cloudwatch-insights-csv": r_insights_csv, "pino-jsonl": r_pino,
                "junit-xml": r_junit, "jest-snapshot": r_jest, "slack-export": r_slack}
SHAPE_LABEL = {"ask-dialog-txt": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text"}


# ---------------------------------------------------------------- Google
def google_exchanges(c, sessions, start, tag=""):
    clk = Clock(start)
    res = []
    for si, sess in enumerate(sessions):
        sid = h(c["id"], tag, "gs", si, n=26).upper()
        for ti, turn in enumerate(sess):
            said, intent, speech, rep, end = turn[:5]
            extra = turn[5] if len(turn) > 5 else {}
            clk.tick(5 + ti * 4)
            res.append({"said": said, "intent": intent, "speech": speech, "rep": rep, "end": end, "x": extra,
                        "t": clk.t, "sid": sid, "first": ti == 0})
    return res


def g_builder(d, c, ex, path):
    lang = c["locale"]
    for i, e in enumerate(ex):
        x = e["x"]
        req = {"handler": {"name": x.get("handler", e["intent"])},
               "intent": {"name": "actions.intent.MAIN" if e["first"] else x.get("gintent", e["intent"]),
                          "params": {k: {"original": v, "resolved": v} for k, v in x.get("params", {}).items()}, "query": e["said"]},
               "scene": {"name": x.get("scene", "Main"), "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": "ABwppHF" + e["sid"], "params": x.get("sparams", {}), "typeOverrides": [], "languageCode": ""},
               "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": x.get("granted", []),
                        "lastSeenTime": e["t"].strftime("%Y-%m-%dT%H:%M:%SZ")},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": "ABwppHF" + e["sid"], "params": x.get("sparams", {})}}
        if e["speech"] is not None:
            resp["prompt"] = {"override": False, "firstSimple": {"speech": e["speech"], "text": strip({"ssml": e["speech"]})}}
        nxt = "actions.scene.END_CONVERSATION" if e["end"] else x.get("next")
        resp["scene"] = {"name": x.get("scene", "Main"), "slots": {}}
        if nxt:
            resp["scene"]["next"] = {"name": nxt}
        n = x.get("handler", e["intent"])
        wjson(f"{d}/{path}/{i+1:02d}_{n}_request.json", req)
        wjson(f"{d}/{path}/{i+1:02d}_{n}_response.json", resp)


def g_dialogflow(d, c, ex, path, single=False):
    lang = c["locale"].split("-")[0]
    proj = c.get("gproject", c["slug"] + "-agent")
    out = []
    for i, e in enumerate(ex):
        x = e["x"]
        req = {"responseId": uid(c["id"], "df", i) + "-" + h(i, n=8), "session": f"projects/{proj}/agent/sessions/{e['sid']}",
               "queryResult": {"queryText": e["said"] if not e["first"] else "GOOGLE_ASSISTANT_WELCOME",
                               "parameters": x.get("params", {}), "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{proj}/agent/intents/{uid(c['id'], e['intent'])}", "displayName": e["intent"]},
                               "intentDetectionConfidence": 1 if e["first"] else 0.87, "languageCode": c["locale"].lower() if lang == "en" else lang},
               "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                   "user": {"locale": c["locale"], "userVerificationStatus": "VERIFIED", "lastSeen": e["t"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                            **({"permissions": x["granted"]} if x.get("granted") else {})},
                   "conversation": {"conversationId": e["sid"], "type": "NEW" if e["first"] else "ACTIVE"},
                   "inputs": [{"intent": "actions.intent.MAIN" if e["first"] else "actions.intent.TEXT",
                               "rawInputs": [{"inputType": "VOICE", "query": e["said"]}]}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "requestType": "SIMULATOR"}}}
        g = {"expectUserResponse": not e["end"]}
        if e["speech"] is not None:
            g["richResponse"] = {"items": [{"simpleResponse": {"textToSpeech": e["speech"]}}]}
        if x.get("system_intent"):
            g["systemIntent"] = x["system_intent"]
        if e["rep"] is not None:
            g["noInputPrompts"] = [{"textToSpeech": e["rep"]}]
        resp = {"payload": {"google": g}}
        if e["speech"] is not None and not x.get("no_ftext"):
            resp["fulfillmentText"] = strip({"ssml": e["speech"]})
        if single:
            out.append({"request": req, "response": resp})
        else:
            wjson(f"{d}/{path}/{e['t'].strftime('%H%M%S')}-{e['intent']}-req.json", req)
            wjson(f"{d}/{path}/{e['t'].strftime('%H%M%S')}-{e['intent']}-res.json", resp)
    if single:
        wjson(f"{d}/{path}", out)


def g_conversation(d, c, ex, path):
    out = []
    for i, e in enumerate(ex):
        x = e["x"]
        req = {"user": {"userId": "ABwppHG" + h(c["id"], "gu", n=20), "locale": c["locale"], "lastSeen": e["t"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                        **({"permissions": x["granted"]} if x.get("granted") else {})},
               "conversation": {"conversationId": e["sid"], "type": "NEW" if e["first"] else "ACTIVE",
                                **({} if e["first"] else {"conversationToken": json.dumps(x.get("token", {}))})},
               "inputs": [{"intent": "actions.intent.MAIN" if e["first"] else x.get("gintent", "actions.intent.TEXT"),
                           "rawInputs": [{"inputType": "VOICE", "query": e["said"]}],
                           "arguments": [{"name": "text", "rawText": e["said"], "textValue": e["said"]}]}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        if e["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": e["speech"]}}]}}}
        else:
            pi = x.get("possible", [{"intent": "actions.intent.TEXT"}])
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": {
                "richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": e["speech"]}}]},
                "noInputPrompts": [{"textToSpeech": e["rep"]}] if e["rep"] is not None else []}, "possibleIntents": pi}],
                "conversationToken": json.dumps(x.get("token", {}))}
        out.append({"request": req, "response": resp})
    wjson(f"{d}/{path}", out)


def g_pino(d, c, ex, path):
    L = []
    for i, e in enumerate(ex):
        t = ts_ms(e["t"])
        L.append({"level": 30, "time": t, "pid": 77, "hostname": "fulfillment-5c8b", "msg": "webhook request",
                  "handler": e["x"].get("handler", e["intent"]), "query": e["said"], "session": e["sid"]})
        body = {"prompt": {"firstSimple": {"speech": e["speech"]}}, "scene": {"next": {"name": "actions.scene.END_CONVERSATION"}} if e["end"] else {}}
        L.append({"level": 30, "time": t + 90, "pid": 77, "hostname": "fulfillment-5c8b", "msg": "webhook response", "body": body})
    wtext(f"{d}/{path}", "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in L))


GOOGLE_SHAPES = {"gactions-scene": g_builder, "dialogflow-webhook": g_dialogflow,
                 "dialogflow-webhook-array": lambda d, c, ex, p: g_dialogflow(d, c, ex, p, single=True),
                 "gactions-conversation": g_conversation, "pino-jsonl": g_pino}
SHAPE_LABEL["dialogflow-webhook-array"] = "dialogflow-webhook"


def builder_project(d, c):
    lang = c.get("glang", c["locale"] if c["locale"] in ("en-GB",) else c["locale"].split("-")[0])
    st = {"projectId": c.get("gproject", c["slug"]), "defaultLocale": lang, "localizedSettings": {
        "displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["desc"][:80], "fullDescription": c["desc"],
        "smallLogoImage": f"https://storage.googleapis.com/{c['slug']}-assets/logo192.png",
        "developerName": c.get("dev", "Independent developer"), "developerEmail": c.get("dev_email", f"dev@{c['slug']}.example"),
        "sampleInvocations": c.get("examples", [])}, "category": c.get("gcategory", "HOME_CONTROL"),
        "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "usesInteractiveCanvas": False, "designedForFamily": c.get("kids", False),
        "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": c.get("keeps_mic", False), "surfaceRequirements": {}}
    if c.get("policy"):
        st["localizedSettings"]["privacyPolicyUrl"] = c["policy"]
    wyaml(f"{d}/sdk/settings/settings.yaml", st)
    wyaml(f"{d}/sdk/manifest.yaml", {"version": "1.0"})
    wyaml(f"{d}/sdk/actions/actions.yaml", {"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}})
    wyaml(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment.yaml", {"handlers": [{"name": n} for n in c.get("handlers", ["main"])],
                                                                 "inlineCloudFunction": {"executeFunction": "ActionsOnGoogleFulfillment"}})
    for name, phrases, params in c["intents"]:
        o = {"trainingPhrases": phrases}
        if params:
            o["parameters"] = [{"name": k, "type": {"name": v} if not v.startswith("@") else {"name": v}} for k, v in params.items()]
        wyaml(f"{d}/sdk/custom/intents/{name}.yaml", o)
    for name, t in c.get("types", {}).items():
        wyaml(f"{d}/sdk/custom/types/{name}.yaml", t)
    for name, s in c.get("scenes", {}).items():
        wyaml(f"{d}/sdk/custom/scenes/{name}.yaml", s)
    if c.get("code"):
        wtext(f"{d}/sdk/webhooks/ActionsOnGoogleFulfillment/index.js", c["code"][1])


def dialogflow_project(d, c):
    lang = c["locale"].split("-")[0]
    wjson(f"{d}/agent.json", {"description": c["desc"], "language": lang, "shortDescription": c["name"], "examples": "",
                             "disableInteractionLogs": False, "disableStackdriverLogs": True,
                             "googleAssistant": {"googleAssistantCompatible": True, "project": c.get("gproject", c["slug"] + "-agent"),
                                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                                 "endIntentIds": [], "oAuthLinking": {"required": False, "grantType": "AUTH_CODE_GRANT"},
                                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                                 "autoPreviewEnabled": False, "isDeviceAgent": False},
                             "defaultTimezone": c.get("tz", "Europe/London"),
                             "webhook": {"url": c.get("https", f"https://europe-west1-{c['slug']}.cloudfunctions.net/dialogflowFirebaseFulfillment"),
                                         "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
                             "onePlatformApiVersion": "v2beta1", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
                             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""})
    wjson(f"{d}/package.json", {"version": "1.0.0"})
    for name, phrases, params in c["intents"]:
        wjson(f"{d}/intents/{name}.json", {"id": uid(c["id"], name), "name": name, "auto": True, "contexts": [],
                                           "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                                          "parameters": [{"id": uid(c['id'], name, k), "name": k, "required": False,
                                                                          "dataType": v, "value": "$" + k, "isList": False} for k, v in params.items()],
                                                          "messages": [], "speech": []}],
                                           "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                           "fallbackIntent": name.lower().startswith("default fallback"),
                                           "events": [{"name": "GOOGLE_ASSISTANT_WELCOME"}, {"name": "WELCOME"}] if name.lower().startswith("default welcome") else []})
        us = []
        for p in phrases:
            # phrase: list of parts: str or (text, "@sys.any", alias)
            parts = p if isinstance(p, list) else [p]
            data = []
            for part in parts:
                if isinstance(part, str):
                    data.append({"text": part, "userDefined": False})
                else:
                    data.append({"text": part[0], "alias": part[2], "meta": part[1], "userDefined": True})
            us.append({"id": uid(c["id"], name, str(p)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            wjson(f"{d}/intents/{name}_usersays_{lang}.json", us)
    for name, ents in c.get("entities", {}).items():
        wjson(f"{d}/entities/{name}.json", {"id": uid(c['id'], name), "name": name, "isOverridable": True, "isEnum": False,
                                            "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        wjson(f"{d}/entities/{name}_entries_{lang}.json", [{"value": v[0], "synonyms": list(v)} for v in ents])


def v2_project(d, c):
    acts = []
    for name, patterns, params in c["intents"]:
        a = {"description": name, "name": name, "fulfillment": {"conversationName": c["slug"]},
             "intent": {"name": name if name != "MAIN" else "actions.intent.MAIN"}}
        if patterns:
            a["intent"]["trigger"] = {"queryPatterns": patterns}
        if params:
            a["intent"]["parameters"] = [{"name": k, "type": v} for k, v in params.items()]
        acts.append(a)
    man = {"displayName": c["name"], "invocationName": c["inv"], "category": c.get("gcategory", "HOME_CONTROL"),
           "shortDescription": c["desc"][:80], "longDescription": c["desc"]}
    if c.get("policy"):
        man["privacyUrl"] = c["policy"]
    wjson(f"{d}/action.json", {"manifest": man, "actions": acts,
                               "conversations": {c["slug"]: {"name": c["slug"], "url": c.get("https", f"https://{c['slug']}.example-functions.net/fulfillment"),
                                                             "fulfillmentApiVersion": 2}},
                               "types": c.get("gtypes", []), "locale": c["locale"]})
    if c.get("code"):
        wtext(f"{d}/functions/{c['code'][0]}", c["code"][1])


# ---------------------------------------------------------------- driver
def build(c):
    d = os.path.join(CASES, c["id"])
    plat = c.get("platform", "alexa")
    {"alexa": alexa_project, "builder": builder_project, "dialogflow": dialogflow_project, "v2": v2_project}[plat](d, c)
    shapes = []
    for k, (shape, path, sessions, start) in enumerate(c["recs"]):
        if plat == "alexa":
            ex = alexa_exchanges(c, sessions, start, tag=str(k))
            ALEXA_SHAPES[shape](d, c, ex, path)
        else:
            ex = google_exchanges(c, sessions, start, tag=str(k))
            GOOGLE_SHAPES[shape](d, c, ex, path)
        s = SHAPE_LABEL.get(shape, shape)
        if s not in shapes:
            shapes.append(s)
    for fn, txt in c.get("files", {}).items():
        wtext(os.path.join(d, fn), txt)
    LABELS[c["id"]] = {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": shapes, "why": c["why"]}
