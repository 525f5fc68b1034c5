"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Only formatting lives here; every sentence, name and label is written in the case files."""
import csv, hashlib, io, json, os, uuid

BUILTINS = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def T(u, i, say=None, rep=None, end=False, slots=None, card=None, scene=None, nxt=None, perm=None, ts=None):
    """One turn: user text u, intent i (LAUNCH / END / intent name), spoken answer, reprompt, shouldEndSession
    (True / False / None = key absent), slots {name: value}, card (title, text), Google scene / next scene / permissions."""
    return dict(u=u, i=i, say=say, rep=rep, end=end, slots=slots or {}, card=card, scene=scene, nxt=nxt, perm=perm, ts=ts)


def R(shape, path, turns, **kw):
    return dict(shape=shape, path=path, turns=turns, **kw)


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def _ssml(t):
    if t is None:
        return None
    return t if t.lstrip().startswith("<speak>") else "<speak>" + t + "</speak>"


def _dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _write(root, rel, text):
    p = os.path.join(root, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)


def _ts(base, k):
    # base like 2024-05-11T06:00:00Z, k seconds later (k < 3600)
    d, t = base.rstrip("Z").split("T")
    h, m, s = map(int, t.split(":"))
    tot = h * 3600 + m * 60 + s + k
    return f"{d}T{tot // 3600 % 24:02d}:{tot // 60 % 60:02d}:{tot % 60:02d}Z"


