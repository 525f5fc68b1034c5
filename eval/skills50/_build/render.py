"""Turns the hand-written case descriptions (cases_*.py) into project folders and recordings.
Only structure lives here; every sentence, name, slot and sample is written by hand in cases_*.py."""
import hashlib, json, os, uuid
from xml.sax.saxutils import escape as xesc

BUILTINS = ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent",
            "AMAZON.NavigateHomeIntent"]


class K:
    """One case. plat: alexa | builder | sdkv2 | dialogflow."""
    def __init__(self, cid, loc, cats, why, inv, name, desc, recs, intents=(), types=None, plat="alexa",
                 policy=True, child=False, perms=(), isp=False, category="TRAVEL_AND_TRANSPORTATION",
                 extra=None, phrases=None):
        self.__dict__.update(locals()); del self.__dict__["self"]


# ---- turns -------------------------------------------------------------------------------------
def L(say, rep=None, end="auto", card=None, scene="Start", user=None):
    return dict(kind="launch", intent=None, user=user, slots={}, say=say, rep=rep, end=end, card=card, scene=scene, directive=None)


def I(intent, user, say, slots=None, rep=None, end="auto", card=None, scene=None, directive=None):
    return dict(kind="intent", intent=intent, user=user, slots=slots or {}, say=say, rep=rep, end=end, card=card,
                scene=scene, directive=directive)


def E(reason="USER_INITIATED"):
    return dict(kind="ended", reason=reason, intent=None, user=None, slots={}, say=None, rep=None, end=None, card=None,
                scene=None, directive=None)


def _end(t):
    if t["end"] == "auto":
        return t["rep"] is None
    return t["end"]


def hid(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def uid(*parts):
    return str(uuid.UUID(hid(*parts)))


def ssml(s):
    if s is None:
        return None
    return s if s.lstrip().startswith("<speak>") else "<speak>" + s + "</speak>"


# ---- Alexa envelopes ---------------------------------------------------------------------------
def sessions_to_pairs(case, sessions, day="2024-05-14", base_hour=8, tag=""):
    """Returns list of (request, response, meta) for Alexa. Each session keeps its sessionId."""
    app = "amzn1.ask.skill." + uid(case.cid, "app")
    user = "amzn1.ask.account.A" + hid(case.cid, "user", n=40).upper()
    dev = "amzn1.ask.device.A" + hid(case.cid, "dev", n=40).upper()
    out = []
    n = 0
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + uid(case.cid, tag, "s", si)
        attrs = {}
        for ti, t in enumerate(sess):
            n += 1
            ts = f"{day}T{base_hour + si % 10:02d}:{(ti * 3 + n) % 60:02d}:{(n * 7) % 60:02d}Z"
            rid = "amzn1.echo-api.request." + uid(case.cid, tag, si, ti)
            if t["kind"] == "launch":
                r = {"type": "LaunchRequest", "requestId": rid, "locale": case.loc, "timestamp": ts}
            elif t["kind"] == "ended":
                r = {"type": "SessionEndedRequest", "requestId": rid, "locale": case.loc, "timestamp": ts,
                     "reason": t["reason"]}
            else:
                slots = {k: {"name": k, "value": v, "confirmationStatus": "NONE"} for k, v in t["slots"].items()}
                r = {"type": "IntentRequest", "requestId": rid, "locale": case.loc, "timestamp": ts,
                     "dialogState": "COMPLETED" if slots else None,
                     "intent": {"name": t["intent"], "confirmationStatus": "NONE", "slots": slots}}
                if r["dialogState"] is None:
                    del r["dialogState"]
            req = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": app},
                               "attributes": dict(attrs), "user": {"userId": user}},
                   "context": {"System": {"application": {"applicationId": app}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com" if case.loc[:2] in ("de", "fr", "it", "es") else "https://api.amazonalexa.com",
                                          "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": r}
            if ti == 0:
                del req["session"]["attributes"]
            if t["kind"] == "ended":
                resp = {"version": "1.0", "response": {}}
            else:
                body = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["say"])}}
                if t["card"]:
                    if t["card"][0] == "AskForPermissionsConsent":
                        body["card"] = {"type": "AskForPermissionsConsent", "permissions": list(t["card"][1])}
                    else:
                        body["card"] = {"type": "Simple", "title": t["card"][0], "content": t["card"][1]}
                if t["rep"] is not None:
                    body["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": ssml(t["rep"])}}
                if t["directive"]:
                    body["directives"] = [t["directive"]]
                e = _end(t)
                if e is not None:
                    body["shouldEndSession"] = e
                resp = {"version": "1.0", "sessionAttributes": {"turn": ti + 1},
                        "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": body}
                attrs = {"turn": ti + 1}
            out.append((req, resp, dict(ts=ts, user=t["user"], sid=sid, t=t, app=app)))
    return out


