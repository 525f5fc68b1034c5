"""Helpers for the set-104 generator: project layouts and recording shapes.
All case content (names, speech, models) is written by hand in the cases_*.py files."""
import base64, datetime, hashlib, json, os, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "cases")
LABELS = {}


def _uid(*parts):
    h = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()
    return str(uuid.UUID(h[:32]))


def _hex(*parts, n=40):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n].upper()


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, (dict, list)):
        data = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(data)


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


# ---------------------------------------------------------------- Alexa project
def alexa_project(cid, name, inv, locale, intents, summary, types=None, permissions=None,
                  privacy=None, child=False, category="MUSIC_AND_AUDIO", examples=None,
                  extra_locales=None, audio=False, lambda_js=None, lambda_py=None, personal=None, builtins=()):
    d = os.path.join(CASES, cid)
    loc = {locale: {"summary": summary, "description": summary, "name": name,
                    "examplePhrases": examples or [f"Alexa, open {inv}"],
                    "keywords": [], "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/ab12/APP_ICON?versionId=small",
                    "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/ab12/APP_ICON_LARGE?versionId=large"}}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(personal if personal is not None else permissions),
           "isChildDirected": child, "isExportCompliant": True, "containsAds": False}
    if privacy:
        pac["locales"] = {locale: {"privacyPolicyUrl": privacy, "termsOfUseUrl": privacy.rsplit("/", 1)[0] + "/terms"}}
    apis = {"custom": {"endpoint": {"uri": f"arn:aws:lambda:us-east-1:{int(_hex(cid, n=10), 16) % 10**12:012d}:function:{cid[7:]}"}}}
    if audio:
        apis["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    man = {"manifest": {"publishingInformation": {"locales": loc, "isAvailableWorldwide": False,
                                                   "testingInstructions": "Open the skill and follow the prompts.",
                                                   "category": category, "distributionCountries": [locale[-2:]]},
                        "apis": apis, "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if permissions:
        man["manifest"]["permissions"] = [{"name": p} for p in permissions]
    write(os.path.join(d, "skill-package", "skill.json"), man)
    std = [{"name": n, "samples": []} for n in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent",
                                                 "AMAZON.NavigateHomeIntent")]
    if audio:
        std += [{"name": n, "samples": []} for n in ("AMAZON.PauseIntent", "AMAZON.ResumeIntent")]
    ints = []
    for it in intents:
        name, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        ints.append({"name": name, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": samples})
    have = {i["name"] for i in ints}
    ints += [s for s in std if s["name"] not in have]
    have = {i["name"] for i in ints}
    ints += [{"name": b, "samples": []} for b in sorted(set(builtins)) if b not in have]
    tys = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in (types or {}).items()]
    for lc in [locale] + list(extra_locales or []):
        write(os.path.join(d, "skill-package", "interactionModels", "custom", f"{lc}.json"),
              {"interactionModel": {"languageModel": {"invocationName": inv, "intents": ints, "types": tys}}})
    write(os.path.join(d, "ask-resources.json"),
          {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {"skillMetadata": {"src": "./skill-package"},
           "code": {"default": {"src": "./lambda"}}, "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
           "userConfig": {"runtime": "python3.9" if lambda_py else "nodejs18.x",
                          "handler": "lambda_function.lambda_handler" if lambda_py else "index.handler"}}}}})
    if lambda_js:
        write(os.path.join(d, "lambda", "index.js"), lambda_js)
        write(os.path.join(d, "lambda", "package.json"), {"name": cid[7:], "version": "1.0.0", "main": "index.js",
              "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})
    if lambda_py:
        write(os.path.join(d, "lambda", "lambda_function.py"), lambda_py)
        write(os.path.join(d, "lambda", "requirements.txt"), "ask-sdk-core==1.19.0\n")
    return d


class T:
    """One Alexa turn. kind: 'Launch', 'End' (SessionEndedRequest), or an intent name."""
    def __init__(self, kind, utter, speech, reprompt=None, end=False, slots=None, directives=None, card=None):
        self.kind, self.utter, self.speech, self.reprompt, self.end = kind, utter, speech, reprompt, end
        self.slots, self.directives, self.card = slots or {}, directives, card


def speech_obj(s):
    if s is None:
        return None
    if s.strip().startswith("<speak"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}


def play_directive(url, token):
    return {"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
            "audioItem": {"stream": {"url": url, "token": token, "offsetInMilliseconds": 0}}}


def alexa_exchanges(cid, locale, turns, start="2024-05-01T20:00:00", step=21, perms_token=False, tag=""):
    """Resolve turns into (request, response, meta) with session handling."""
    app = f"amzn1.ask.skill.{_uid(cid, 'app')}"
    user = f"amzn1.ask.account.{_hex(cid, 'user', n=60)}"
    dev = f"amzn1.ask.device.{_hex(cid, 'dev', n=40)}"
    t0 = datetime.datetime.fromisoformat(start)
    out, sess_n, new = [], 0, True
    sid = f"amzn1.echo-api.session.{_uid(cid, tag, 'sess', sess_n)}"
    for i, t in enumerate(turns):
        ts = (t0 + datetime.timedelta(seconds=step * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        rid = f"amzn1.echo-api.request.{_uid(cid, tag, 'req', i)}"
        if t.kind == "Launch":
            body = {"type": "LaunchRequest", "requestId": rid, "locale": locale, "timestamp": ts, "shouldLinkResultBeReturned": False}
        elif t.kind == "End":
            body = {"type": "SessionEndedRequest", "requestId": rid, "locale": locale, "timestamp": ts, "reason": "USER_INITIATED"}
        else:
            body = {"type": "IntentRequest", "requestId": rid, "locale": locale, "timestamp": ts,
                    "intent": {"name": t.kind, "confirmationStatus": "NONE",
                               "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t.slots.items()}}}
            if not t.slots:
                body["intent"].pop("slots")
        sys_ = {"application": {"applicationId": app}, "user": {"userId": user}, "device": {"deviceId": dev,
                "supportedInterfaces": {"AudioPlayer": {}}}, "apiEndpoint": "https://api.amazonalexa.com",
                "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
        req = {"version": "1.0", "session": {"new": new, "sessionId": sid, "application": {"applicationId": app},
               "user": {"userId": user}, "attributes": {}}, "context": {"System": sys_}, "request": body}
        if new:
            req["session"].pop("attributes")
        r = {}
        if t.speech is not None:
            r["outputSpeech"] = speech_obj(t.speech)
        if t.card:
            r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
        if t.reprompt is not None:
            r["reprompt"] = {"outputSpeech": speech_obj(t.reprompt)}
        if t.directives:
            r["directives"] = t.directives
        if t.end is not None:
            r["shouldEndSession"] = t.end
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.18.2", "response": r}
        if t.kind == "End":
            resp = {"version": "1.0", "response": {}}
        out.append((req, resp, {"ts": ts, "utter": t.utter, "rid": rid, "sid": sid, "app": app, "turn": t}))
        if t.end or t.kind == "End" or t.end is None:
            sess_n += 1
            sid = f"amzn1.echo-api.session.{_uid(cid, tag, 'sess', sess_n)}"
            new = True
        else:
            new = False
    return out


def _speech_text(resp):
    o = (resp.get("response") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text") or ""


def _rep_text(resp):
    o = ((resp.get("response") or {}).get("reprompt") or {}).get("outputSpeech") or {}
    return o.get("ssml") or o.get("text")


# ------------------------------------------------------------- recording shapes (Alexa)
def rec_envelope(d, folder, ex):
    for i, (q, r, m) in enumerate(ex):
        slug = (m["turn"].kind.replace("AMAZON.", "").replace("Request", "").lower())
        write(os.path.join(d, folder, f"{i+1:02d}-{slug}.json"), r)


def rec_pairs_jsonl(d, path, ex):
    write(os.path.join(d, path), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, m in ex))


def rec_pairs_array(d, path, ex):
    write(os.path.join(d, path), [{"request": q, "response": r} for q, r, m in ex])


def _endpoint(m):
    return f"arn:aws:lambda:us-east-1:000000000000:function:{m['app'][-12:]}"


def rec_smapi_sim(d, folder, ex):
    for i, (q, r, m) in enumerate(ex):
        doc = {"id": _uid(m["rid"], "sim"), "status": "SUCCESSFUL",
               "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _strip(_speech_text(r))}}],
                                                  "consideredIntents": [] if m["turn"].kind in ("Launch", "End") else
                                                  [{"name": m["turn"].kind, "confirmationStatus": "NONE", "slots": {}}]},
                          "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": _endpoint(m), "body": q},
                                                                  "invocationResponse": {"body": r},
                                                                  "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                          "error": None}}
        write(os.path.join(d, folder, f"simulation-{i+1:02d}.json"), doc)


def rec_smapi_invoke(d, folder, ex):
    for i, (q, r, m) in enumerate(ex):
        doc = {"id": _uid(m["rid"], "inv"), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": _endpoint(m), "body": q},
                                                 "invocationResponse": {"body": r},
                                                 "metrics": {"skillExecutionTimeInMilliseconds": 240 + i}}, "error": None}}
        write(os.path.join(d, folder, f"invoke-{i+1:02d}.json"), doc)


def _strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s or "").strip()


def rec_ask_dialog(d, folder, ex, locale, text_record=False):
    utts = [m["utter"] for q, r, m in ex if m["utter"] is not None]
    write(os.path.join(d, folder, "replay.json"), {"skillId": ex[0][2]["app"], "locale": locale, "type": "text",
                                                    "userInput": utts})
    if text_record:
        lines = []
        for q, r, m in ex:
            if m["utter"] is None:
                continue
            lines.append(f"User  > {m['utter']}")
            sp = _strip(_speech_text(r))
            lines.append(f"Alexa > {sp}" if sp else "Alexa > ")
        write(os.path.join(d, folder, "replay-output.txt"), "\n".join(lines) + "\n")
    else:
        arr = [{"utterance": m["utter"], "invocations": [{"invocationRequest": {"endpoint": _endpoint(m), "body": q},
                                                          "invocationResponse": {"body": r}}],
                "alexaResponses": [{"type": "Speech", "content": {"caption": _strip(_speech_text(r))}}]}
               for q, r, m in ex if m["utter"] is not None]
        write(os.path.join(d, folder, "replay-skill-io.json"), arr)


def rec_cloudwatch_text(d, path, ex, python=False, kw=("Request: ", "Response: ")):
    lines = []
    for i, (q, r, m) in enumerate(ex):
        lid = _uid(m["rid"], "lambda")
        ts = m["ts"].replace("Z", ".%03dZ" % (100 + i))
        lines.append(f"START RequestId: {lid} Version: $LATEST")
        if python:
            lines.append(f"[INFO]\t{ts}\t{lid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"[INFO]\t{ts}\t{lid}\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        else:
            lines.append(f"{ts}\t{lid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
            lines.append(f"{ts}\t{lid}\tINFO\t{kw[1]}{json.dumps(r, ensure_ascii=False)}")
        lines.append(f"END RequestId: {lid}")
        lines.append(f"REPORT RequestId: {lid}\tDuration: {40 + i * 3}.12 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 128 MB\tMax Memory Used: 81 MB")
    write(os.path.join(d, path), "\n".join(lines) + "\n")


def rec_cloudwatch_json(d, path, ex, group="/aws/lambda/skill"):
    evs = []
    for i, (q, r, m) in enumerate(ex):
        lid = _uid(m["rid"], "lambda")
        tsms = int(datetime.datetime.fromisoformat(m["ts"].replace("Z", "+00:00")).timestamp() * 1000)
        for k, (kw, body) in enumerate((("Request: ", q), ("Response: ", r))):
            evs.append({"logStreamName": "2024/05/01/[$LATEST]" + _hex(cid_of(m), n=32).lower(), "timestamp": tsms + k * 60,
                        "message": f"{m['ts']}\t{lid}\tINFO\t{kw}{json.dumps(body, ensure_ascii=False)}\n",
                        "ingestionTime": tsms + k * 60 + 400, "eventId": str(36000000000000000000 + tsms * 10 + k)})
    write(os.path.join(d, path), {"events": evs, "searchedLogStreams": []})


def cid_of(m):
    return m["app"]


def rec_har(d, path, ex, url="https://skill.example-host.net/alexa"):
    entries = []
    for q, r, m in ex:
        entries.append({"startedDateTime": m["ts"].replace("Z", ".000Z"), "time": 212,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                    "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    write(os.path.join(d, path), {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1.5"},
                                          "entries": entries}})


def rec_transcript(d, path, ex, who="ALEXA"):
    lines = []
    for q, r, m in ex:
        if m["utter"] is not None:
            lines.append(f"[{m['ts']}] USER: {m['utter']}")
        sp = _strip(_speech_text(r))
        lines.append(f"[{m['ts']}] SKILL: {sp}")
        rp = _rep_text(r)
        if rp is not None:
            lines.append(f"[{m['ts']}] SKILL (reprompt): {_strip(rp) if _strip(rp) else repr(rp)}")
        lines.append(f"session_open={str(r.get('response', {}).get('shouldEndSession') is False).lower()}")
    write(os.path.join(d, path), "\n".join(lines) + "\n")


# ---- shapes that are not in set 1 ----
def rec_console_skillio(d, path, ex, locale):
    """Developer-console 'Test' tab, Skill I/O panel saved by hand as one JSON file per session."""
    turns = [{"utterance": m["utter"] or "", "timestamp": m["ts"], "locale": locale,
              "skillIO": {"jsonInput": q, "jsonOutput": {"body": r}},
              "deviceLog": [{"header": {"namespace": "SpeechSynthesizer", "name": "Speak"},
                             "payload": {"caption": _strip(_speech_text(r))}}]} for q, r, m in ex]
    write(os.path.join(d, path), {"exportedFrom": "developer.amazon.com/alexa/console/ask/test", "stage": "development",
                                  "turns": turns})


def rec_jest_snapshot(d, path, ex, suite="handlers"):
    parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
    for i, (q, r, m) in enumerate(ex):
        name = f"{suite} {m['turn'].kind} - \"{(m['utter'] or '').replace(chr(34), '')}\" {i+1}"
        body = json.dumps(r, indent=2, ensure_ascii=False).replace("\\", "\\\\").replace("`", "\\`")
        body = body.replace('"', '"')
        parts.append(f"exports[`{name}`] = `\n{body}\n`;\n")
    write(os.path.join(d, path), "\n".join(parts))


def rec_ask_run_debug(d, path, ex):
    """`ask run --watch` / ask-sdk-local-debug console output captured to a file."""
    lines = ["[Info]: Running the skill locally with node ./node_modules/ask-sdk-local-debug/dist/LocalDebuggerInvoker.js",
             "[Info]: Connected to the Alexa debugging server (wss://bob-dispatch-prod-na.amazon.com)"]
    for q, r, m in ex:
        lines.append(f"[Info]: {m['ts']} Skill request:")
        lines.append(json.dumps(q, indent=2, ensure_ascii=False))
        lines.append(f"[Info]: {m['ts']} Skill response:")
        lines.append(json.dumps(r, indent=2, ensure_ascii=False))
        lines.append("----------------")
    write(os.path.join(d, path), "\n".join(lines) + "\n")


def rec_qa_csv(d, path, ex, header=("session_id", "turn", "timestamp", "user_said", "skill_said", "reprompt", "should_end_session")):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for i, (q, r, m) in enumerate(ex):
        rs = r.get("response", {})
        w.writerow([m["sid"][-12:], i + 1, m["ts"], m["utter"] or "", _speech_text(r), _rep_text(r) if _rep_text(r) is not None else "",
                    "" if "shouldEndSession" not in rs else str(rs["shouldEndSession"]).upper()])
    write(os.path.join(d, path), buf.getvalue())


def rec_markdown(d, path, ex, title, who="Alexa"):
    lines = [f"# {title}", "", "Exported from our #qa-voice channel (Slack thread, copied by hand).", ""]
    for q, r, m in ex:
        if q["session"]["new"]:
            lines += ["", f"### Session `{m['sid'][-8:]}`", ""]
        if m["utter"] is not None:
            lines.append(f"- **{m['ts'][11:19]} User:** {m['utter']}")
        lines.append(f"- **{m['ts'][11:19]} {who}:** {_strip(_speech_text(r)) or '_(nothing)_'}")
        rp = _rep_text(r)
        if rp is not None:
            lines.append(f"  - reprompt: `{rp}`")
        se = r.get("response", {}).get("shouldEndSession")
        lines.append(f"  - shouldEndSession: `{json.dumps(se)}`")
    write(os.path.join(d, path), "\n".join(lines) + "\n")


def rec_ngrok(d, path, ex):
    """ngrok agent API dump: GET http://127.0.0.1:4040/api/requests/http"""
    reqs = []
    for q, r, m in ex:
        qb = json.dumps(q, ensure_ascii=False).encode()
        rb = json.dumps(r, ensure_ascii=False).encode()
        rawq = b"POST /alexa HTTP/1.1\r\nHost: 5b1f-203-0-113-7.ngrok-free.app\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + str(len(qb)).encode() + b"\r\n\r\n" + qb
        rawr = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + str(len(rb)).encode() + b"\r\n\r\n" + rb
        reqs.append({"uri": f"/api/requests/http/{_hex(m['rid'], n=24).lower()}", "id": "airt_" + _hex(m['rid'], n=26).lower(),
                     "tunnel_name": "command_line", "remote_addr": "54.240.197.1", "start": m["ts"], "duration": 210000000,
                     "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]},
                                 "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                     "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1",
                                  "headers": {"Content-Type": ["application/json"]}, "raw": base64.b64encode(rawr).decode()}})
    write(os.path.join(d, path), {"requests": reqs, "uri": "/api/requests/http"})


def rec_mochawesome(d, path, ex, suite="skill conversation"):
    tests = []
    for i, (q, r, m) in enumerate(ex):
        ctx = [{"title": "request", "value": q}, {"title": "response", "value": r}]
        tests.append({"title": f"{m['turn'].kind} ({m['utter'] or '-'})", "fullTitle": f"{suite} {m['turn'].kind}",
                      "timedOut": False, "duration": 35 + i, "state": "passed", "speed": "fast", "pass": True, "fail": False,
                      "pending": False, "context": json.dumps(ctx, ensure_ascii=False), "code": "const res = await alexa.utter(u);",
                      "err": {}, "uuid": _uid(m["rid"], "t"), "parentUUID": _uid(suite), "isHook": False, "skipped": False})
    write(os.path.join(d, path), {"stats": {"suites": 1, "tests": len(tests), "passes": len(tests), "failures": 0,
                                            "start": ex[0][2]["ts"], "end": ex[-1][2]["ts"]},
                                  "results": [{"uuid": _uid(suite, "root"), "title": "", "fullFile": "", "file": "",
                                               "tests": [], "suites": [{"uuid": _uid(suite), "title": suite,
                                                                        "file": "/test/conversation.spec.js", "tests": tests,
                                                                        "suites": []}]}],
                                  "meta": {"mocha": {"version": "10.2.0"}, "mochawesome": {"version": "7.1.3"}}})


def rec_junit(d, path, ex, suite="tests.test_conversation"):
    from xml.sax.saxutils import escape
    cases = []
    for i, (q, r, m) in enumerate(ex):
        out = f"REQUEST {json.dumps(q, ensure_ascii=False)}\nRESPONSE {json.dumps(r, ensure_ascii=False)}\n"
        cases.append(f'    <testcase classname="{suite}" name="test_{i+1:02d}_{m["turn"].kind.replace(".", "_").lower()}" time="0.0{i+2}">\n'
                     f"      <system-out>{escape(out)}</system-out>\n    </testcase>")
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" '
           f'tests="{len(cases)}" time="0.41" timestamp="{ex[0][2]["ts"]}" hostname="ci-runner-3">\n' + "\n".join(cases) +
           "\n  </testsuite>\n</testsuites>\n")
    write(os.path.join(d, path), xml)


def record(d, cid, locale, shape, path, turns, start="2024-05-01T20:00:00", tag="", **kw):
    ex = alexa_exchanges(cid, locale, turns, start=start, tag=tag or path)
    f = {"envelope": rec_envelope, "pairs-jsonl": rec_pairs_jsonl, "pairs-array": rec_pairs_array,
         "smapi-simulation": rec_smapi_sim, "smapi-invocation": rec_smapi_invoke, "cloudwatch-json": rec_cloudwatch_json,
         "har": rec_har, "transcript": rec_transcript, "jest-snapshot": rec_jest_snapshot,
         "ask-run-debug-log": rec_ask_run_debug, "qa-sheet-csv": rec_qa_csv, "ngrok-inspect": rec_ngrok,
         "mochawesome-json": rec_mochawesome, "junit-xml": rec_junit}
    if shape == "ask-dialog":
        rec_ask_dialog(d, path, ex, locale, **kw)
    elif shape == "cloudwatch-text":
        rec_cloudwatch_text(d, path, ex, **kw)
    elif shape == "console-skillio-export":
        rec_console_skillio(d, path, ex, locale)
    elif shape == "markdown-chatlog":
        rec_markdown(d, path, ex, **kw)
    else:
        f[shape](d, path, ex, **kw)


def A(cid, cats, why, name, inv, locale, intents, summary, recs, **proj):
    """Alexa case: project + recordings + label. recs: list of (shape, path, turns[, kw-dict])."""
    used = {t.kind for rc in recs for t in rc[2] if t.kind.startswith("AMAZON.")}
    d = alexa_project(cid, name, inv, locale, intents, summary, builtins=used, **proj)
    shapes = []
    for rc in recs:
        shape, path, turns = rc[0], rc[1], rc[2]
        kw = dict(rc[3]) if len(rc) > 3 else {}
        start = kw.pop("start", "2024-05-01T20:00:00")
        record(d, cid, locale, shape, path, turns, start=start, **kw)
        shape = shape if shape != "cloudwatch-text" else "cloudwatch-text"
        if shape not in shapes:
            shapes.append(shape)
    label(cid, cats, locale, shapes, why)


# ---------------------------------------------------------------- Google
def yaml_dump(o, ind=0):
    sp = "  " * ind
    out = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{sp}{k}:")
                out.append(yaml_dump(v, ind + 1))
            else:
                out.append(f"{sp}{k}: {_ys(v)}")
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, dict) and v:
                sub = yaml_dump(v, ind + 1).split("\n")
                out.append(f"{sp}- {sub[0].strip()}")
                out += sub[1:]
            else:
                out.append(f"{sp}- {_ys(v)}")
    return "\n".join(x for x in out if x != "")


