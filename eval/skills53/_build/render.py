"""Turns the hand-written case descriptions (cases_*.py) into project folders.

A case is a dict:
  id, loc, plat ('alexa' | 'builder' | 'sdk2' | 'dialogflow'), inv, name, desc, pp (privacy URL or None),
  child, perms, cat (store category), intents (extra intents: (name, [samples], {slot: type})),
  types ({type: [values]}), stypes ({slot: type} for slots used in turns),
  rec: list of recordings (shape, path, sessions) ; sessions = list of lists of turns T(...)
  labels, why, code (optional lambda source), extra files.
"""
import hashlib, json, os, uuid

LAUNCH_WORD = {"en": "open {}", "de": "öffne {}", "es": "abre {}", "fr": "ouvre {}", "it": "apri {}",
               "ja": "{}を開いて", "pt": "abra {}"}


def T(u, i, say, rp=None, end=True, s=None, card=None, extra=None):
    """One turn: user utterance, intent, skill speech, reprompt, end (True/False/None=absent), slots."""
    return {"u": u, "i": i, "say": say, "rp": rp, "end": end, "s": s or {}, "card": card, "extra": extra}


def uid(*parts):
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def hexid(*parts, n=40):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest().upper()[:n]


def ts(day, sec):
    h, m, s = 9 + sec // 3600, (sec // 60) % 60, sec % 60
    return f"{day}T{h:02d}:{m:02d}:{s:02d}Z"


def dumps(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def speech(text):
    if text is None:
        return None
    if text.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def plain(text):
    import re
    return re.sub(r"<[^>]+>", "", text or "").strip()


# ---------------------------------------------------------------- Alexa envelopes

def alexa_pairs(case, sessions, day="2024-09-01", tag="a"):
    """Returns list of (request, response, turn, session_index, timestamp)."""
    out = []
    app = "amzn1.ask.skill." + uid(case["id"], "app")
    user = "amzn1.ask.account." + hexid(case["id"], "user", n=64)
    dev = "amzn1.ask.device." + hexid(case["id"], "dev", n=64)
    sec = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(case["id"], tag, day, si)
        attrs = {}
        for ti, t in enumerate(sess):
            sec += 7 + 3 * ti
            stamp = ts(day, sec)
            rid = "amzn1.echo-api.request." + uid(case["id"], tag, day, si, ti)
            if t["i"] == "LAUNCH":
                req = {"type": "LaunchRequest", "requestId": rid, "locale": case["loc"], "timestamp": stamp}
            elif t["i"] == "END":
                req = {"type": "SessionEndedRequest", "requestId": rid, "locale": case["loc"], "timestamp": stamp,
                       "reason": "EXCEEDED_MAX_REPROMPTS"}
            else:
                slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE", "source": "USER"} for k, v in t["s"].items()}
                req = {"type": "IntentRequest", "requestId": rid, "locale": case["loc"], "timestamp": stamp,
                       "dialogState": None, "intent": {"name": t["i"], "confirmationStatus": "NONE", "slots": slots}}
                if not slots:
                    del req["intent"]["slots"]
                del req["dialogState"]
            envelope = {"version": "1.0",
                        "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                                    "attributes": dict(attrs), "user": {"userId": user}},
                        "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                               "device": {"deviceId": dev, "supportedInterfaces": {}},
                                               "apiEndpoint": "https://api.amazonalexa.com" if not case["loc"].startswith(("de", "es", "fr", "it")) else "https://api.eu.amazonalexa.com",
                                               "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                        "request": req}
            if ti == 0:
                del envelope["session"]["attributes"]
            r = {}
            if t["say"] is not None:
                r["outputSpeech"] = speech(t["say"])
            if t["card"]:
                r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
            if t["rp"] is not None:
                r["reprompt"] = {"outputSpeech": speech(t["rp"])}
            if t["extra"]:
                r.update(t["extra"])
            if t["end"] is not None:
                r["shouldEndSession"] = t["end"]
            attrs["turn"] = ti + 1
            resp = {"version": "1.0", "sessionAttributes": dict(attrs), "userAgent": "ask-node/2.14.0 Node/v18.18.2",
                    "response": r}
            if t["i"] == "END":
                resp = {"version": "1.0", "response": {}}
            out.append((envelope, resp, t, si, stamp))
    return out


def utter(case, t):
    if t["i"] == "LAUNCH":
        return LAUNCH_WORD[case["loc"][:2]].format(case["inv"])
    return t["u"] or ""


# ---------------------------------------------------------------- shapes (Alexa)

def sh_envelope(case, rec, files):
    for n, (rq, rs, t, si, st) in enumerate(alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))):
        if t["i"] == "END":
            continue
        name = rec.get("fname", "{n:02d}-{intent}.json").format(n=n + 1, intent=t["i"].replace("AMAZON.", "").lower())
        files[os.path.join(rec["path"], name)] = dumps(rs)


