"""Renderers for eval set 95. All case content lives in cases_*.py; this only formats it."""
import json, os, hashlib, datetime, csv, io, base64

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
BUILTIN = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent"]


def h(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uuid(*parts):
    x = h(*parts)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def wjson(path, obj, indent=2):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=indent)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class T:
    """one turn: user says `u`, resolved as intent `i` (Launch / SessionEnded / IntentName), skill answers."""
    def __init__(self, u, i, s, r=None, end=True, slots=None, raw_ssml=False, audio=None, directives=None, card=None):
        self.u, self.i, self.s, self.r, self.end = u, i, s, r, end
        self.slots = slots or {}
        self.raw = raw_ssml
        self.audio = audio
        self.directives = directives
        self.card = card


def ssml(text, raw=False):
    if text is None:
        return None
    if raw or text.startswith("<speak>"):
        return text if text.startswith("<speak>") else f"<speak>{text}</speak>"
    return f"<speak>{text}</speak>"


# ---------------------------------------------------------------- Alexa envelopes
def alexa_request(c, sess_i, turn_i, t, ts, new):
    app = f"amzn1.ask.skill.{uuid(c.id, 'app')}"
    user = "amzn1.ask.account." + h(c.id, "user", n=40).upper()
    sid = f"amzn1.echo-api.session.{uuid(c.id, 'sess', sess_i, c._rec)}"
    rid = f"amzn1.echo-api.request.{uuid(c.id, 'req', sess_i, turn_i, c._rec)}"
    if t.i == "Launch":
        req = {"type": "LaunchRequest", "requestId": rid, "locale": c.locale, "timestamp": ts}
    elif t.i == "SessionEnded":
        req = {"type": "SessionEndedRequest", "requestId": rid, "locale": c.locale, "timestamp": ts, "reason": "USER_INITIATED"}
    else:
        slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t.slots.items()}
        req = {"type": "IntentRequest", "requestId": rid, "locale": c.locale, "timestamp": ts,
               "dialogState": None, "intent": {"name": t.i, "confirmationStatus": "NONE", "slots": slots}}
        if not slots:
            del req["intent"]["slots"]
        del req["dialogState"]
    sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
    if not new:
        sess["attributes"] = {}
    return {"version": "1.0", "session": sess,
            "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                   "device": {"deviceId": "amzn1.ask.device." + h(c.id, "dev", n=40).upper(),
                                              "supportedInterfaces": {"AudioPlayer": {}} if c.audio else {}},
                                   "apiEndpoint": "https://api.amazonalexa.com",
                                   "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
            "request": req}


def alexa_response(c, t):
    if t.i == "SessionEnded":
        return {"version": "1.0", "response": {}}
    r = {}
    if t.s is not None:
        r["outputSpeech"] = {"type": "SSML", "ssml": ssml(t.s, t.raw)} if not c.plain else {"type": "PlainText", "text": t.s}
    if t.card:
        r["card"] = {"type": "Simple", "title": c.name, "content": t.card}
    if t.r is not None:
        r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.r, t.raw)} if not c.plain else {"type": "PlainText", "text": t.r}}
    if t.audio:
        r["directives"] = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                            "audioItem": {"stream": {"url": t.audio, "token": h(t.audio, n=12), "offsetInMilliseconds": 0}}}]
    if t.directives:
        r.setdefault("directives", []).extend(t.directives)
    if t.end is not None:
        r["shouldEndSession"] = t.end
    env = {"version": "1.0", "sessionAttributes": {}, "userAgent": c.ua, "response": r}
    return env


def iter_alexa(c, sessions, start):
    """yield (sess_i, turn_i, turn, ts, request, response)"""
    ts0 = datetime.datetime.fromisoformat(start)
    k = 0
    for si, sess in enumerate(sessions):
        for ti, t in enumerate(sess):
            ts = (ts0 + datetime.timedelta(minutes=si * 7, seconds=ti * 23)).strftime("%Y-%m-%dT%H:%M:%SZ")
            req = alexa_request(c, si, ti, t, ts, ti == 0)
            yield si, ti, t, ts, req, alexa_response(c, t)
            k += 1