def _ys(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if v == {} :
        return "{}"
    if v == []:
        return "[]"
    return json.dumps(str(v), ensure_ascii=False)


class G:
    def __init__(self, intent, query, speech, expect=True, noinput=None, scene=None, next=None, params=None, handler=None,
                 system_intent=None):
        self.intent, self.query, self.speech, self.expect, self.noinput = intent, query, speech, expect, noinput
        self.scene, self.next, self.params, self.handler, self.system_intent = scene, next, params or {}, handler, system_intent


def builder_project(cid, display, invocation, locale, intents, scenes, types=None, privacy=None, category="MUSIC",
                    extra=None):
    d = os.path.join(CASES, cid)
    s = {"defaultLocale": locale.split("-")[0] if locale.startswith("en") else locale, "enabledRegions": [], "disabledRegions": [],
         "localizedSettings": {"displayName": display, "pronunciation": invocation, "developerName": "Studio Nightjar",
                               "developerEmail": "dev@nightjar-audio.example", "fullDescription": display,
                               "shortDescription": display, "smallLogoImage": "$resources.images.logo",
                               "privacyPolicyUrl": privacy or "", "sampleInvocations": [f"Talk to {invocation}"]},
         "projectId": cid[7:], "category": category, "usesTransactionsApi": False, "usesDigitalPurchaseApi": False,
         "designedForFamily": False, "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": False}
    if not privacy:
        s["localizedSettings"].pop("privacyPolicyUrl")
    if extra:
        s.update(extra)
    write(os.path.join(d, "sdk", "settings", "settings.yaml"), yaml_dump(s) + "\n")
    write(os.path.join(d, "sdk", "actions", "actions.yaml"),
          yaml_dump({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "main"}}}}) + "\n")
    write(os.path.join(d, "sdk", "webhooks", "ActionsOnGoogleFulfillment.yaml"),
          yaml_dump({"httpsEndpoint": {"baseUrl": f"https://europe-west1-{cid[7:]}.cloudfunctions.net/ActionsOnGoogleFulfillment"}}) + "\n")
    write(os.path.join(d, "sdk", "manifest.yaml"), 'version: "1.0"\n')
    for n, body in intents.items():
        write(os.path.join(d, "sdk", "custom", "intents", f"{n}.yaml"), yaml_dump(body) + "\n")
    for n, body in scenes.items():
        write(os.path.join(d, "sdk", "custom", "scenes", f"{n}.yaml"), yaml_dump(body) + "\n")
    for n, body in (types or {}).items():
        write(os.path.join(d, "sdk", "custom", "types", f"{n}.yaml"), yaml_dump(body) + "\n")
    return d


