"""Helpers that turn hand-written case definitions into project folders and recordings.
All wording lives in the cases_*.py files; this module only formats it."""
import base64, hashlib, json, os, re, html

OUT = None  # set by gen.py
LANG_ENDPOINT = "arn:aws:lambda:{region}:{acct}:function:{fn}"


def hid(*parts, n=32):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def uuid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def wjson(path, obj, indent=2):
    write(path, json.dumps(obj, ensure_ascii=False, indent=indent) + "\n")


def plain(s):
    """What a listener hears, roughly: tags removed."""
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s).strip()


class T:
    """One turn. intent: 'Launch', 'End' (SessionEndedRequest), an intent name, or an AudioPlayer event."""

    def __init__(self, u, intent, say=None, rep=None, end=False, slots=None, card=None, directives=None):
        self.u, self.intent, self.say, self.rep, self.end = u, intent, say, rep, end
        self.slots, self.card, self.directives = slots or {}, card, directives


# ---------------------------------------------------------------- Alexa envelopes
class Ctx:
    def __init__(self, case, locale, skill_id, fn, t0="2025-03-04T07:15:00Z", region="us-east-1", acct="418726501937"):
        self.case, self.locale, self.skill_id = case, locale, skill_id
        self.endpoint = LANG_ENDPOINT.format(region=region, acct=acct, fn=fn)
        self.t0 = t0
        self.user = "amzn1.ask.account." + hid(case, "user", n=40).upper()
        self.device = "amzn1.ask.device." + hid(case, "dev", n=40).upper()
        self.sdk = "ask-node/2.14.0 Node/v18.19.0"

    def ts(self, i):
        # t0 plus i*17 seconds, ISO
        import datetime
        b = datetime.datetime.strptime(self.t0, "%Y-%m-%dT%H:%M:%SZ") + datetime.timedelta(seconds=17 * i)
        return b.strftime("%Y-%m-%dT%H:%M:%SZ")


