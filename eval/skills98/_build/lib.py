"""Rendering helpers for eval set 98. All case content lives in cases_*.py (hand-written)."""
import base64, csv, hashlib, io, json, os, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def uid(*parts):
    h = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def write(cid, rel, content):
    p = os.path.join(CASES, cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if not isinstance(content, str):
        content = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
    with open(p, "w", encoding="utf-8") as f:
        f.write(content)


def T(intent, said, speech, rep=None, end=True, slots=None, directives=None, card=None):
    """One turn. intent: 'LaunchRequest' or an intent name. rep=None -> no reprompt. end=None -> omitted."""
    return dict(intent=intent, said=said, speech=speech, rep=rep, end=end, slots=slots or {},
                directives=directives, card=card)


def speech_obj(text):
    if text is None:
        return None
    if "<" in text or text.strip() == "" or text.startswith("&"):
        s = text if text.startswith("<speak>") else f"<speak>{text}</speak>"
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": text}


def response_env(t, ua="ask-node/2.14.0 Node/v18.19.0"):
    r = {}
    so = speech_obj(t["speech"])
    if so:
        r["outputSpeech"] = so
    if t["card"]:
        r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
    if t["rep"] is not None:
        r["reprompt"] = {"outputSpeech": speech_obj(t["rep"])}
    if t["directives"]:
        r["directives"] = t["directives"]
    if t["end"] is not None:
        r["shouldEndSession"] = t["end"]
    return {"version": "1.0", "sessionAttributes": {}, "userAgent": ua, "response": r}


def expand(cid, locale, sessions, day="2025-05-14", hour=18, tag=""):
    """Yield (turn, request envelope, timestamp) with real session handling."""
    skill = f"amzn1.ask.skill.{uid(cid, 'skill')}"
    user = f"amzn1.ask.account.{hexid(cid, 'user', n=64)}"
    dev = f"amzn1.ask.device.{hexid(cid, 'dev', n=40)}"
    out, n = [], 0
    for si, sess in enumerate(sessions):
        sid = f"amzn1.echo-api.session.{uid(cid, tag, si)}"
        for ti, t in enumerate(sess):
            n += 1
            mm, ss = divmod(n * 17 + si * 113, 60)
            ts = f"{day}T{hour:02d}:{mm % 60:02d}:{ss:02d}Z"
            req = {"type": t["intent"] if t["intent"] in ("LaunchRequest", "SessionEndedRequest") else "IntentRequest",
                   "requestId": f"amzn1.echo-api.request.{uid(cid, tag, si, ti)}", "locale": locale, "timestamp": ts}
            if req["type"] == "IntentRequest":
                req["intent"] = {"name": t["intent"], "confirmationStatus": "NONE"}
                if t["slots"]:
                    req["intent"]["slots"] = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                              for k, v in t["slots"].items()}
            if t["intent"] == "SessionEndedRequest":
                req["reason"] = "USER_INITIATED"
            env = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": skill},
                               "attributes": {}, "user": {"userId": user}},
                   "context": {"System": {"application": {"applicationId": skill}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if locale[:2] in ("de", "fr", "es", "it") or locale == "en-GB" else ("https://api.fe.amazonalexa.com" if locale == "ja-JP" else "https://api.amazonalexa.com"),
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}},
                   "request": req}
            out.append((t, env, ts, skill))
    return out


def speech_text(o):
    if not o:
        return ""
    return o.get("ssml") or o.get("text") or ""


# ---------------------------------------------------------------- Alexa shapes
def r_envelope(cid, rows, base):
    for i, (t, req, ts, sk) in enumerate(rows, 1):
        name = t["intent"].replace("AMAZON.", "").replace("Request", "")
        write(cid, f"{base}/{i:02d}-{name.lower()}.json", response_env(t))


def r_pairs_jsonl(cid, rows, base):
    write(cid, base + ".jsonl", "".join(json.dumps({"request": r, "response": response_env(t)}, ensure_ascii=False) + "\n" for t, r, ts, sk in rows))


def r_pairs_array(cid, rows, base):
    write(cid, base + ".json", [{"request": r, "response": response_env(t)} for t, r, ts, sk in rows])


def _sim(t, r, sk, i, locale):
    return {"id": uid(sk, "sim", i), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": speech_text(speech_obj(t["speech"])).replace("<speak>", "").replace("</speak>", "")}}],
                                              "consideredIntents": [{"name": t["intent"], "confirmationStatus": "NONE", "slots": {}}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": f"arn:aws:lambda:eu-west-1:3141592653:function:{sk[-12:]}", "body": r},
                                                               "invocationResponse": {"body": response_env(t)},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 80 + i}}]},
                       "error": None}}