# ---- Google conversation models ----------------------------------------------------------------
def sessions_to_google(case, sessions, day="2024-05-14", tag=""):
    lang = case.loc
    out = []
    n = 0
    for si, sess in enumerate(sessions):
        cid = hid(case.cid, tag, "conv", si, n=20)
        for ti, t in enumerate(sess):
            n += 1
            ts = f"{day}T{9 + si % 10:02d}:{(ti * 4 + n) % 60:02d}:{(n * 11) % 60:02d}Z"
            end = _end(t)
            if case.plat == "sdkv2":
                intent = "actions.intent.MAIN" if t["kind"] == "launch" else t["intent"]
                req = {"user": {"locale": lang, "lastSeen": ts, "userVerificationStatus": "VERIFIED"},
                       "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE",
                                        **({} if ti == 0 else {"conversationToken": "[]"})},
                       "inputs": [{"intent": intent,
                                   "rawInputs": [{"inputType": "VOICE", "query": t["user"] or "talk to " + case.inv}],
                                   "arguments": [{"name": k, "textValue": v, "rawText": v} for k, v in t["slots"].items()]}],
                       "surface": {"capabilities": [{"name": "actions.capability.AUDIO_OUTPUT"}]},
                       "isInSandbox": True}
                items = [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]
                if t["card"]:
                    items.append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
                if end:
                    resp = {"expectUserResponse": False, "finalResponse": {"richResponse": {"items": items}}}
                else:
                    ei = {"inputPrompt": {"richInitialPrompt": {"items": items}},
                          "possibleIntents": [{"intent": "actions.intent.TEXT"}]}
                    if t["rep"] is not None:
                        ei["inputPrompt"]["noInputPrompts"] = [{"textToSpeech": ssml(t["rep"])}]
                    if t["directive"]:
                        ei["possibleIntents"] = [t["directive"]]
                    resp = {"expectUserResponse": True, "expectedInputs": [ei]}
            elif case.plat == "dialogflow":
                intent = "Default Welcome Intent" if t["kind"] == "launch" else t["intent"]
                sess_name = f"projects/{case.cid[4:]}-agent/agent/sessions/{cid}"
                req = {"responseId": uid(case.cid, tag, si, ti) + "-" + hid(ts, n=8),
                       "queryResult": {"queryText": t["user"] or "GOOGLE_ASSISTANT_WELCOME",
                                       "parameters": dict(t["slots"]), "allRequiredParamsPresent": True,
                                       "intent": {"name": f"projects/{case.cid[4:]}-agent/agent/intents/{uid(intent)}",
                                                  "displayName": intent},
                                       "intentDetectionConfidence": 1, "languageCode": lang.lower()},
                       "originalDetectIntentRequest": {"source": "google", "version": "2", "payload": {
                           "user": {"locale": lang, "userVerificationStatus": "VERIFIED"},
                           "conversation": {"conversationId": cid, "type": "NEW" if ti == 0 else "ACTIVE"},
                           "inputs": [{"intent": "actions.intent.MAIN" if ti == 0 else "actions.intent.TEXT",
                                       "rawInputs": [{"inputType": "VOICE", "query": t["user"] or ""}]}]}},
                       "session": sess_name}
                g = {"expectUserResponse": not end,
                     "richResponse": {"items": [{"simpleResponse": {"textToSpeech": ssml(t["say"])}}]}}
                if t["card"]:
                    g["richResponse"]["items"].append({"basicCard": {"title": t["card"][0], "formattedText": t["card"][1]}})
                if t["rep"] is not None and not end:
                    g["noInputPrompts"] = [{"textToSpeech": ssml(t["rep"])}]
                if t["directive"]:
                    g["systemIntent"] = t["directive"]
                resp = {"fulfillmentText": t["say"], "payload": {"google": g}}
            else:  # builder
                scene = t["scene"] or "Main"
                intent = "actions.intent.MAIN" if t["kind"] == "launch" else t["intent"]
                req = {"handler": {"name": scene.lower() + "_handler" if t["kind"] != "launch" else "welcome"},
                       "intent": {"name": intent,
                                  "params": {k: {"original": v, "resolved": v} for k, v in t["slots"].items()},
                                  "query": t["user"] or ""},
                       "scene": {"name": "actions.scene.START_CONVERSATION" if t["kind"] == "launch" else scene,
                                 "slotFillingStatus": "UNSPECIFIED", "slots": {}},
                       "session": {"id": "ABwppHG" + hid(case.cid, tag, si, n=24), "params": {}, "typeOverrides": [],
                                   "languageCode": lang},
                       "user": {"locale": lang, "params": {}, "accountLinkingStatus": "ACCOUNT_LINKING_STATUS_UNSPECIFIED",
                                "verificationStatus": "VERIFIED", "packageEntitlements": [], "lastSeenTime": ts},
                       "home": {"params": {}},
                       "device": {"capabilities": ["SPEECH", "RICH_RESPONSE", "LONG_FORM_AUDIO"]}}
                resp = {"session": {"id": req["session"]["id"], "params": {}},
                        "prompt": {"override": False, "firstSimple": {"speech": ssml(t["say"]), "text": t["say"]}}}
                if t["card"]:
                    resp["prompt"]["content"] = {"card": {"title": t["card"][0], "text": t["card"][1]}}
                nxt = "actions.scene.END_CONVERSATION" if end else (t.get("next") or scene)
                resp["scene"] = {"name": scene, "slots": {}, "next": {"name": nxt}}
                if t["rep"] is not None and not end:
                    resp["prompt"]["lastSimple"] = {"speech": ssml(t["rep"]), "text": t["rep"]}
            out.append((req, resp, dict(ts=ts, user=t["user"], sid=cid, t=t)))
    return out


