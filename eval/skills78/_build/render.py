"""Small renderer: turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
All spoken text, models and labels come from the description files; this module only lays them out
in the file shapes real tools produce."""
import hashlib, json, os, uuid, datetime

OUT = None  # set by gen.py


# ---------------------------------------------------------------- helpers
def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def _uuid(*parts):
    return str(uuid.UUID(_h(*parts)[:32]))


def _write(case, rel, data, raw=False):
    p = os.path.join(OUT, case["id"], rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        if raw:
            f.write(data)
        else:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.write("\n")


class T:
    """One turn: what the user said, how it was resolved, what the skill answered."""

    def __init__(self, u, intent, slots=None, say="", rp=None, end=None, card=None, **kw):
        self.__dict__.update(kw)
        self.u, self.intent, self.slots, self.say, self.rp, self.card = u, intent, slots or {}, say, rp, card
        if end is None:
            end = False if rp is not None else True
        self.end = end  # True / False / "absent"


def ssml(t):
    if t is None:
        return None
    return t if t.lstrip().startswith("<speak>") else "<speak>" + t + "</speak>"


def plain(t):
    import re
    return re.sub(r"<[^>]+>", "", t or "").strip()


def _ts(case, si, ti):
    base = datetime.datetime(2024, 1, 8, 9, 0, 0) + datetime.timedelta(days=int(_h(case["id"])[:3], 16) % 250)
    base += datetime.timedelta(days=case.get("_dayshift", 0))
    return base + datetime.timedelta(hours=si, seconds=ti * 9)


# ---------------------------------------------------------------- Alexa envelopes
def alexa_pairs(case, sessions, tag=""):
    """sessions: list of lists of T.  Returns list of (request, response, ts) in order."""
    loc = case["loc"]
    app = "amzn1.ask.skill." + _uuid(case["id"], "app")
    user = "amzn1.ask.account." + _h(case["id"], "user").upper()[:40]
    dev = "amzn1.ask.device." + _h(case["id"], "dev").upper()[:40]
    out = []
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + _uuid(case["id"], tag, si)
        for ti, t in enumerate(sess):
            ts = _ts(case, si, ti)
            if t.intent == "LaunchRequest":
                r = {"type": "LaunchRequest"}
            elif t.intent == "SessionEndedRequest":
                r = {"type": "SessionEndedRequest", "reason": "EXCEEDED_MAX_REPROMPTS"}
            else:
                r = {"type": "IntentRequest", "dialogState": "COMPLETED" if t.slots else None,
                     "intent": {"name": t.intent, "confirmationStatus": "NONE",
                                "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE",
                                              "source": "USER"} for k, v in t.slots.items()}}}
                if not t.slots:
                    r.pop("dialogState")
            r["requestId"] = "amzn1.echo-api.request." + _uuid(case["id"], tag, si, ti)
            r["locale"] = loc
            r["timestamp"] = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "user": {"userId": user}, "attributes": {}},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if loc[:2] in ("de", "fr", "it", "es", "en") and loc != "en-US" else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": r}
            if ti == 0:
                req["session"].pop("attributes")
            body = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.say)}}
            if t.card:
                body["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
            if t.rp is not None:
                body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t.rp)}}
            if t.end != "absent":
                body["shouldEndSession"] = t.end
            if t.intent == "SessionEndedRequest":
                body = {}
            resp = {"version": "1.0", "sessionAttributes": {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0",
                    "response": body}
            out.append((req, resp, ts, t))
    return out


def _arn(case):
    return "arn:aws:lambda:%s:%s:function:%s" % ("eu-west-1" if case["loc"] not in ("en-US", "ja-JP", "pt-BR", "es-MX", "fr-CA") else "us-east-1",
                                                 str(int(_h(case["id"])[:10], 16))[:12], case["id"][4:])


def rec_alexa(case, shape, path, sessions, tag=""):
    P = alexa_pairs(case, sessions, tag)
    arn = _arn(case)
    if shape == "envelope":
        for i, (q, r, ts, t) in enumerate(P):
            _write(case, "%s/%02d-%s.json" % (path, i + 1, t.intent.replace("AMAZON.", "").lower()), r)
    elif shape == "pairs-jsonl":
        _write(case, path, "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _, _ in P), raw=True)
    elif shape == "pairs-array":
        _write(case, path, [{"request": q, "response": r} for q, r, _, _ in P])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        for i, (q, r, ts, t) in enumerate(P):
            if shape == "smapi-simulation":
                o = {"id": _uuid(case["id"], "sim", tag, i), "status": "SUCCESSFUL",
                     "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": plain(t.say)}}],
                                                       "consideredIntents": [{"name": t.intent, "confirmationStatus": "NONE", "slots": {}}]},
                                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn, "body": q},
                                                                        "invocationResponse": {"body": r},
                                                                        "metrics": {"skillExecutionTimeInMilliseconds": 180 + i * 7}}]},
                                "error": None}}
            else:
                o = {"id": _uuid(case["id"], "inv", tag, i), "status": "SUCCESSFUL",
                     "result": {"skillExecutionInfo": {"invocationRequest": {"endpoint": arn, "body": q},
                                                       "invocationResponse": {"body": r},
                                                       "metrics": {"skillExecutionTimeInMilliseconds": 95 + i * 11}},
                                "error": None}}
            _write(case, "%s/%s-%02d.json" % (path, "simulate" if shape == "smapi-simulation" else "invoke", i + 1), o)
    elif shape == "ask-dialog":
        sess = sessions[0]
        _write(case, path + "/replay.json", {"skillId": "amzn1.ask.skill." + _uuid(case["id"], "app"), "locale": case["loc"],
                                            "type": "text", "userInput": [t.u for t in sess]})
        out = []
        for q, r, ts, t in P[:len(sess)]:
            out.append({"utterance": t.u, "invocations": [{"invocationRequest": {"endpoint": arn, "body": q},
                                                          "invocationResponse": {"body": r}}]})
        _write(case, path + "/dialog-output.json", out)
    elif shape == "ask-dialog-text":
        sess = sessions[0]
        _write(case, path + "/replay.json", {"skillId": "amzn1.ask.skill." + _uuid(case["id"], "app"), "locale": case["loc"],
                                            "type": "text", "userInput": [t.u for t in sess]})
        txt = "".join("User  > %s\nAlexa > %s\n" % (t.u, plain(t.say)) for t in sess)
        _write(case, path + "/dialog-record.txt", txt, raw=True)
    elif shape == "cloudwatch-text":
        lines = []
        py = case.get("lambda") == "python" or case.get("lambda_py")
        for i, (q, r, ts, t) in enumerate(P):
            rid = _uuid(case["id"], "lrid", tag, i)
            st = ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (i * 37 % 1000)
            lines.append("START RequestId: %s Version: $LATEST" % rid)
            if py:
                lines.append("[INFO]\t%s\t%s\tRequest: %s" % (st, rid, json.dumps(q, ensure_ascii=False)))
                lines.append("[INFO]\t%s\t%s\tResponse: %s" % (st, rid, json.dumps(r, ensure_ascii=False)))
            else:
                lines.append("%s\t%s\tINFO\tRequest Envelope: %s" % (st, rid, json.dumps(q, ensure_ascii=False)))
                lines.append("%s\t%s\tINFO\tResponse: %s" % (st, rid, json.dumps(r, ensure_ascii=False)))
            lines.append("END RequestId: %s" % rid)
            lines.append("REPORT RequestId: %s\tDuration: %d.41 ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB" % (rid, 120 + i, 121 + i))
        _write(case, path, "\n".join(lines) + "\n", raw=True)
    elif shape == "cloudwatch-json":
        ev = []
        for i, (q, r, ts, t) in enumerate(P):
            rid = _uuid(case["id"], "lrid", tag, i)
            ms = int(ts.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)
            st = ts.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            for k, m in enumerate(["START RequestId: %s Version: $LATEST\n" % rid,
                                   "%s\t%s\tINFO\tRequest: %s\n" % (st, rid, json.dumps(q, ensure_ascii=False)),
                                   "%s\t%s\tINFO\tResponse: %s\n" % (st, rid, json.dumps(r, ensure_ascii=False)),
                                   "END RequestId: %s\n" % rid]):
                ev.append({"logStreamName": "2024/%s/[$LATEST]%s" % (ts.strftime("%m/%d"), _h(case["id"], "ls")[:32]),
                           "timestamp": ms + k, "message": m, "ingestionTime": ms + 400 + k,
                           "eventId": str(int(_h(case["id"], i, k)[:15], 16)).rjust(56, "3")})
        _write(case, path, {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ent = []
        host = case.get("endpoint_host", "skill.%s.example.net" % case["id"][4:])
        for i, (q, r, ts, t) in enumerate(P):
            ent.append({"startedDateTime": ts.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "time": 143 + i,
                        "request": {"method": "POST", "url": "https://%s/alexa" % host, "httpVersion": "HTTP/1.1",
                                    "headers": [{"name": "Content-Type", "value": "application/json"},
                                                {"name": "Signature-256", "value": "REDACTED"}],
                                    "queryString": [], "cookies": [], "headersSize": -1, "bodySize": -1,
                                    "postData": {"mimeType": "application/json; charset=utf-8", "text": json.dumps(q, ensure_ascii=False)}},
                        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "cookies": [],
                                     "content": {"size": -1, "mimeType": "application/json", "text": json.dumps(r, ensure_ascii=False)},
                                     "redirectURL": "", "headersSize": -1, "bodySize": -1},
                        "cache": {}, "timings": {"send": 1, "wait": 130 + i, "receive": 2}})
        _write(case, path, {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "125.0"}, "pages": [], "entries": ent}})
    elif shape == "transcript":
        lines, cur = [], None
        for q, r, ts, t in P:
            sid = q["session"]["sessionId"]
            if sid != cur:
                lines.append("=== session %s" % sid[-12:])
                cur = sid
            lines.append("[%s] USER: %s" % (ts.strftime("%H:%M:%S"), t.u))
            lines.append("[%s] SKILL: %s" % (ts.strftime("%H:%M:%S"), plain(t.say)))
            if t.rp is not None:
                lines.append("[%s] REPROMPT: %s" % (ts.strftime("%H:%M:%S"), t.rp))
            lines.append("session_open=%s" % ("true" if t.end is not True else "false"))
        _write(case, path, "\n".join(lines) + "\n", raw=True)
    # ---------- new shapes of this set
    elif shape == "charles-session":
        ent = []
        host = case.get("endpoint_host", "skill.%s.example.net" % case["id"][4:])
        for i, (q, r, ts, t) in enumerate(P):
            ent.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https",
                        "host": host, "actualPort": 443, "path": "/alexa/v1", "query": None, "tunnel": False,
                        "keptAlive": True, "webSocket": False, "remoteAddress": "%s/203.0.113.%d" % (host, 20 + i % 40),
                        "clientAddress": "/127.0.0.1", "clientPort": 52000 + i,
                        "times": {"start": ts.strftime("%Y-%m-%dT%H:%M:%S.000+00:00"), "end": ts.strftime("%Y-%m-%dT%H:%M:%S.150+00:00")},
                        "durations": {"total": 150, "request": 2, "response": 3},
                        "request": {"sizes": {"headers": 310, "body": len(json.dumps(q))}, "mimeType": "application/json", "charset": "utf-8",
                                    "header": {"firstLine": "POST /alexa/v1 HTTP/1.1",
                                               "headers": [{"name": "host", "value": host}, {"name": "content-type", "value": "application/json; charset=utf-8"}]},
                                    "body": {"text": json.dumps(q, ensure_ascii=False), "charset": "utf-8"}},
                        "response": {"status": 200, "sizes": {"headers": 180, "body": len(json.dumps(r))}, "mimeType": "application/json", "charset": "utf-8",
                                     "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [{"name": "content-type", "value": "application/json"}]},
                                     "body": {"text": json.dumps(r, ensure_ascii=False), "charset": "utf-8"}}})
        _write(case, path, ent)
    elif shape == "jupyter-notebook":
        cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % case.get("nb_title", "Replay of recorded skill requests"), "\n",
                                                                      "Requests are posted to the local skill handler; responses are printed as returned.\n"]},
                 {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                  "source": ["import json, requests\n", "URL = 'http://localhost:3000/'\n",
                             "def post(envelope):\n", "    r = requests.post(URL, json=envelope)\n", "    return r.json()\n"]}]
        for i, (q, r, ts, t) in enumerate(P):
            cells.append({"cell_type": "code", "execution_count": i + 2, "metadata": {},
                          "source": ["req = %s\n" % json.dumps(q, ensure_ascii=False), "resp = post(req)\n", "print(json.dumps(resp, indent=1, ensure_ascii=False))\n"],
                          "outputs": [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in json.dumps(r, indent=1, ensure_ascii=False).split("\n")]}]})
        _write(case, path, {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                         "language_info": {"name": "python", "version": "3.11.6"}},
                            "nbformat": 4, "nbformat_minor": 5})
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        tcs = []
        for i, (q, r, ts, t) in enumerate(P):
            tcs.append('    <testcase classname="skill.e2e.%s" name="turn %02d: %s" time="0.%03d">\n      <system-out><![CDATA[\nREQUEST %s\nRESPONSE %s\n]]></system-out>\n    </testcase>'
                       % (case["id"][4:].replace("-", "_"), i + 1, escape(t.u, {'"': "&quot;"}), 140 + i, json.dumps(q, ensure_ascii=False), json.dumps(r, ensure_ascii=False)))
        x = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0" errors="0" time="1.92">\n  <testsuite name="conversation flows" tests="%d" failures="0" errors="0" skipped="0" timestamp="%s">\n%s\n  </testsuite>\n</testsuites>\n' % (
            len(P), len(P), P[0][2].strftime("%Y-%m-%dT%H:%M:%S"), "\n".join(tcs))
        _write(case, path, x, raw=True)
    elif shape == "vendor-event-trace":
        lines = []
        dev = case.get("trace_device", "dev-" + _h(case["id"], "d")[:10])
        for i, (q, r, ts, t) in enumerate(P):
            tid = _h(case["id"], "trace", tag, i)[:16]
            for ev in case.get("trace_pre", {}).get(i, []):
                lines.append(json.dumps(dict({"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.050Z"), "trace_id": tid, "device_id": dev}, **ev), ensure_ascii=False))
            lines.append(json.dumps({"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.100Z"), "trace_id": tid, "device_id": dev, "source": "alexa-companion",
                                     "event": "voice.request", "locale": case["loc"], "request": q}, ensure_ascii=False))
            lines.append(json.dumps({"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.300Z"), "trace_id": tid, "device_id": dev, "source": "alexa-companion",
                                     "event": "voice.response", "latency_ms": 180 + i, "response": r}, ensure_ascii=False))
        _write(case, path, "\n".join(lines) + "\n", raw=True)
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- Alexa smart-home directive log (new shape)
def rec_smarthome(case, path, ops):
    """ops: list of dicts {ns, name, endpoint, payload, resp_ns, resp_name, resp_payload, props}."""
    lines = []
    for o in ops:
        for e in o.get("resp_payload", {}).get("endpoints", []):
            if e.get("manufacturerName") == "Vendor":
                e["manufacturerName"] = case.get("maker", case["name"])
    for i, o in enumerate(ops):
        ts = _ts(case, 0, i)
        mid = _uuid(case["id"], "sh", i)
        d = {"directive": {"header": {"namespace": o["ns"], "name": o["name"], "payloadVersion": "3", "messageId": mid},
                           "payload": o.get("payload", {})}}
        if o.get("endpoint"):
            d["directive"]["header"]["correlationToken"] = "dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg=="
            d["directive"]["endpoint"] = {"scope": {"type": "BearerToken", "token": "access-token-REDACTED"}, "endpointId": o["endpoint"], "cookie": {}}
        else:
            d["directive"]["payload"] = dict({"scope": {"type": "BearerToken", "token": "access-token-REDACTED"}}, **o.get("payload", {}))
        ev = {"event": {"header": {"namespace": o.get("resp_ns", "Alexa"), "name": o.get("resp_name", "Response"), "payloadVersion": "3",
                                   "messageId": _uuid(case["id"], "shr", i)}, "payload": o.get("resp_payload", {})}}
        if o.get("endpoint"):
            ev["event"]["header"]["correlationToken"] = "dFMb0z+PgpgdDmluhJ1LddFvSqZ/jCc8ptlAKulUj90jSqg=="
            ev["event"]["endpoint"] = {"endpointId": o["endpoint"]}
        if o.get("props"):
            ev["context"] = {"properties": [dict(p, timeOfSample=ts.strftime("%Y-%m-%dT%H:%M:%S.00Z"), uncertaintyInMilliseconds=500) for p in o["props"]]}
        lines.append(json.dumps({"ts": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "direction": "inbound", **d}, ensure_ascii=False))
        lines.append(json.dumps({"ts": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "direction": "outbound", **ev}, ensure_ascii=False))
    _write(case, path, "\n".join(lines) + "\n", raw=True)


