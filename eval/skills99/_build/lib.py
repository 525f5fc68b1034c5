"""Helpers that turn hand-written case definitions into project folders and recordings."""
import base64, csv, hashlib, io, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
CASES = []


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def wj(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)


def wt(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- turns
class R:
    """A skill response: speech, optional reprompt, end flag, extra directives/card."""
    def __init__(self, speech, reprompt=None, end=False, card=None, directives=None, omit_end=False):
        self.speech, self.reprompt, self.end, self.card = speech, reprompt, end, card
        self.directives, self.omit_end = directives, omit_end


def ssml(t):
    return t if t.strip().startswith("<speak>") else "<speak>" + t + "</speak>"


def resp_env(r, attrs=None):
    body = {"outputSpeech": {"type": "SSML", "ssml": ssml(r.speech)}}
    if r.card:
        body["card"] = {"type": "Simple", "title": r.card[0], "content": r.card[1]}
    if r.reprompt is not None:
        body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(r.reprompt)}}
    if r.directives:
        body["directives"] = r.directives
    if not r.omit_end:
        body["shouldEndSession"] = r.end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}


def build_sessions(case, convo, stamp="2025-03-14T09:00:00Z", tag="a"):
    """convo: list of sessions; a session is a list of (req, R, utterance) where req is
    'launch' | 'end' | (IntentName, {slot: value})."""
    app = "amzn1.ask.skill." + uid(case["id"], "app")
    user = "amzn1.ask.account." + hexid(case["id"], "user", n=60)
    dev = "amzn1.ask.device." + hexid(case["id"], "dev", n=60)
    out = []
    day, hh, mm = stamp[:11], int(stamp[11:13]), int(stamp[14:16])
    k = 0
    for si, sess in enumerate(convo):
        sid = "amzn1.echo-api.session." + uid(case["id"], tag, si)
        for ti, turn in enumerate(sess):
            req, r = turn[0], turn[1]
            utt = turn[2] if len(turn) > 2 else None
            k += 1
            ts = f"{day}{hh:02d}:{(mm + k) % 60:02d}:{(7 * k) % 60:02d}Z"
            rid = "amzn1.echo-api.request." + uid(case["id"], tag, si, ti)
            if req == "launch":
                rq = {"type": "LaunchRequest"}
            elif req == "end":
                rq = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
            else:
                name, slots = req
                rq = {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE", "slots": {
                    s: {"name": s, "value": v, "confirmationStatus": "NONE", "source": "USER"} for s, v in slots.items()}}}
            rq.update({"requestId": rid, "locale": case["locale"], "timestamp": ts})
            env = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "attributes": {}, "user": {"userId": user}},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": rq}
            out.append({"req": env, "resp": None if r is None else resp_env(r), "utt": utt, "ts": ts, "rid": rid, "sid": sid})
    return out


# ---------------------------------------------------------------- writers (Alexa shapes)
def w_envelope(d, rel, turns):
    for i, t in enumerate(turns):
        if t["resp"]:
            base = rel if rel.endswith("/") else rel + "-"
            wj(os.path.join(d, f"{base}{i+1:02d}.json"), t["resp"])


def w_pairs_jsonl(d, rel, turns):
    wt(os.path.join(d, rel), "".join(json.dumps({"request": t["req"], "response": t["resp"]}, ensure_ascii=False) + "\n" for t in turns if t["resp"]))


def w_pairs_array(d, rel, turns):
    wj(os.path.join(d, rel), [{"request": t["req"], "response": t["resp"]} for t in turns if t["resp"]])


def _endpoint(case):
    return "arn:aws:lambda:eu-west-1:318204571690:function:" + case["id"][6:]


def w_smapi_sim(d, rel, turns, case):
    for i, t in enumerate(turns):
        if not t["resp"]:
            continue
        obj = {"id": uid(case["id"], "sim", i), "status": "SUCCESSFUL", "result": {
            "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": t["resp"]["response"]["outputSpeech"]["ssml"]}}],
                                   "consideredIntents": []},
            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(case), "body": t["req"]},
                                                    "invocationResponse": {"body": t["resp"]},
                                                    "metrics": {"skillExecutionTimeInMilliseconds": 180 + i}}]},
            "error": None}}
        if t["utt"]:
            obj["input"] = {"content": t["utt"]}
        wj(os.path.join(d, f"{rel}-{i+1:02d}.json"), obj)


def w_smapi_inv(d, rel, turns, case):
    for i, t in enumerate(turns):
        if t["resp"]:
            wj(os.path.join(d, f"{rel}-{i+1:02d}.json"), {"id": uid(case["id"], "inv", i), "status": "SUCCESSFUL", "result": {
                "skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(case), "body": t["req"]},
                                       "invocationResponse": {"body": t["resp"]}, "metrics": {"skillExecutionTimeInMilliseconds": 211}}}})