def rec_gactions_scene(d, path, cid, locale, turns, start="2024-06-01T21:00:00", tag=""):
    t0 = datetime.datetime.fromisoformat(start)
    sess_n, out = 0, []
    for i, t in enumerate(turns):
        sid = f"ABwppHG{_hex(cid, tag, 'gs', sess_n, n=40)}"
        ts = (t0 + datetime.timedelta(seconds=25 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        q = {"handler": {"name": t.handler or t.intent}, "intent": {"name": t.intent, "params": {k: {"original": v, "resolved": v} for k, v in t.params.items()},
             "query": t.query}, "scene": {"name": t.scene or "actions.scene.START_CONVERSATION", "slotFillingStatus": "UNSPECIFIED",
             "slots": {}}, "session": {"id": sid, "params": {}, "typeOverrides": [], "languageCode": ""},
             "user": {"locale": locale, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                      "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [],
                      "lastSeenTime": ts}, "home": {"params": {}},
             "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin", "version": ""}}}
        r = {"session": {"id": sid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.speech, "text": _strip(t.speech)}}}
        nxt = t.next or ("actions.scene.END_CONVERSATION" if not t.expect else None)
        if nxt:
            r["scene"] = {"name": t.scene or "actions.scene.START_CONVERSATION", "slots": {}, "next": {"name": nxt}}
        out.append({"timestamp": ts, "request": q, "response": r})
        if not t.expect:
            sess_n += 1
    write(os.path.join(d, path), "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out) if path.endswith(".jsonl") else out)


def sdk2_project(cid, display, locale, actions, url):
    d = os.path.join(CASES, cid)
    write(os.path.join(d, "action.json"), {"locale": locale.split("-")[0] if locale.startswith("en") else locale,
          "actions": actions, "conversations": {"main": {"name": "main", "url": url, "fulfillmentApiVersion": 2}}})
    return d


def _g_conv(cid, tag, sess_n, new, t, locale, ts):
    q = {"user": {"userId": "ABwppHE" + _hex(cid, "gu", n=40), "locale": locale, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
         "conversation": {"conversationId": "ABwppH" + _hex(cid, tag, "c", sess_n, n=36), "type": "NEW" if new else "ACTIVE"},
         "inputs": [{"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.query}],
                     "arguments": [{"name": k, "rawText": v, "textValue": v} for k, v in t.params.items()] or
                     ([{"name": "text", "rawText": t.query, "textValue": t.query}] if t.intent == "actions.intent.TEXT" else [])}],
         "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
         "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
    if t.expect:
        ei = {"inputPrompt": {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}},
              "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
        if t.noinput is not None:
            ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
        if t.system_intent:
            ei["possibleIntents"] = [t.system_intent]
        r = {"expectUserResponse": True, "expectedInputs": [ei]}
    else:
        r = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}}}
    return q, r