def r_smapi_simulation(cid, rows, base):
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        write(cid, f"{base}/simulate-{i:02d}.json", _sim(t, r, sk, i, r["request"]["locale"]))


def r_smapi_invocation(cid, rows, base):
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        write(cid, f"{base}/invoke-{i:02d}.json", {"id": uid(sk, "inv", i), "status": "SUCCESSFUL",
              "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": f"arn:aws:lambda:us-east-1:3141592653:function:{cid}", "body": r},
                                                "invocationResponse": {"body": response_env(t)},
                                                "metrics": {"skillExecutionTimeInMilliseconds": 112 + i}}, "error": None}})


def r_ask_dialog(cid, rows, base):
    loc = rows[0][1]["request"]["locale"]
    sk = rows[0][3]
    inputs = [t["said"] for t, r, ts, s in rows]
    write(cid, base + "/dialog-replay.json", {"skillId": sk, "locale": loc, "type": "text", "userInput": inputs, "storageKey": None})
    lines = []
    for t, r, ts, s in rows:
        lines.append(f"User  > {t['said']}")
        lines.append(f"Alexa > {speech_text(speech_obj(t['speech']))}")
        if t["end"] is False:
            lines.append(f"        (reprompt) {speech_text(speech_obj(t['rep'])) if t['rep'] is not None else ''}")
        else:
            lines.append("        [session ended]")
    write(cid, base + "/dialog-output.txt", "\n".join(lines) + "\n")


def r_cloudwatch_text(cid, rows, base, py=False):
    L = []
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        rid = uid(cid, "lam", ts, i)
        L.append(f"START RequestId: {rid} Version: $LATEST")
        t1, t2 = ts.replace("Z", ".104Z"), ts.replace("Z", ".231Z")
        if py:
            L.append(f"[INFO]\t{t1}\t{rid}\tRequest Envelope: {json.dumps(r, ensure_ascii=False)}")
            L.append(f"[INFO]\t{t2}\t{rid}\tResponse: {json.dumps(response_env(t, 'ask-python-sdk/1.19.0 Python/3.11.6'), ensure_ascii=False)}")
        else:
            L.append(f"{t1}\t{rid}\tINFO\tRequest: {json.dumps(r, ensure_ascii=False)}")
            L.append(f"{t2}\t{rid}\tINFO\tResponse: {json.dumps(response_env(t), ensure_ascii=False)}")
        L.append(f"END RequestId: {rid}")
        L.append(f"REPORT RequestId: {rid}\tDuration: {30 + i * 3}.52 ms\tBilled Duration: {31 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 92 MB")
    write(cid, base + ".log", "\n".join(L) + "\n")


def r_cloudwatch_text_py(cid, rows, base):
    r_cloudwatch_text(cid, rows, base, py=True)


def r_cloudwatch_json(cid, rows, base):
    ev = []
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        rid = uid(cid, "cwj", ts, i)
        for kind, body in (("Request", r), ("Response", response_env(t))):
            ev.append({"logStreamName": f"2025/05/14/[$LATEST]{hexid(cid, 'st', n=32).lower()}", "timestamp": 1747245600000 + i * 4000 + (kind == "Response") * 120,
                       "message": f"{ts}\t{rid}\tINFO\t{kind}: {json.dumps(body, ensure_ascii=False)}\n", "ingestionTime": 1747245600400 + i * 4000,
                       "eventId": str(37000000000000000000000000000000000000000000000000000000 + i * 2 + (kind == 'Response'))})
    write(cid, base + ".json", {"events": ev, "searchedLogStreams": []})


def r_har(cid, rows, base):
    ents = []
    for t, r, ts, sk in rows:
        body = json.dumps(r, ensure_ascii=False)
        resp = json.dumps(response_env(t), ensure_ascii=False)
        ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 143,
                     "request": {"method": "POST", "url": f"https://{cid.split('-', 1)[1]}.eu.ngrok.io/", "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"}, {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(body.encode()),
                                 "postData": {"mimeType": "application/json", "text": body}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json"}],
                                  "cookies": [], "content": {"size": len(resp.encode()), "mimeType": "application/json", "text": resp},
                                  "redirectURL": "", "headersSize": -1, "bodySize": len(resp.encode())},
                     "cache": {}, "timings": {"send": 1, "wait": 140, "receive": 2}})
    write(cid, base + ".har", {"log": {"version": "1.2", "creator": {"name": "Charles Proxy", "version": "4.6.6"}, "pages": [], "entries": ents}})


