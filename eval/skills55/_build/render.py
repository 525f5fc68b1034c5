"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project folders and
recordings.  All wording lives in the case files; this module only knows file formats."""
import hashlib, json, os, html, datetime
import yaml

OUT = None  # set by gen.py

def hx(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]

def uid(*parts):
    h = hx(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

def write(cid, rel, content):
    p = os.path.join(OUT, "cases", cid, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(content if isinstance(content, str) else json.dumps(content, indent=2, ensure_ascii=False) + "\n")

def js(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))

# ---------------------------------------------------------------- turns
def T(req, say=None, rep=None, end=True, utt=None, card=None, dirs=None, slots=None, noinput=None, scene=None, nxt=None, sysint=None, perm=None, prog=None):
    """req: LAUNCH | END | Intent name | AudioPlayer.X ; say: speech (SSML if starts with <speak>);
    rep: reprompt text or None; end: True/False/None(omit); utt: what the user said."""
    return dict(req=req, say=say, rep=rep, end=end, utt=utt, card=card, dirs=dirs or [], slots=slots or {},
                noinput=noinput, scene=scene, nxt=nxt, sysint=sysint, perm=perm, prog=prog)

BUILTIN = {"STOP": "AMAZON.StopIntent", "CANCEL": "AMAZON.CancelIntent", "HELP": "AMAZON.HelpIntent",
           "YES": "AMAZON.YesIntent", "NO": "AMAZON.NoIntent", "PAUSE": "AMAZON.PauseIntent",
           "RESUME": "AMAZON.ResumeIntent", "FALLBACK": "AMAZON.FallbackIntent", "NEXT": "AMAZON.NextIntent"}

def speech(s):
    if s is None:
        return None
    if s.startswith("<speak>"):
        return {"type": "SSML", "ssml": s}
    return {"type": "PlainText", "text": s}

# ---------------------------------------------------------------- alexa envelopes
def alexa_sessions(c, rec_key, sessions, day):
    """-> list of (request, response, turn, ts) with proper session handling."""
    out = []
    appid = "amzn1.ask.skill." + uid(c["cid"], "app")
    user = "amzn1.ask.account." + hx(c["cid"], "user", n=40).upper()
    dev = "amzn1.ask.device." + hx(c["cid"], "dev", n=40).upper()
    t0 = datetime.datetime.fromisoformat(day + "T20:14:05")
    k = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(c["cid"], rec_key, si)
        for ti, t in enumerate(sess):
            ts = (t0 + datetime.timedelta(minutes=si * 9, seconds=ti * 14 + k)).strftime("%Y-%m-%dT%H:%M:%SZ")
            k += 1
            rid = "amzn1.echo-api.request." + uid(c["cid"], rec_key, si, ti)
            r = t["req"]
            if r == "LAUNCH":
                rq = {"type": "LaunchRequest"}
            elif r == "END":
                rq = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
            elif r.startswith("AudioPlayer."):
                rq = {"type": r, "token": "track-" + hx(c["cid"], "tok", n=8), "offsetInMilliseconds": 0}
            else:
                name = BUILTIN.get(r, r)
                rq = {"type": "IntentRequest", "intent": {"name": name, "confirmationStatus": "NONE"}}
                if t["slots"]:
                    rq["intent"]["slots"] = {k2: {"name": k2, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k2, v in t["slots"].items()}
            rq.update({"requestId": rid, "locale": c["locale"], "timestamp": ts})
            system = {"application": {"applicationId": appid}, "user": {"userId": user},
                      "device": {"deviceId": dev, "supportedInterfaces": {"AudioPlayer": {}} if c.get("audio") else {}},
                      "apiEndpoint": "https://api.amazonalexa.com" if not c["locale"].startswith(("de", "fr", "it", "es-ES", "en-GB")) else "https://api.eu.amazonalexa.com",
                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.REDACTED"}
            req = {"version": "1.0"}
            if not r.startswith("AudioPlayer."):
                req["session"] = {"new": ti == 0, "sessionId": sid, "application": {"applicationId": appid},
                                  "user": {"userId": user}}
                if ti:
                    req["session"]["attributes"] = {}
            req["context"] = {"System": system}
            if c.get("audio"):
                req["context"]["AudioPlayer"] = {"playerActivity": "IDLE"}
            req["request"] = rq
            resp = None
            if r != "END" or t["say"] is not None:
                body = {}
                if t["say"] is not None:
                    body["outputSpeech"] = speech(t["say"])
                if t["card"]:
                    body["card"] = t["card"]
                if t["rep"] is not None:
                    body["reprompt"] = {"outputSpeech": speech(t["rep"])}
                if t["dirs"]:
                    body["directives"] = t["dirs"]
                if t["end"] is not None:
                    body["shouldEndSession"] = t["end"]
                resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": c.get("ua", "ask-node/2.14.0 Node/v18.18.2"), "response": body}
            out.append((req, resp, t, ts))
    return out

def arn(c):
    region = "eu-west-1" if c["locale"][:2] in ("de", "fr", "it", "es") or c["locale"] == "en-GB" else ("us-west-2" if c["locale"] == "ja-JP" else "us-east-1")
    return f"arn:aws:lambda:{region}:{int(hx(c['cid'], 'acct', n=10), 16) % 10**12:012d}:function:{c['cid'][4:]}"

def utter(t, c):
    if t["utt"]:
        return t["utt"]
    r = t["req"]
    if r == "LAUNCH":
        return c["open_phrase"]
    return {"STOP": "stop", "CANCEL": "cancel", "HELP": "help", "YES": "yes", "NO": "no", "PAUSE": "pause", "RESUME": "resume", "NEXT": "next"}.get(r, r)

def plain(s):
    import re
    if s is None:
        return ""
    return re.sub(r"<[^>]+>", "", s) if s.startswith("<speak>") else s

# ---- shape writers (alexa)
def w_envelope(c, base, pairs):
    for i, (req, resp, t, ts) in enumerate(pairs):
        if resp:
            write(c["cid"], base.format(i=i + 1, n=f"{i+1:02d}"), resp)

def w_pairs_jsonl(c, base, pairs):
    write(c["cid"], base, "".join(js({"request": q, "response": s}) + "\n" for q, s, t, ts in pairs))

def w_pairs_array(c, base, pairs):
    write(c["cid"], base, [{"request": q, "response": s} for q, s, t, ts in pairs])

def sim_obj(c, q, s, t):
    return {"id": uid(c["cid"], "sim", q["request"]["requestId"]), "status": "SUCCESSFUL",
            "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(s["response"].get("outputSpeech", {}).get("ssml") or s["response"].get("outputSpeech", {}).get("text", ""))}}] if s and s["response"].get("outputSpeech") else [],
                                              "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", "LaunchRequest"), "confirmationStatus": "NONE"}]},
                       "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn(c), "body": q},
                                                               "invocationResponse": {"body": s},
                                                               "metrics": {"skillExecutionTimeInMilliseconds": 80 + len(js(q)) % 300}}]},
                       "error": None}}

def w_smapi_sim(c, base, pairs):
    for i, (q, s, t, ts) in enumerate(pairs):
        write(c["cid"], base.format(i=i + 1, n=f"{i+1:02d}"), sim_obj(c, q, s, t))

def w_smapi_sim_array(c, base, pairs):
    write(c["cid"], base, [sim_obj(c, q, s, t) for q, s, t, ts in pairs])

def w_smapi_inv(c, base, pairs):
    for i, (q, s, t, ts) in enumerate(pairs):
        write(c["cid"], base.format(i=i + 1, n=f"{i+1:02d}"),
              {"id": uid(c["cid"], "inv", i), "status": "SUCCESSFUL",
               "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn(c), "body": q},
                                                 "invocationResponse": {"body": s},
                                                 "metrics": {"skillExecutionTimeInMilliseconds": 110 + i * 7}}, "error": None}})

def w_ask_dialog(c, base, pairs, text=False):
    """base is a folder; writes replay file + output."""
    sk = "amzn1.ask.skill." + uid(c["cid"], "app")
    write(c["cid"], base + "/replay.json", {"skillId": sk, "locale": c["locale"], "type": "text",
                                             "userInput": [utter(t, c) for q, s, t, ts in pairs if t["req"] != "END"]})
    if text:
        lines = []
        for q, s, t, ts in pairs:
            if t["req"] == "END":
                continue
            lines.append(f"User  > {utter(t, c)}")
            if s:
                lines.append("Alexa > " + plain((s["response"].get("outputSpeech") or {}).get("ssml") or (s["response"].get("outputSpeech") or {}).get("text") or ""))
        write(c["cid"], base + "/dialog-output.txt", "\n".join(lines) + "\n")
    else:
        write(c["cid"], base + "/dialog-output.json",
              [{"utterance": utter(t, c), "invocations": [{"invocationRequest": {"endpoint": arn(c), "body": q}, "invocationResponse": {"body": s}}]}
               for q, s, t, ts in pairs if t["req"] != "END"])

def cw_lines(c, pairs, py=False, kw=("Request: ", "Response: ")):
    L = []
    for i, (q, s, t, ts) in enumerate(pairs):
        rid = uid(c["cid"], "lambda", i)
        t1 = ts.replace("Z", ".112Z")
        t2 = ts.replace("Z", ".387Z")
        L.append(f"{t1} START RequestId: {rid} Version: $LATEST")
        if py:
            L.append(f"[INFO]\t{t1}\t{rid}\t{kw[0]}{js(q)}")
            if s:
                L.append(f"[INFO]\t{t2}\t{rid}\t{kw[1]}{js(s)}")
        else:
            L.append(f"{t1}\t{rid}\tINFO\t{kw[0]}{js(q)}")
            if s:
                L.append(f"{t2}\t{rid}\tINFO\t{kw[1]}{js(s)}")
        L.append(f"{t2} END RequestId: {rid}")
        L.append(f"{t2} REPORT RequestId: {rid}\tDuration: {40 + i * 3}.21 ms\tBilled Duration: {41 + i * 3} ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB")
    return L

def w_cw_text(c, base, pairs, py=False, kw=("Request: ", "Response: ")):
    write(c["cid"], base, "\n".join(cw_lines(c, pairs, py, kw)) + "\n")

def w_cw_json(c, base, pairs):
    evs = []
    for ln in cw_lines(c, pairs):
        ts = ln[:24]
        ms = int(datetime.datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
        evs.append({"logStreamName": "2024/06/11/[$LATEST]" + hx(c["cid"], "stream"), "timestamp": ms, "message": ln + "\n",
                    "ingestionTime": ms + 400, "eventId": str(int(hx(ln, n=15), 16))})
    write(c["cid"], base, {"events": evs, "searchedLogStreams": []})

def w_har(c, base, pairs):
    ents = []
    for q, s, t, ts in pairs:
        if not s:
            continue
        if t.get("prog"):
            pb = js({"header": {"requestId": q["request"]["requestId"]}, "directive": {"type": "VoicePlayer.Speak", "speech": t["prog"]}})
            ents.append({"startedDateTime": ts.replace("Z", ".050Z"), "time": 95,
                         "request": {"method": "POST", "url": "https://api.amazonalexa.com/v1/directives", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Authorization", "value": "Bearer REDACTED"}, {"name": "Content-Type", "value": "application/json"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(pb), "postData": {"mimeType": "application/json", "text": pb}},
                         "response": {"status": 204, "statusText": "No Content", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "", "headersSize": -1, "bodySize": 0},
                         "cache": {}, "timings": {"send": 1, "wait": 90, "receive": 4}})
        ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
                     "request": {"method": "POST", "url": c.get("endpoint", f"https://skill.{c['cid'][4:]}.example.net/alexa"), "httpVersion": "HTTP/1.1",
                                 "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": "Signature-256", "value": "REDACTED"}],
                                 "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(js(q)),
                                 "postData": {"mimeType": "application/json", "text": js(q)}},
                     "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                  "cookies": [], "content": {"size": len(js(s)), "mimeType": "application/json", "text": js(s)}, "redirectURL": "", "headersSize": -1, "bodySize": len(js(s))},
                     "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
    write(c["cid"], base, {"log": {"version": "1.2", "creator": {"name": "mitmproxy har_dump", "version": "10.1"}, "entries": ents}})

def w_transcript(c, base, pairs, who="SKILL"):
    L = [f"# QA transcript {c['name']} ({c['locale']})"]
    for q, s, t, ts in pairs:
        if t["req"] == "END":
            L.append(f"[{ts}] (session ended by user)")
            continue
        L.append(f"[{ts}] USER: {utter(t, c)}")
        if s:
            b = s["response"]
            L.append(f"[{ts}] {who}: {plain((b.get('outputSpeech') or {}).get('ssml') or (b.get('outputSpeech') or {}).get('text') or '')}")
            if "reprompt" in b:
                L.append(f"[{ts}] REPROMPT: {(b['reprompt']['outputSpeech'].get('ssml') or b['reprompt']['outputSpeech'].get('text'))}")
            for d in b.get("directives", []):
                L.append(f"[{ts}] DIRECTIVE: {js(d)}")
            L.append(f"[{ts}] session_open={str(b.get('shouldEndSession') is False or ('shouldEndSession' not in b and 'reprompt' in b)).lower()}")
    write(c["cid"], base, "\n".join(L) + "\n")

# ---- new shapes
def w_voiceflow(c, base, pairs):
    """Voiceflow-style transcript export: list of turns with request and trace items."""
    items = []
    sess = None
    for i, (q, s, t, ts) in enumerate(pairs):
        sid = (q.get("session") or {}).get("sessionId", sess)
        if sid != sess:
            sess = sid
            items.append({"type": "launch" if t["req"] == "LAUNCH" else "session", "sessionID": sid, "startTime": ts, "format": "launch"})
        r = t["req"]
        if r == "LAUNCH":
            payload = {"type": "launch"}
        elif r == "END":
            payload = {"type": "end", "payload": {"reason": "USER_INITIATED"}}
        else:
            payload = {"type": "intent", "payload": {"query": utter(t, c), "intent": {"name": BUILTIN.get(r, r)},
                                                     "entities": [{"name": k, "value": v} for k, v in t["slots"].items()]}}
        items.append({"turnID": hx(c["cid"], "vf", i, n=24), "type": "request", "format": "request", "startTime": ts, "payload": payload})
        if s:
            b = s["response"]
            if b.get("outputSpeech"):
                items.append({"turnID": hx(c["cid"], "vf", i, n=24), "type": "speak", "format": "trace", "startTime": ts,
                              "payload": {"type": "message", "message": b["outputSpeech"].get("ssml") or b["outputSpeech"].get("text")}})
            for d in b.get("directives", []):
                items.append({"turnID": hx(c["cid"], "vf", i, n=24), "type": "stream" if "Audio" in d.get("type", "") else "directive", "format": "trace", "startTime": ts, "payload": d})
            if "reprompt" in b:
                items.append({"turnID": hx(c["cid"], "vf", i, n=24), "type": "no-reply", "format": "trace", "startTime": ts,
                              "payload": {"timeout": 8, "reprompt": b["reprompt"]["outputSpeech"].get("ssml") or b["reprompt"]["outputSpeech"].get("text")}})
            if b.get("shouldEndSession") is True:
                items.append({"turnID": hx(c["cid"], "vf", i, n=24), "type": "end", "format": "trace", "startTime": ts, "payload": None})
    write(c["cid"], base, {"projectID": hx(c["cid"], "vfp", n=24), "platform": "alexa", "locale": c["locale"], "turns": items})

def w_jovo(c, base, pairs):
    """`jovo run` console output with pretty-printed request/response JSON."""
    L = [f"> {c['cid'][4:]}@1.0.0 dev", "> jovo run --port 3000", "", "  Local server listening on port 3000.", "  This is your webhook url: https://webhook.jovo.cloud/" + uid(c["cid"], "jovo"), ""]
    for q, s, t, ts in pairs:
        L.append(f"{ts} ────── Request ({'LAUNCH' if t['req']=='LAUNCH' else (q.get('request') or {}).get('type') or t['req']}) ──────")
        L.extend(json.dumps(q, indent=2, ensure_ascii=False).splitlines())
        if s:
            L.append(f"{ts} ────── Response ──────")
            L.extend(json.dumps(s, indent=2, ensure_ascii=False).splitlines())
        L.append("")
    write(c["cid"], base, "\n".join(L) + "\n")

def w_junit(c, base, pairs, flavour="pytest", per_turn=True):
    cases = []
    for i, (q, s, t, ts) in enumerate(pairs):
        out = "REQUEST " + js(q) + "\n" + ("RESPONSE " + js(s) if s else "RESPONSE <none>") + "\n"
        nm = f"test_turn_{i+1:02d}_{(t['req'] if t['req'] != 'LAUNCH' else 'launch').lower().replace('.', '_')}"
        if flavour == "pytest":
            cases.append(f'    <testcase classname="tests.test_conversation" name="{nm}" time="0.{40+i:03d}">\n      <system-out>{html.escape(out, quote=False)}</system-out>\n    </testcase>')
        else:
            cases.append(f'    <testcase classname="{c["name"]} conversation" name="{nm}" time="0.{30+i:03d}">\n      <system-out><![CDATA[{out}]]></system-out>\n    </testcase>')
    n = len(cases)
    if flavour == "pytest":
        x = f'<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n  <testsuite name="pytest" errors="0" failures="0" skipped="0" tests="{n}" time="1.{n:03d}" timestamp="{pairs[0][3][:19]}" hostname="ci-runner-3">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n"
    else:
        x = f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="{n}" failures="0" errors="0" time="2.1">\n  <testsuite name="{c["name"]} handlers" errors="0" failures="0" skipped="0" timestamp="{pairs[0][3][:19]}" time="2.1" tests="{n}">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n"
    write(c["cid"], base, x)

def w_ipynb(c, base, pairs):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {c['name']} – response review\n", "Replaying the recorded requests against the dev endpoint.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", f"EP = '{c.get('endpoint', 'http://localhost:3000/')}'\n", "def ask(req):\n", "    r = requests.post(EP, json=req)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
    n = 2
    for i, (q, s, t, ts) in enumerate(pairs):
        cells.append({"cell_type": "code", "execution_count": n, "metadata": {},
                      "source": [f"req = {js(q)}\n", "ask(req)\n"],
                      "outputs": [{"name": "stdout", "output_type": "stream",
                                   "text": [l + "\n" for l in json.dumps(s, indent=1, ensure_ascii=False).splitlines()] if s else ["null\n"]}]})
        n += 1
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.4"}}, "nbformat": 4, "nbformat_minor": 5}
    write(c["cid"], base, json.dumps(nb, indent=1, ensure_ascii=False) + "\n")

def w_newman(c, base, pairs):
    ex = []
    for i, (q, s, t, ts) in enumerate(pairs):
        body = js(s).encode() if s else b""
        ex.append({"cursor": {"position": i, "iteration": 0, "length": len(pairs), "cycles": 1, "ref": uid(c["cid"], "cur", i)},
                   "item": {"id": uid(c["cid"], "item", i), "name": f"{i+1:02d} {utter(t, c)}"},
                   "request": {"url": {"protocol": "https", "path": ["alexa"], "host": ["skill", c["cid"][4:], "example", "net"], "query": [], "variable": []},
                               "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
                               "body": {"mode": "raw", "raw": json.dumps(q, indent=2, ensure_ascii=False)}},
                   "response": {"id": uid(c["cid"], "resp", i), "status": "OK", "code": 200,
                                "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}],
                                "stream": {"type": "Buffer", "data": list(body)}, "cookie": [], "responseTime": 180 + i, "responseSize": len(body)},
                   "id": uid(c["cid"], "ex", i), "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    write(c["cid"], base, {"collection": {"_": {"postman_id": uid(c["cid"], "col")}, "item": [], "info": {"_postman_id": uid(c["cid"], "col"), "name": c["name"] + " regression", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},
                           "environment": {"id": uid(c["cid"], "env"), "name": "dev", "values": []},
                           "run": {"stats": {"requests": {"total": len(ex), "pending": 0, "failed": 0}, "assertions": {"total": len(ex), "pending": 0, "failed": 0}},
                                   "executions": ex, "timings": {"responseAverage": 190, "started": 1718136845000, "completed": 1718136849000}, "failures": []}})

ALEXA_WRITERS = {"envelope": w_envelope, "pairs-jsonl": w_pairs_jsonl, "pairs-array": w_pairs_array,
                 "smapi-simulation": w_smapi_sim, "smapi-simulation-array": w_smapi_sim_array, "smapi-invocation": w_smapi_inv,
                 "ask-dialog": w_ask_dialog, "ask-dialog-text": lambda c, b, p: w_ask_dialog(c, b, p, text=True),
                 "cloudwatch-text": w_cw_text, "cloudwatch-text-py": lambda c, b, p: w_cw_text(c, b, p, py=True),
                 "cloudwatch-text-alt": lambda c, b, p: w_cw_text(c, b, p, kw=("Request Envelope: ", "Response Envelope: ")),
                 "cloudwatch-json": w_cw_json, "har": w_har, "transcript": w_transcript,
                 "voiceflow-transcript": w_voiceflow, "jovo-log": w_jovo, "junit-xml": w_junit,
                 "junit-xml-jest": lambda c, b, p: w_junit(c, b, p, flavour="jest"),
                 "ipynb": w_ipynb, "newman-report": w_newman}
SHAPE_OF = {"smapi-simulation-array": "smapi-simulation", "ask-dialog-text": "ask-dialog", "cloudwatch-text-py": "cloudwatch-text",
            "cloudwatch-text-alt": "cloudwatch-text", "junit-xml-jest": "junit-xml"}

# ---------------------------------------------------------------- alexa package
def alexa_package(c):
    loc = c["locale"]
    locs = [loc] + c.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": c["summary"], "examplePhrases": c.get("examples") or [c["open_phrase"]],
                  "keywords": c.get("keywords", []), "name": c["name"], "description": c.get("desc", c["summary"]),
                  "smallIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['cid'], 'ic', n=4)}/APP_ICON?versionId=small",
                  "largeIconUri": f"https://s3.amazonaws.com/CAPS-SSE/echo_developer/{hx(c['cid'], 'ic', n=4)}/APP_ICON_LARGE?versionId=large"}
    priv = {"allowsPurchases": c.get("purchases", False), "usesPersonalInfo": bool(c.get("perms")) or c.get("personal", False),
            "isChildDirected": c.get("child", False), "isExportCompliant": True, "containsAds": False}
    if c.get("policy"):
        priv["locales"] = {l: {"privacyPolicyUrl": c["policy"], "termsOfUseUrl": c["policy"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    apis = {"custom": {"endpoint": {"uri": arn(c)}}}
    if c.get("audio"):
        apis["custom"]["interfaces"] = [{"type": "AUDIO_PLAYER"}]
    if c.get("apl"):
        apis["custom"].setdefault("interfaces", []).append({"type": "ALEXA_PRESENTATION_APL", "supportedViewports": [{"mode": "HUB", "shape": "RECTANGLE", "minWidth": 960, "maxWidth": 1280, "minHeight": 480, "maxHeight": 800}]})
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": c.get("testing", "Open the skill and follow the prompts."),
                                     "category": c.get("category", "HEALTH_AND_FITNESS"), "distributionCountries": c.get("countries", [loc[-2:]]),
                                     "automaticDistribution": {"isActive": False}},
           "apis": apis, "manifestVersion": "1.0", "privacyAndCompliance": priv}
    if c.get("perms"):
        man["permissions"] = [{"name": p} for p in c["perms"]]
    if c.get("events"):
        man["events"] = c["events"]
    pkg = c.get("pkgdir", "skill-package")
    write(c["cid"], pkg + "/skill.json", {"manifest": man})
    for l in locs:
        intents = []
        for it in c["intents"]:
            name, samples = it[0], it[1]
            slots = it[2] if len(it) > 2 else {}
            d = {"name": name}
            if slots:
                d["slots"] = [{"name": k, "type": v} for k, v in slots.items()]
            d["samples"] = samples
            intents.append(d)
        for b in ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"] + (["AMAZON.PauseIntent", "AMAZON.ResumeIntent"] if c.get("audio") else []) + c.get("builtins", []):
            if not any(i["name"] == b for i in intents):
                intents.append({"name": b, "samples": []})
        lm = {"invocationName": c.get("inv_by_locale", {}).get(l, c["inv"]), "intents": intents,
              "types": [{"name": k, "values": [{"name": {"value": v}} for v in vs]} for k, vs in c.get("types", {}).items()]}
        write(c["cid"], f"{pkg}/interactionModels/custom/{l}.json", {"interactionModel": {"languageModel": lm}, "version": "3"})
    if c.get("code"):
        fn, code = c["code"]
        write(c["cid"], fn, code)
    if c.get("ask_resources", True):
        write(c["cid"], "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./" + pkg}, "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": arn(c).split(":")[3]}}}}})
    for rel, content in c.get("files", {}).items():
        write(c["cid"], rel, content)

# ---------------------------------------------------------------- google
def g_pairs(c, rec_key, sessions, day, kind):
    out = []
    t0 = datetime.datetime.fromisoformat(day + "T07:02:11")
    lang = c["locale"]
    for si, sess in enumerate(sessions):
        conv = hx(c["cid"], rec_key, si, n=26).upper()
        for ti, t in enumerate(sess):
            ts = (t0 + datetime.timedelta(minutes=si * 7, seconds=ti * 12)).strftime("%Y-%m-%dT%H:%M:%SZ")
            r = t["req"]
            u = t["utt"] or (c["open_phrase"] if r == "LAUNCH" else r.lower())
            say = t["say"]
            if kind == "sdk2":
                iname = {"LAUNCH": "actions.intent.MAIN", "NO_INPUT": "actions.intent.NO_INPUT", "CANCEL": "actions.intent.CANCEL", "PERMISSION": "actions.intent.PERMISSION"}.get(r, "actions.intent.TEXT")
                inp = {"intent": iname, "rawInputs": [{"inputType": "VOICE", "query": u}], "arguments": []}
                if r == "PERMISSION":
                    inp["arguments"] = [{"name": "PERMISSION", "textValue": "true", "boolValue": True}]
                elif iname == "actions.intent.TEXT":
                    inp["arguments"] = [{"name": "text", "rawText": u, "textValue": u}]
                req = {"user": {"locale": lang, "lastSeen": "2024-05-01T18:00:00Z", "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE", **({"conversationToken": "[]"} if ti else {})},
                       "inputs": [inp], "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                       "isInSandbox": True, "availableSurfaces": []}
                items = [{"simpleResponse": {"ssml" if say.startswith("<speak>") else "textToSpeech": say}}] if say is not None else []
                items += t["dirs"]
                resp = {"expectUserResponse": not t["end"]}
                if t["end"]:
                    resp["finalResponse"] = {"richResponse": {"items": items}}
                else:
                    resp["expectedInputs"] = [{"inputPrompt": {"richInitialPrompt": {"items": items},
                                                               **({"noInputPrompts": [{"ssml" if n.startswith("<speak>") else "textToSpeech": n} for n in t["noinput"]]} if t["noinput"] is not None else {})},
                                               "possibleIntents": [t["perm"] or {"intent": "actions.intent.TEXT"}]}]
                    resp["conversationToken"] = "[]"
            elif kind == "dialogflow":
                sess_name = f"projects/{c['project']}/agent/sessions/{conv}"
                req = {"responseId": uid(c["cid"], rec_key, si, ti) + "-" + hx(ts, n=8), "session": sess_name,
                       "queryResult": {"queryText": u, "parameters": t["slots"], "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{c['project']}/agent/intents/{uid(c['cid'], r)}", "displayName": {"LAUNCH": "Default Welcome Intent", "NO_INPUT": "actions_intent_NO_INPUT"}.get(r, r)},
                                       "intentDetectionConfidence": 1.0, "languageCode": lang.lower() if "-" in lang else lang},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": lang, "userVerificationStatus": "VERIFIED"}, "conversation": {"conversationId": conv, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if r == "LAUNCH" else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": u}]}],
                           "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}}}
                items = [{"simpleResponse": {"ssml" if say.startswith("<speak>") else "textToSpeech": say}}] if say is not None else []
                items += t["dirs"]
                g = {"expectUserResponse": not t["end"], "richResponse": {"items": items}}
                if t["noinput"] is not None:
                    g["noInputPrompts"] = [{"ssml" if n.startswith("<speak>") else "textToSpeech": n} for n in t["noinput"]]
                if t["sysint"]:
                    g["systemIntent"] = t["sysint"]
                resp = {"fulfillmentText": plain(say) if say else "", "payload": {"google": g}}
                if t["end"]:
                    pass
            else:  # builder
                scene = t["scene"] or "Main"
                hname = {"LAUNCH": "start", "NO_INPUT": "no_input"}.get(r, r.lower())
                req = {"handler": {"name": hname}, "intent": {"name": {"LAUNCH": "actions.intent.MAIN", "NO_INPUT": "actions.intent.NO_INPUT_1"}.get(r, r), "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()}, "query": u},
                       "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": conv, "params": {}, "typeOverrides": [], "languageCode": ""},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED", "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2024-05-01T18:00:00Z"},
                       "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin" if lang.startswith("de") else "America/New_York", "version": ""}}}
                fs = {"speech": say, "text": plain(say)} if say is not None else None
                resp = {"session": {"id": conv, "params": {}}, "prompt": {"override": False, **({"firstSimple": fs} if fs else {})}}
                for d in t["dirs"]:
                    resp["prompt"].update(d)
                nxt = t["nxt"]
                if nxt is None and t["end"]:
                    nxt = "actions.scene.END_CONVERSATION"
                resp["scene"] = {"name": scene, "slots": {}, **({"next": {"name": nxt}} if nxt else {})}
            out.append((req, resp, t, ts))
    return out

def g_write(c, shape, base, pairs):
    if shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        if base.endswith(".jsonl"):
            write(c["cid"], base, "".join(js({"request": q, "response": s}) + "\n" for q, s, t, ts in pairs))
        elif "{n}" in base:
            for i, (q, s, t, ts) in enumerate(pairs):
                write(c["cid"], base.format(n=f"{i+1:02d}", i=i + 1), {"request": q, "response": s})
        else:
            write(c["cid"], base, [{"request": q, "response": s} for q, s, t, ts in pairs])
    elif shape == "junit-xml-jest":
        w_junit(c, base, pairs, flavour="jest")
    elif shape == "jovo-log":
        w_jovo(c, base, pairs)
    elif shape == "transcript":
        L = []
        for q, s, t, ts in pairs:
            L.append(f"[{ts}] USER: {t['utt'] or (c['open_phrase'] if t['req']=='LAUNCH' else t['req'])}")
            L.append(f"[{ts}] ACTION: {plain(t['say'])}")
            if t["noinput"] is not None:
                L.append(f"[{ts}] NO_INPUT_PROMPTS: {js(t['noinput'])}")
            L.append(f"[{ts}] session_open={str(not t['end']).lower()}")
        write(c["cid"], base, "\n".join(L) + "\n")
    else:
        raise ValueError(shape)

def y(o):
    return yaml.safe_dump(o, allow_unicode=True, sort_keys=False, width=200)

def google_package(c):
    k = c["kind"]
    lang = c["locale"]
    if k == "builder":
        st = {"projectId": c["project"], "defaultLocale": lang.split("-")[0] if c.get("short_locale") else lang, "category": c.get("category", "HEALTH_AND_FITNESS"),
              "localizedSettings": {"displayName": c["name"], "pronunciation": c["inv"], "shortDescription": c["summary"], "fullDescription": c.get("desc", c["summary"]),
                                    "developerName": c.get("dev", "Independent developer"), "developerEmail": c.get("email", "dev@" + c["cid"][4:] + ".example.org"),
                                    **({"privacyPolicyUrl": c["policy"]} if c.get("policy") else {}), "sampleInvocations": [c["open_phrase"]]},
              "usesTransactionsApi": False, "usesDigitalPurchaseApi": False, "designedForFamily": c.get("child", False), "containsAlcoholOrTobaccoContent": False, "keepsMicOpen": c.get("keeps_mic", False)}
        write(c["cid"], "sdk/settings/settings.yaml", y(st))
        write(c["cid"], "sdk/actions/actions.yaml", y({"actions": {"actions.intent.MAIN": {"handler": {"webhookHandler": "start"}}}}))
        write(c["cid"], "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", y({"handlers": [{"name": h} for h in c.get("handlers", ["start"])], "httpsEndpoint": {"baseUrl": c.get("endpoint", f"https://europe-west1-{c['project']}.cloudfunctions.net/ActionsOnGoogleFulfillment")}}))
        write(c["cid"], "sdk/custom/global/actions.intent.MAIN.yaml", y({"handler": {"webhookHandler": "start"}, "transitionToScene": c.get("first_scene", "Main")}))
        for it in c["intents"]:
            d = {"trainingPhrases": it[1]}
            if len(it) > 2 and it[2]:
                d["parameters"] = [{"name": kk, "type": {"name": v} if v != "free" else {"name": "actions.type.FreeText"}} for kk, v in it[2].items()]
            write(c["cid"], f"sdk/custom/intents/{it[0]}.yaml", y(d))
        for tn, tv in c.get("types", {}).items():
            if tv == "FREE":
                write(c["cid"], f"sdk/custom/types/{tn}.yaml", y({"freeText": {}}))
            else:
                write(c["cid"], f"sdk/custom/types/{tn}.yaml", y({"synonym": {"entities": {v.replace(' ', '_'): {"synonyms": [v]} for v in tv}, "matchType": "EXACT_MATCH"}}))
        for sn, sd in c.get("scenes", {}).items():
            write(c["cid"], f"sdk/custom/scenes/{sn}.yaml", y(sd))
    elif k == "sdk2":
        man = {"displayName": c["name"], "invocationName": c["inv"], "category": c.get("category", "HEALTH_AND_FITNESS"), "shortDescription": c["summary"],
               "longDescription": c.get("desc", c["summary"]), "companyName": c.get("dev", "Independent developer"), "contactEmail": c.get("email", "dev@" + c["cid"][4:] + ".example.org"),
               "sampleInvocation": [c["open_phrase"]], "voiceName": "female_1", "enabledRegions": [lang[-2:]]}
        if c.get("policy"):
            man["privacyUrl"] = c["policy"]
        acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": c["cid"][4:]}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [c["open_phrase"]]}}}]
        for it in c["intents"]:
            a = {"description": it[0], "name": it[0], "fulfillment": {"conversationName": c["cid"][4:]}, "intent": {"name": it[0], "trigger": {"queryPatterns": it[1]}}}
            if len(it) > 2 and it[2]:
                a["intent"]["parameters"] = [{"name": kk, "type": v} for kk, v in it[2].items()]
            acts.append(a)
        ap = {"manifest": man, "actions": acts, "conversations": {c["cid"][4:]: {"name": c["cid"][4:], "url": c.get("endpoint", f"https://us-central1-{c['project']}.cloudfunctions.net/webhook"), "fulfillmentApiVersion": 2}},
              "locale": lang}
        if c.get("types"):
            ap["types"] = [{"name": "$" + tn, "entities": [{"key": v, "synonyms": [v]} for v in tv]} for tn, tv in c["types"].items() if tv != "FREE"]
        write(c["cid"], "action.json", ap)
    else:  # dialogflow
        l2 = lang.split("-")[0]
        write(c["cid"], "agent.json", {"description": c.get("desc", c["summary"]), "language": l2, "shortDescription": c["summary"], "examples": "", "linkToDocs": "",
                                       "displayName": c["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
                                       "googleAssistant": {"googleAssistantCompatible": True, "project": c["project"], "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [], "endIntentIds": c.get("end_intents", []),
                                                           "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": c.get("policy", ""), "grantType": "AUTH_CODE_GRANT"},
                                                           "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
                                       "defaultTimezone": c.get("tz", "Europe/Madrid"), "webhook": {"url": c.get("endpoint", f"https://europe-west1-{c['project']}.cloudfunctions.net/dialogflowFirebaseFulfillment"), "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
                                       "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True, "onePlatformApiVersion": "v2", "secondaryKey": "", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False})
        write(c["cid"], "package.json", {"version": "1.0.0"})
        for it in [("Default Welcome Intent", [], {})] + list(c["intents"]):
            name = it[0]
            params = it[2] if len(it) > 2 else {}
            intent = {"id": uid(c["cid"], name), "name": name, "auto": True, "contexts": [],
                      "responses": [{"resetContexts": False, "action": "", "affectedContexts": [],
                                     "parameters": [{"id": uid(c["cid"], name, p), "name": p, "required": False, "dataType": dt, "value": "$" + p, "isList": False} for p, dt in params.items()],
                                     "messages": [], "speech": [], "endInteraction": name in c.get("end_intent_names", [])}],
                      "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": [{"name": "WELCOME"}, {"name": "GOOGLE_ASSISTANT_WELCOME"}] if name == "Default Welcome Intent" else []}
            write(c["cid"], f"intents/{name}.json", intent)
            us = []
            for s in it[1]:
                data = []
                import re
                for part in re.split(r"(\{[^}]+\})", s):
                    if not part:
                        continue
                    if part.startswith("{"):
                        p = part[1:-1]
                        data.append({"text": p, "alias": p, "meta": params.get(p, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": part, "userDefined": False})
                us.append({"id": uid(c["cid"], s), "data": data, "isTemplate": False, "count": 0, "lang": l2, "updated": 0})
            if us:
                write(c["cid"], f"intents/{name}_usersays_{l2}.json", us)
        for en, vals in c.get("types", {}).items():
            write(c["cid"], f"entities/{en}.json", {"id": uid(c["cid"], en), "name": en, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            write(c["cid"], f"entities/{en}_entries_{l2}.json", [{"value": v, "synonyms": [v]} for v in vals])
    for rel, content in c.get("files", {}).items():
        write(c["cid"], rel, content)

# ---------------------------------------------------------------- entry
def build(c):
    """c: dict with platform, recs=[(shape, path, day, sessions)] ..."""
    shapes = []
    if c.get("platform", "alexa") == "alexa":
        c.setdefault("open_phrase", c["inv"])
        alexa_package(c)
        for i, (shape, path, day, sessions) in enumerate(c["recs"]):
            pairs = alexa_sessions(c, f"{i}:{path}", sessions, day)
            ALEXA_WRITERS[shape](c, path, pairs)
            shapes.append(SHAPE_OF.get(shape, shape))
    else:
        c.setdefault("open_phrase", "talk to " + c["inv"])
        c.setdefault("project", c["cid"][4:] + "-" + hx(c["cid"], "p", n=5))
        google_package(c)
        for i, (shape, path, day, sessions) in enumerate(c["recs"]):
            pairs = g_pairs(c, f"{i}:{path}", sessions, day, c["kind"])
            g_write(c, shape, path, pairs)
            shapes.append(SHAPE_OF.get(shape, shape))
    out = []
    for s in shapes:
        if s not in out:
            out.append(s)
    return {"categories": sorted(c["cats"]), "locale": c["locale"], "shapes": out, "why": c["why"]}