def rec_gactions_conv(d, path, cid, locale, turns, start="2024-06-01T21:00:00", tag=""):
    t0 = datetime.datetime.fromisoformat(start)
    out, sess_n, new = [], 0, True
    for i, t in enumerate(turns):
        ts = (t0 + datetime.timedelta(seconds=30 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        q, r = _g_conv(cid, tag, sess_n, new, t, locale, ts)
        out.append({"request": q, "response": r})
        new = not t.expect
        sess_n += (not t.expect)
    write(os.path.join(d, path), out)


def dialogflow_project(cid, display, lang, intents, entities=None, url="https://us-central1-x.cloudfunctions.net/dialogflowFirebaseFulfillment"):
    """intents: {name: (phrases list of list-of-parts, params{name: entity}, webhook bool, speech list)}"""
    d = os.path.join(CASES, cid)
    write(os.path.join(d, "agent.json"), {"description": display, "language": lang, "shortDescription": "", "examples": "",
          "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
          "googleAssistant": {"googleAssistantCompatible": True, "project": cid[7:], "welcomeIntentSignInRequired": False,
                              "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False,
                              "grantType": "AUTH_CODE_GRANT"}, "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                              "autoPreviewEnabled": False, "isDeviceAgent": False},
          "defaultTimezone": "Europe/Madrid", "webhook": {"url": url, "username": "", "headers": {}, "available": True,
          "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
          "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2",
          "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
          "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
    write(os.path.join(d, "package.json"), {"version": "1.0.0"})
    for n, (phrases, params, hook, speech) in intents.items():
        write(os.path.join(d, "intents", f"{n}.json"), {"id": _uid(cid, n), "name": n, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": n.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": _uid(cid, n, p), "name": p, "required": False, "dataType": e, "value": "$" + p,
                                             "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [],
                                             "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []}
                                            for p, e in params.items()],
                             "messages": [{"type": "0", "title": "", "textToSpeech": "", "lang": lang, "speech": speech,
                                           "condition": ""}], "speech": []}],
              "priority": 500000, "webhookUsed": hook, "webhookForSlotFilling": False, "fallbackIntent": n == "Default Fallback Intent",
              "events": [{"name": "WELCOME"}] if n == "Default Welcome Intent" else [], "conditionalResponses": [],
              "condition": "", "conditionalFollowupEvents": []})
        if phrases:
            us = []
            for parts in phrases:
                data = []
                for p in parts:
                    if isinstance(p, tuple):
                        data.append({"text": p[0], "meta": p[1], "alias": p[2], "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": _uid(cid, n, str(parts)), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
            write(os.path.join(d, "intents", f"{n}_usersays_{lang}.json"), us)
    for n, vals in (entities or {}).items():
        write(os.path.join(d, "entities", f"{n}.json"), {"id": _uid(cid, "e", n), "name": n, "isOverridable": True,
              "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        write(os.path.join(d, "entities", f"{n}_entries_{lang}.json"), [{"value": v, "synonyms": [v]} for v in vals])
    return d


def rec_dialogflow(d, path, cid, lang, locale, turns, start="2024-06-01T21:00:00", tag=""):
    t0 = datetime.datetime.fromisoformat(start)
    out, sess_n, new = [], 0, True
    for i, t in enumerate(turns):
        ts = (t0 + datetime.timedelta(seconds=30 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        gq, gr = _g_conv(cid, tag, sess_n, new, t, locale, ts)
        q = {"responseId": _uid(cid, tag, i) + "-" + _hex(cid, i, n=8).lower(), "queryResult": {"queryText": t.query,
             "parameters": t.params, "allRequiredParamsPresent": True, "fulfillmentMessages": [{"text": {"text": [""]}}],
             "outputContexts": [], "intent": {"name": f"projects/{cid[7:]}/agent/intents/{_uid(cid, t.intent)}", "displayName": t.intent},
             "intentDetectionConfidence": 1, "languageCode": lang},
             "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": gq},
             "session": f"projects/{cid[7:]}/agent/sessions/{gq['conversation']['conversationId']}"}
        g = {"expectUserResponse": t.expect, "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t.speech}}]}}
        if t.noinput is not None:
            g["noInputPrompts"] = [{"textToSpeech": x} for x in t.noinput]
        if t.system_intent:
            g["systemIntent"] = t.system_intent
        r = {"fulfillmentText": _strip(t.speech), "payload": {"google": g}}
        out.append({"request": q, "response": r})
        new = not t.expect
        sess_n += (not t.expect)
    write(os.path.join(d, path), "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out) if path.endswith(".jsonl") else out)
