"""Shared writers for the hand-written cases of eval-skills130 (no case content here)."""
import base64, csv, hashlib, io, json, os, uuid

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
LABELS = {}


def hid(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def fake_uuid(*parts):
    h = hid(*parts)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def wtext(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def label(cid, cats, locale, shapes, why):
    LABELS[cid] = {"categories": sorted(cats), "locale": locale, "shapes": shapes, "why": why}


# ---------------------------------------------------------------- Alexa package
STD = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"]


def alexa_package(cid, locale, invocation, name, intents, types=(), permissions=(), privacy=None,
                  child=False, summary="", examples=(), category="UTILITIES", extra_locales=(), lambda_code=None):
    root = os.path.join(OUT, cid)
    skill_id = "amzn1.ask.skill." + fake_uuid(cid)
    ints = []
    for it in intents:
        nm, samples = it[0], it[1]
        slots = it[2] if len(it) > 2 else {}
        ints.append({"name": nm, "slots": [{"name": k, "type": v} for k, v in slots.items()], "samples": list(samples)})
    for s in STD:
        ints.append({"name": s, "samples": []})
    tys = [{"name": n, "values": [{"name": {"value": v}} for v in vals]} for n, vals in types]
    model = {"interactionModel": {"languageModel": {"invocationName": invocation, "intents": ints, "types": tys}}}
    locs = {}
    for loc in (locale,) + tuple(extra_locales):
        wjson(os.path.join(root, "skill-package", "interactionModels", "custom", f"{loc}.json"), model)
        locs[loc] = {"summary": summary or name, "examplePhrases": list(examples) or [f"Alexa, open {invocation}"],
                     "name": name, "description": summary or name, "keywords": [],
                     "smallIconUri": "https://example-cdn.net/icons/108.png", "largeIconUri": "https://example-cdn.net/icons/512.png"}
    pac = {"allowsPurchases": False, "usesPersonalInfo": bool(permissions) or bool(privacy), "isChildDirected": child,
           "isExportCompliant": True, "containsAds": False}
    if privacy:
        pac["locales"] = {loc: {"privacyPolicyUrl": privacy, "termsOfUseUrl": privacy.rsplit("/", 1)[0] + "/terms"} for loc in locs}
    man = {"manifest": {"publishingInformation": {"locales": locs, "isAvailableWorldwide": False,
                                                  "testingInstructions": "Open the skill and follow the prompts.",
                                                  "category": category, "distributionCountries": [locale.split("-")[1]]},
                        "apis": {"custom": {"endpoint": {"uri": f"arn:aws:lambda:eu-west-1:{int(hid(cid)[:10],16)%10**12:012d}:function:{cid[7:]}"}}},
                        "manifestVersion": "1.0", "privacyAndCompliance": pac}}
    if permissions:
        man["manifest"]["permissions"] = [{"name": p} for p in permissions]
    wjson(os.path.join(root, "skill-package", "skill.json"), man)
    wjson(os.path.join(root, "ask-resources.json"), {"askcliResourcesVersion": "2020-03-31", "profiles": {"default": {
        "skillMetadata": {"src": "./skill-package"}, "code": {"default": {"src": "./lambda"}},
        "skillInfrastructure": {"type": "@ask-cli/lambda-deployer", "userConfig": {"runtime": "nodejs18.x", "handler": "index.handler", "awsRegion": "eu-west-1"}}}}})
    if lambda_code:
        fn, code = lambda_code
        wtext(os.path.join(root, "lambda", fn), code)
    return skill_id


# ---------------------------------------------------------------- turns
class T:
    """One request/response: user text, request kind (launch | IntentName | end), speech, reprompt, end."""
    def __init__(self, user, req, speech, reprompt=None, end=True, slots=None, directives=None, card=None):
        self.user, self.req, self.speech, self.reprompt, self.end = user, req, speech, reprompt, end
        self.slots, self.directives, self.card = slots or {}, directives, card


def _os(text):
    if text is None:
        return None
    if text.lstrip().startswith("<speak>"):
        return {"type": "SSML", "ssml": text}
    return {"type": "PlainText", "text": text}


def response_env(t, attrs=None):
    r = {}
    if t.speech is not None:
        r["outputSpeech"] = _os(t.speech)
    if t.card:
        r["card"] = {"type": "Simple", "title": t.card[0], "content": t.card[1]}
    if t.reprompt is not None:
        r["reprompt"] = {"outputSpeech": _os(t.reprompt)}
    if t.directives:
        r["directives"] = t.directives
    if t.end is not None:
        r["shouldEndSession"] = t.end
    return {"version": "1.0", "sessionAttributes": attrs or {}, "userAgent": "ask-node/2.14.0 Node/v18.19.0", "response": r}


def sessions_to_pairs(cid, skill_id, locale, sessions, start="2025-03-04T18:20:00Z", tag=""):
    """Return list of (request_envelope, response_envelope, turn)."""
    import datetime
    t0 = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    out, k = [], 0
    user = "amzn1.ask.account.AE" + hid(cid, "u").upper()[:60]
    dev = "amzn1.ask.device.AG" + hid(cid, "d").upper()[:40]
    for si, sess in enumerate(sessions):
        sid = "amzn1.echo-api.session." + fake_uuid(cid, tag, "s", si)
        for ti, t in enumerate(sess):
            k += 1
            ts = (t0 + datetime.timedelta(seconds=k * 9 + si * 120)).strftime("%Y-%m-%dT%H:%M:%SZ")
            rq = {"requestId": "amzn1.echo-api.request." + fake_uuid(cid, tag, si, ti), "locale": locale, "timestamp": ts}
            if t.req == "launch":
                rq = {"type": "LaunchRequest", **rq}
            elif t.req == "end":
                rq = {"type": "SessionEndedRequest", **rq, "reason": "USER_INITIATED"}
            else:
                rq = {"type": "IntentRequest", **rq, "intent": {"name": t.req, "confirmationStatus": "NONE",
                      "slots": {k2: {"name": k2, "value": v, "confirmationStatus": "NONE"} for k2, v in t.slots.items()}}}
            env = {"version": "1.0",
                   "session": {"new": ti == 0, "sessionId": sid, "application": {"applicationId": skill_id},
                               "attributes": {}, "user": {"userId": user}},
                   "context": {"System": {"application": {"applicationId": skill_id}, "user": {"userId": user},
                                          "device": {"deviceId": dev, "supportedInterfaces": {}},
                                          "apiEndpoint": "https://api.eu.amazonalexa.com", "apiAccessToken": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.REDACTED"}},
                   "request": rq}
            out.append((env, response_env(t), t))
    return out


def say(t):
    return t.speech or ""


# ---------------------------------------------------------------- Alexa recording shapes
def rec(cid, skill_id, locale, sessions, shape, where, tag="", start="2025-03-04T18:20:00Z"):
    root = os.path.join(OUT, cid, where)
    pairs = sessions_to_pairs(cid, skill_id, locale, sessions, start, tag)
    arn = f"arn:aws:lambda:eu-west-1:000000000000:function:{cid[7:]}"
    if shape == "envelope":
        for i, (_, r, _) in enumerate(pairs, 1):
            wjson(os.path.join(root, f"response_{i:02d}.json"), r)
    elif shape == "pairs-jsonl":
        wtext(os.path.join(root, "turns.jsonl"), "".join(json.dumps({"request": q, "response": r}, ensure_ascii=False) + "\n" for q, r, _ in pairs))
    elif shape == "pairs-array":
        wjson(os.path.join(root, "session-dump.json"), [{"request": q, "response": r} for q, r, _ in pairs])
    elif shape == "smapi-simulation":
        for i, (q, r, t) in enumerate(pairs, 1):
            wjson(os.path.join(root, f"sim-{i:02d}.json"), {"id": fake_uuid(cid, "sim", i), "status": "SUCCESSFUL", "result": {
                "alexaExecutionInfo": {"alexaResponses": [{"type": "Speech", "content": {"caption": say(t)}}],
                                       "consideredIntents": [{"name": q["request"].get("intent", {}).get("name", q["request"]["type"]), "confirmationStatus": "NONE"}]},
                "skillExecutionInfo": {"invocations": [{"invocationRequest": {"endpoint": arn, "body": q},
                                                        "invocationResponse": {"body": r}, "metrics": {"skillExecutionTimeInMilliseconds": 212}}]}}})
    elif shape == "smapi-invocation":
        for i, (q, r, t) in enumerate(pairs, 1):
            wjson(os.path.join(root, f"invoke-{i}.json"), {"id": fake_uuid(cid, "inv", i), "status": "SUCCESSFUL", "result": {
                "skillExecutionInfo": {"invocationRequest": {"endpoint": arn, "body": q}, "invocationResponse": {"body": r},
                                       "metrics": {"skillExecutionTimeInMilliseconds": 187}}, "error": None}})
    elif shape == "ask-dialog":
        wjson(os.path.join(root, "replay.json"), {"skillId": skill_id, "locale": locale, "type": "text",
                                                 "userInput": [t.user for _, _, t in pairs if t.user]})
        wjson(os.path.join(root, "replay-output.json"), [{"utterance": t.user, "invocations": [{"invocationRequest": {"endpoint": arn, "body": q},
                                                          "invocationResponse": {"body": r}}]} for q, r, t in pairs])
    elif shape == "cloudwatch-text":
        lines = []
        for q, r, t in pairs:
            rid = fake_uuid(cid, "cw", q["request"]["requestId"])
            ts = q["request"]["timestamp"].replace("Z", ".118Z")
            lines += [f"START RequestId: {rid} Version: $LATEST",
                      f"{ts}\t{rid}\tINFO\tRequest: {json.dumps(q, ensure_ascii=False)}",
                      f"{ts}\t{rid}\tINFO\tResponse: {json.dumps(r, ensure_ascii=False)}",
                      f"END RequestId: {rid}", f"REPORT RequestId: {rid}\tDuration: 143.27 ms\tBilled Duration: 144 ms\tMemory Size: 256 MB\tMax Memory Used: 88 MB"]
        wtext(os.path.join(root, "log-export.txt"), "\n".join(lines) + "\n")
    elif shape == "cloudwatch-json":
        ev = []
        for i, (q, r, t) in enumerate(pairs):
            rid = fake_uuid(cid, "cw", i)
            for kw, body in (("Request", q), ("Response", r)):
                ev.append({"logStreamName": "2025/03/04/[$LATEST]" + hid(cid)[:32], "timestamp": 1741112400000 + i * 9000,
                           "message": f"{q['request']['timestamp']}\t{rid}\tINFO\t{kw}: {json.dumps(body, ensure_ascii=False)}\n",
                           "ingestionTime": 1741112400500 + i * 9000, "eventId": str(37000000000000000000000000000 + i)})
        wjson(os.path.join(root, "filter-log-events.json"), {"events": ev, "searchedLogStreams": []})
    elif shape == "har":
        ents = []
        for q, r, t in pairs:
            ents.append({"startedDateTime": q["request"]["timestamp"], "time": 231,
                         "request": {"method": "POST", "url": "https://skill.example-dev.net/alexa", "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Content-Type", "value": "application/json"}], "queryString": [], "cookies": [],
                                     "headersSize": -1, "bodySize": -1, "postData": {"mimeType": "application/json", "text": json.dumps(q, ensure_ascii=False)}},
                         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                                      "content": {"mimeType": "application/json", "size": -1, "text": json.dumps(r, ensure_ascii=False)},
                                      "redirectURL": "", "headersSize": -1, "bodySize": -1},
                         "cache": {}, "timings": {"send": 1, "wait": 228, "receive": 2}})
        wjson(os.path.join(root, "capture.har"), {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "123.0"}, "pages": [], "entries": ents}})
    elif shape == "transcript":
        lines, cur = [], None
        for q, r, t in pairs:
            ts = q["request"]["timestamp"]
            if q["session"]["sessionId"] != cur:
                cur = q["session"]["sessionId"]
                lines.append(f"--- session {cur[-12:]} ---")
            if t.user:
                lines.append(f"[{ts}] USER: {t.user}")
            lines.append(f"[{ts}] SKILL: {say(t)}")
            if t.reprompt is not None:
                lines.append(f"[{ts}] SKILL (reprompt): {t.reprompt}")
            lines.append(f"[{ts}] session_open={'false' if t.end else 'true'}")
        wtext(os.path.join(root, "qa-transcript.txt"), "\n".join(lines) + "\n")
    # ---- shapes not in set 1
    elif shape == "jest-snapshot":
        parts = ["// Jest Snapshot v1, https://goo.gl/fbAQLP\n"]
        for i, (q, r, t) in enumerate(pairs, 1):
            nm = f"{q['request'].get('intent', {}).get('name', q['request']['type'])} turn {i}"
            body = json.dumps(r, indent=2, ensure_ascii=False).replace("`", "\\`")
            parts.append(f"exports[`skill handler > {nm} 1`] = `\n{body}\n`;\n")
        wtext(os.path.join(root, "__snapshots__", "handler.test.js.snap"), "\n".join(parts))
    elif shape == "botium-convo":
        for si, sess in enumerate(sessions, 1):
            b = [f"session {si}", ""]
            for t in sess:
                if t.user:
                    b += ["#me", t.user, ""]
                b += ["#bot", say(t), ""]
            wtext(os.path.join(root, f"session{si}.convo.txt"), "\n".join(b))
    elif shape == "ask-local-debug":
        lines = ["[INFO]: Handling invocations for skill " + skill_id, "[INFO]: Local debugging started. Listening on ws://localhost:3001"]
        for q, r, t in pairs:
            lines.append(f"[INFO]: Skill request: \n{json.dumps(q, indent=2, ensure_ascii=False)}")
            lines.append(f"[INFO]: Skill response: \n{json.dumps(r, indent=2, ensure_ascii=False)}")
        wtext(os.path.join(root, "ask-run.log"), "\n".join(lines) + "\n")
    elif shape == "dynamodb-scan":
        items = [{"pk": {"S": q["session"]["sessionId"]}, "sk": {"S": q["request"]["timestamp"]},
                  "requestJson": {"S": json.dumps(q, ensure_ascii=False)}, "responseJson": {"S": json.dumps(r, ensure_ascii=False)}} for q, r, t in pairs]
        wjson(os.path.join(root, "turn-log-scan.json"), {"Items": items, "Count": len(items), "ScannedCount": len(items), "ConsumedCapacity": None})
    elif shape == "csv-analytics":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["timestamp", "session_id", "new_session", "request_type", "intent", "user_text", "output_speech", "reprompt", "should_end_session"])
        for q, r, t in pairs:
            w.writerow([q["request"]["timestamp"], q["session"]["sessionId"], str(q["session"]["new"]).lower(), q["request"]["type"],
                        q["request"].get("intent", {}).get("name", ""), t.user or "", say(t), t.reprompt if t.reprompt is not None else "",
                        "" if t.end is None else str(t.end).lower()])
        wtext(os.path.join(root, "conversation-export.csv"), buf.getvalue())
    elif shape == "junit-xml":
        from xml.sax.saxutils import escape
        cases = []
        for i, (q, r, t) in enumerate(pairs, 1):
            out = f"REQUEST {json.dumps(q, ensure_ascii=False)}\nRESPONSE {json.dumps(r, ensure_ascii=False)}\n"
            cases.append(f'    <testcase classname="e2e.conversation" name="turn {i}: {escape(t.user or q["request"]["type"])}" time="0.41">\n'
                         f"      <system-out>{escape(out)}</system-out>\n    </testcase>")
        wtext(os.path.join(root, "junit-report.xml"), '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="conversation" tests="%d" failures="0">\n%s\n  </testsuite>\n</testsuites>\n' % (len(cases), "\n".join(cases)))
    elif shape == "pino-jsonl":
        lines = []
        for i, (q, r, t) in enumerate(pairs):
            lines.append(json.dumps({"level": 30, "time": 1741112400000 + i * 9000, "pid": 7, "hostname": "skill-7f9c", "reqId": q["request"]["requestId"], "alexaRequest": q, "msg": "incoming request"}, ensure_ascii=False))
            lines.append(json.dumps({"level": 30, "time": 1741112400150 + i * 9000, "pid": 7, "hostname": "skill-7f9c", "reqId": q["request"]["requestId"], "alexaResponse": r, "msg": "response sent"}, ensure_ascii=False))
        wtext(os.path.join(root, "app.log.jsonl"), "\n".join(lines) + "\n")
    elif shape == "ngrok-inspect":
        reqs = []
        for i, (q, r, t) in enumerate(pairs):
            qb, rb = json.dumps(q, ensure_ascii=False).encode(), json.dumps(r, ensure_ascii=False).encode()
            rawq = b"POST /alexa HTTP/1.1\r\nHost: 3f1a-81-2-69-160.ngrok-free.app\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(qb) + qb
            rawr = b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(rb) + rb
            reqs.append({"uri": f"/api/requests/http/airt_{hid(cid, i)[:20]}", "id": f"airt_{hid(cid, i)[:20]}", "tunnel_name": "command_line",
                         "remote_addr": "54.239.0.12", "start": q["request"]["timestamp"], "duration": 180000000,
                         "request": {"method": "POST", "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json"]}, "uri": "/alexa", "raw": base64.b64encode(rawq).decode()},
                         "response": {"status": "200 OK", "status_code": 200, "proto": "HTTP/1.1", "headers": {"Content-Type": ["application/json; charset=utf-8"]}, "raw": base64.b64encode(rawr).decode()}})
        wjson(os.path.join(root, "ngrok-requests.json"), {"uri": "/api/requests/http", "requests": reqs})
    else:
        raise ValueError(shape)