# ---------------------------------------------------------------- Alexa
def alexa_sessions(case, rec):
    """Yield (turn, request, response, session_id) with sessions split on shouldEndSession true."""
    app = "amzn1.ask.skill." + _uuid(case["id"], "app")
    user = "amzn1.ask.account." + _h(case["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + _h(case["id"], "dev").upper()[:40]
    loc = rec.get("locale", case["loc"])
    base = rec.get("start", "2024-05-11T06:00:00Z")
    sidx, new, out = 0, True, []
    for k, t in enumerate(rec["turns"]):
        sid = "amzn1.echo-api.session." + _uuid(case["id"], rec["path"], sidx)
        ts = t["ts"] or _ts(base, k * 9 + sidx * 40)
        if t["i"] == "LAUNCH":
            body = {"type": "LaunchRequest"}
        elif t["i"] == "END":
            body = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        else:
            body = {"type": "IntentRequest", "intent": {"name": t["i"], "confirmationStatus": "NONE"}}
            if t["slots"]:
                body["intent"]["slots"] = {n: {"name": n, "value": v, "confirmationStatus": "NONE", "source": "USER"}
                                           for n, v in t["slots"].items()}
        body = dict(list(body.items())[:1] + [("requestId", "amzn1.echo-api.request." + _uuid(case["id"], rec["path"], "req", k)),
                                             ("locale", loc), ("timestamp", ts)] + list(body.items())[1:])
        sess = {"new": new, "sessionId": sid, "application": {"applicationId": app}, "user": {"userId": user}}
        if not new:
            sess["attributes"] = {}
        req = {"version": "1.0", "session": sess,
               "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                      "device": {"deviceId": dev, "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com" if not loc.startswith(("de", "fr", "it", "es-ES", "en-GB")) else "https://api.eu.amazonalexa.com",
                                      "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
               "request": body}
        r = {}
        if t["say"] is not None:
            r["outputSpeech"] = {"type": "SSML", "ssml": _ssml(t["say"])}
        if t["card"]:
            if t["card"] == "PERMS":
                r["card"] = {"type": "AskForPermissionsConsent", "permissions": case.get("perms", [])}
            else:
                r["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
        if t["rep"] is not None:
            r["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": _ssml(t["rep"])}}
        if t["end"] is not None:
            r["shouldEndSession"] = t["end"]
        resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": rec.get("ua", "ask-node/2.14.0 Node/v18.18.2"), "response": r}
        if t["i"] == "END":
            resp = {"version": "1.0", "response": {}}
        out.append((t, req, resp, sid, ts))
        new = False
        if t["end"] is True or t["i"] == "END":
            sidx += 1
            new = True
    return out


def _plain(ssml):
    import re
    return re.sub(r"<[^>]+>", "", ssml or "").strip()


def render_alexa_rec(root, case, rec):
    shape, path = rec["shape"], rec["path"]
    rows = alexa_sessions(case, rec)
    arn = case.get("arn") or f"arn:aws:lambda:us-east-1:40281132{len(case['id'])}77:function:{case['id'][4:]}"
    if shape == "envelope":
        for k, (t, req, resp, sid, ts) in enumerate(rows):
            name = (t["i"].split(".")[-1] if t["i"] not in ("LAUNCH", "END") else t["i"].lower())
            _write(root, path.format(k=k + 1, name=name), _dump(resp))
    elif shape == "pairs-jsonl":
        _write(root, path, "".join(json.dumps({"request": q, "response": s}, ensure_ascii=False) + "\n" for _, q, s, _, _ in rows))
    elif shape == "pairs-array":
        _write(root, path, _dump([{"request": q, "response": s} for _, q, s, _, _ in rows]))
    elif shape == "smapi-simulation":
        for k, (t, q, s, sid, ts) in enumerate(rows):
            o = {"id": _uuid(path, k), "status": "SUCCESSFUL",
                 "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(s["response"].get("outputSpeech", {}).get("ssml"))}}],
                                                   "consideredIntents": [{"name": t["i"] if t["i"] != "LAUNCH" else "LaunchRequest", "confirmationStatus": "NONE", "slots": {}}]},
                            "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn, "body": q},
                                                                    "invocationResponse": {"body": s},
                                                                    "metrics": {"skillExecutionTimeInMilliseconds": 180 + k * 7}}]},
                            "error": None}}
            _write(root, path.format(k=k + 1), _dump(o))
    elif shape == "smapi-invocation":
        for k, (t, q, s, sid, ts) in enumerate(rows):
            o = {"id": _uuid(path, k), "status": "SUCCESSFUL",
                 "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn, "body": q},
                                                   "invocationResponse": {"body": s},
                                                   "metrics": {"skillExecutionTimeInMilliseconds": 211 + k}},
                            "error": None}}
            _write(root, path.format(k=k + 1), _dump(o))
    elif shape == "ask-dialog":
        replay = {"skillId": "amzn1.ask.skill." + _uuid(case["id"], "app"), "locale": rec.get("locale", case["loc"]),
                  "type": "text", "userInput": [t["u"] for t, *_ in rows], "storage": {}}
        _write(root, path, _dump(replay))
        if rec.get("text_record"):
            lines = []
            for t, q, s, sid, ts in rows:
                lines.append("User  > " + t["u"])
                lines.append("Alexa > " + _plain(s["response"].get("outputSpeech", {}).get("ssml")))
                if "reprompt" in s["response"]:
                    lines.append("        (reprompt) " + s["response"]["reprompt"]["outputSpeech"]["ssml"])
                lines.append("        shouldEndSession: " + json.dumps(s["response"].get("shouldEndSession")))
            _write(root, rec["out"], "\n".join(lines) + "\n")
        else:
            _write(root, rec["out"], _dump([{"utterance": t["u"], "invocations": [{"invocationRequest": {"endpoint": arn, "body": q},
                                                                                   "invocationResponse": {"body": s}}]}
                                            for t, q, s, _, _ in rows]))
    elif shape == "cloudwatch-text":
        py = rec.get("python")
        kw = rec.get("kw", ("Request: ", "Response: "))
        lines = []
        for k, (t, q, s, sid, ts) in enumerate(rows):
            rid = _uuid(path, "lambda", k)
            lt = ts.replace("Z", ".%03dZ" % (100 + k))
            lines.append(f"{lt} START RequestId: {rid} Version: $LATEST")
            if py:
                lines.append(f"[INFO]\t{lt}\t{rid}\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
                lines.append(f"[INFO]\t{lt}\t{rid}\t{kw[1]}{json.dumps(s, ensure_ascii=False)}")
            else:
                lines.append(f"{lt}\t{rid}\tINFO\t{kw[0]}{json.dumps(q, ensure_ascii=False)}")
                lines.append(f"{lt}\t{rid}\tINFO\t{kw[1]}{json.dumps(s, ensure_ascii=False)}")
            lines.append(f"{lt} END RequestId: {rid}")
            lines.append(f"{lt} REPORT RequestId: {rid}\tDuration: {40 + k * 3}.21 ms\tBilled Duration: {41 + k * 3} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB")
        _write(root, path, "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for k, (t, q, s, sid, ts) in enumerate(rows):
            rid = _uuid(path, "lambda", k)
            lt = ts.replace("Z", ".%03dZ" % (200 + k))
            for j, (lab, obj) in enumerate((("Request: ", q), ("Response: ", s))):
                ev.append({"logStreamName": "2024/05/11/[$LATEST]" + _h(path)[:32], "timestamp": 1715407200000 + k * 9000 + j,
                           "message": f"{lt}\t{rid}\tINFO\t{lab}{json.dumps(obj, ensure_ascii=False)}\n",
                           "ingestionTime": 1715407200400 + k * 9000, "eventId": str(37000000000000000000000000000000000000000000000000000000 + k * 10 + j)})
        _write(root, path, _dump({"events": ev, "searchedLogStreams": []}))
    elif shape == "har":
        host = rec.get("host", "skill.example.net")
        ents = []
        for k, (t, q, s, sid, ts) in enumerate(rows):
            ents.append({"startedDateTime": ts.replace("Z", ".000Z"), "time": 212,
                         "request": {"method": "POST", "url": f"https://{host}/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json; charset=utf-8"},
                                                 {"name": "Signature-CertChainUrl", "value": "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"}],
                                     "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                     "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                      "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(s, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 200, "receive": 11}})
        _write(root, path, _dump({"log": {"version": "1.2", "creator": {"name": rec.get("creator", "Charles Proxy"), "version": "4.6.4"}, "entries": ents}}))
    else:
        render_generic(root, case, rec, [(t, q, s, sid, ts) for t, q, s, sid, ts in rows], "alexa")


# ---------------------------------------------------------------- new shapes shared by both platforms
def render_generic(root, case, rec, rows, plat):
    shape, path = rec["shape"], rec["path"]
    if shape == "mqtt-log":
        hub = rec.get("hub", "hub-01")
        lines = []
        for k, (t, q, s, sid, ts) in enumerate(rows):
            lt = ts.replace("Z", ".%03dZ" % (311 + k))
            lines.append(f"{lt} {rec.get('topic', 'home/' + hub + '/voice')}/request {json.dumps(q, ensure_ascii=False)}")
            if rec.get("telemetry") and k < len(rec["telemetry"]):
                tp, pl = rec["telemetry"][k]
                lines.append(f"{lt} {tp} {json.dumps(pl, ensure_ascii=False)}")
            lines.append(f"{lt} {rec.get('topic', 'home/' + hub + '/voice')}/response {json.dumps(s, ensure_ascii=False)}")
        _write(root, path, "\n".join(lines) + "\n")
    elif shape == "http-trace":
        host = rec.get("host", "api.vetbook.example")
        route = rec.get("route", "/v1/voice/alexa" if plat == "alexa" else "/v1/voice/fulfillment")
        parts = []
        for k, (t, q, s, sid, ts) in enumerate(rows):
            body = json.dumps(q, ensure_ascii=False, indent=2)
            rbody = json.dumps(s, ensure_ascii=False, indent=2)
            parts.append(f"### {ts}  exchange {k + 1}\nPOST {route} HTTP/1.1\nHost: {host}\nContent-Type: application/json; charset=utf-8\n"
                         f"Content-Length: {len(body.encode())}\nUser-Agent: {'Apache-HttpClient/UNAVAILABLE (Java/1.8.0_372)' if plat == 'alexa' else 'Google-ActionsOnGoogle/1.0'}\n\n{body}\n\n"
                         f"HTTP/1.1 200 OK\nContent-Type: application/json;charset=UTF-8\nX-Request-Id: {_uuid(path, k)[:18]}\nContent-Length: {len(rbody.encode())}\n\n{rbody}\n")
        _write(root, path, "\n".join(parts))
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape, quoteattr
        cases = []
        for k, (t, q, s, sid, ts) in enumerate(rows):
            out = "REQUEST " + json.dumps(q, ensure_ascii=False) + "\nRESPONSE " + json.dumps(s, ensure_ascii=False)
            cases.append(f'    <testcase classname={quoteattr(rec.get("suite", "dialog"))} name={quoteattr(f"turn {k + 1}: {t[chr(117)]}")} time="0.{210 + k}">\n'
                         f'      <system-out><![CDATA[{out}]]></system-out>\n    </testcase>')
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="voice-tests" tests="{len(rows)}" failures="0" errors="0">\n'
               f'  <testsuite name={quoteattr(rec.get("suite", "dialog"))} tests="{len(rows)}" failures="0" errors="0" skipped="0" timestamp="{rows[0][4].rstrip("Z")}">\n'
               + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
        _write(root, path, xml)
    elif shape == "notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": [rec.get("title", "# Session replay")]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", f"ENDPOINT = {json.dumps(rec.get('endpoint', 'http://localhost:3000/'))}\n",
                             "def send(envelope):\n", "    r = requests.post(ENDPOINT, json=envelope, timeout=10)\n", "    return r.json()"]}]
        for k, (t, q, s, sid, ts) in enumerate(rows):
            cells.append({"cell_type": "code", "execution_count": k + 2, "metadata": {},
                          "source": [f"# {t['u']}\n", "req = " + json.dumps(q, ensure_ascii=False) + "\n", "send(req)"],
                          "outputs": [{"output_type": "execute_result", "execution_count": k + 2, "metadata": {},
                                       "data": {"text/plain": [json.dumps(s, ensure_ascii=False, indent=1)]}}]})
        nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                           "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
        _write(root, path, _dump(nb))
    elif shape == "csv-log":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["timestamp", "session_id", "new_session", "user_utterance", "intent", "speech", "reprompt", "should_end_session"])
        for t, q, s, sid, ts in rows:
            sp, rp, end, new = _speech_of(s, plat)
            w.writerow([ts, sid, str(new(q)).lower(), t["u"], t["i"], sp, rp, "" if end is None else str(end).lower()])
        _write(root, path, buf.getvalue())
    elif shape == "transcript":
        lines = []
        for t, q, s, sid, ts in rows:
            sp, rp, end, _ = _speech_of(s, plat)
            lines.append(f"[{ts}] USER: {t['u']}")
            lines.append(f"[{ts}] SKILL: {sp}")
            if rp:
                lines.append(f"[{ts}] REPROMPT: {rp}")
            lines.append(f"[{ts}] session_open={'false' if end else 'true'}")
        _write(root, path, "\n".join(lines) + "\n")
    else:
        raise ValueError(shape)