# ---- recording shapes --------------------------------------------------------------------------
def dj(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def one(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def epoch_ms(ts):
    import datetime
    return int(datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)


def endpoint(case):
    host = {"alexa": "skill", "builder": "actions", "sdkv2": "fulfil", "dialogflow": "df-webhook"}[case.plat]
    return f"{host}.{case.cid[4:]}.example-hosting.net", "/v1/" + ("alexa" if case.plat == "alexa" else "fulfillment")


def shape_files(case, path, shape, pairs):
    """Returns dict relative-path -> text."""
    files = {}
    if shape == "envelope":
        base, ext = os.path.splitext(path)
        for i, (_, resp, _) in enumerate(pairs):
            if resp.get("response") == {}:
                continue
            files[f"{base}-{i + 1:02d}{ext or '.json'}"] = dj(resp)
    elif shape == "pairs-jsonl":
        files[path] = "".join(one({"request": q, "response": r}) + "\n" for q, r, _ in pairs)
    elif shape == "pairs-array":
        files[path] = dj([{"request": q, "response": r} for q, r, _ in pairs])
    elif shape in ("smapi-simulation", "smapi-invocation"):
        base, ext = os.path.splitext(path)
        for i, (q, r, m) in enumerate(pairs):
            if m["t"]["kind"] == "ended":
                continue
            inv = {"invocationRequest": {"endpoint": f"arn:aws:lambda:eu-west-1:3187{hid(case.cid, n=8)}:function:{case.cid[4:]}",
                                         "body": q}, "invocationResponse": {"body": r}}
            if shape == "smapi-simulation":
                o = {"id": uid(case.cid, "sim", i), "status": "SUCCESSFUL",
                     "result": {"alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": _plain(r)}}],
                                                       "consideredIntents": []},
                                "skillExecutionInfo": {"invocations": [inv]}, "error": None}}
            else:
                inv["metrics"] = {"skillExecutionTimeInMilliseconds": 180 + i * 13}
                o = {"id": uid(case.cid, "inv", i), "status": "SUCCESSFUL", "result": {"skillExecutionInfo": inv}}
            files[f"{base}-{i + 1:02d}{ext or '.json'}"] = dj(o)
    elif shape == "ask-dialog":
        base = os.path.splitext(path)[0]
        users = [m["user"] for _, _, m in pairs if m["t"]["kind"] != "ended"]
        files[base + ".replay.json"] = dj({"skillId": pairs[0][2]["app"], "locale": case.loc, "type": "text",
                                           "userInput": users, "storage": {}})
        lines = []
        for q, r, m in pairs:
            if m["t"]["kind"] == "ended":
                continue
            lines.append(f"User  > {m['user']}")
            lines.append(f"Alexa > {_plain(r)}")
            if "reprompt" in r["response"]:
                lines.append(f"        (reprompt) {r['response']['reprompt']['outputSpeech']['ssml']}")
            lines.append(f"        (shouldEndSession: {r['response'].get('shouldEndSession', 'not set')})")
        files[base + ".output.txt"] = "\n".join(lines) + "\n"
    elif shape == "cloudwatch-text":
        lines = []
        for q, r, m in pairs:
            rid = uid(case.cid, "lambda", m["ts"])
            t = m["ts"].replace("Z", ".412Z")
            lines.append(f"START RequestId: {rid} Version: $LATEST")
            lines.append(f"{t}\t{rid}\tINFO\tRequest: {one(q)}")
            lines.append(f"{t}\t{rid}\tINFO\tResponse: {one(r)}")
            lines.append(f"END RequestId: {rid}")
            lines.append(f"REPORT RequestId: {rid}\tDuration: 212.31 ms\tBilled Duration: 213 ms\tMemory Size: 256 MB\tMax Memory Used: 91 MB")
        files[path] = "\n".join(lines) + "\n"
    elif shape == "cloudwatch-json":
        ev = []
        for q, r, m in pairs:
            rid = uid(case.cid, "lambda", m["ts"])
            for kw, o in (("Request", q), ("Response", r)):
                ev.append({"logStreamName": "2024/05/14/[$LATEST]" + hid(case.cid, "stream"), "timestamp": epoch_ms(m["ts"]),
                           "message": f"{m['ts']}\t{rid}\tINFO\t{kw}: {one(o)}\n", "ingestionTime": epoch_ms(m["ts"]) + 900,
                           "eventId": hid(rid, kw, n=56)})
        files[path] = dj({"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        host, p = endpoint(case)
        entries = []
        for q, r, m in pairs:
            entries.append({"startedDateTime": m["ts"].replace("Z", ".000Z"), "time": 231,
                            "request": {"method": "POST", "url": f"https://{host}{p}", "httpVersion": "HTTP/1.1",
                                        "headers": [{"name": "Content-Type", "value": "application/json"}],
                                        "queryString": [], "cookies": [], "headersSize": -1, "bodySize": len(one(q)),
                                        "postData": {"mimeType": "application/json", "text": one(q)}},
                            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                                         "headers": [{"name": "Content-Type", "value": "application/json;charset=UTF-8"}],
                                         "cookies": [], "content": {"size": len(one(r)), "mimeType": "application/json", "text": one(r)},
                                         "redirectURL": "", "headersSize": -1, "bodySize": len(one(r))},
                            "cache": {}, "timings": {"send": 1, "wait": 220, "receive": 10}})
        files[path] = dj({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "126.0"}, "pages": [], "entries": entries}})
    elif shape in ("gactions-conversation", "dialogflow-webhook", "gactions-scene"):
        files[path] = dj([{"request": q, "response": r} for q, r, _ in pairs])
    elif shape == "transcript":
        lines = [f"# QA run {case.name} ({case.loc})"]
        last = None
        for q, r, m in pairs:
            if m["sid"] != last:
                lines.append(f"--- session {m['sid'][-12:]}")
                last = m["sid"]
            t = m["t"]
            if t["kind"] == "ended":
                lines.append(f"[{m['ts']}] EVENT: session ended ({t['reason']})")
                continue
            lines.append(f"[{m['ts']}] USER: {m['user'] or '(opens skill)'}")
            lines.append(f"[{m['ts']}] SKILL: {t['say']}")
            if t["rep"] is not None:
                lines.append(f"[{m['ts']}] REPROMPT: {t['rep']}")
            e = _end(t)
            lines.append(f"[{m['ts']}] session_open={'unset' if e is None else str(not e).lower()}")
        files[path] = "\n".join(lines) + "\n"
    # ---- shapes new in this set ----
    elif shape == "sentry-event":
        evs = []
        for i, (q, r, m) in enumerate(pairs):
            evs.append({"eventID": hid(case.cid, "sentry", i), "id": hid(case.cid, "sentry", i),
                        "groupID": str(4100000000 + i), "projectID": "4507238", "platform": "node",
                        "dateCreated": m["ts"], "message": "", "title": "SkillTurnTrace: slow handler (>150ms)",
                        "type": "error", "culprit": "handlers/index.js in handle",
                        "tags": [{"key": "environment", "value": "production"}, {"key": "locale", "value": case.loc},
                                 {"key": "level", "value": "warning"}],
                        "entries": [{"type": "exception", "data": {"values": [{"type": "SkillTurnTrace",
                                     "value": "handler took 187ms", "stacktrace": {"frames": [
                                         {"filename": "handlers/index.js", "function": "handle", "lineNo": 88}]}}]}},
                                    {"type": "breadcrumbs", "data": {"values": [
                                        {"timestamp": m["ts"], "category": "skill.request", "level": "info",
                                         "message": "incoming", "data": {"body": q}},
                                        {"timestamp": m["ts"], "category": "skill.response", "level": "info",
                                         "message": "outgoing", "data": {"body": r}}]}}],
                        "contexts": {"runtime": {"name": "node", "version": "v18.19.0", "type": "runtime"}},
                        "sdk": {"name": "sentry.javascript.node", "version": "7.112.2"}})
        files[path] = dj(evs)
    elif shape == "charles-session":
        host, p = endpoint(case)
        ents = []
        for q, r, m in pairs:
            ms = epoch_ms(m["ts"])
            ents.append({"status": "COMPLETE", "method": "POST", "protocolVersion": "HTTP/1.1", "scheme": "https",
                         "host": host, "actualPort": 443, "path": p, "query": None, "tunnel": False, "keptAlive": True,
                         "webSocket": False, "remoteAddress": host + "/203.0.113.24", "clientAddress": "/127.0.0.1",
                         "times": {"start": m["ts"].replace("Z", ".120+00:00"), "end": m["ts"].replace("Z", ".388+00:00")},
                         "durations": {"total": 268}, "speeds": {"overall": 5120},
                         "totalSize": len(one(q)) + len(one(r)),
                         "request": {"sizes": {"headers": 312, "body": len(one(q))}, "mimeType": "application/json",
                                     "charset": "utf-8", "contentEncoding": None,
                                     "header": {"firstLine": f"POST {p} HTTP/1.1", "headers": [
                                         {"name": "host", "value": host}, {"name": "content-type", "value": "application/json; charset=utf-8"}]},
                                     "body": {"text": one(q), "charset": "utf-8"}},
                         "response": {"status": 200, "sizes": {"headers": 188, "body": len(one(r))},
                                      "mimeType": "application/json", "charset": "utf-8", "contentEncoding": None,
                                      "header": {"firstLine": "HTTP/1.1 200 OK", "headers": [
                                          {"name": "content-type", "value": "application/json; charset=utf-8"}]},
                                      "body": {"text": one(r), "charset": "utf-8"}}})
        files[path] = dj(ents)
    elif shape == "fiddler-raw":
        host, p = endpoint(case)
        chunks = []
        for q, r, m in pairs:
            b, c = one(q), one(r)
            chunks.append(f"POST https://{host}{p} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json; charset=utf-8\r\n"
                          f"Content-Length: {len(b.encode())}\r\n\r\n{b}\r\n\r\n"
                          f"HTTP/1.1 200 OK\r\nDate: {m['ts']}\r\nContent-Type: application/json; charset=utf-8\r\n"
                          f"Content-Length: {len(c.encode())}\r\n\r\n{c}\r\n\r\n"
                          "------------------------------------------------------------------\r\n\r\n")
        files[path] = "".join(chunks)
    elif shape == "kibana-hits":
        hits = []
        for i, (q, r, m) in enumerate(pairs):
            for kw, o in (("Request", q), ("Response", r)):
                hits.append({"_index": ".ds-logs-skill-default-2024.05.14-000001", "_id": hid(case.cid, kw, i, n=20),
                             "_score": None, "_source": {"@timestamp": m["ts"].replace("Z", ".311Z"),
                                                         "log": {"level": "info", "logger": "skill"},
                                                         "service": {"name": case.cid[4:]},
                                                         "message": f"{kw}: {one(o)}"},
                             "sort": [epoch_ms(m["ts"]) + (1 if kw == "Response" else 0)]})
        files[path] = dj({"took": 41, "timed_out": False,
                          "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
                          "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": None, "hits": hits}})
    elif shape == "loki-streams":
        vals = []
        for q, r, m in pairs:
            ns = epoch_ms(m["ts"]) * 1000000
            vals.append([str(ns + 1000), one({"level": "info", "msg": "skill response", "body": r})])
            vals.append([str(ns), one({"level": "info", "msg": "skill request", "body": q})])
        vals.sort(key=lambda v: v[0], reverse=True)
        files[path] = dj({"status": "success", "data": {"resultType": "streams", "result": [
            {"stream": {"app": case.cid[4:], "container": "skill-backend", "namespace": "voice"}, "values": vals}],
            "stats": {"summary": {"totalLinesProcessed": len(vals)}}}})
    elif shape == "ci-job-log":
        lines = []
        ts0 = pairs[0][2]["ts"][:11] + "06:02:11."
        k = 0

        def w(s):
            nonlocal k
            k += 1
            lines.append(f"{ts0}{k:07d}Z {s}")
        w("##[group]Run npm run test:conversation")
        w(f"> {case.cid[4:]}@1.0.0 test:conversation")
        w("> jest --runInBand test/conversation")
        w("##[endgroup]")
        for q, r, m in pairs:
            w("  console.log")
            w(f"    >>> REQUEST {one(q)}")
            w(f"    <<< RESPONSE {one(r)}")
            w("      at Object.<anonymous> (test/conversation/flow.test.js:41:13)")
        w(f"PASS test/conversation/flow.test.js")
        w(f"Tests:       {len(pairs)} passed, {len(pairs)} total")
        files[path] = "\n".join(lines) + "\n"
    elif shape == "firebase-analytics":
        rows = []
        for i, (q, r, m) in enumerate(pairs):
            rows.append({"event_date": m["ts"][:10].replace("-", ""), "event_timestamp": str(epoch_ms(m["ts"]) * 1000),
                         "event_name": "voice_turn",
                         "event_params": [{"key": "skill_request", "value": {"string_value": one(q)}},
                                          {"key": "skill_response", "value": {"string_value": one(r)}},
                                          {"key": "turn_index", "value": {"int_value": i}}],
                         "user_pseudo_id": hid(case.cid, "pseudo", n=20), "platform": "ANDROID",
                         "app_info": {"id": "net.example." + case.cid[4:].replace("-", ""), "version": "3.4.1"},
                         "geo": {"country": case.loc[-2:]}})
        files[path] = "".join(one(x) + "\n" for x in rows)
    elif shape == "junit-xml":
        tcs = []
        for i, (q, r, m) in enumerate(pairs):
            u = m["user"] or "open"
            tcs.append(f'    <testcase classname="conversation.{case.cid[4:]}" name="turn {i + 1}: {xesc(u, {chr(34): "&quot;"})}" time="0.{200 + i}">\n'
                       f'      <system-out><![CDATA[REQUEST {one(q)}\nRESPONSE {one(r)}\n]]></system-out>\n    </testcase>')
        files[path] = ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="jest tests" tests="%d" failures="0">\n'
                       '  <testsuite name="conversation" tests="%d" failures="0" timestamp="%s">\n%s\n  </testsuite>\n</testsuites>\n'
                       % (len(tcs), len(tcs), pairs[0][2]["ts"][:19], "\n".join(tcs)))
    else:
        raise ValueError(shape)
    return files