def sh_pairs_jsonl(case, rec, files):
    lines = [json.dumps({"request": rq, "response": rs}, ensure_ascii=False)
             for rq, rs, t, si, st in alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))]
    files[rec["path"]] = "\n".join(lines) + "\n"


def sh_pairs_array(case, rec, files):
    files[rec["path"]] = dumps([{"request": rq, "response": rs}
                                for rq, rs, t, si, st in alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))])


def endpoint(case):
    return "arn:aws:lambda:eu-west-1:4410" + hexid(case["id"], n=8)[:8].replace("A", "1").replace("B", "2").replace("C", "3").replace("D", "4").replace("E", "5").replace("F", "6") + ":function:" + case["id"][4:]


def sh_smapi_sim(case, rec, files):
    for n, (rq, rs, t, si, st) in enumerate(alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))):
        if t["i"] == "END":
            continue
        body = {"id": uid(case["id"], "sim", n), "status": "SUCCESSFUL",
                "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(t["say"])}}],
                                                  "consideredIntents": [] if t["i"] == "LAUNCH" else [{"name": t["i"], "confirmationStatus": "NONE", "slots": {}}]},
                           "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": endpoint(case), "body": rq},
                                                                   "invocationResponse": {"body": rs},
                                                                   "metrics": {"skillExecutionTimeInMilliseconds": 80 + n * 7}}]},
                           "error": None}}
        files[os.path.join(rec["path"], rec.get("fname", "sim-{n:02d}.json").format(n=n + 1))] = dumps(body)


def sh_smapi_inv(case, rec, files):
    for n, (rq, rs, t, si, st) in enumerate(alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))):
        if t["i"] == "END":
            continue
        body = {"id": uid(case["id"], "inv", n), "status": "SUCCESSFUL",
                "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": endpoint(case), "body": rq},
                                                  "invocationResponse": {"body": rs},
                                                  "metrics": {"skillExecutionTimeInMilliseconds": 95 + n}}, "error": None}}
        files[os.path.join(rec["path"], rec.get("fname", "invoke-{n:02d}.json").format(n=n + 1))] = dumps(body)