def sh_discovery(devices):
    """devices: list of (endpointId, friendlyName, description, displayCategory, interfaces list)."""
    eps = []
    for dv in devices:
        eid, fn, desc, cat, ifs = dv[:5]
        maker = dv[5] if len(dv) > 5 else MAKER
        caps = [{"type": "AlexaInterface", "interface": "Alexa", "version": "3"}]
        for itf in ifs:
            c = {"type": "AlexaInterface", "interface": "Alexa." + itf, "version": "3",
                 "properties": {"supported": [{"name": {"PowerController": "powerState", "LockController": "lockState",
                                                        "ThermostatController": "targetSetpoint", "BrightnessController": "brightness",
                                                        "RangeController": "rangeValue", "EndpointHealth": "connectivity"}.get(itf, "powerState")}],
                                "proactivelyReported": True, "retrievable": True}}
            if itf == "RangeController":
                c["instance"] = "Blind.Lift"
            caps.append(c)
        eps.append({"endpointId": eid, "manufacturerName": maker, "friendlyName": fn, "description": desc,
                    "displayCategories": [cat], "capabilities": caps})
    return {"endpoints": eps}


MAKER = "Vendor"


# ---------------------------------------------------------------- Google smart-home fulfillment (new shape)
def rec_google_sh(case, path, exchanges):
    """exchanges: list of (inputs, payload) for SYNC/QUERY/EXECUTE."""
    arr = []
    for i, (inputs, payload) in enumerate(exchanges):
        rid = str(int(_h(case["id"], "gsh", i)[:16], 16))
        arr.append({"received": _ts(case, 0, i).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "request": {"requestId": rid, "inputs": inputs},
                    "response": {"requestId": rid, "payload": payload}})
    _write(case, path, arr)