def _plain(r):
    import re
    s = r.get("response", {}).get("outputSpeech", {}).get("ssml", "")
    return re.sub(r"<[^>]+>", "", s).strip()


# ---- project files -----------------------------------------------------------------------------
def policy_url(case):
    if case.policy is True:
        return f"https://{case.cid[4:]}.example-travel.app/privacy"
    return case.policy or None


def alexa_project(case):
    files = {}
    locs = [case.loc] + list((case.extra or {}).keys())
    pub = {}
    for lc in locs:
        d = case.desc if lc == case.loc else case.extra[lc]["desc"]
        nm = case.name if lc == case.loc else case.extra[lc].get("name", case.name)
        ph = case.phrases if lc == case.loc else case.extra[lc].get("phrases")
        pub[lc] = {"summary": d[:120], "examplePhrases": ph or [], "name": nm, "description": d,
                   "keywords": [], "smallIconUri": "https://cdn.example.net/icons/%s-108.png" % case.cid[4:],
                   "largeIconUri": "https://cdn.example.net/icons/%s-512.png" % case.cid[4:]}
    pc = {"allowsPurchases": bool(case.isp), "usesPersonalInfo": bool(case.perms), "isChildDirected": bool(case.child),
          "isExportCompliant": True, "containsAds": False}
    if policy_url(case):
        pc["locales"] = {lc: {"privacyPolicyUrl": policy_url(case),
                              "termsOfUseUrl": policy_url(case).replace("privacy", "terms")} for lc in locs}
    man = {"publishingInformation": {"locales": pub, "isAvailableWorldwide": False, "testingInstructions": "n/a",
                                     "category": case.category,
                                     "distributionCountries": [lc[-2:] for lc in locs],
                                     "automaticDistribution": {"isActive": False}},
           "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:3187{hid(case.cid, n=8)}:function:{case.cid[4:]}"},
                               **({"interfaces": []} if not case.isp else {"interfaces": [{"type": "ALEXA_PRESENTATION_APL"}]})}},
           "manifestVersion": "1.0", "privacyAndCompliance": pc}
    if case.perms:
        man["permissions"] = [{"name": p} for p in case.perms]
    files["skill-package/skill.json"] = dj({"manifest": man})
    for lc in locs:
        inv = case.inv if lc == case.loc else case.extra[lc]["inv"]
        intents = case.intents if lc == case.loc else case.extra[lc]["intents"]
        its = []
        for name, slots, samples in intents:
            sl = [{"name": a.split(":")[0], "type": a.split(":")[1]} for a in slots.split()] if slots else []
            its.append({"name": name, "slots": sl, "samples": list(samples)})
        for b in BUILTINS:
            if not any(x["name"] == b for x in its):
                its.append({"name": b, "samples": []})
        types = case.types if lc == case.loc else case.extra[lc].get("types")
        ty = [{"name": tn, "values": [{"name": {"value": v}} for v in vals]} for tn, vals in (types or {}).items()]
        files[f"skill-package/interactionModels/custom/{lc}.json"] = dj(
            {"interactionModel": {"languageModel": {"invocationName": inv, "intents": its, "types": ty}}})
    files["ask-resources.json"] = dj({"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"},
        "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler"}}}}})
    return files


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def builder_project(case):
    f = {}
    lang = case.loc.split("-")[0] if case.loc not in ("pt-BR", "es-MX", "fr-CA", "en-GB") else case.loc
    pol = policy_url(case) or ""
    f["sdk/settings/settings.yaml"] = (
        f"defaultLocale: {lang}\nprojectId: {case.cid[4:]}-prod\ncategory: {case.category}\n"
        f"usesInteractiveCanvas: false\nlocalizedSettings:\n  displayName: {yq(case.name)}\n"
        f"  pronunciation: {yq(case.inv)}\n  shortDescription: {yq(case.desc[:80])}\n  fullDescription: {yq(case.desc)}\n"
        f"  developerName: {yq(case.name + ' Team')}\n  developerEmail: support@{case.cid[4:]}.example-travel.app\n"
        f"  privacyPolicyUrl: {yq(pol)}\n  sampleInvocations:\n" + "".join(f"  - {yq(p)}\n" for p in (case.phrases or [f'Talk to {case.inv}'])))
    f["sdk/actions/actions.yaml"] = "actions:\n  actions.intent.MAIN:\n    handler:\n      webhookHandler: welcome\n    intent:\n      name: actions.intent.MAIN\n"
    f["sdk/webhooks/ActionsOnGoogleFulfillment.yaml"] = "handlers:\n- name: welcome\ninlineCloudFunction:\n  executeFunction: ActionsOnGoogleFulfillment\n"
    f["sdk/custom/global/actions.intent.MAIN.yaml"] = "handler:\n  webhookHandler: welcome\ntransitionToScene: Main\n"
    scenes = {}
    for name, slots, samples in case.intents:
        params = ""
        if slots:
            params = "parameters:\n" + "".join(f"- name: {a.split(':')[0]}\n  type:\n    name: {a.split(':')[1]}\n" for a in slots.split())
        f[f"sdk/custom/intents/{name}.yaml"] = params + "trainingPhrases:\n" + "".join(
            f"- {yq(_builder_phrase(s))}\n" for s in samples)
        scenes.setdefault("Main", []).append(name)
    for tn, vals in (case.types or {}).items():
        f[f"sdk/custom/types/{tn}.yaml"] = "synonym:\n  entities:\n" + "".join(
            f"    {yq(v)}:\n      synonyms:\n      - {yq(v)}\n" for v in vals) + "  matchType: EXACT_MATCH\n"
    ex = case.extra or {}
    ni = ex.get("noinput")
    body = "intentEvents:\n"
    for n in scenes.get("Main", []):
        body += f"- handler:\n    webhookHandler: {n.lower()}_handler\n  intent: {n}\n"
        if n in ex.get("ending_intents", []):
            body += "  transitionToScene: actions.scene.END_CONVERSATION\n"
    if ni:
        for sys_i in ("actions.intent.NO_INPUT_1", "actions.intent.NO_INPUT_2", "actions.intent.NO_INPUT_FINAL"):
            body += ("- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n"
                     f"          firstSimple:\n            variants:\n            - speech: {yq(ni)}\n  intent: {sys_i}\n")
            if sys_i.endswith("FINAL"):
                body += "  transitionToScene: " + ("Main" if not ex.get("scene_end", True) else "actions.scene.END_CONVERSATION") + "\n"
    body += "onEnter:\n  webhookHandler: main_enter\n"
    f["sdk/custom/scenes/Main.yaml"] = body
    return f