def _speech_of(s, plat):
    if plat == "alexa":
        r = s.get("response", {})
        return (r.get("outputSpeech", {}).get("ssml", ""), (r.get("reprompt") or {}).get("outputSpeech", {}).get("ssml", ""),
                r.get("shouldEndSession"), lambda q: q["session"]["new"])
    if plat == "sdkv2":
        if s.get("expectUserResponse"):
            ip = s["expectedInputs"][0]["inputPrompt"]
            sp = ip["richInitialPrompt"]["items"][0]["simpleResponse"]["textToSpeech"]
            rp = " | ".join(x.get("ssml") or x.get("textToSpeech", "") for x in ip.get("noInputPrompts", []))
            return sp, rp, False, lambda q: q["conversation"]["type"] == "NEW"
        return s["finalResponse"]["richResponse"]["items"][0]["simpleResponse"]["textToSpeech"], "", True, lambda q: q["conversation"]["type"] == "NEW"
    if plat == "dialogflow":
        g = s["payload"]["google"]
        rp = " | ".join(x.get("ssml") or x.get("textToSpeech", "") for x in g.get("noInputPrompts", []))
        return g["richResponse"]["items"][0]["simpleResponse"]["textToSpeech"], rp, not g["expectUserResponse"], lambda q: False
    if plat == "builder":
        return s["prompt"]["firstSimple"]["speech"], "", s.get("scene", {}).get("next", {}).get("name") == "actions.scene.END_CONVERSATION", lambda q: False