def ssml(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def alexa_pairs(ctx, sessions, tag=""):
    """-> list of (turn, request_envelope, response_envelope_or_None)."""
    out, k = [], 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uuid(ctx.case, tag, "s", si)
        for ti, t in enumerate(sess):
            k += 1
            rid = "amzn1.echo-api.request." + uuid(ctx.case, tag, "r", si, ti)
            req = {"type": "IntentRequest", "requestId": rid, "locale": ctx.locale, "timestamp": ctx.ts(k)}
            if t.intent == "Launch":
                req["type"] = "LaunchRequest"
            elif t.intent == "End":
                req["type"] = "SessionEndedRequest"
                req["reason"] = "USER_INITIATED"
            elif t.intent.startswith("AudioPlayer."):
                req["type"] = t.intent
                req["token"] = "episode-" + hid(ctx.case, si, n=6)
                req["offsetInMilliseconds"] = 0
            else:
                req["dialogState"] = "COMPLETED" if t.slots else None
                if req["dialogState"] is None:
                    del req["dialogState"]
                req["intent"] = {"name": t.intent, "confirmationStatus": "NONE"}
                if t.slots:
                    req["intent"]["slots"] = {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                              for n, v in t.slots.items()}
            env = {"version": "1.0"}
            if not t.intent.startswith("AudioPlayer."):
                env["session"] = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": ctx.skill_id},
                                  "attributes": {} if ti else None, "user": {"userId": ctx.user}}
                if ti == 0:
                    del env["session"]["attributes"]
            env["context"] = {"System": {"application": {"applicationId": ctx.skill_id}, "user": {"userId": ctx.user},
                                         "device": {"deviceId": ctx.device, "supportedInterfaces": {"AudioPlayer": {}}},
                                         "apiEndpoint": "https://api.amazonalexa.com",
                                         "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}}
            env["request"] = req
            if t.intent == "End":
                res = None
            else:
                r = {}
                if t.say is not None:
                    r["outputSpeech"] = ssml(t.say)
                if t.card:
                    r["card"] = t.card
                if t.rep is not None:
                    r["reprompt"] = {"outputSpeech": ssml(t.rep)}
                if t.directives:
                    r["directives"] = t.directives
                if t.end is not None:
                    r["shouldEndSession"] = t.end
                res = {"version": "1.0", "sessionAttributes": {}, "userAgent": ctx.sdk, "response": r}
            out.append((t, env, res))
    return out


# ---------------------------------------------------------------- Alexa recording shapes
def rec_envelope(ctx, d, sessions, tag=""):
    n = 0
    for t, q, r in alexa_pairs(ctx, sessions, tag):
        if r is None:
            continue
        n += 1
        slug = re.sub(r'[^a-z0-9]+', '-', (t.u or "").lower()).strip('-')[:30]
        if len(slug) < 3:
            slug = re.sub(r'[^a-z0-9]+', '-', q["request"].get("intent", {}).get("name", q["request"]["type"]).lower()).strip('-')
        wjson(os.path.join(d, f"{n:02d}-{slug}-response.json"), r)


def rec_pairs_jsonl(ctx, path, sessions, tag=""):
    lines = [json.dumps({"request": q, "response": r}, ensure_ascii=False) for t, q, r in alexa_pairs(ctx, sessions, tag)]
    write(path, "\n".join(lines) + "\n")


def rec_pairs_array(ctx, path, sessions, tag=""):
    wjson(path, [{"request": q, "response": r} for t, q, r in alexa_pairs(ctx, sessions, tag)])


def _caption(r):
    if not r:
        return []
    os_ = r["response"].get("outputSpeech")
    if not os_:
        return []
    return [{"type": "Speech", "content": {"caption": plain(os_.get("ssml") or os_.get("text"))}}]


def rec_smapi_simulation(ctx, d, sessions, tag="", single=False):
    allr = []
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        if r is None:
            continue
        o = {"id": uuid(ctx.case, tag, "sim", i), "status": "SUCCESSFUL",
             "result": {"alexaExecutionInfo": {"alexaResponses": _caption(r), "considerIntents": []},
                        "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": ctx.endpoint, "body": q},
                                                                "invocationResponse": {"body": r},
                                                                "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                        "error": None}}
        if single:
            allr.append(o)
        else:
            wjson(os.path.join(d, f"simulation-{i + 1:02d}.json"), o)
    if single:
        wjson(os.path.join(d, "simulations.json"), allr)


def rec_smapi_invocation(ctx, d, sessions, tag=""):
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        o = {"id": uuid(ctx.case, tag, "inv", i), "status": "SUCCESSFUL",
             "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": ctx.endpoint, "body": q},
                                               "invocationResponse": {"body": r} if r else None,
                                               "metrics": {"skillExecutionTimeInMilliseconds": 95 + i}}, "error": None}}
        wjson(os.path.join(d, f"invoke-{i + 1:02d}.json"), o)


def rec_ask_dialog(ctx, d, sessions, tag="", text=False):
    pairs = alexa_pairs(ctx, sessions, tag)
    wjson(os.path.join(d, "replay.json"), {"skillId": ctx.skill_id, "locale": ctx.locale, "type": "text",
                                           "userInput": [t.u for t, q, r in pairs if t.u]})
    if text:
        lines = []
        for t, q, r in pairs:
            if t.u:
                lines.append(f"User  > {t.u}")
            if r and r["response"].get("outputSpeech"):
                o = r["response"]["outputSpeech"]
                lines.append(f"Alexa > {o.get('ssml') or o.get('text')}")
        write(os.path.join(d, "dialog-output.txt"), "\n".join(lines) + "\n")
    else:
        wjson(os.path.join(d, "skill-io.json"), [{"utterance": t.u, "invocations": [
            {"invocationRequest": {"endpoint": ctx.endpoint, "body": q}, "invocationResponse": {"body": r}}]}
            for t, q, r in pairs if r])