def r_transcript(cid, rows, base):
    L, last = [], None
    for t, r, ts, sk in rows:
        if r["session"]["new"]:
            L.append(f"--- session {r['session']['sessionId'][-12:]} ---")
        L.append(f"[{ts}] USER: {t['said']}")
        L.append(f"[{ts}] SKILL: {speech_text(speech_obj(t['speech']))}")
        if t["rep"] is not None:
            L.append(f"[{ts}] SKILL (reprompt): {speech_text(speech_obj(t['rep']))}")
        L.append(f"[{ts}] session_open={'false' if t['end'] in (True, None) else 'true'}")
    write(cid, base + ".txt", "\n".join(L) + "\n")


# ---------------------------------------------------------------- new shapes
def _pretty(v, ind=0):
    sp = "  " * ind
    if isinstance(v, dict):
        if not v:
            return "Object {}"
        inner = "".join(f"{sp}  {json.dumps(k)}: {_pretty(v[k], ind + 1)},\n" for k in sorted(v))
        return "Object {\n" + inner + sp + "}"
    if isinstance(v, list):
        if not v:
            return "Array []"
        return "Array [\n" + "".join(f"{sp}  {_pretty(x, ind + 1)},\n" for x in v) + sp + "]"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False).replace("`", "\\`")
    return json.dumps(v)


def r_jest_snapshot(cid, rows, base):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        label = t["said"].replace("`", "'")
        parts.append(f"exports[`skill handler {i:02d} {t['intent']}: \"{label}\" 1`] = `\n{_pretty(response_env(t)['response'])}\n`;\n")
    write(cid, base + ".snap", "\n".join(parts))
    # the test file that produced it
    tests = "\n".join(f"  it('{i:02d} {t['intent']}: \"{t['said']}\"', async () => {{\n    const res = await invoke(fixture('{t['intent']}', {json.dumps(t['slots'])}));\n    expect(res.response).toMatchSnapshot();\n  }});"
                      for i, (t, r, ts, sk) in enumerate(rows, 1))
    write(cid, os.path.dirname(os.path.dirname(base)) + "/handler.test.js",
          "const { invoke, fixture } = require('./helpers');\n\ndescribe('skill handler', () => {\n" + tests + "\n});\n")


def _yq(s):
    return json.dumps(s, ensure_ascii=False)


def r_bespoken_yaml(cid, rows, base):
    loc = rows[0][1]["request"]["locale"]
    L = ["---", "configuration:", f"  locale: {loc}", "  handler: ../../lambda/index.handler", ""]
    for t, r, ts, sk in rows:
        if r["session"]["new"]:
            L += ["---", f"- test: {_yq('session ' + r['session']['sessionId'][-6:])}"]
        key = "LaunchRequest" if t["intent"] == "LaunchRequest" else (t["intent"] if t["intent"].startswith("AMAZON.") else _yq(t["said"]))
        L.append(f"- {key}:")
        L.append(f"  - prompt: {_yq(speech_text(speech_obj(t['speech'])))}")
        if t["rep"] is not None:
            L.append(f"  - reprompt: {_yq(speech_text(speech_obj(t['rep'])))}")
        if t["end"] is not None:
            L.append(f"  - response.shouldEndSession: {'true' if t['end'] else 'false'}")
    write(cid, base + ".yml", "\n".join(L) + "\n")


def r_junit_xml(cid, rows, base):
    from xml.sax.saxutils import escape
    cs = []
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        out = f"request: {json.dumps(r, ensure_ascii=False)}\nresponse: {json.dumps(response_env(t, 'ask-sdk-core/1.19.0 Python/3.11'), ensure_ascii=False)}\n"
        cs.append(f'    <testcase classname="tests.test_conversation" name="test_{i:02d}_{t["intent"].replace(".", "_").lower()}" time="0.0{i}">\n'
                  f'      <system-out>{escape(out)}</system-out>\n    </testcase>')
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
           f'tests="{len(rows)}" time="1.204" timestamp="2025-05-14T18:02:11.512331" hostname="ci-runner-7">\n' + "\n".join(cs) + "\n  </testsuite>\n</testsuites>\n")
    write(cid, base + ".xml", xml)