def speech_of(t):
    import re
    return None if t.s is None else re.sub(r"<[^>]+>", "", t.s)


# ---------------------------------------------------------------- shapes
def r_envelope(c, d, sessions, start):
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        wjson(f"{d}/{si+1:02d}-{ti+1:02d}-{(t.i if t.i != 'Launch' else 'launch').lower().replace('amazon.', '')}.json", resp)


def r_pairs_jsonl(c, d, sessions, start):
    lines = [json.dumps({"request": req, "response": resp}, ensure_ascii=False) for *_, req, resp in iter_alexa(c, sessions, start)]
    wtext(d, "\n".join(lines) + "\n")


def r_pairs_array(c, d, sessions, start):
    wjson(d, [{"request": req, "response": resp} for *_, req, resp in iter_alexa(c, sessions, start)])


def _sim(c, t, req, resp, inv_only=False):
    ep = f"arn:aws:lambda:us-east-1:{h(c.id,'acct',n=12)}:function:{c.slug}"
    return {"invocationRequest": {"endpoint": ep, "body": req},
            "invocationResponse": {"body": resp}, "metrics": {"skillExecutionTimeInMilliseconds": 140 + len(c.id)}}


def r_smapi_simulation(c, d, sessions, start):
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        inv = _sim(c, t, req, resp)
        del inv["metrics"]
        out = {"id": uuid(c.id, "sim", si, ti), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": speech_of(t) or ""}}],
                                                  "considiredIntents": []} if False else
                          {"alexaResponses": [{"type": "Speech", "content": {"caption": speech_of(t) or ""}}]},
                          "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
        wjson(f"{d}/simulate-{si+1}-{ti+1}.json", out)