def _cw_lines(ctx, sessions, tag, py=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        rid = uuid(ctx.case, tag, "lambda", i)
        ts = q["request"]["timestamp"].replace("Z", ".%03dZ" % (100 + i))
        lines.append(f"START RequestId: {rid} Version: $LATEST")
        if py:
            lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            if r:
                lines.append(f"[INFO]\t{ts}\t{rid}\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            if r:
                lines.append(f"{ts}\t{rid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {rid}")
        lines.append(f"REPORT RequestId: {rid}\tDuration: {40 + i * 3}.21 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 87 MB")
    return lines


def rec_cloudwatch_text(ctx, path, sessions, tag="", py=False, kw=("Request: ", "Response: ")):
    write(path, "\n".join(_cw_lines(ctx, sessions, tag, py, kw)) + "\n")


def rec_cloudwatch_json(ctx, path, sessions, tag=""):
    ev = []
    for i, l in enumerate(_cw_lines(ctx, sessions, tag)):
        ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hid(ctx.case, "stream"), "timestamp": 1741072500000 + i * 900,
                   "message": l + "\n", "ingestionTime": 1741072500000 + i * 900 + 40, "eventId": hid(ctx.case, tag, i, n=24)})
    wjson(path, {"events": ev, "searchedLogStreams": []})


def rec_har(ctx, path, sessions, tag="", url="https://skills.example-host.net/alexa"):
    ents = []
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        body = json.dumps(r or {"version": "1.0", "response": {}}, ensure_ascii=False)
        ents.append({"startedDateTime": q["request"]["timestamp"].replace("Z", ".000Z"), "time": 210 + i,
                     "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json"},
                                             {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                 "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                  "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                  "cookies": [], "content": {"size": len(body), "mimeType": "application/json", "text": body},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
                     "cache": {}, "timings": {"send": 1, "wait": 200 + i, "receive": 3}})
    wjson(path, {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "entries": ents}})


def rec_transcript(ctx, path, sessions, tag="", speaker="SKILL"):
    lines = []
    for t, q, r in alexa_pairs(ctx, sessions, tag):
        ts = q["request"]["timestamp"]
        if t.u:
            lines.append(f"[{ts}] USER: {t.u}")
        if r:
            o = r["response"].get("outputSpeech")
            lines.append(f"[{ts}] {speaker}: {(o.get('ssml') or o.get('text')) if o else '(no speech)'}")
            if "reprompt" in r["response"]:
                ro = r["response"]["reprompt"]["outputSpeech"]
                lines.append(f"[{ts}] {speaker} (reprompt): {ro.get('ssml') or ro.get('text')}")
            lines.append(f"[{ts}] session_open={str(not r['response'].get('shouldEndSession', False)).lower()}")
    write(path, "\n".join(lines) + "\n")


# ---- shapes not in set 1
def _jest(o, ind=0):
    sp = "  " * ind
    if isinstance(o, dict):
        if not o:
            return "Object {}"
        items = [f'{sp}  "{k}": {_jest(v, ind + 1)},' for k, v in sorted(o.items())]
        return "Object {\n" + "\n".join(items) + f"\n{sp}}}"
    if isinstance(o, list):
        if not o:
            return "Array []"
        items = [f"{sp}  {_jest(v, ind + 1)}," for v in o]
        return "Array [\n" + "\n".join(items) + f"\n{sp}]"
    if isinstance(o, str):
        return '"' + o.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") + '"'
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    return str(o)


def rec_jest_snapshot(ctx, path, sessions, tag="", suite="handler"):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        if r is None:
            continue
        name = q["request"].get("intent", {}).get("name") or q["request"]["type"]
        parts.append(f"exports[`{suite} {name} (\"{t.u}\") 1`] = `\n{_jest(r)}\n`;\n")
    write(path, "\n".join(parts))