def r_ngrok_inspect(cid, rows, base):
    reqs = []
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        b = json.dumps(r, ensure_ascii=False).encode()
        rb = json.dumps(response_env(t), ensure_ascii=False).encode()
        raw_req = b"POST / HTTP/1.1\r\nHost: pet-skill.ngrok.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(b)).encode() + b"\r\nSignaturecertchainurl: https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem\r\n\r\n" + b
        raw_resp = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/airt_{hexid(cid, i, n=27)}", "id": f"airt_{hexid(cid, i, n=27)}", "tunnel_name": "command_line",
                     "remote_addr": "52.94.133.1", "start": ts.replace("Z", "+00:00"), "duration": 143000000 + i,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "uri": "/", "raw": base64.b64encode(raw_req).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(raw_resp).decode()}})
    reqs.reverse()  # ngrok lists newest first
    write(cid, base + ".json", {"uri": "/api/requests/http", "requests": reqs})


def r_curl_verbose(cid, rows, base):
    L = []
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        b = json.dumps(r, ensure_ascii=False)
        rb = json.dumps(response_env(t), ensure_ascii=False)
        L += [f"$ curl -v -s -X POST http://localhost:3001/alexa -H 'Content-Type: application/json' -d @fixtures/{i:02d}-{t['intent'].replace('AMAZON.', '').lower()}.json",
              "*   Trying 127.0.0.1:3001...", "* Connected to localhost (127.0.0.1) port 3001 (#0)",
              "> POST /alexa HTTP/1.1", "> Host: localhost:3001", "> User-Agent: curl/8.4.0", "> Accept: */*",
              "> Content-Type: application/json", f"> Content-Length: {len(b.encode())}", ">",
              "} [" + str(len(b.encode())) + " bytes data]", "* We are completely uploaded and fine",
              "< HTTP/1.1 200 OK", "< X-Powered-By: Express", "< Content-Type: application/json; charset=utf-8",
              f"< Content-Length: {len(rb.encode())}", f"< Date: {ts}", "<", rb, "* Connection #0 to host localhost left intact", ""]
        write(cid, f"{os.path.dirname(base)}/fixtures/{i:02d}-{t['intent'].replace('AMAZON.', '').lower()}.json", r)
    write(cid, base + ".txt", "\n".join(L))


def r_conversation_csv(cid, rows, base):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["event_time", "session_id", "turn", "intent", "user_utterance", "skill_speech", "skill_reprompt", "should_end_session"])
    turn = 0
    for t, r, ts, sk in rows:
        turn = 1 if r["session"]["new"] else turn + 1
        w.writerow([ts, r["session"]["sessionId"], turn, t["intent"], t["said"], speech_text(speech_obj(t["speech"])),
                    speech_text(speech_obj(t["rep"])) if t["rep"] is not None else "", "" if t["end"] is None else str(t["end"]).upper()])
    write(cid, base + ".csv", buf.getvalue())


def r_slack_export(cid, rows, base):
    msgs = []
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        txt = f"*{t['intent']}*  :speaking_head_in_silhouette: `{t['said']}`\n>{speech_text(speech_obj(t['speech']))}"
        if t["rep"] is not None:
            txt += f"\n_reprompt:_ `{speech_text(speech_obj(t['rep']))}`"
        txt += f"\nmic open after turn: *{'no' if t['end'] in (True, None) else 'yes'}*"
        msgs.append({"type": "message", "subtype": "bot_message", "bot_id": "B05QA1VOICE", "username": "voice-qa-bot", "text": txt,
                     "ts": f"{1747245600 + i * 9}.00{i:04d}"})
    write(cid, base + ".json", msgs)
    write(cid, os.path.dirname(os.path.dirname(base)) + "/channels.json", [{"id": "C05VOICEQA", "name": os.path.basename(os.path.dirname(base)), "created": 1740000000, "is_archived": False}])