def _builder_phrase(s):
    import re
    return re.sub(r"\{(\w+)\}", lambda m: "($%s '%s' auto=true)" % (m.group(1), m.group(1)), s)


def sdkv2_project(case):
    acts = [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": case.cid[4:]},
             "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {case.inv}"]}}}]
    for name, slots, samples in case.intents:
        params = [{"name": a.split(":")[0], "type": a.split(":")[1]} for a in slots.split()] if slots else []
        acts.append({"description": name, "name": name, "fulfillment": {"conversationName": case.cid[4:]},
                     "intent": {"name": name, "parameters": params,
                                "trigger": {"queryPatterns": [s.replace("{", "$").replace("}", ":" + s[s.find("{") + 1:s.find("}")]) if "{" in s else s
                                                              for s in samples]}}})
    man = {"displayName": case.name, "invocationName": case.inv, "shortDescription": case.desc[:80],
           "longDescription": case.desc, "category": case.category, "companyName": case.name + " GmbH" if case.loc.startswith("de") else case.name + " Ltd"}
    if policy_url(case):
        man["privacyUrl"] = policy_url(case)
    return {"action.json": dj({"manifest": man, "actions": acts,
                               "conversations": {case.cid[4:]: {"name": case.cid[4:], "url": f"https://{endpoint(case)[0]}/fulfillment",
                                                                "fulfillmentApiVersion": 2}},
                               "locale": case.loc})}