def rec_junit_xml(ctx, path, sessions, tag="", suite="skill-conversation"):
    cases = []
    pairs = alexa_pairs(ctx, sessions, tag)
    for i, (t, q, r) in enumerate(pairs):
        out = f"REQUEST {json.dumps(q, ensure_ascii=False)}\nRESPONSE {json.dumps(r, ensure_ascii=False)}"
        cases.append(f'    <testcase classname="{suite}" name="turn {i + 1}: {html.escape(t.u or t.intent, quote=True)}" time="0.{210 + i}">\n'
                     f"      <system-out><![CDATA[{out}]]></system-out>\n    </testcase>")
    write(path, '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mocha tests" tests="%d" failures="0">\n'
          '  <testsuite name="%s" tests="%d" failures="0" timestamp="%s">\n%s\n  </testsuite>\n</testsuites>\n'
          % (len(pairs), suite, len(pairs), ctx.t0[:-1], "\n".join(cases)))


def rec_console_copy(ctx, path, sessions, tag=""):
    """Copy-paste from the developer console Test tab: JSON Input / JSON Output blocks."""
    parts = []
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        parts.append(f"--- typed: {t.u}" if t.u else f"--- ({q['request']['type']})")
        parts.append("JSON Input\n" + json.dumps(q, ensure_ascii=False, indent=1))
        parts.append("JSON Output\n" + (json.dumps({"body": r}, ensure_ascii=False, indent=1) if r else "(none)"))
    write(path, "\n\n".join(parts) + "\n")


def rec_csv_transcript(ctx, path, sessions, tag="", bot="alexa"):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["session_id", "turn", "timestamp", "speaker", "text", "reprompt", "session_open"])
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        sid = q.get("session", {}).get("sessionId", "")
        ts = q["request"]["timestamp"]
        if t.u:
            w.writerow([sid, i + 1, ts, "user", t.u, "", ""])
        if r:
            o = r["response"].get("outputSpeech") or {}
            ro = (r["response"].get("reprompt") or {}).get("outputSpeech") or {}
            w.writerow([sid, i + 1, ts, bot, o.get("ssml") or o.get("text") or "", ro.get("ssml") or ro.get("text") or "",
                        str(not r["response"].get("shouldEndSession", False)).upper()])
    write(path, buf.getvalue())