# ---------------------------------------------------------------- Google conversations
def rec_google(case, shape, path, sessions, tag=""):
    loc = case["loc"]
    turns = []
    for si, sess in enumerate(sessions):
        cid = str(int(_h(case["id"], "conv", tag, si)[:15], 16))
        for ti, t in enumerate(sess):
            turns.append((si, ti, cid, t, _ts(case, si, ti)))
    if shape == "gactions-conversation":
        out = []
        for si, ti, cid, t, ts in turns:
            args = [{"name": k, "rawText": v, "textValue": v} for k, v in t.slots.items()]
            if t.intent == "actions.intent.PERMISSION":
                args = [{"name": "PERMISSION", "boolValue": True, "textValue": "true"}]
            req = {"user": {"locale": loc, "lastSeen": "2024-05-01T10:00:00Z", "userVerificationStatus": "VERIFIED"},
                   "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                   "inputs": [{"intent": t.intent, "rawInputs": [{"inputType": "VOICE", "query": t.u}], "arguments": args}],
                   "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}, {"name": "actions.capability.MEDIA_RESPONSE_AUDIO"}]},
                   "isInSandbox": True, "availableSurfaces": []}
            items = [{"simpleResponse": {"textToSpeech": ssml(t.say) if "<" in t.say else t.say}}]
            if t.card:
                items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
            if t.end is True:
                resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
            else:
                ei = {"inputPrompt": {"richInitialPrompt": {"items": items}}, "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                if t.rp is not None:
                    ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": t.rp}]
                if getattr(t, "perm", None):
                    ei["possibleIntents"] = [{"intent": "actions.intent.PERMISSION", "inputValueData": {
                        "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": t.perm[0], "permissions": t.perm[1]}}]
                resp = {"expectUserResponse": True, "expectedInputs": [ei]}
            out.append({"request": req, "response": resp})
        _write(case, path, out)
    elif shape == "dialogflow-webhook":
        out = []
        proj = case["id"][4:]
        for si, ti, cid, t, ts in turns:
            sess = "projects/%s/agent/sessions/%s" % (proj, cid)
            req = {"responseId": _uuid(case["id"], "df", si, ti) + "-" + _h(case["id"], si, ti)[:8], "session": sess,
                   "queryResult": {"queryText": t.u, "parameters": t.slots, "allRequiredParamsPresent": True,
                                   "intent": {"name": sess.split("/sessions")[0] + "/intents/" + _uuid(case["id"], t.intent), "displayName": t.intent},
                                   "intentDetectionConfidence": 0.92, "languageCode": loc.split("-")[0] if loc != "pt-BR" else "pt-br"},
                   "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                       "user": {"locale": loc, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                       "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT", "rawInputs": [{"inputType": "VOICE", "query": t.u}]}]}}}
            items = [{"simpleResponse": {"textToSpeech": t.say}}]
            if t.card:
                items.append({"basicCard": {"title": t.card[0], "formattedText": t.card[1]}})
            g = {"expectUserResponse": t.end is not True, "richResponse": {"items": items}}
            if t.rp is not None:
                g["noInputPrompts"] = [{"textToSpeech": t.rp}]
            if getattr(t, "perm", None):
                g["systemIntent"] = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                     "optContext": t.perm[0], "permissions": t.perm[1]}}
            out.append({"request": req, "response": {"fulfillmentText": plain(t.say), "payload": {"google": g}}})
        _write(case, path, out)
    elif shape == "gactions-scene":
        out = []
        for si, ti, cid, t, ts in turns:
            scene = getattr(t, "scene", None) or ("Start" if ti == 0 else "Main")
            req = {"handler": {"name": getattr(t, "handler", None) or t.intent.split(".")[-1].lower()},
                   "intent": {"name": t.intent, "params": {k: {"original": v, "resolved": v} for k, v in t.slots.items()}, "query": t.u},
                   "scene": {"name": scene, "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                   "session": {"id": "ABwppHG" + _h(case["id"], "s", si)[:20], "params": {}, "typeOverrides": [], "languageCode": loc},
                   "user": {"locale": loc, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                            "verificationStatus": "VERIFIED", "packageEntitlements": [], "gaiamint": "", "permissions": [], "lastSeenTime": "2024-05-01T10:00:00Z"},
                   "home": {"params": {}}, "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"], "timeZone": {"id": "Europe/Berlin"}}}
            resp = {"session": {"id": req["session"]["id"], "params": {}}, "prompt": {"override": False, "firstSimple": {"speech": t.say, "text": plain(t.say)}}}
            if t.card:
                resp["prompt"]["content"] = {"card": {"title": t.card[0], "text": t.card[1]}}
            nxt = getattr(t, "next", None)
            if t.end is True:
                nxt = "actions.scene.END_CONVERSATION"
            resp["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt or "Main"}}
            out.append({"request": req, "response": resp})
        _write(case, path, out)
    else:
        raise ValueError(shape)


# ---------------------------------------------------------------- packages
def alexa_package(case):
    loc = case["loc"]
    locs = [loc] + case.get("extra_locales", [])
    pub = {}
    for l in locs:
        pub[l] = {"summary": case["summary"], "examplePhrases": case.get("examples", []), "name": case["name"],
                  "description": case.get("desc", case["summary"]), "keywords": case.get("keywords", []),
                  "smallIconUri": "https://cdn.%s.example.com/icons/108.png" % case["id"][4:],
                  "largeIconUri": "https://cdn.%s.example.com/icons/512.png" % case["id"][4:]}
    apis = {}
    if case.get("smarthome"):
        apis["smartHome"] = {"endpoint": {"uri": _arn(case).replace(case["id"][4:], case["id"][4:] + "-sh")},
                             "protocolVersion": "3"}
    if case.get("intents") is not None:
        apis["custom"] = {"endpoint": {"uri": _arn(case)}}
        if case.get("interfaces"):
            apis["custom"]["interfaces"] = [{"type": x} for x in case["interfaces"]]
    pc = {"allowsPurchases": False, "usesPersonalInfo": bool(case.get("perms")) or case.get("personal", False),
          "isChildDirected": case.get("child", False), "isExportCompliant": True, "containsAds": False}
    if case.get("policy", True):
        dom = case.get("policy_domain", case["id"][4:].replace("-", "") + ".example.com")
        pc["locales"] = {l: {"privacyPolicyUrl": "https://%s/privacy" % dom, "termsOfUseUrl": "https://%s/terms" % dom} for l in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "distributionCountries": case.get("countries", [loc.split("-")[1]]),
                                     "testingInstructions": case.get("testing", "Link a test account and follow the prompts."),
                                     "category": case.get("category", "SMART_HOME"), "automaticDistribution": {"isActive": False}},
           "apis": apis, "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if case.get("perms"):
        man["permissions"] = [{"name": p} for p in case["perms"]]
    if case.get("events"):
        man["events"] = case["events"]
    if case.get("account_linking"):
        man["accountLinking"] = {"type": "AUTH_CODE", "authorizationUrl": "https://auth.%s.example.com/oauth/authorize" % case["id"][4:]}
    _write(case, "skill-package/skill.json", {"manifest": man})
    if case.get("intents") is not None:
        for l in locs:
            m = case.get("models", {}).get(l) or case
            intents = [{"name": n, "slots": [{"name": s, "type": ty} for s, ty in slots.items()], "samples": samples}
                       for n, samples, slots in m["intents"]]
            for b in ("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"):
                if b not in [i["name"] for i in intents]:
                    intents.append({"name": b, "samples": []})
            types = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in m.get("types", {}).items()]
            _write(case, "skill-package/interactionModels/custom/%s.json" % l,
                   {"interactionModel": {"languageModel": {"invocationName": m.get("inv", case.get("inv")), "intents": intents, "types": types}}})
    if case.get("ask_resources", True):
        _write(case, "ask-resources.json", {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
            "skillMetadata": {"src": "./skill-package"},
            "code": {"default": {"src": "./lambda"}},
            "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x" if not case.get("lambda_py") else "python3.11", "handler": "index.handler" if not case.get("lambda_py") else "lambda_function.lambda_handler"}}}}})
    if case.get("code"):
        _write(case, "lambda/" + ("lambda_function.py" if case.get("lambda_py") else "index.js"), case["code"], raw=True)