def r_newman_json(cid, rows, base):
    ex = []
    for i, (t, r, ts, sk) in enumerate(rows, 1):
        rb = json.dumps(response_env(t), ensure_ascii=False).encode()
        ex.append({"cursor": {"position": i - 1, "iteration": 0, "length": len(rows), "ref": uid(cid, "cur", i)},
                   "item": {"id": uid(cid, "item", i), "name": f"{i:02d} {t['intent']} - {t['said']}"},
                   "request": {"url": {"protocol": "https", "path": ["dev", "alexa"], "host": ["api", "petskills", "example"]}, "method": "POST",
                               "header": [{"key": "Content-Type", "value": "application/json"}],
                               "body": {"mode": "raw", "raw": json.dumps(r, ensure_ascii=False)}},
                   "response": {"id": uid(cid, "resp", i), "status": "OK", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                                "stream": {"type": "Buffer", "data": list(rb)}, "responseTime": 120 + i, "responseSize": len(rb)},
                   "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    write(cid, base + ".json", {"collection": {"info": {"_postman_id": uid(cid, "coll"), "name": f"{cid} smoke", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                                "run": {"stats": {"requests": {"total": len(rows), "pending": 0, "failed": 0}}, "executions": ex, "failures": []}})


ALEXA_SHAPES = {
    "envelope": (r_envelope, "tests/responses"), "pairs-jsonl": (r_pairs_jsonl, "logs/requests"),
    "pairs-array": (r_pairs_array, "qa/pairs"), "smapi-simulation": (r_smapi_simulation, "simulations"),
    "smapi-invocation": (r_smapi_invocation, "invocations"), "ask-dialog": (r_ask_dialog, "dialog"),
    "cloudwatch-text": (r_cloudwatch_text, "logs/cloudwatch-export"), "cloudwatch-text-py": (r_cloudwatch_text_py, "logs/lambda"),
    "cloudwatch-json": (r_cloudwatch_json, "logs/filter-log-events"), "har": (r_har, "captures/session"),
    "transcript": (r_transcript, "qa/transcript"), "jest-snapshot": (r_jest_snapshot, "lambda/__tests__/__snapshots__/handler.test.js"),
    "bespoken-yaml": (r_bespoken_yaml, "test/e2e/conversation.test"), "junit-xml": (r_junit_xml, "reports/junit"),
    "ngrok-inspect": (r_ngrok_inspect, "debug/ngrok-requests"), "curl-verbose": (r_curl_verbose, "scripts/smoke/curl-session"),
    "conversation-csv": (r_conversation_csv, "analytics/conversation-log"), "slack-export": (r_slack_export, "qa/slack-export/voice-qa/2025-05-14"),
    "newman-json": (r_newman_json, "postman/newman-run"),
}


# ---------------------------------------------------------------- Alexa project
BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa(cid, locale, cats, why, shape, inv, name, intents, sessions=None, types=None, perms=(), privacy=True,
          child=False, desc=None, category="PETS_AND_ANIMALS", drift=None, extra_locales=(), code=None, examples=None):
    """intents: list of (name, samples, {slot: type})."""
    shutil.rmtree(os.path.join(CASES, cid), ignore_errors=True)
    desc = desc or name
    pubs = {}
    for loc in (locale,) + tuple(extra_locales):
        pubs[loc] = {"summary": desc[:150], "examplePhrases": examples or [f"Alexa, open {inv}"], "keywords": [],
                     "name": name, "description": desc,
                     "smallIconUri": f"https://cdn.example-pets.net/{cid}/icon-108.png", "largeIconUri": f"https://cdn.example-pets.net/{cid}/icon-512.png"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(perms), "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if privacy:
        pc["locales"] = {loc: {"privacyPolicyUrl": f"https://{cid.split('-', 1)[1]}.example-pets.net/privacy", "termsOfUseUrl": f"https://{cid.split('-', 1)[1]}.example-pets.net/terms"}
                         for loc in (locale,) + tuple(extra_locales)}
    man = {"manifest": {"publishingInformation": {"locales": pubs, "isAvailableWorldwide": False, "testingInstructions": "Open the skill and follow the prompts.",
                                                  "category": category, "distributionCountries": [locale[-2:]]},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:3141592653:function:{cid[6:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if perms:
        man["manifest"]["permissions"] = [{"name": p} for p in perms]
    write(cid, "skill-package/skill.json", man)
    ints = [{"name": n, "slots": [{"name": s, "type": ty} for s, ty in (sl or {}).items()], "samples": smp} for n, smp, sl in intents]
    have = {i["name"] for i in ints}
    ints += [{"name": b, "samples": []} for b in BUILTIN if b not in have]
    tys = [{"name": k, "values": [{"name": {"value": v}} for v in vals]} for k, vals in (types or {}).items()]
    for loc in (locale,) + tuple(extra_locales):
        write(cid, f"skill-package/interactionModels/custom/{loc}.json", {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": tys}}})
    write(cid, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
                                      "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    if code:
        write(cid, code[0], code[1])
    fn, basepath = ALEXA_SHAPES[shape]
    if drift:
        (d1, s1), (d2, s2) = drift
        fn(cid, expand(cid, locale, s1, day=d1, tag="a"), f"recordings/{d1}/" + basepath.split("/")[-1])
        fn(cid, expand(cid, locale, s2, day=d2, tag="b"), f"recordings/{d2}/" + basepath.split("/")[-1])
    else:
        fn(cid, expand(cid, locale, sessions), basepath)
    sh = "cloudwatch-text" if shape == "cloudwatch-text-py" else shape
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": [sh], "why": why}