def rec_ngrok_inspect(ctx, path, sessions, tag="", host="4f2a-73-162-10-4.ngrok-free.app"):
    reqs = []
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        qb = json.dumps(q, ensure_ascii=False).encode()
        rb = json.dumps(r or {"version": "1.0", "response": {}}, ensure_ascii=False).encode()
        rawq = (f"POST /api/alexa HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json; charset=utf-8\r\n"
                f"Content-Length: {len(qb)}\r\nSignaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem\r\n\r\n").encode() + qb
        rawr = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(rb)}\r\n\r\n".encode() + rb
        reqs.append({"uri": f"/api/requests/http/{hid(ctx.case, tag, i, n=26)}", "id": hid(ctx.case, tag, i, n=26),
                     "tunnel_name": "command_line", "remote_addr": "54.240.197.10", "start": q["request"]["timestamp"],
                     "duration": 183000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                 "uri": "/api/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(rawr).decode()}})
    wjson(path, {"uri": "/api/requests/http", "requests": reqs[::-1], "next_page_uri": None})


def rec_markdown_qa(ctx, path, sessions, tag="", title="QA pass"):
    lines = [f"# {title}", "", f"Build tested on an Echo Dot, locale {ctx.locale}.", "",
             "| # | session | user said | device said | reprompt | mic open after? |", "|---|---|---|---|---|---|"]
    for i, (t, q, r) in enumerate(alexa_pairs(ctx, sessions, tag)):
        sid = q.get("session", {}).get("sessionId", "")[-6:]
        if r is None:
            continue
        o = r["response"].get("outputSpeech") or {}
        ro = (r["response"].get("reprompt") or {}).get("outputSpeech") or {}
        cell = lambda s: (s or "").replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {i + 1} | …{sid} | {cell(t.u)} | {cell(o.get('ssml') or o.get('text'))} | {cell(ro.get('ssml') or ro.get('text'))} | "
                     f"{'no' if r['response'].get('shouldEndSession') else 'yes'} |")
    write(path, "\n".join(lines) + "\n")


# ---------------------------------------------------------------- Google recordings
def g_turns(case, sessions, tag=""):
    k = 0
    for si, sess in enumerate(sessions):
        cid = hid(case, tag, "conv", si, n=22)
        for ti, t in enumerate(sess):
            k += 1
            yield si, ti, k, cid, t


def rec_gactions_conversation(case, d, sessions, locale, tag=""):
    for si, ti, k, cid, t in g_turns(case, sessions, tag):
        intent = "actions.intent.MAIN" if t.intent == "Launch" else t.intent
        args = [{"name": n, "rawText": v, "textValue": v} for n, v in t.slots.items()]
        req = {"user": {"locale": locale, "lastSeen": "2025-03-01T09:12:44Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE",
                                **({"conversationToken": "[]"} if ti else {})},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t.u}], **({"arguments": args} if args else {})}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
               "availableSurfaces": []}
        if t.end:
            res = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}}
        else:
            ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}},
                  "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
            if t.rep is not None:
                ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t.rep}]
            if t.card and str(t.card).startswith("PERMISSION"):
                ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                    "optContext": t.directives or "", "permissions": t.card.split(":")[1].split(",")}}]
            res = {"expectUserResponse": True, "conversationToken": "[]", "expectedInputs": [ei]}
        wjson(os.path.join(d, f"turn{k:02d}.json"), {"request": req, "response": res})


def _df_resp(t):
    g = {"expectUserResponse": not t.end, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.say}}]}}
    if t.rep is not None:
        g["noInputPrompts"] = [{"textToSpeech": t.rep}]
    if t.card and str(t.card).startswith("PERMISSION"):
        g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {
            "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.directives or "",
            "permissions": t.card.split(":")[1].split(",")}}
    return {"fulfillmentText": plain(t.say), "payload": {"google": g}}