def sh_ask_dialog(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    replay = {"skillId": "amzn1.ask.skill." + uid(case["id"], "app"), "locale": case["loc"], "type": "text",
              "userInput": [utter(case, t) for rq, rs, t, si, st in pairs if t["i"] != "END"]}
    files[os.path.join(rec["path"], "replay.json")] = dumps(replay)
    if rec.get("text"):
        lines = []
        for rq, rs, t, si, st in pairs:
            if t["i"] == "END":
                continue
            lines.append(f"User  > {utter(case, t)}")
            lines.append(f"Alexa > {plain(t['say'])}")
            if t["rp"] is not None:
                lines.append(f"        (reprompt) {t['rp']}")
            lines.append(f"        [shouldEndSession: {json.dumps(t['end'])}]" if t["end"] is not None else "        [shouldEndSession: (not set)]")
        files[os.path.join(rec["path"], "dialog-output.txt")] = "\n".join(lines) + "\n"
    else:
        io = [{"utterance": utter(case, t), "invocations": [{"invocationRequest": {"endpoint": endpoint(case), "body": rq},
                                                             "invocationResponse": {"body": rs}}]}
              for rq, rs, t, si, st in pairs if t["i"] != "END"]
        files[os.path.join(rec["path"], "skill-io.json")] = dumps(io)


def cw_lines(case, rec, pairs, py=False):
    out = []
    for rq, rs, t, si, st in pairs:
        rid = uid(case["id"], "lambda", rq["request"]["requestId"])
        out.append(f"START RequestId: {rid} Version: $LATEST")
        kw_req, kw_resp = rec.get("kw", ("Request: ", "Response: "))
        if py:
            out.append(f"[INFO]\t{st}\t{rid}\t{kw_req}{json.dumps(rq, ensure_ascii=False)}")
            out.append(f"[INFO]\t{st}\t{rid}\t{kw_resp}{json.dumps(rs, ensure_ascii=False)}")
        else:
            out.append(f"{st}\t{rid}\tINFO\t{kw_req}{json.dumps(rq, ensure_ascii=False)}")
            out.append(f"{st}\t{rid}\tINFO\t{kw_resp}{json.dumps(rs, ensure_ascii=False)}")
        out.append(f"END RequestId: {rid}")
        out.append(f"REPORT RequestId: {rid}\tDuration: 41.77 ms\tBilled Duration: 42 ms\tMemory Size: 128 MB\tMax Memory Used: 79 MB")
    return out


def sh_cw_text(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    files[rec["path"]] = "\n".join(cw_lines(case, rec, pairs, rec.get("py", False))) + "\n"


def sh_cw_json(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    events = []
    for i, line in enumerate(cw_lines(case, rec, pairs)):
        events.append({"logStreamName": "2024/09/01/[$LATEST]" + hexid(case["id"], "ls", n=32).lower(),
                       "timestamp": 1725181200000 + i * 311, "message": line + "\n",
                       "ingestionTime": 1725181200400 + i * 311, "eventId": str(37800000000000000000000000000000000000000000000000000000 + i)})
    files[rec["path"]] = dumps({"events": events, "searchedLogStreams": []})


def sh_har(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    url = rec.get("url", "https://skill.%s.example/alexa" % case["id"][4:])
    entries = []
    for rq, rs, t, si, st in pairs:
        entries.append({"startedDateTime": st.replace("Z", ".120Z"), "time": 131.5,
                        "request": {"method": "POST", "url": url, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                {"name": "SignatureCertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                    "postData": {"mimeType": "application/json; charset=utf-8", "text": json.dumps(rq, ensure_ascii=False)}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}], "cookies": [],
                                     "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(rs, ensure_ascii=False)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 0.2, "wait": 128.0, "receive": 3.3}})
    files[rec["path"]] = dumps({"log": {"version": "1.2", "creator": {"name": rec.get("creator", "mitmproxy har_dump"), "version": "0.1"},
                                        "pages": [], "entries": entries}})


def sh_transcript(case, rec, files):
    lines = [f"# QA transcript — {case['name']} ({case['loc']})", f"# build: {rec.get('build', 'main')}", ""]
    for rq, rs, t, si, st in alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01")):
        if t["i"] == "END":
            lines.append(f"[{st}] (SessionEndedRequest: EXCEEDED_MAX_REPROMPTS)")
            continue
        lines.append(f"[{st}] USER: {utter(case, t)}")
        lines.append(f"[{st}] SKILL: {plain(t['say'])}")
        if t["rp"] is not None:
            lines.append(f"[{st}] REPROMPT: {json.dumps(t['rp'], ensure_ascii=False)}")
        lines.append(f"[{st}] session_open={'false' if t['end'] else 'true'}")
    files[rec["path"]] = "\n".join(lines) + "\n"


# ---------------- new shapes

def sh_newman(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    url = rec.get("url", "https://%s.ngrok-free.app/" % case["id"][4:])
    items, exe = [], []
    for n, (rq, rs, t, si, st) in enumerate(pairs):
        iid = uid(case["id"], "nm", n)
        name = f"{n + 1:02d} {utter(case, t) or t['i']}"
        req = {"url": {"protocol": "https", "path": [""], "host": url.split("//")[1].strip("/").split(".")},
               "header": [{"key": "Content-Type", "value": "application/json"}], "method": "POST",
               "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2)}}
        items.append({"id": iid, "name": name, "request": req, "response": [], "event": []})
        raw = json.dumps(rs, ensure_ascii=False).encode("utf-8")
        exe.append({"cursor": {"position": n, "iteration": 0, "length": len(pairs), "cycles": 1, "empty": False,
                               "eof": False, "bof": n == 0, "cr": False, "ref": uid(case["id"], "cur", n)},
                    "item": {"id": iid, "name": name, "request": req, "response": [], "event": []},
                    "request": req,
                    "response": {"id": uid(case["id"], "nr", n), "status": "OK", "code": 200,
                                 "header": [{"key": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                 "stream": {"type": "Buffer", "data": list(raw)}, "cookie": [], "responseTime": 140 + n,
                                 "responseSize": len(raw)},
                    "id": iid, "assertions": [{"assertion": "Status code is 200", "skipped": False}]})
    rep = {"collection": {"info": {"_postman_id": uid(case["id"], "col"), "name": rec.get("title", case["name"] + " – skill regression"),
                                   "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                          "item": items},
           "environment": {"id": uid(case["id"], "env"), "name": "local-ngrok", "values": []},
           "globals": {"id": uid(case["id"], "glb"), "values": []},
           "run": {"stats": {"iterations": {"total": 1, "pending": 0, "failed": 0},
                             "items": {"total": len(pairs), "pending": 0, "failed": 0},
                             "requests": {"total": len(pairs), "pending": 0, "failed": 0},
                             "assertions": {"total": len(pairs), "pending": 0, "failed": 0}},
                   "timings": {"responseAverage": 141, "started": 1725181200000, "completed": 1725181209000},
                   "executions": exe, "transfers": {"responseTotal": 0}, "failures": [], "error": None}}
    files[rec["path"]] = dumps(rep)


def sh_postman(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    items = []
    for n, (rq, rs, t, si, st) in enumerate(pairs):
        req = {"method": "POST", "header": [{"key": "Content-Type", "value": "application/json"}],
               "body": {"mode": "raw", "raw": json.dumps(rq, ensure_ascii=False, indent=2), "options": {"raw": {"language": "json"}}},
               "url": {"raw": "{{skillUrl}}", "host": ["{{skillUrl}}"]}}
        items.append({"name": f"{t['i']} – {utter(case, t)}", "request": req,
                      "response": [{"name": "recorded " + st[:10], "originalRequest": req, "status": "OK", "code": 200,
                                    "_postman_previewlanguage": "json",
                                    "header": [{"key": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                    "cookie": [], "body": json.dumps(rs, ensure_ascii=False, indent=2)}]})
    col = {"info": {"_postman_id": uid(case["id"], "pc"), "name": rec.get("title", case["name"]),
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                    "_exporter_id": "2931" + str(len(case["id"]) * 7)},
           "item": items, "variable": [{"key": "skillUrl", "value": "http://localhost:3000/"}]}
    files[rec["path"]] = dumps(col, indent="\t")


def sh_insomnia(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    wrk = "wrk_" + hexid(case["id"], "w", n=32).lower()
    fld = "fld_" + hexid(case["id"], "f", n=32).lower()
    res = [{"_id": wrk, "parentId": None, "modified": 1725181200000, "created": 1725181200000, "name": case["name"],
            "description": "", "scope": "collection", "_type": "workspace"},
           {"_id": fld, "parentId": wrk, "modified": 1725181200000, "created": 1725181200000, "name": "dialog",
            "description": "", "environment": {}, "environmentPropertyOrder": None, "metaSortKey": -1, "_type": "request_group"}]
    suite = "uts_" + hexid(case["id"], "s", n=32).lower()
    res.append({"_id": suite, "parentId": wrk, "modified": 1725181200000, "created": 1725181200000,
                "name": "recorded responses", "metaSortKey": -1, "_type": "unit_test_suite"})
    for n, (rq, rs, t, si, st) in enumerate(pairs):
        rid = "req_" + hexid(case["id"], "r", n, n=32).lower()
        res.append({"_id": rid, "parentId": fld, "modified": 1725181200000 + n, "created": 1725181200000 + n,
                    "url": "{{ _.skill_url }}", "name": f"{n + 1:02d} {utter(case, t) or t['i']}", "description": "",
                    "method": "POST", "body": {"mimeType": "application/json", "text": json.dumps(rq, ensure_ascii=False, indent=2)},
                    "parameters": [], "headers": [{"name": "Content-Type", "value": "application/json"}],
                    "authentication": {}, "metaSortKey": -n, "isPrivate": False, "settingStoreCookies": True,
                    "settingSendCookies": True, "settingDisableRenderRequestBody": False, "settingEncodeUrl": True,
                    "settingRebuildPath": True, "settingFollowRedirects": "global", "_type": "request"})
        code = ("const expected = " + json.dumps(rs, ensure_ascii=False) + ";\n"
                f"const response = await insomnia.send('{rid}');\n"
                "expect(response.status).to.equal(200);\n"
                "expect(JSON.parse(response.data)).to.deep.equal(expected);\n")
        res.append({"_id": "ut_" + hexid(case["id"], "u", n, n=32).lower(), "parentId": suite, "modified": 1725181200000,
                    "created": 1725181200000, "requestId": rid, "name": f"turn {n + 1} matches recording",
                    "code": code, "_type": "unit_test"})
    res.append({"_id": "env_" + hexid(case["id"], "e", n=32).lower(), "parentId": wrk, "name": "Base Environment",
                "data": {"skill_url": "http://localhost:3000/"}, "_type": "environment"})
    files[rec["path"]] = dumps({"_type": "export", "__export_format": 4, "__export_date": "2024-09-02T10:11:12.000Z",
                                "__export_source": "insomnia.desktop.app:v2023.5.8", "resources": res})


def sh_notebook(case, rec, files):
    pairs = alexa_pairs(case, rec["sessions"], rec.get("day", "2024-09-01"))
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {case['name']} – dialog probe\n", "\n",
                                                                   "Replaying captured request envelopes against the dev endpoint.\n"]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import json, requests\n", "URL = 'http://127.0.0.1:3000/'\n",
                         "def send(env):\n", "    r = requests.post(URL, json=env)\n", "    print(json.dumps(r.json(), indent=1, ensure_ascii=False))\n"]}]
    for n, (rq, rs, t, si, st) in enumerate(pairs):
        cells.append({"cell_type": "markdown", "metadata": {}, "source": [f"**User:** {utter(case, t)}"]})
        src = "send(" + json.dumps(rq, ensure_ascii=False) + ")"
        out = json.dumps(rs, indent=1, ensure_ascii=False) + "\n"
        cells.append({"cell_type": "code", "execution_count": n + 2, "metadata": {},
                      "outputs": [{"name": "stdout", "output_type": "stream", "text": out.splitlines(True)}],
                      "source": [src]})
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    files[rec["path"]] = dumps(nb, indent=1)


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def sh_bespoken(case, rec, files):
    lines = ["---", "configuration:", f"  locale: {case['loc']}", "  handler: ../../lambda/index.handler",
             "  description: recorded dialog, asserted against live output", ""]
    for si, sess in enumerate(rec["sessions"]):
        lines += ["---", f"- test: session {si + 1}"]
        for t in sess:
            if t["i"] == "END":
                continue
            u = "LaunchRequest" if t["i"] == "LAUNCH" else t["u"]
            lines.append(f"- {yq(u)}:")
            if t["i"] not in ("LAUNCH",) and t["s"]:
                lines.append(f"  - intent: {t['i']}")
                for k, v in t["s"].items():
                    lines.append(f"  - slots.{k}: {yq(v)}")
            lines.append(f"  - prompt: {yq(plain(t['say']) if not t['say'] or not t['say'].startswith('<speak>') else t['say'])}")
            if t["rp"] is not None:
                lines.append(f"  - reprompt: {yq(t['rp'])}")
            if t["card"]:
                lines.append(f"  - cardTitle: {yq(t['card'][0])}")
                lines.append(f"  - cardContent: {yq(t['card'][1])}")
            if t["end"] is not None:
                lines.append(f"  - response.shouldEndSession: {'true' if t['end'] else 'false'}")
            else:
                lines.append("  - response.shouldEndSession: undefined")
        lines.append("")
    files[rec["path"]] = "\n".join(lines)


# ---------------------------------------------------------------- Google conversations

def g_turns(case, sessions, day):
    sec = 0
    for si, sess in enumerate(sessions):
        cid = hexid(case["id"], "conv", day, si, n=26)
        for ti, t in enumerate(sess):
            sec += 9
            yield si, ti, cid, t, ts(day, sec)


def lang(case):
    return case["loc"]


def sh_gconv(case, rec, files):
    out = []
    for si, ti, cid, t, st in g_turns(case, rec["sessions"], rec.get("day", "2024-09-01")):
        intent = "actions.intent.MAIN" if t["i"] == "LAUNCH" else t["i"]
        args = [{"name": k, "rawText": v, "textValue": v} for k, v in t["s"].items()]
        if intent == "actions.intent.TEXT":
            args = [{"name": "text", "rawText": t["u"], "textValue": t["u"]}]
        req = {"user": {"locale": lang(case), "lastSeen": "2024-08-30T10:00:00Z", "userVerificationStatus": "VERIFIED"},
               "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
               "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"] or "talk to " + case["inv"]}],
                           "arguments": args}],
               "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}, "isInSandbox": True}
        if not args:
            del req["inputs"][0]["arguments"]
        items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
        if t["card"]:
            items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        if t["end"]:
            resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
        else:
            ip = {"richInitialPrompt": {"items": items}}
            if t["rp"] is not None:
                ip["noInputPrompts"] = [{"textToSpeech": t["rp"]}] * 2
            pi = (t["extra"] or {}).get("possibleIntents") or [{"intent": "actions.intent.TEXT"}]
            resp = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}]}
        out.append({"request": req, "response": resp})
    files[rec["path"]] = dumps(out)


def sh_dialogflow(case, rec, files):
    out = []
    for si, ti, cid, t, st in g_turns(case, rec["sessions"], rec.get("day", "2024-09-01")):
        sess = f"projects/{case['id'][4:]}-agent/agent/sessions/{cid}"
        req = {"responseId": uid(case["id"], "df", si, ti) + "-" + hexid(si, ti, n=8).lower(), "session": sess,
               "queryResult": {"queryText": t["u"] or "GOOGLE_ASSISTANT_WELCOME", "parameters": t["s"], "allRequiredParamsPresent": True,
                               "intent": {"name": f"projects/{case['id'][4:]}-agent/agent/intents/{uid(case['id'], t['i'])}",
                                          "displayName": "Default Welcome Intent" if t["i"] == "LAUNCH" else t["i"]},
                               "intentDetectionConfidence": 1, "languageCode": lang(case)},
               "originalDetectIntentRequest": {"source": "google", "version": "2",
                                               "payload": {"user": {"locale": lang(case)}, "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                                                           "inputs": [{"rawInputs": [{"inputType": "VOICE", "query": t["u"] or ""}]}]}}}
        items = [{"simpleResponse": {"textToSpeech": t["say"]}}]
        if t["card"]:
            items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
        g = {"expectUserResponse": not t["end"], "richResponse": {"items": items}}
        if t["rp"] is not None and not t["end"]:
            g["noInputPrompts"] = [{"textToSpeech": t["rp"]}]
        if t["extra"] and "systemIntent" in t["extra"]:
            g["systemIntent"] = t["extra"]["systemIntent"]
        out.append({"request": req, "response": {"fulfillmentText": plain(t["say"]), "payload": {"google": g}}})
    if rec.get("jsonl"):
        files[rec["path"]] = "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n"
    else:
        files[rec["path"]] = dumps(out)


def sh_gscene(case, rec, files):
    out = []
    for si, ti, cid, t, st in g_turns(case, rec["sessions"], rec.get("day", "2024-09-01")):
        scene = (t["extra"] or {}).get("scene", "Main")
        nxt = (t["extra"] or {}).get("next")
        req = {"handler": {"name": "greeting" if t["i"] == "LAUNCH" else t["i"].lower()},
               "intent": {"name": "actions.intent.MAIN" if t["i"] == "LAUNCH" else t["i"],
                          "params": {k: {"original": v, "resolved": v} for k, v in t["s"].items()}, "query": t["u"] or ""},
               "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
               "session": {"id": "ABwppHE" + cid, "params": {}, "typeOverrides": [], "languageCode": ""},
               "user": {"locale": lang(case), "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                        "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2024-08-30T10:00:00Z"},
               "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
        resp = {"session": {"id": "ABwppHE" + cid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": plain(t["say"])}}}
        if t["card"]:
            resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
        if t["end"]:
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": "actions.scene.END_CONVERSATION"}}
        elif nxt:
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
        if t["rp"] is not None:
            resp["prompt"]["lastSimple"] = {"speech": t["rp"], "text": plain(t["rp"])}
        out.append({"request": req, "response": resp})
    files[rec["path"]] = "\n".join(json.dumps(o, ensure_ascii=False) for o in out) + "\n" if rec["path"].endswith(".jsonl") else dumps(out)


SHAPES = {"envelope": sh_envelope, "pairs-jsonl": sh_pairs_jsonl, "pairs-array": sh_pairs_array,
          "smapi-simulation": sh_smapi_sim, "smapi-invocation": sh_smapi_inv, "ask-dialog": sh_ask_dialog,
          "cloudwatch-text": sh_cw_text, "cloudwatch-json": sh_cw_json, "har": sh_har, "transcript": sh_transcript,
          "newman-report": sh_newman, "postman-collection": sh_postman, "insomnia-export": sh_insomnia,
          "jupyter-notebook": sh_notebook, "bespoken-yaml": sh_bespoken,
          "gactions-conversation": sh_gconv, "dialogflow-webhook": sh_dialogflow, "gactions-scene": sh_gscene}


# ---------------------------------------------------------------- projects

BUILTIN = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def derive_intents(case):
    intents = {}
    recs = case.get("rec", [])
    for rec in recs:
        for sess in rec["sessions"]:
            for t in sess:
                if t["i"] in ("LAUNCH", "END") or t["i"].startswith(("AMAZON.", "actions.")):
                    continue
                samp = (t["u"] or "").lower().rstrip("?.!¿¡。？")
                for k, v in t["s"].items():
                    if v and v.lower() in samp:
                        samp = samp.replace(v.lower(), "{%s}" % k)
                d = intents.setdefault(t["i"], {"samples": [], "slots": {}})
                if samp and samp not in d["samples"]:
                    d["samples"].append(samp)
                for k in t["s"]:
                    d["slots"][k] = case.get("stypes", {}).get(k, "AMAZON.SearchQuery")
    for name, samples, slots in case.get("intents", []):
        d = intents.setdefault(name, {"samples": [], "slots": {}})
        d["samples"] += [s for s in samples if s not in d["samples"]]
        d["slots"].update(slots)
    return intents


def alexa_project(case, files):
    locs = [case["loc"]] + case.get("more_locs", [])
    intents = derive_intents(case)
    for loc in locs:
        model = {"interactionModel": {"languageModel": {
            "invocationName": case["inv"],
            "intents": [{"name": n, "slots": [{"name": k, "type": v} for k, v in d["slots"].items()], "samples": d["samples"]}
                        for n, d in intents.items()] + [{"name": b, "samples": []} for b in BUILTIN],
            "types": [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in case.get("types", {}).items()]}}}
        files[f"skill-package/interactionModels/custom/{loc}.json"] = dumps(model)
    pub = {loc: {"summary": case["desc"][:160], "examplePhrases": case.get("examples") or [
        ("Alexa, " + LAUNCH_WORD[loc[:2]].format(case["inv"]))],
        "name": case["name"], "description": case["desc"], "keywords": case.get("kw", []),
        "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON?versionId=small" % hexid(case["id"], n=4).lower(),
        "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/%s/APP_ICON_LARGE?versionId=large" % hexid(case["id"], n=4).lower()}
        for loc in locs}
    pc = {"allowsPurchases": case.get("purchases", False), "usesPersonalInfo": bool(case.get("perms") or case.get("pp")),
          "isChildDirected": case.get("child", False), "isExportCompliant": True, "containsAds": False}
    if case.get("pp"):
        pc["locales"] = {loc: {"privacyPolicyUrl": case["pp"], "termsOfUseUrl": case["pp"].rsplit("/", 1)[0] + "/terms"} for loc in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False,
                                                  "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                                  "category": case.get("cat", "PERSONAL_FINANCE"),
                                                  "distributionCountries": [case["loc"][-2:]],
                                                  "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"sourceDir": "lambda", "uri": "ask-" + case["id"][4:] + "-default"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if case.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in case["perms"]]
    if case.get("purchases"):
        man["manifest"]["apis"]["custom"]["interfaces"] = []
    files["skill-package/skill.json"] = dumps(man)
    files["ask-resources.json"] = dumps({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer",
                                "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})
    if case.get("code"):
        files["lambda/index.js"] = case["code"]
        files["lambda/package.json"] = dumps({"name": case["id"][4:], "version": case.get("version", "1.0.0"), "main": "index.js",
                                              "dependencies": {"ask-sdk-core": "^2.14.0", "ask-sdk-model": "^1.86.0"}})


def yaml_list(items, ind="  "):
    return "".join(f"{ind}- {yq(i)}\n" for i in items)


def builder_project(case, files):
    lc = case["loc"].split("-")[0] if case["loc"] not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else case["loc"]
    s = ["projectId: %s" % case["id"][4:], f"defaultLocale: {lc}", "localizedSettings:",
         f"  displayName: {yq(case['name'])}", f"  pronunciation: {yq(case['inv'])}",
         f"  shortDescription: {yq(case['desc'][:80])}", f"  fullDescription: {yq(case['desc'])}",
         "  developerName: " + yq(case.get("dev", "Independent developer")),
         "  developerEmail: dev@%s.example" % case["id"][4:]]
    if case.get("pp"):
        s.append(f"  privacyPolicyUrl: {case['pp']}")
    s += [f"category: {case.get('gcat', 'BUSINESS_AND_FINANCE')}", "usesTransactionsApi: false",
          "usesDigitalPurchaseApi: false", "usesInteractiveCanvas: false", "usesHomeStorage: false",
          "designedForFamily: %s" % ("true" if case.get("child") else "false"), "containsAlcoholOrTobaccoContent: false",
          "keepsMicOpen: false", "surfaceRequirements: {}", ""]
    files["sdk/settings/settings.yaml"] = "\n".join(s)
    files["sdk/actions/actions.yaml"] = "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: greeting\n"
    files["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: greeting\n" + "".join(
        f"- name: {n.lower()}\n" for n in derive_intents(case)) + "httpsEndpoint:\n  baseUrl: https://%s.example/fulfillment\n" % case["id"][4:]
    for n, d in derive_intents(case).items():
        y = "trainingPhrases:\n"
        for smp in d["samples"]:
            import re
            y += "- " + yq(re.sub(r"\{(\w+)\}", lambda m: "($%s 'x' auto=true)" % m.group(1), smp)) + "\n"
        if d["slots"]:
            y += "parameters:\n" + "".join(f"- name: {k}\n  type:\n    name: {v}\n" for k, v in d["slots"].items())
        files[f"sdk/custom/intents/{n}.yaml"] = y
    for tn, vals in case.get("types", {}).items():
        files[f"sdk/custom/types/{tn}.yaml"] = "synonym:\n  entities:\n" + "".join(
            f"    {yq(v)}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
    for sname, body in case.get("scenes", {}).items():
        files[f"sdk/custom/scenes/{sname}.yaml"] = body
    files["sdk/custom/global/actions.intent.MAIN.yaml"] = "handler:\n  webhookHandler: greeting\ntransitionToScene: %s\n" % (
        list(case.get("scenes", {"Main": ""}))[0])


def sdk2_project(case, files):
    acts = [{"description": "Default welcome", "name": "MAIN", "fulfillment": {"conversationName": case["id"][4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {case['inv']}"]}}}]
    for n, d in derive_intents(case).items():
        import re
        acts.append({"description": n, "name": n, "fulfillment": {"conversationName": case["id"][4:]},
                     "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in d["slots"].items()],
                                "trigger": {"queryPatterns": [re.sub(r"\{(\w+)\}", r"$SchemaOrg_Text:\1", x) for x in d["samples"]]}}})
    a = {"actions": acts, "conversations": {case["id"][4:]: {"name": case["id"][4:], "url": "https://%s.example/conversation" % case["id"][4:],
                                                               "fulfillmentApiVersion": 2}},
         "locale": case["loc"]}
    if case.get("types"):
        a["types"] = [{"name": tn, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for tn, vals in case["types"].items()]
    files["action.json"] = dumps(a)


def dialogflow_project(case, files):
    lg = case["loc"].split("-")[0].lower() if case["loc"] not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else case["loc"].lower()
    agent = {"description": case["desc"], "language": lg, "shortDescription": case["name"], "examples": "",
             "linkToDocs": "", "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": case["id"][4:] + "-agent",
                                 "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                 "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "",
                                                                       "tokenUrl": "", "scopes": "", "privacyPolicyUrl": case.get("pp") or "",
                                                                       "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2",
                                 "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://%s.example/df" % case["id"][4:], "username": "",
                                                              "headers": {}, "available": True, "useForDomains": False,
                                                              "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformApi": True,
             "onePlatformApiVersion": "v2", "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [],
             "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False, "baseActionPackagesUrl": ""}
    files["agent.json"] = dumps(agent)
    files["package.json"] = dumps({"version": "1.0.0"})
    intents = derive_intents(case)
    intents = {"Default Welcome Intent": {"samples": [], "slots": {}}, **intents}
    import re
    for n, d in intents.items():
        files[f"intents/{n}.json"] = dumps({"id": uid(case["id"], n), "name": n, "auto": True, "contexts": [],
                                            "responses": [{"resetContexts": False, "action": n.lower().replace(" ", "."),
                                                           "affectedContexts": [],
                                                           "parameters": [{"id": uid(n, k), "required": False, "dataType": v if v.startswith("@") else "@sys.any",
                                                                           "name": k, "value": "$" + k, "isList": False}
                                                                          for k, v in d["slots"].items()],
                                                           "messages": [], "speech": []}],
                                            "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                            "fallbackIntent": False, "events": [{"name": "WELCOME"}] if n.startswith("Default Welcome") else []})
        if d["samples"]:
            us = []
            for smp in d["samples"]:
                parts = re.split(r"(\{\w+\})", smp)
                data = []
                for p in parts:
                    if not p:
                        continue
                    m = re.match(r"\{(\w+)\}", p)
                    if m:
                        k = m.group(1)
                        data.append({"text": "algo" if lg.startswith("es") else "x", "alias": k, "meta": d["slots"].get(k, "@sys.any") if d["slots"].get(k, "").startswith("@") else "@sys.any", "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": uid(n, smp), "data": data, "isTemplate": False, "count": 0, "lang": lg, "updated": 0})
            files[f"intents/{n}_usersays_{lg}.json"] = dumps(us)
    for tn, vals in case.get("types", {}).items():
        files[f"entities/{tn}.json"] = dumps({"id": uid(tn), "name": tn, "isOverridable": True, "isEnum": False, "isRegexp": False,
                                              "automatedExpansion": False, "allowFuzzyExtraction": False})
        files[f"entities/{tn}_entries_{lg}.json"] = dumps([{"value": v, "synonyms": [v]} for v in vals])


def render(case, root):
    files = {}
    {"alexa": alexa_project, "builder": builder_project, "sdk2": sdk2_project, "dialogflow": dialogflow_project}[case.get("plat", "alexa")](case, files)
    for rec in case.get("rec", []):
        SHAPES[rec["shape"]](case, rec, files)
    for p, c in case.get("files", {}).items():
        files[p] = c
    base = os.path.join(root, case["id"])
    for p, c in files.items():
        fp = os.path.join(base, p)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "w", encoding="utf-8") as f:
            f.write(c)
    return sorted({r["shape"] for r in case.get("rec", [])} | set(case.get("extra_shapes", [])))