# ---------------------------------------------------------------- Google
def google_rows(case, rec):
    plat, loc = case["platform"], rec.get("locale", case["loc"])
    base = rec.get("start", "2024-05-11T06:00:00Z")
    rows, cidx, new = [], 0, True
    for k, t in enumerate(rec["turns"]):
        cid = _h(case["id"], rec["path"], cidx)[:20].upper()
        ts = t["ts"] or _ts(base, k * 9 + cidx * 40)
        if plat == "sdkv2":
            intent = {"LAUNCH": "actions.intent.MAIN"}.get(t["i"], t["i"])
            args = [{"name": n, "rawText": v, "textValue": v} for n, v in t["slots"].items()]
            q = {"user": {"locale": loc, "lastSeen": "2024-05-10T18:00:00Z", "userVerificationStatus": "VERIFIED"},
                 "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE", **({} if new else {"conversationToken": "[]"})},
                 "inputs": [{"intent": intent, "rawInputs": [{"inputType": "VOICE", "query": t["u"]}], **({"arguments": args} if args else {})}],
                 "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                 "isInSandbox": True, "availableSurfaces": [], "requestType": "SIMULATOR"}
            if t["end"]:
                s = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}}
            else:
                pi = [{"intent": "actions.intent.TEXT"}]
                if t["perm"]:
                    pi = [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                     "optContext": t["perm"][0], "permissions": t["perm"][1]}}]
                ip = {"richInitialPrompt": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
                if t["rep"] is not None:
                    reps = t["rep"] if isinstance(t["rep"], list) else [t["rep"]]
                    ip["noInputPrompts"] = [({"ssml": r} if r.lstrip().startswith("<speak>") else {"textToSpeech": r}) for r in reps]
                s = {"expectUserResponse": True, "expectedInputs": [{"inputPrompt": ip, "possibleIntents": pi}]}
            s = {"conversationToken": "[]", **s} if not t["end"] else s
        elif plat == "dialogflow":
            lang = case.get("dflang", loc.split("-")[0])
            q = {"responseId": _uuid(rec["path"], k) + "-a1b2c3d4", "session": f"projects/{case['project']}/agent/sessions/{cid}",
                 "queryResult": {"queryText": t["u"], "parameters": t["slots"], "allRequiredParamsPresent": True,
                                 "intent": {"name": f"projects/{case['project']}/agent/intents/{_uuid(case['id'], t['i'])}", "displayName": t["i"]},
                                 "intentDetectionConfidence": 0.92, "languageCode": lang},
                 "originalDetectIntentRequest": {"source": "google", "version": "2",
                                                 "payload": {"user": {"locale": loc}, "conversation": {"conversationId": cid, "type": "NEW" if new else "ACTIVE"},
                                                             "inputs": [{"intent": "actions.intent.MAIN" if t["i"] == "Default Welcome Intent" else "actions.intent.TEXT",
                                                                         "rawInputs": [{"inputType": "VOICE", "query": t["u"]}]}],
                                                             "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]}}}}
            g = {"expectUserResponse": not t["end"], "richResponse": {"items": [{"simpleResponse": {"textToSpeech": t["say"]}}]}}
            if t["rep"] is not None:
                reps = t["rep"] if isinstance(t["rep"], list) else [t["rep"]]
                g["noInputPrompts"] = [({"ssml": r} if r.lstrip().startswith("<speak>") else {"textToSpeech": r}) for r in reps]
            if t["perm"]:
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                   "optContext": t["perm"][0], "permissions": t["perm"][1]}}
            s = {"fulfillmentText": _plain(t["say"]), "payload": {"google": g}}
        else:  # builder
            q = {"handler": {"name": t["i"]},
                 "intent": {"name": t.get("intent_name") or (t["i"] if "." in t["i"] else "actions.intent.MAIN" if t["i"] == "LAUNCH" else t["i"]),
                            "params": {n: {"original": v, "resolved": v} for n, v in t["slots"].items()}, "query": t["u"]},
                 "scene": {"name": t["scene"] or "Start", "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                 "session": {"id": cid, "params": {}, "typeOverrides": [], "languageCode": ""},
                 "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                          "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2024-05-10T18:00:00Z"},
                 "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
            s = {"session": {"id": cid, "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t["say"], "text": _plain(t["say"])}}}
            nxt = "actions.scene.END_CONVERSATION" if t["end"] else t["nxt"]
            if nxt:
                s["scene"] = {"name": t["scene"] or "Start", "slots": {}, "next": {"name": nxt}}
        rows.append((t, q, s, cid, ts))
        new = False
        if t["end"]:
            cidx += 1
            new = True
    return rows


def render_google_rec(root, case, rec):
    rows = google_rows(case, rec)
    shape, plat = rec["shape"], case["platform"]
    if shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        pairs = [{"request": q, "response": s} for _, q, s, _, _ in rows]
        if rec["path"].endswith(".jsonl"):
            _write(root, rec["path"], "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs))
        else:
            _write(root, rec["path"], _dump(pairs))
    else:
        render_generic(root, case, rec, rows, plat)


# ---------------------------------------------------------------- projects
def alexa_project(root, case):
    locs = case.get("locales") or [case["loc"]]
    pub = {}
    for l in locs:
        pub[l] = {"summary": case["summary"], "examplePhrases": case.get("examples") or [case.get("wake", "Alexa") + ", " + case.get("open", "open") + " " + case["inv"]],
                  "name": case["name"], "description": case.get("desc", case["summary"]),
                  "keywords": case.get("keywords", []),
                  "smallIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/" + _h(case["id"])[:16] + "?versionId=small",
                  "largeIconUri": "https://s3.amazonaws.com/CAPS-SSE/echo_developer/a1b2/" + _h(case["id"])[:16] + "?versionId=large"}
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("perms")) or case.get("personal", False),
          "isChildDirected": case.get("kids", False), "isExportCompliant": True, "containsAds": False}
    if case.get("pp"):
        pc["locales"] = {l: {"privacyPolicyUrl": case["pp"], "termsOfUseUrl": case["pp"].rsplit("/", 1)[0] + "/terms"} for l in locs}
    man = {"manifest": {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": case.get("testing", "Open the skill and follow the prompts."),
                                                  "category": case.get("category", "PETS_AND_ANIMALS"), "distributionCountries": case.get("countries", []),
                                                  "automaticDistribution": {"isActive": False}},
                        "apis": {"custom": {"endpoint": {"uri": case.get("arn") or f"arn:aws:lambda:{case.get('region', 'eu-west-1')}:40281132{len(case['id'])}77:function:{case['id'][4:]}"},
                                            "interfaces": []}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pc}}
    if case.get("perms"):
        man["manifest"]["permissions"] = [{"name": p} for p in case["perms"]]
    _write(root, "skill-package/skill.json", _dump(man))
    for l in locs:
        inv = case.get("inv_by_loc", {}).get(l, case["inv"])
        intents = [{"name": n, "slots": [{"name": s, "type": ty} for s, ty in slots.items()], "samples": smp}
                   for n, slots, smp in case.get("intents", [])]
        for b in BUILTINS:
            if b not in [i["name"] for i in intents]:
                intents.append({"name": b, "samples": []})
        types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in case.get("types", {}).items()]
        _write(root, f"skill-package/interactionModels/custom/{l}.json",
               _dump({"interactionModel": {"languageModel": {"invocationName": inv, "intents": intents, "types": types}}}))
    _write(root, "ask-resources.json", _dump({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}}))


def builder_project(root, case):
    loc = case["loc"]
    st = [f"projectId: {case['project']}", f"defaultLocale: {loc.split('-')[0] if loc not in ('pt-BR', 'es-MX', 'fr-CA', 'en-GB') else loc}",
          "localizedSettings:", f"  displayName: {json.dumps(case['name'], ensure_ascii=False)}", f"  pronunciation: {json.dumps(case['inv'], ensure_ascii=False)}",
          f"  shortDescription: {json.dumps(case['summary'], ensure_ascii=False)}", f"  fullDescription: {json.dumps(case.get('desc', case['summary']), ensure_ascii=False)}",
          f"  developerName: {json.dumps(case.get('dev', 'Greenleaf Voice Labs'), ensure_ascii=False)}", f"  developerEmail: {case.get('email', 'voice@greenleaf.example')}"]
    if case.get("pp"):
        st.append(f"  privacyPolicyUrl: {case['pp']}")
    st += ["  sampleInvocations:", f"  - {json.dumps(case.get('sample', 'Talk to ' + case['inv']), ensure_ascii=False)}",
           f"category: {case.get('category', 'PETS_AND_ANIMALS')}", "usesTransactionsApi: false", "usesDigitalPurchaseApi: false",
           "usesInteractiveCanvas: false", "usesHomeStorage: false", "designedForFamily: " + ("true" if case.get("kids") else "false"),
           "containsAlcoholOrTobaccoContent: false", "keepsMicOpen: " + ("true" if case.get("keepsMicOpen") else "false"),
           "surfaceRequirements:", "  minimumRequirements:", "  - capability: SPEECH", "webhookUsages: true"]
    _write(root, "sdk/settings/settings.yaml", "\n".join(st) + "\n")
    _write(root, "sdk/manifest.yaml", "version: \"1.0\"\n")
    _write(root, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join(f"- name: {h}\n" for h in case.get("handlers", ["main"])) +
           f"httpsEndpoint:\n  baseUrl: {case.get('webhook', 'https://europe-west1-' + case['project'] + '.cloudfunctions.net/fulfillment')}\n")
    for n, params, phrases in case.get("intents", []):
        y = []
        if params:
            y.append("parameters:")
            for p, ty in params.items():
                y += [f"- name: {p}", "  type:", f"    name: {ty}"]
        y.append("trainingPhrases:")
        y += [f"- {json.dumps(p, ensure_ascii=False)}" for p in phrases]
        _write(root, f"sdk/custom/intents/{n}.yaml", "\n".join(y) + "\n")
    for n, vals in case.get("types", {}).items():
        y = ["synonym:", "  entities:"]
        for v in vals:
            key = v.upper().replace(" ", "_")
            y += [f"    {json.dumps(key, ensure_ascii=False)}:", "      synonyms:", f"      - {json.dumps(v, ensure_ascii=False)}"]
        y += ["  matchType: EXACT_MATCH"]
        _write(root, f"sdk/custom/types/{n}.yaml", "\n".join(y) + "\n")
    _write(root, "sdk/custom/global/actions.intent.MAIN.yaml", "handler:\n  webhookHandler: main\ntransitionToScene: " + case.get("main_scene", "Start") + "\n")


def sdkv2_project(root, case):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": case["conv"]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": case.get("main_patterns", [])}}}]
    for n, params, pats in case.get("intents", []):
        a = {"description": n, "name": n.split(".")[-1].upper(), "fulfillment": {"conversationName": case["conv"]},
             "intent": {"name": n, "trigger": {"queryPatterns": pats}}}
        if params:
            a["intent"]["parameters"] = [{"name": p, "type": ty} for p, ty in params.items()]
        acts.append(a)
    man = {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case["summary"],
           "longDescription": case.get("desc", case["summary"]), "category": case.get("category", "PETS_AND_ANIMALS"),
           "companyName": case.get("dev", "Greenleaf Voice Labs"), "contactEmail": case.get("email", "voice@greenleaf.example"),
           "sampleInvocation": [case.get("sample", "Talk to " + case["inv"])]}
    if case.get("pp"):
        man["privacyUrl"] = case["pp"]
        man["termsOfServiceUrl"] = case["pp"].rsplit("/", 1)[0] + "/terms"
    pkg = {"manifest": man, "actions": acts, "types": [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in case.get("types", {}).items()],
           "conversations": {case["conv"]: {"name": case["conv"], "url": case.get("webhook", "https://us-central1-" + case["project"] + ".cloudfunctions.net/" + case["conv"]),
                                            "fulfillmentApiVersion": 2}},
           "locale": case["loc"] if case["loc"] not in ("en-US",) else "en"}
    _write(root, "action.json", _dump(pkg))