def _df_req(case, locale, project, cid, ti, t):
    intent = "Default Welcome Intent" if t.intent == "Launch" else t.intent
    return {"responseId": uuid(case, cid, ti), "session": f"projects/{project}/agent/sessions/{cid}",
            "queryResult": {"queryText": t.u, "parameters": t.slots, "allRequiredParamsPresent": True,
                            "intent": {"name": f"projects/{project}/agent/intents/{uuid(case, intent)}", "displayName": intent},
                            "intentDetectionConfidence": 1, "languageCode": locale.split("-")[0]},
            "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                "user": {"locale": locale}, "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": t.u}]}]}}}


def rec_dialogflow_webhook(case, d, sessions, locale, project, tag=""):
    for si, ti, k, cid, t in g_turns(case, sessions, tag):
        wjson(os.path.join(d, f"webhook-{k:02d}.json"),
              {"request": _df_req(case, locale, project, cid, ti, t), "response": _df_resp(t)})


def rec_firebase_log(case, path, sessions, locale, project, tag="", fn="dialogflowFirebaseFulfillment"):
    lines = []
    for si, ti, k, cid, t in g_turns(case, sessions, tag):
        ts = f"2025-03-04T07:{15 + k // 4:02d}:{(k * 13) % 60:02d}.{100 + k}Z"
        eid = hid(case, tag, k, n=12)
        lines.append(f"{ts} D {fn}: Function execution started")
        lines.append(f"{ts} I {fn}: Dialogflow Request headers: {{\"host\":\"us-central1-{project}.cloudfunctions.net\",\"content-type\":\"application/json\"}}")
        lines.append(f"{ts} I {fn}: Dialogflow Request body: {json.dumps(_df_req(case, locale, project, cid, ti, t), ensure_ascii=False)}")
        lines.append(f"{ts} I {fn}: Response: {json.dumps(_df_resp(t), ensure_ascii=False)}")
        lines.append(f"{ts} D {fn}: Function execution took {120 + k} ms, finished with status code: 200")
    # firebase functions:log prints newest last
    write(path, "\n".join(lines) + "\n")


def rec_gactions_scene(case, d, sessions, locale, tag="", scene="Main"):
    for si, ti, k, cid, t in g_turns(case, sessions, tag):
        intent = "actions.intent.MAIN" if t.intent == "Launch" else t.intent
        req = {"handler": {"name": "main" if t.intent == "Launch" else t.intent.lower()},
               "intent": {"name": intent, "params": {n: {"original": v, "resolved": v} for n, v in t.slots.items()}, "query": t.u},
               "scene": {"name": "actions.scene.START_CONVERSATION" if ti == 0 else scene, "slotFillingStatus": "UNSPECIFIED",
                         "slots": {}, "next": None},
               "session": {"id": cid, "params": {}, "typeOverrides": [], "languageCode": locale},
               "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                        "lastSeenTime": "2025-03-01T09:12:44Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        if req["scene"]["next"] is None:
            del req["scene"]["next"]
        res = {"session": {"id": cid, "params": {}, "languageCode": ""},
               "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": plain(t.say)}},
               "scene": {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION" if t.end else scene}}}
        if isinstance(t.card, list):
            res["prompt"]["suggestions"] = [{"title": s} for s in t.card]
        wjson(os.path.join(d, f"{k:02d}-{intent.split('.')[-1].lower()}.json"), {"requestJson": req, "responseJson": res})


# ---------------------------------------------------------------- projects
def alexa_project(cdir, c):
    locs = c.get("locales") or [c["locale"]]
    pub = {}
    for lc in locs:
        pub[lc] = {"summary": c["summary"], "examplePhrases": c["examples"], "keywords": c.get("keywords", []),
                   "name": c["name"], "description": c.get("desc", c["summary"]),
                   "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(c['id'], 'i', n=4)}/APP_ICON?versionId=small",
                   "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hid(c['id'], 'i', n=4)}/APP_ICON_LARGE?versionId=large"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(c.get("perms")) or bool(c.get("usesPI")),
           "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("privacy"):
        pac["locales"] = {lc: {"privacyPolicyUrl": c["privacy"], **({"termsOfUseUrl": c["terms"]} if c.get("terms") else {})} for lc in locs}
    fn = re.sub(r"[^a-z0-9]+", "-", c["name"].lower()).strip("-")[:40] or "skill"
    apis = c.get("apis") or {"custom": {"endpoint": {"uri": LANG_ENDPOINT.format(region="us-east-1", acct="418726501937", fn=fn)}}}
    if c.get("interfaces") and "custom" in apis:
        apis["custom"]["interfaces"] = [{"type": x} for x in c["interfaces"]]
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                   "testingInstructions": c.get("testing", "Open the skill and ask for the latest update."),
                                                   "category": c.get("category", "WEATHER"),
                                                   "distributionCountries": c.get("countries", [locs[0].split("-")[1]]),
                                                   "automaticDistribution": {"isActive": False}},
                        "apis": apis, "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if c.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["manifest"]["events"] = c["events"]
    wjson(os.path.join(cdir, "skill-package", "skill.json"), man)
    if c.get("intents") is not None:
        for lc in locs:
            intents = []
            for it in c["intents"]:
                name, samples = it[0], it[1]
                slots = it[2] if len(it) > 2 else {}
                o = {"name": name, "samples": samples}
                if slots:
                    o["slots"] = [{"name": n, "type": ty} for n, ty in slots.items()]
                intents.append(o)
            for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"):
                if b not in [i["name"] for i in intents] and b not in c.get("omit_builtin", []):
                    intents.append({"name": b, "samples": []})
            types = [{"name": n, "values": [{"name": {"value": v, **({"synonyms": s} if s else {})}} for v, s in
                                           ((x if isinstance(x, tuple) else (x, None)) for x in vals)]}
                     for n, vals in c.get("types", {}).items()]
            lm = {"invocationName": c["inv"], "intents": intents, "types": types}
            wjson(os.path.join(cdir, "skill-package", "interactionModels", "custom", f"{lc}.json"),
                  {"interactionModel": {"languageModel": lm}, "version": "1"})
    wjson(os.path.join(cdir, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if c.get("code"):
        nm, src = c["code"]
        write(os.path.join(cdir, "lambda", nm), src.lstrip("\n"))


def yaml_list(items, ind):
    return "\n".join(" " * ind + "- " + json.dumps(x, ensure_ascii=False) for x in items)


def builder_project(cdir, c):
    g = c["google"]
    lc = c["locale"]
    lang = lc.split("-")[0] if lc.split("-")[0] != "en" or lc == "en-US" else lc
    s = (f"defaultLocale: {lc if lc != 'en-US' else 'en'}\nprojectId: {g['project']}\nlocalizedSettings:\n"
         f"  displayName: {json.dumps(c['name'], ensure_ascii=False)}\n  pronunciation: {json.dumps(c['inv'], ensure_ascii=False)}\n"
         f"  shortDescription: {json.dumps(c['summary'], ensure_ascii=False)}\n  fullDescription: {json.dumps(c.get('desc', c['summary']), ensure_ascii=False)}\n"
         f"  developerName: {json.dumps(g.get('dev', 'Northwind Civic Labs'))}\n  developerEmail: {g.get('email', 'dev@example.org')}\n")
    if c.get("privacy"):
        s += f"  privacyPolicyUrl: {c['privacy']}\n"
    s += f"category: {g.get('category', 'WEATHER')}\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\n"
    write(os.path.join(cdir, "sdk", "settings", "settings.yaml"), s)
    write(os.path.join(cdir, "sdk", "manifest.yaml"), "version: \"1.0\"\n")
    for name, it in c["intents_g"].items():
        phr, params = it[0], (it[1] if len(it) > 1 else {})
        y = ""
        if params:
            y += "parameters:\n" + "".join(f"- name: {p}\n  type:\n    name: {ty}\n" for p, ty in params.items())
        y += "trainingPhrases:\n" + yaml_list(phr, 0) + "\n"
        write(os.path.join(cdir, "sdk", "custom", "intents", f"{name}.yaml"), y)
    for name, vals in c.get("types_g", {}).items():
        if vals == "FREE":
            y = "freeText: {}\n"
        else:
            y = "synonym:\n  entities:\n" + "".join(f"    {v}:\n      synonyms:\n      - {json.dumps(v, ensure_ascii=False)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
        write(os.path.join(cdir, "sdk", "custom", "types", f"{name}.yaml"), y)
    for name, y in c.get("scenes_g", {}).items():
        write(os.path.join(cdir, "sdk", "custom", "scenes", f"{name}.yaml"), y.lstrip("\n"))
    write(os.path.join(cdir, "sdk", "custom", "global", "actions.intent.MAIN.yaml"),
          "handler:\n  webhookHandler: main\ntransitionToScene: Main\n")
    write(os.path.join(cdir, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          "handlers:\n- name: main\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n")


def sdk2_project(cdir, c):
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": c["google"]["conv"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": c["google"].get("main_patterns", [f"talk to {c['inv']}"])}}}]
    for name, it in c["intents_g"].items():
        phr, params = it[0], (it[1] if len(it) > 1 else {})
        a = {"description": name, "name": name, "fulfillment": {"conversationName": c["google"]["conv"]},
             "intent": {"name": name, "trigger": {"queryPatterns": phr}}}
        if params:
            a["intent"]["parameters"] = [{"name": p, "type": ty} for p, ty in params.items()]
        acts.append(a)
    o = {"locale": c["locale"], "actions": acts,
         "conversations": {c["google"]["conv"]: {"name": c["google"]["conv"], "url": c["google"].get("url", "https://us-central1-" + c["google"]["project"] + ".cloudfunctions.net/webhook"),
                                                 "fulfillmentApiVersion": 2}}}
    if c.get("types_g"):
        o["customTypes"] = [{"name": "$" + n, "items": [] if v == "FREE" else [{"key": x, "synonyms": [x]} for x in v]} for n, v in c["types_g"].items()]
    o["manifest"] = {"displayName": c["name"], "invocationName": c["inv"], "shortDescription": c["summary"],
                     "longDescription": c.get("desc", c["summary"]), "category": c["google"].get("category", "NEWS")}
    if c.get("privacy"):
        o["manifest"]["privacyUrl"] = c["privacy"]
    wjson(os.path.join(cdir, "action.json"), o)


def dialogflow_project(cdir, c):
    lang = c["locale"].split("-")[0]
    agent = {"description": c["summary"], "language": lang, "shortDescription": c["name"], "examples": "", "linkToDocs": "",
             "disableInteractionLogs": False, "activeAssistantAgent": True, "supportedLanguages": [],
             "googleAssistant": {"googleAssistantCompatible": True, "project": c["google"]["project"], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "isDeviceAgent": False},
             "defaultTimezone": c["google"].get("tz", "America/New_York"), "webhook": {"url": "", "available": True, "useForDomains": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "enableOnePlatformResponses": True, "apiVersion": "v2"}
    if c.get("privacy"):
        agent["googleAssistant"]["privacyPolicyUrl"] = c["privacy"]
    agent["googleAssistant"]["displayName"] = c["name"]
    agent["googleAssistant"]["invocationName"] = c["inv"]
    wjson(os.path.join(cdir, "agent.json"), agent)
    wjson(os.path.join(cdir, "package.json"), {"version": "1.0.0"})
    for name, it in c["intents_g"].items():
        phr, params = it[0], (it[1] if len(it) > 1 else {})
        fn = name.replace("/", "_")
        wjson(os.path.join(cdir, "intents", f"{fn}.json"), {
            "id": uuid(c["id"], name), "name": name, "auto": True, "contexts": [],
            "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [
                {"id": uuid(c["id"], name, p), "required": False, "dataType": ty, "name": p, "value": "$" + p, "isList": False}
                for p, ty in params.items()], "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
        us = []
        for ph in phr:
            data = []
            for part in re.split(r"(\{[^}]+\})", ph):
                if not part:
                    continue
                m = re.match(r"\{([^}]+)\}", part)
                if m:
                    p = m.group(1)
                    data.append({"text": c.get("df_examples", {}).get(p, p), "alias": p, "meta": params.get(p, "@sys.any"), "userDefined": True})
                else:
                    data.append({"text": part, "userDefined": False})
            us.append({"id": uuid(c["id"], name, ph), "data": data, "isTemplate": False, "count": 0, "updated": 0})
        wjson(os.path.join(cdir, "intents", f"{fn}_usersays_{lang}.json"), us)
    for name, vals in c.get("types_g", {}).items():
        wjson(os.path.join(cdir, "entities", f"{name}.json"), {"id": uuid(c["id"], name), "name": name, "isOverridable": True,
                                                              "isEnum": False, "isRegexp": False, "automatedExpansion": vals == "FREE",
                                                              "allowFuzzyExtraction": False})
        if vals != "FREE":
            wjson(os.path.join(cdir, "entities", f"{name}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