def r_smapi_invocation(c, d, sessions, start):
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        out = {"id": uuid(c.id, "inv", si, ti), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": _sim(c, t, req, resp)}}
        wjson(f"{d}/invoke-{si+1:02d}{ti+1:02d}.json", out)


def r_ask_dialog(c, d, sessions, start, text=False):
    inputs = [t.u for s in sessions for t in s if t.i != "SessionEnded"]
    wjson(f"{d}/dialog-replay.json", {"skillId": f"amzn1.ask.skill.{uuid(c.id, 'app')}", "locale": c.locale, "type": "text", "userInput": inputs})
    if text:
        lines = []
        for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
            if t.i == "SessionEnded":
                continue
            lines.append(f"User  > {t.u}")
            lines.append(f"Alexa > {speech_of(t) or ''}")
        wtext(f"{d}/dialog-output.txt", "\n".join(lines) + "\n")
    else:
        arr = []
        for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
            if t.i == "SessionEnded":
                continue
            arr.append({"utterance": t.u, "invocations": [{"invocationRequest": {"body": req}, "invocationResponse": {"body": resp}}]})
        wjson(f"{d}/dialog-record.json", arr)


def r_cloudwatch_text(c, d, sessions, start, py=False, kw=("Request: ", "Response: ")):
    out = []
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        rid = uuid(c.id, "lam", si, ti)
        tsl = ts.replace("Z", ".412Z")
        out.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            out.append(f"[INFO]\t{tsl}\t{rid}\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            out.append(f"[INFO]\t{tsl}\t{rid}\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        else:
            out.append(f"{tsl}\t{rid}\tINFO\t{kw[0]}{json.dumps(req, ensure_ascii=False)}")
            out.append(f"{tsl}\t{rid}\tINFO\t{kw[1]}{json.dumps(resp, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: {31 + ti * 7}.18 ms\tBilled Duration: {32 + ti * 7} ms\tMemory Size: 128 MB\tMax Memory Used: 79 MB")
    wtext(d, "\n".join(out) + "\n")


def r_cloudwatch_json(c, d, sessions, start):
    ev = []
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        rid = uuid(c.id, "lam", si, ti)
        ms = int(datetime.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)
        for k, o in (("Request: ", req), ("Response: ", resp)):
            ev.append({"logStreamName": f"2026/03/11/[$LATEST]{h(c.id, 'ls')}", "timestamp": ms, "ingestionTime": ms + 300,
                       "message": f"{ts}\t{rid}\tINFO\t{k}{json.dumps(o, ensure_ascii=False)}\n", "eventId": h(c.id, si, ti, k, n=24)})
    wjson(d, {"events": ev, "searchedLogStreams": []})


def r_har(c, d, sessions, start, url=None):
    url = url or f"https://{c.slug}.ngrok-free.app/alexa"
    entries = []
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        body = json.dumps(req, ensure_ascii=False)
        rb = json.dumps(resp, ensure_ascii=False)
        entries.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 118,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body),
                                    "postData": {"mimeType": "application/json", "text": body}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": len(rb), "mimeType": "application/json", "text": rb},
                                     "redirectURL": "", "headersSize": -1, "bodySize": len(rb)},
                        "cache": {}, "timings": {"send": 1, "wait": 110, "receive": 7}})
    wjson(d, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": entries}})


def r_transcript(c, d, sessions, start):
    out = []
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        if t.i == "SessionEnded":
            continue
        out.append(f"[{ts}] USER: {t.u}")
        out.append(f"[{ts}] SKILL: {speech_of(t) or ''}")
        if t.r is not None:
            import re
            out.append(f"[{ts}] SKILL (reprompt): {re.sub(r'<[^>]+>', '', t.r)}")
        out.append(f"[{ts}] session_open={'false' if t.end else 'true'}")
    wtext(d, "\n".join(out) + "\n")


# --- shapes not in set 1
def r_jest_snapshot(c, d, sessions, start):
    """ask-sdk unit tests with jest: __snapshots__/handlers.test.js.snap"""
    out = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", ""]
    n = {}
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        name = f"{c.name} {t.i if t.i != 'Launch' else 'LaunchRequest'} ({t.u})"
        n[name] = n.get(name, 0) + 1
        body = json.dumps(resp["response"], ensure_ascii=False, indent=2).replace("`", "\\`")
        out.append(f"exports[`{name} {n[name]}`] = `\n{body}\n`;\n")
    wtext(d, "\n".join(out))


def r_junit_xml(c, d, sessions, start):
    """pytest --junitxml report whose <system-out> captures the JSON the handler returned"""
    from xml.sax.saxutils import escape
    cases = []
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        nm = f"test_{(t.i if t.i != 'Launch' else 'launch').replace('AMAZON.', '').lower()}_{si}_{ti}"
        cases.append(f'    <testcase classname="tests.test_handlers" name="{nm}" time="0.0{ti+3}">\n'
                     f'      <system-out>utterance: {escape(t.u)}\nresponse: {escape(json.dumps(resp, ensure_ascii=False))}\n</system-out>\n    </testcase>')
    wtext(d, f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{len(cases)}" time="0.41" timestamp="{start}" hostname="ci-runner">\n'
          + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")


def _yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def r_bespoken_yaml(c, d, sessions, start):
    """Bespoken `bst test` spec recorded from the live skill (expected values copied from what it said)."""
    out = ["---", "configuration:", f"  locale: {c.locale}", "  voiceId: Joanna" if c.locale == "en-US" else f"  # recorded {start[:10]}", ""]
    for si, s in enumerate(sessions):
        out.append("---")
        out.append(f"- test: session {si+1}")
        for t in s:
            if t.i == "SessionEnded":
                continue
            u = "LaunchRequest" if t.i == "Launch" else t.u
            out.append(f"- {_yq(u)}:")
            out.append(f"  - prompt: {_yq(speech_of(t) or '')}")
            if t.r is not None:
                out.append(f"  - reprompt: {_yq(t.r)}")
            out.append(f"  - response.shouldEndSession: {'true' if t.end else ('false' if t.end is False else 'undefined')}")
    wtext(d, "\n".join(out) + "\n")


def r_csv_analytics(c, d, sessions, start):
    """CSV export of the skill's own turn table (DynamoDB export / analytics dashboard)"""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "user_text", "output_speech", "reprompt", "should_end_session"])
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        rr = resp.get("response", {})
        w.writerow([ts, req["session"]["sessionId"], str(ti == 0).lower(), req["request"]["type"], t.i if t.i not in ("Launch", "SessionEnded") else "",
                    t.u, (rr.get("outputSpeech") or {}).get("ssml", ""), ((rr.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", ""),
                    "" if "shouldEndSession" not in rr else str(rr["shouldEndSession"]).lower()])
    wtext(d, buf.getvalue())


def r_winston_jsonl(c, d, sessions, start):
    """express/ask-sdk-express-adapter webhook logged with winston/pino JSON lines"""
    out = []
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        out.append(json.dumps({"level": 30, "time": ts, "pid": 4121, "hostname": "companion-api-7d9f", "reqId": f"req-{si}{ti}",
                               "msg": "incoming alexa request", "alexaRequest": req}, ensure_ascii=False))
        out.append(json.dumps({"level": 30, "time": ts, "pid": 4121, "hostname": "companion-api-7d9f", "reqId": f"req-{si}{ti}",
                               "msg": "alexa response sent", "statusCode": 200, "alexaResponse": resp}, ensure_ascii=False))
    wtext(d, "\n".join(out) + "\n")


def r_chat_export(c, d, sessions, start, who="Alexa"):
    """plain-text log a caregiver/tester exported from a family chat or the companion app, one line per utterance"""
    out = [f"# exported {start[:10]} — conversation history ({c.locale})"]
    for si, ti, t, ts, req, resp in iter_alexa(c, sessions, start):
        if t.i == "SessionEnded":
            continue
        dt = datetime.datetime.fromisoformat(ts.replace("Z", ""))
        stamp = dt.strftime("%d/%m/%Y, %H:%M")
        out.append(f"{stamp} - Me: {t.u}")
        out.append(f"{stamp} - {who}: {speech_of(t) or '(no speech)'}")
        if t.r is not None:
            out.append(f"{stamp} - {who} (if no answer): {t.r}")
        out.append(f"{stamp} - [mic {'off' if t.end else 'still on — blue ring'}]")
    wtext(d, "\n".join(out) + "\n")


RENDER = {"envelope": r_envelope, "pairs-jsonl": r_pairs_jsonl, "pairs-array": r_pairs_array,
          "smapi-simulation": r_smapi_simulation, "smapi-invocation": r_smapi_invocation,
          "ask-dialog": r_ask_dialog, "ask-dialog-text": lambda c, d, s, st: r_ask_dialog(c, d, s, st, text=True),
          "cloudwatch-text": r_cloudwatch_text, "cloudwatch-text-py": lambda c, d, s, st: r_cloudwatch_text(c, d, s, st, py=True),
          "cloudwatch-text-kw": lambda c, d, s, st: r_cloudwatch_text(c, d, s, st, kw=("REQUEST ", "RESPONSE ")),
          "cloudwatch-json": r_cloudwatch_json, "har": r_har, "transcript": r_transcript,
          "jest-snapshot": r_jest_snapshot, "junit-xml": r_junit_xml, "bespoken-yaml": r_bespoken_yaml,
          "csv-analytics": r_csv_analytics, "winston-jsonl": r_winston_jsonl, "chat-export": r_chat_export}
SHAPE_LABEL = {"ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text", "cloudwatch-text-kw": "cloudwatch-text"}