def _yaml_list(items, ind=2):
    return "".join(" " * ind + "- " + json.dumps(x, ensure_ascii=False) + "\n" for x in items)


def google_package(case):
    kind = case["gkind"]
    loc = case["loc"]
    pol = case.get("policy", True)
    dom = case["id"][4:].replace("-", "") + ".example.com"
    if kind == "builder":
        s = "defaultLocale: %s\nprojectId: %s\ncategory: %s\nusesTransactionsApi: false\nusesDigitalPurchaseApi: false\nusesInteractiveCanvas: false\ndesignedForFamily: %s\ncontainsAlcoholOrTobaccoContent: false\nkeepsMicOpen: %s\nsurfaceRequirements:\n  minimumRequirements:\n  - names:\n    - actions.capability.SPEECH\nlocalizedSettings:\n  displayName: %s\n  pronunciation: %s\n  shortDescription: %s\n  fullDescription: %s\n  developerName: %s\n  developerEmail: support@%s\n%s  termsOfServiceUrl: https://%s/terms\n" % (
            loc.split("-")[0], case["id"][4:], case.get("gcategory", "HOME_CONTROL"), "true" if case.get("child") else "false",
            "true" if case.get("keeps_mic_open") else "false",
            json.dumps(case["name"], ensure_ascii=False), json.dumps(case["inv"], ensure_ascii=False), json.dumps(case["summary"], ensure_ascii=False),
            json.dumps(case.get("desc", case["summary"]), ensure_ascii=False), json.dumps(case.get("developer", case["name"] + " GmbH"), ensure_ascii=False),
            dom, ("  privacyPolicyUrl: https://%s/privacy\n" % dom) if pol else "", dom)
        if case.get("account_linking"):
            s += "accountLinking:\n  enableAccountCreation: false\n  linkingType: OAUTH\n  authGrantType: AUTH_CODE\n  appClientId: client-%s\n  authorizationUrl: https://auth.%s/authorize\n  tokenUrl: https://auth.%s/token\n" % (case["id"][:3], dom, dom)
        _write(case, "sdk/settings/settings.yaml", s, raw=True)
        _write(case, "sdk/manifest.yaml", "version: \"1.0\"\n", raw=True)
        _write(case, "sdk/actions/actions.yaml", "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: main\n    intentEvent:\n      intent: actions.intent.MAIN\n      transitionToScene: Start\n", raw=True)
        _write(case, "sdk/webhooks/ActionsOnGoogleFulfillment.yaml", "handlers:\n" + "".join("- name: %s\n" % h for h in case.get("handlers", ["main"])) + "inlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n", raw=True)
        for n, samples, slots in case["intents"]:
            y = ""
            if slots:
                y += "parameters:\n" + "".join("- name: %s\n  type:\n    name: %s\n" % (k, v) for k, v in slots.items())
            y += "trainingPhrases:\n" + _yaml_list(samples, 0)
            _write(case, "sdk/custom/intents/%s.yaml" % n, y, raw=True)
        for n, vals in case.get("types", {}).items():
            y = "synonym:\n  entities:\n" + "".join("    %s:\n      synonyms:\n      - %s\n" % (json.dumps("v%d" % i), json.dumps(v, ensure_ascii=False)) for i, v in enumerate(vals)) + "  matchType: EXACT_MATCH\n"
            _write(case, "sdk/custom/types/%s.yaml" % n, y, raw=True)
        for n, y in case.get("scenes", {}).items():
            _write(case, "sdk/custom/scenes/%s.yaml" % n, y, raw=True)
    elif kind == "sdkv2":
        acts = []
        for n, samples, slots in case["intents"]:
            acts.append({"description": n, "name": n if n.startswith("actions.") else "com.%s.%s" % (case["id"][4:].replace("-", ""), n),
                         "fulfillment": {"conversationName": case["id"][4:]},
                         "intent": {"name": n, "parameters": [{"name": k, "type": v} for k, v in slots.items()],
                                    "trigger": {"queryPatterns": samples}}})
        a = {"locale": loc, "actions": acts,
             "conversations": {case["id"][4:]: {"name": case["id"][4:], "url": "https://%s/fulfillment" % dom, "fulfillmentApiVersion": 2}},
             "manifest": {"displayName": case["name"], "invocationName": case["inv"], "shortDescription": case["summary"],
                          "longDescription": case.get("desc", case["summary"]), "category": case.get("gcategory", "HOME_CONTROL"),
                          "companyName": case.get("developer", case["name"] + " Inc."), "contactEmail": "support@" + dom,
                          "termsOfServiceUrl": "https://%s/terms" % dom}}
        if pol:
            a["manifest"]["privacyUrl"] = "https://%s/privacy" % dom
        if case.get("types"):
            a["types"] = [{"name": n, "entities": [{"key": v, "synonyms": [v]} for v in vals]} for n, vals in case["types"].items()]
        if case.get("permissions_g"):
            a["manifest"]["requiredPermissions"] = case["permissions_g"]
        _write(case, "action.json", a)
    elif kind == "dialogflow":
        lang = loc.split("-")[0] if loc != "pt-BR" else "pt-br"
        ag = {"description": case.get("desc", case["summary"]), "language": lang, "shortDescription": case["summary"], "examples": "",
              "linkToDocs": "", "displayName": case["name"], "disableInteractionLogs": False, "disableStackdriverLogs": True,
              "googleAssistant": {"googleAssistantCompatible": True, "project": case["id"][4:], "welcomeIntentSignInRequired": False,
                                  "startIntents": [], "systemIntents": [], "endIntentIds": [], "oAuthLinking": {"required": False},
                                  "voiceType": "MALE_1", "capabilities": [], "env": "", "protocolVersion": "V2", "autoPreviewEnabled": False,
                                  "isDeviceAgent": False, "invocationName": case["inv"], "privacyPolicyUrl": ("https://%s/privacy" % dom) if pol else ""},
              "defaultTimezone": "Europe/Madrid", "webhook": {"url": "https://%s/df" % dom, "available": True, "useForDomains": False},
              "isPrivate": True, "mlMinConfidence": 0.3, "supportedLanguages": [], "enableOnePlatformResponses": True, "onePlatformApiVersion": "v2beta1",
              "analyzeQueryTextSentiment": False, "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0.0,
              "dialogBuilderMode": False, "baseActionPackagesUrl": "", "enableSpellCorrection": False}
        _write(case, "agent.json", ag)
        _write(case, "package.json", {"version": "1.0.0"})
        for n, samples, slots in case["intents"]:
            iid = _uuid(case["id"], n)
            _write(case, "intents/%s.json" % n, {"id": iid, "name": n, "auto": True, "contexts": [],
                                                 "responses": [{"resetContexts": False, "affectedContexts": [], "parameters": [
                                                     {"id": _uuid(iid, k), "required": False, "dataType": v, "name": k, "value": "$" + k, "isList": False} for k, v in slots.items()],
                                                     "messages": [], "defaultResponsePlatforms": {}, "speech": []}],
                                                 "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False, "fallbackIntent": False, "events": []})
            us = []
            for sm in samples:
                data, rest = [], sm
                import re
                parts = re.split(r"(\{[^}]+\})", sm)
                for p in parts:
                    if not p:
                        continue
                    if p.startswith("{"):
                        k = p[1:-1]
                        data.append({"text": k, "alias": k, "meta": slots.get(k, "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": _uuid(iid, sm), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            _write(case, "intents/%s_usersays_%s.json" % (n, lang), us)
        for n, vals in case.get("types", {}).items():
            _write(case, "entities/%s.json" % n, {"id": _uuid(case["id"], "ent", n), "name": n, "isOverridable": True, "isEnum": False, "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
            _write(case, "entities/%s_entries_%s.json" % (n, lang), [{"value": v, "synonyms": [v]} for v in vals])


def render(case):
    if case.get("gkind"):
        google_package(case)
    else:
        alexa_package(case)
    for r in case["rec"]:
        kind = r[0]
        if kind == "smarthome-directive-log":
            rec_smarthome(case, r[1], r[2])
        elif kind == "google-smarthome-fulfillment":
            rec_google_sh(case, r[1], r[2])
        elif kind in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
            rec_google(case, kind, r[1], r[2], tag=r[1])
        elif kind == "file":
            _write(case, r[1], r[2], raw=isinstance(r[2], str))
        else:
            if len(r) > 3:
                case["_dayshift"] = r[3]
            rec_alexa(case, kind, r[1], r[2], tag=r[1])
            case["_dayshift"] = 0