def dialogflow_project(root, case):
    lang = case.get("dflang", case["loc"].split("-")[0])
    agent = {"description": case.get("desc", case["summary"]), "language": lang, "shortDescription": case["summary"], "examples": "",
             "linkToDocs": "", "displayName": case["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
             "googleAssistant": {"googleAssistantCompatible": True, "project": case["project"], "welcomeIntentSignInRequired": False,
                                 "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False, "providerId": "", "authorizationUrl": "", "tokenUrl": "", "scopes": "", "privacyPolicyUrl": case.get("pp", ""), "grantType": "AUTH_CODE_GRANT"},
                                 "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False, "isDeviceAgent": False},
             "defaultTimezone": case.get("tz", "Europe/Madrid"), "webhook": {"url": case.get("webhook", "https://" + case["project"] + ".web.app/df"), "username": "", "headers": {}, "available": True, "useForDomains": False, "cloudFunctionsEnabled": False, "cloudFunctionsInitialized": False},
             "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": False, "onePlatformApiVersion": "v2",
             "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0, "dialogBuilderMode": False,
             "baseActionPackagesUrl": "", "enableSpellCorrection": False}
    _write(root, "agent.json", _dump(agent))
    _write(root, "package.json", _dump({"version": "1.0.0"}))
    import re
    for n, params, phrases, end in case.get("intents", []):
        it = {"id": _uuid(case["id"], n), "name": n, "auto": True, "contexts": [],
              "responses": [{"resetContexts": False, "action": n.lower().replace(" ", "."), "affectedContexts": [],
                             "parameters": [{"id": _uuid(n, p), "name": p, "required": False, "dataType": ty, "value": "$" + p, "defaultValue": "", "isList": False, "prompts": [], "promptMessages": [], "noMatchPromptMessages": [], "noInputPromptMessages": [], "outputDialogContexts": []} for p, ty in params.items()],
                             "messages": [], "speech": []}],
              "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": n == "Default Fallback Intent",
              "events": [{"name": "GOOGLE_ASSISTANT_WELCOME"}] if n == "Default Welcome Intent" else [], "conditionalResponses": [], "condition": "", "conditionalFollowupEvents": [],
              "endInteraction": end}
        _write(root, f"intents/{n}.json", _dump(it))
        us = []
        for ph in phrases:
            data = []
            for piece in re.split(r"(\{[^}]+\})", ph):
                if not piece:
                    continue
                if piece.startswith("{"):
                    p = piece[1:-1]
                    alias, sample = (p.split("=") + [p])[:2]
                    data.append({"text": sample, "alias": alias, "meta": params.get(alias, "@sys.any"), "userDefined": True})
                else:
                    data.append({"text": piece, "userDefined": False})
            us.append({"id": _uuid(n, ph), "data": data, "isTemplate": False, "count": 0, "lang": lang, "updated": 0})
        if us:
            _write(root, f"intents/{n}_usersays_{lang}.json", _dump(us))


def render_case(outdir, case):
    root = os.path.join(outdir, case["id"])
    plat = case.get("platform", "alexa")
    {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project, "dialogflow": dialogflow_project}[plat](root, case)
    for rel, text in case.get("files", {}).items():
        _write(root, rel, text if isinstance(text, str) else _dump(text))
    for rec in case["recs"]:
        (render_alexa_rec if plat == "alexa" else render_google_rec)(root, case, rec)
    return {"categories": sorted(case["labels"]), "locale": case["loc"], "shapes": sorted({r["shape"] for r in case["recs"]}), "why": case["why"]}