def dialogflow_project(case):
    lang = case.loc.lower() if case.loc in ("pt-BR", "es-MX", "fr-CA", "en-GB") else case.loc.split("-")[0]
    f = {"agent.json": dj({"description": case.desc, "language": lang, "shortDescription": case.name,
                           "disableInteractionLogs": False, "defaultTimezone": "Europe/Berlin",
                           "webhook": {"url": f"https://{endpoint(case)[0]}/dialogflow", "available": True, "useForDomains": False},
                           "googleAssistant": {"googleAssistantCompatible": True, "project": case.cid[4:] + "-agent",
                                               "welcomeIntentSignInRequired": False, "startIntents": [], "systemIntents": [],
                                               "endIntentIds": [], "oAuthLinking": {"required": False},
                                               "voiceType": "MALE_1", "capabilities": [], "protocolVersion": "V2",
                                               "isDeviceAgent": False,
                                               "invocationName": case.inv,
                                               **({"privacyPolicyUrl": policy_url(case)} if policy_url(case) else {})},
                           "enabledKnowledgeBaseNames": [], "knowledgeServiceConfidenceAdjustment": 0,
                           "dialogBuilderMode": False, "baseActionPackagesUrl": ""}),
         "package.json": dj({"version": "1.0.0"})}
    import re
    for name, slots, samples in [("Default Welcome Intent", "", [])] + list(case.intents):
        ptypes = {a.split(":")[0]: a.split(":")[1] for a in slots.split()} if slots else {}
        f[f"intents/{name}.json"] = dj({"id": uid(case.cid, name), "name": name, "auto": True, "contexts": [],
                                        "responses": [{"resetContexts": False, "affectedContexts": [],
                                                       "parameters": [{"id": uid(name, p), "required": False, "dataType": t,
                                                                       "name": p, "value": "$" + p, "isList": False}
                                                                      for p, t in ptypes.items()],
                                                       "messages": [{"type": 0, "lang": lang, "speech": []}]}],
                                        "priority": 500000, "webhookUsed": True, "webhookForSlotFilling": False,
                                        "fallbackIntent": False, "events": [{"name": "WELCOME"}] if name == "Default Welcome Intent" else []})
        if samples:
            us = []
            for s in samples:
                parts = re.split(r"(\{\w+\})", s)
                data = []
                for p in parts:
                    if not p:
                        continue
                    m = re.fullmatch(r"\{(\w+)\}", p)
                    if m:
                        data.append({"text": m.group(1), "alias": m.group(1), "meta": ptypes.get(m.group(1), "@sys.any"), "userDefined": True})
                    else:
                        data.append({"text": p, "userDefined": False})
                us.append({"id": uid(case.cid, s), "data": data, "isTemplate": False, "count": 0, "updated": 0})
            f[f"intents/{name}_usersays_{lang}.json"] = dj(us)
    for tn, vals in (case.types or {}).items():
        f[f"entities/{tn}.json"] = dj({"id": uid(tn), "name": tn, "isOverridable": True, "isEnum": False,
                                       "isRegexp": False, "automatedExpansion": False, "allowFuzzyExtraction": False})
        f[f"entities/{tn}_entries_{lang}.json"] = dj([{"value": v, "synonyms": [v]} for v in vals])
    return f


def render(case, root):
    d = os.path.join(root, "cases", case.cid)
    files = {"alexa": alexa_project, "builder": builder_project, "sdkv2": sdkv2_project,
             "dialogflow": dialogflow_project}[case.plat](case)
    shapes = []
    for rec in case.recs:
        path, shape, sessions = rec[:3]
        day = rec[3] if len(rec) > 3 else "2024-05-14"
        if case.plat == "alexa":
            pairs = sessions_to_pairs(case, sessions, day=day, tag=path)
        else:
            pairs = sessions_to_google(case, sessions, day=day, tag=path)
        files.update(shape_files(case, path, shape, pairs))
        if shape not in shapes:
            shapes.append(shape)
    for rel, text in files.items():
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    return shapes