def w_ask_dialog(d, rel, turns, case, text=False):
    utts = [t["utt"] or "open " + case["inv"] for t in turns if t["resp"]]
    wj(os.path.join(d, rel + "/replay.json"), {"skillId": "amzn1.ask.skill." + uid(case["id"], "app"), "locale": case["locale"], "type": "text", "userInput": utts})
    if text:
        lines = []
        for t, u in zip([t for t in turns if t["resp"]], utts):
            lines.append("User  > " + u)
            lines.append("Alexa > " + strip(t["resp"]["response"]["outputSpeech"]["ssml"]))
        wt(os.path.join(d, rel + "/replay-output.txt"), "\n".join(lines) + "\n")
    else:
        wj(os.path.join(d, rel + "/replay-output.json"), [{"utterance": u, "invocations": [{"invocationRequest": {"endpoint": _endpoint(case), "body": t["req"]}, "invocationResponse": {"body": t["resp"]}}]} for t, u in zip([t for t in turns if t["resp"]], utts)])


def strip(s):
    import re
    return re.sub(r"</?speak>", "", s)


def w_cw_text(d, rel, turns, case, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, t in enumerate(turns):
        lid = uid(case["id"], "lam", i, rel)
        ts = t["ts"].replace("Z", ".114Z")
        lines.append(f"START RequestId: {lid} Version: $LATEST")
        tag = "[INFO]" if py else "INFO"
        if py:
            lines.append(f"{tag}\t{ts}\t{lid}\t{kw[0]}{json.dumps(t['req'], ensure_ascii=False, separators=(',', ':'))}")
        else:
            lines.append(f"{ts}\t{lid}\t{tag}\t{kw[0]}{json.dumps(t['req'], ensure_ascii=False, separators=(',', ':'))}")
        if t["resp"]:
            if py:
                lines.append(f"{tag}\t{ts}\t{lid}\t{kw[1]}{json.dumps(t['resp'], ensure_ascii=False, separators=(',', ':'))}")
            else:
                lines.append(f"{ts}\t{lid}\t{tag}\t{kw[1]}{json.dumps(t['resp'], ensure_ascii=False, separators=(',', ':'))}")
        lines.append(f"END RequestId: {lid}")
        lines.append(f"REPORT RequestId: {lid}\tDuration: {31 + i * 3}.42 ms\tBilled Duration: {32 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    wt(os.path.join(d, rel), "\n".join(lines) + "\n")


def w_cw_json(d, rel, turns, case):
    ev = []
    import datetime
    for i, t in enumerate(turns):
        lid = uid(case["id"], "lam", i)
        ms = int(datetime.datetime.strptime(t["ts"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        stream = "2025/03/14/[$LATEST]" + hexid(case["id"], "st", n=32).lower()
        ev.append({"logStreamName": stream, "timestamp": ms, "message": f"{t['ts']}\t{lid}\tINFO\tRequest: {json.dumps(t['req'], ensure_ascii=False, separators=(',', ':'))}\n", "ingestionTime": ms + 900, "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2)})
        if t["resp"]:
            ev.append({"logStreamName": stream, "timestamp": ms + 60, "message": f"{t['ts']}\t{lid}\tINFO\tResponse: {json.dumps(t['resp'], ensure_ascii=False, separators=(',', ':'))}\n", "ingestionTime": ms + 950, "eventId": str(37000000000000000000000000000000000000000000000000000001 + i * 2)})
    wj(os.path.join(d, rel), {"events": ev, "searchedLogStreams": []})


def w_har(d, rel, turns, case, url=None):
    url = url or f"https://{case['id'][6:]}.eu.ngrok.app/alexa"
    entries = []
    for t in turns:
        if not t["resp"]:
            continue
        rq, rs = json.dumps(t["req"], ensure_ascii=False), json.dumps(t["resp"], ensure_ascii=False)
        entries.append({"startedDateTime": t["ts"].replace("Z", ".000Z"), "time": 142, "request": {
            "method": "POST", "url": url, "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
            {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(rq.encode()),
            "postData": {"mimeType": "application/json", "text": rq}},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                         "content": {"size": len(rs.encode()), "mimeType": "application/json", "text": rs}, "redirectURL": "", "headersSize": -1, "bodySize": len(rs.encode())},
            "cache": {}, "timings": {"send": 1, "wait": 130, "receive": 11}})
    wj(os.path.join(d, rel), {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": entries}})


def w_transcript(d, rel, turns, case):
    lines = [f"# QA transcript {case['id']} locale={case['locale']}"]
    for t in turns:
        if not t["resp"]:
            continue
        ts = t["ts"].replace("T", " ").replace("Z", "")
        lines.append(f"[{ts}] USER: {t['utt'] or 'open ' + case['inv']}")
        r = t["resp"]["response"]
        lines.append(f"[{ts}] SKILL: {strip(r['outputSpeech']['ssml'])}")
        if "reprompt" in r:
            lines.append(f"[{ts}] SKILL (reprompt): {strip(r['reprompt']['outputSpeech']['ssml'])}")
        lines.append(f"[{ts}] session_open={str(not r.get('shouldEndSession', False)).lower()}")
    wt(os.path.join(d, rel), "\n".join(lines) + "\n")


# ---------------------------------------------------------------- new shapes
def w_bespoken(d, rel, turns, case):
    """Bespoken unit-test YAML with the responses captured as expectations (bst test --update style)."""
    lines = ["---", "configuration:", f"  locale: {case['locale']}", "  handler: ../lambda/index.handler", "", "---",
             f"- test: recorded conversation {case['id'][6:]}"]
    for t in turns:
        if not t["resp"]:
            continue
        rq = t["req"]["request"]
        key = "LaunchRequest" if rq["type"] == "LaunchRequest" else (rq["intent"]["name"] if rq["type"] == "IntentRequest" else "SessionEndedRequest")
        if rq["type"] == "IntentRequest" and rq["intent"]["slots"]:
            key += " " + " ".join(f"{k}={v['value']}" for k, v in rq["intent"]["slots"].items())
        r = t["resp"]["response"]
        lines.append(f"- {json.dumps(key, ensure_ascii=False)}:")
        lines.append(f"  - response.outputSpeech.ssml: {json.dumps(r['outputSpeech']['ssml'], ensure_ascii=False)}")
        if "reprompt" in r:
            lines.append(f"  - response.reprompt.outputSpeech.ssml: {json.dumps(r['reprompt']['outputSpeech']['ssml'], ensure_ascii=False)}")
        if "shouldEndSession" in r:
            lines.append(f"  - response.shouldEndSession: {str(r['shouldEndSession']).lower()}")
    wt(os.path.join(d, rel), "\n".join(lines) + "\n")


def _js(o, ind=0):
    """Jest snapshot pretty-format of a JSON value."""
    p = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        return "Object {\n" + "".join(f"{p}  {json.dumps(k, ensure_ascii=False)}: {_js(v, ind + 1)},\n" for k, v in sorted(o.items())) + p + "}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        return "Array [\n" + "".join(f"{p}  {_js(v, ind + 1)},\n" for v in o) + p + "]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(o)


def w_jest(d, rel, turns, case):
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    for i, t in enumerate(turns):
        if t["resp"]:
            rq = t["req"]["request"]
            name = rq["type"] if rq["type"] != "IntentRequest" else rq["intent"]["name"]
            out.append(f"exports[`{case['id'][6:]} handler {name} turn {i+1} 1`] = `\n{_js(t['resp'])}\n`;\n")
    wt(os.path.join(d, rel), "\n".join(out))


def w_postman(d, rel, turns, case):
    items = []
    for i, t in enumerate(turns):
        if not t["resp"]:
            continue
        rq = t["req"]["request"]
        name = rq["type"] if rq["type"] != "IntentRequest" else rq["intent"]["name"]
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(t["req"], ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
               "url": {"raw": "{{skillUrl}}/alexa", "host": ["{{skillUrl}}"], "path": ["alexa"]}}
        items.append({"name": f"{i+1:02d} {name}", "request": req, "response": [{"name": "saved " + t["ts"], "originalRequest": req, "status": "OK", "code": 200,
                      "_postman_previewlanguage": "json", "header": [{"key": "Content-Type", "value": "application/json"}], "body": json.dumps(t["resp"], ensure_ascii=False, indent=2)}]})
    wj(os.path.join(d, rel), {"info": {"_postman_id": uid(case["id"], "pm"), "name": case["id"][6:] + " local tests",
                                        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                               "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000"}]})


def w_junit(d, rel, turns, case):
    from xml.sax.saxutils import escape
    cs = []
    for i, t in enumerate(turns):
        if not t["resp"]:
            continue
        rq = t["req"]["request"]
        name = rq["type"] if rq["type"] != "IntentRequest" else rq["intent"]["name"]
        body = "request: " + json.dumps(t["req"], ensure_ascii=False) + "\nresponse: " + json.dumps(t["resp"], ensure_ascii=False)
        cs.append(f'    <testcase classname="tests.test_conversation" name="test_{i+1:02d}_{name}" time="0.0{i+3}">\n      <system-out>{escape(body)}</system-out>\n    </testcase>')
    x = f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cs)}" time="0.412" timestamp="{turns[0]["ts"][:-1]}" hostname="ci-runner-7">\n' + "\n".join(cs) + "\n  </testsuite>\n</testsuites>\n"
    wt(os.path.join(d, rel), x)


def w_slack(d, rel, turns, case):
    msgs = []
    import datetime
    for i, t in enumerate(turns):
        if not t["resp"]:
            continue
        ms = datetime.datetime.strptime(t["ts"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp()
        r = t["resp"]["response"]
        msgs.append({"type": "message", "user": "U04QA7TESTR", "text": f"me: {t['utt'] or 'open ' + case['inv']}", "ts": f"{ms:.6f}"})
        txt = "device: " + strip(r["outputSpeech"]["ssml"])
        if "reprompt" in r:
            txt += "\n(reprompt) " + strip(r["reprompt"]["outputSpeech"]["ssml"])
        txt += "\n_blue ring stayed on_" if not r.get("shouldEndSession") else "\n_light went off_"
        msgs.append({"type": "message", "user": "U04QA7TESTR", "text": txt, "ts": f"{ms + 2:.6f}",
                     "files": [{"name": f"turn{i+1}.json", "preview": json.dumps(t["resp"], ensure_ascii=False)}]})
    wj(os.path.join(d, rel), msgs)


def w_csv(d, rel, turns, case):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "request_id", "request_type", "intent", "slots", "utterance", "output_ssml", "reprompt_ssml", "should_end_session"])
    for t in turns:
        rq = t["req"]["request"]
        r = (t["resp"] or {}).get("response", {})
        w.writerow([t["ts"], t["sid"], t["rid"], rq["type"], rq.get("intent", {}).get("name", ""),
                    json.dumps({k: v["value"] for k, v in rq.get("intent", {}).get("slots", {}).items()}, ensure_ascii=False),
                    t["utt"] or "", r.get("outputSpeech", {}).get("ssml", ""), r.get("reprompt", {}).get("outputSpeech", {}).get("ssml", ""),
                    "" if not r else str(r.get("shouldEndSession", "")).upper()])
    wt(os.path.join(d, rel), buf.getvalue())


def w_sam(d, rel, turns, case):
    """sam local invoke: events/<n>.json plus the captured stdout of each invoke."""
    for i, t in enumerate(turns):
        if not t["resp"]:
            continue
        wj(os.path.join(d, "events", f"event-{i+1:02d}.json"), t["req"])
        lid = uid(case["id"], "sam", i)
        txt = (f"Invoking index.handler (nodejs18.x)\nLocal image is up-to-date\nUsing local image: public.ecr.aws/lambda/nodejs:18-rapid-x86_64.\n\n"
               f"Mounting /home/dev/{case['id'][6:]}/.aws-sam/build/SkillFunction as /var/task:ro,delegated, inside runtime container\n"
               f"START RequestId: {lid} Version: $LATEST\nEND RequestId: {lid}\n"
               f"REPORT RequestId: {lid}\tInit Duration: 0.11 ms\tDuration: 301.55 ms\tBilled Duration: 302 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB\n"
               + json.dumps(t["resp"], ensure_ascii=False) + "\n")
        wt(os.path.join(d, rel, f"event-{i+1:02d}.out"), txt)


def w_ngrok(d, rel, turns, case):
    reqs = []
    for i, t in enumerate(turns):
        if not t["resp"]:
            continue
        rb, sb = json.dumps(t["req"]).encode(), json.dumps(t["resp"]).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: localhost:3000\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        raws = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(sb)).encode() + b"\r\n\r\n" + sb
        reqs.append({"uri": f"/api/requests/http/{hexid(case['id'], i, n=20).lower()}", "id": "req_" + hexid(case["id"], i, n=20).lower(), "tunnel_name": "command_line",
                     "remote_addr": "54.240.197.1", "start": t["ts"], "duration": 188000000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raws).decode()}})
    wj(os.path.join(d, rel), {"uri": "/api/requests/http", "requests": reqs})


WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array}
CTX = {"smapi-simulation": w_smapi_sim, "smapi-invocation": w_smapi_inv, "ask-dialog": w_ask_dialog,
       "cloudwatch-text": w_cw_text, "cloudwatch-json": w_cw_json, "har": w_har, "transcript": w_transcript,
       "bespoken-yaml": w_bespoken, "jest-snapshot": w_jest, "postman-collection": w_postman, "junit-xml": w_junit,
       "slack-export": w_slack, "csv-conversation-log": w_csv, "sam-local-invoke": w_sam, "ngrok-inspect": w_ngrok}


def write_recording(d, case, shape, rel, turns, **kw):
    if shape in WRITERS:
        WRITERS[shape](d, rel, turns)
    else:
        CTX[shape](d, rel, turns, case, **kw)
